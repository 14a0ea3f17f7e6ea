#pragma once

#include "models/failurejob.h"
#include "models/job.h"
#include "models/protectiongroup.h"
#include "models/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sdrs::emulator {

/// Everything the emulator serves: protection groups, failed tasks and jobs.
///
/// A failed task's FailureJob::serverGroupId names the group it belongs to; it is empty for the
/// protection-group-level failures (resource_type "server_groups"), which the list returns when no
/// `server_group_id` is asked for.
struct Dataset
{
    QString projectId;
    QList<ProtectionGroup> groups;
    QList<FailureJob> failures;
    /// Jobs given explicitly (by a fixture), by job_id. A failure whose job is not here gets one
    /// made up by synthesizeJob().
    QHash<QString, Job> jobs;

    /// A deterministic data set: the same seed and sizes give the same data on every machine.
    /// `failureCount` rows in all (about a tenth at the group level), spread over `groupCount`
    /// groups, every value one the SDK's models allow (the API page's own example rows, with
    /// their "protectedInstance" and "createProtectedInstance", come only from a fixture).
    static Dataset generate(quint64 seed, int groupCount, int failureCount);

    /// `count` failed tasks begun at `begin`, spread over `groups` and the group level as
    /// generate() spreads them, with ids of their own: what the emulator's churn adds. The same
    /// seed, groups and time give the same rows.
    static QList<FailureJob> newFailures(quint64 seed, const QString &projectId,
                                         const QList<ProtectionGroup> &groups, int count,
                                         const QDateTime &begin);

    /// Loads `{"server_groups": [...], "failure_jobs": [...], "jobs": [...]}`; each failure may
    /// carry a `server_group_id` (absent or null: group level). A Decode error saying what is
    /// wrong with a malformed fixture.
    static Result<Dataset> fromFixture(const QByteArray &json);
};

/// The job behind a failed task, made up deterministically from the row (same row, same job):
/// status FAIL with the row's error, entities naming the group and resource, and for some rows
/// one level of sub-jobs with the SDK's job types, the last one carrying the error.
Job synthesizeJob(const FailureJob &failure);

/// The 11 failure statuses and 4 resource types the API documents.
const QStringList &knownFailureStatuses();
const QStringList &knownResourceTypes();

} // namespace sdrs::emulator
