#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace sdrs {

/// One failed task as `GET /v1/{project_id}/task-center/failure-jobs` returns it.
/// Every enum-like field is an open string: unknown values are kept as they came.
struct FailureJob
{
    QString jobStatus;     ///< `job_status`, only "FAIL" today
    QString resourceId;    ///< `resource_id`; also the id a delete of this row sends
    QString resourceName;  ///< `resource_name`
    QString resourceType;  ///< `resource_type`, e.g. "protected_instances" or "protectedInstance"
    QString failureStatus; ///< `failure_status`, e.g. "createFail"
    QString jobId;         ///< `job_id`, usable with `GET /jobs/{job_id}`
    QString jobType;       ///< `job_type`, free text
    QString beginTimeText; ///< `begin_time` exactly as received
    QDateTime beginTime;   ///< `begin_time` parsed (UTC); invalid when missing or malformed
    QString errorCode;     ///< `error_code`, "SDRS.xxxx" or another service's code
    QString failReason;    ///< `fail_reason`, semi-structured text

    /// The protection group this row was asked for (empty at the protection-group level).
    /// Not part of the API answer: the client fills it from the request.
    QString serverGroupId;

    friend bool operator==(const FailureJob &, const FailureJob &) = default;
};

/// One page of failed tasks: the rows and `count`, the total number matching the filter.
struct FailureJobPage
{
    qint64 count = 0;
    QList<FailureJob> jobs;
};

} // namespace sdrs
