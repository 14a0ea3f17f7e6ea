#pragma once

#include <QString>
#include <QStringList>

namespace sdrs {

/// The 11 failure statuses the API documents, in the order the window lists them.
const QStringList &failureStatuses();
/// The 4 resource types the API documents.
const QStringList &resourceTypes();
/// The group list's `query_type` values (the SDK's ListProtectionGroupsRequest): status_abnormal,
/// stop_protected, period_no_dr_drill, general.
const QStringList &groupQueryTypes();
/// The 19 job types of the SDK's job models (`ShowJobStatusResponse`, `SubJobParams`).
const QStringList &jobTypes();

/// A readable, translated name for a `failure_status` ("createFail" → "Create failed"). Unknown
/// values come back unchanged.
QString failureStatusName(const QString &status);
/// A readable, translated name for a `resource_type` ("protected_instances" → "Protected
/// instance"; also the singular "protectedInstance" the example rows use). Unknown values come
/// back unchanged.
QString resourceTypeName(const QString &type);
/// A readable, translated name for a `job_type` ("addNicNew" → "Add NIC"). Unknown values come
/// back unchanged.
QString jobTypeName(const QString &type);
/// A readable, translated name for a job `status` (SUCCESS, RUNNING, FAIL, INIT).
QString jobStatusName(const QString &status);

/// "Readable name (code)" by one of the functions above ("Add NIC (addNicNew)"), or the code
/// alone where it has no other name.
QString nameWithCode(const QString &code, QString (*name)(const QString &));

/// What a status is about, for a colour or an icon the UI chooses.
enum class StatusTone {
    Neutral, ///< unknown or empty
    Failed,  ///< a failure (every failure_status, also an unknown "...Fail"; job status FAIL)
    Running, ///< job status RUNNING or INIT
    Success, ///< job status SUCCESS
};
StatusTone failureStatusTone(const QString &failureStatus);
/// The tone of a job status, in any letter case.
StatusTone jobStatusTone(const QString &jobStatus);

} // namespace sdrs
