#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sdrs {

/// `entities` of a job: the ids it concerns. `sub_jobs` lives in Job::subJobs.
struct JobEntities
{
    QString serverGroupId;
    QString protectedInstanceId;
    QString replicationPairId;
    QStringList volumeIds;
    QString nativeServerId;
    QString nicId;

    friend bool operator==(const JobEntities &, const JobEntities &) = default;
};

/// A job as `GET /v1/{project_id}/jobs/{job_id}` returns it, with its sub-job tree.
struct Job
{
    QString status; ///< SUCCESS, RUNNING, FAIL, INIT (open string)
    QString jobId;
    QString jobType;
    QDateTime beginTime;
    QDateTime endTime;
    QString errorCode;
    QString failReason;
    QString message;
    QString code;
    JobEntities entities;
    QList<Job> subJobs;

    /// Number of jobs in the tree below this one (not counting this one).
    qsizetype descendantCount() const;

    /// Field by field, the whole sub-job tree included. Written out (not defaulted): a defaulted
    /// one makes Qt's container traits recurse into the still-incomplete Job.
    friend bool operator==(const Job &a, const Job &b);
    friend bool operator!=(const Job &a, const Job &b) { return !(a == b); }
};

} // namespace sdrs
