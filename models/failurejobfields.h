#pragma once

#include "models/failurejob.h"

#include <QLatin1StringView>
#include <QList>

namespace sdrs {

/// A value of a failed task, named as the API names it.
enum class FailureJobField {
    JobId,           ///< job_id
    JobType,         ///< job_type
    JobStatus,       ///< job_status
    FailureStatus,   ///< failure_status (the API's code, e.g. "createFail")
    ResourceType,    ///< resource_type
    ResourceId,      ///< resource_id
    ResourceName,    ///< resource_name
    BeginTime,       ///< begin_time
    BeginTimeLocal,  ///< begin_time_local: begin_time in local time (not an API field)
    ErrorCode,       ///< error_code
    FailReason,      ///< fail_reason, whole
    ServerGroupId,   ///< server_group_id: the group the row was asked for; empty at group level
    ServerGroupName, ///< server_group_name: that group's name, when known (not an API field)
};

/// One entry of the table of a failed task's fields.
struct FailureJobFieldInfo
{
    FailureJobField field;
    /// The API's name ("job_id", ...).
    QLatin1StringView name;
    /// The member that holds the field as received; nullptr for a field made from others.
    QString FailureJob::*member;
    /// Part of the object the service sends for a row.
    bool inApiRow;
    /// null in the service's JSON when empty.
    bool nullable;
};

/// Every field of a failed task, in the order exports list them: the one table the JSON codec,
/// the CSV columns and the table model go by.
const QList<FailureJobFieldInfo> &failureJobFields();

/// The table entry of `field`.
const FailureJobFieldInfo &fieldInfo(FailureJobField field);

} // namespace sdrs
