#include "models/failurejobfields.h"

namespace sdrs {

const QList<FailureJobFieldInfo> &failureJobFields()
{
    using F = FailureJobField;
    using J = FailureJob;
    const auto name = [](const char *text) {
        return QLatin1StringView(text);
    };
    static const QList<FailureJobFieldInfo> fields{
        {F::JobId, name("job_id"), &J::jobId, true, false},
        {F::JobType, name("job_type"), &J::jobType, true, false},
        {F::JobStatus, name("job_status"), &J::jobStatus, true, false},
        {F::FailureStatus, name("failure_status"), &J::failureStatus, true, false},
        {F::ResourceType, name("resource_type"), &J::resourceType, true, false},
        {F::ResourceId, name("resource_id"), &J::resourceId, true, false},
        {F::ResourceName, name("resource_name"), &J::resourceName, true, false},
        {F::BeginTime, name("begin_time"), &J::beginTimeText, true, false},
        {F::BeginTimeLocal, name("begin_time_local"), nullptr, false, false},
        {F::ErrorCode, name("error_code"), &J::errorCode, true, true},
        {F::FailReason, name("fail_reason"), &J::failReason, true, true},
        {F::ServerGroupId, name("server_group_id"), &J::serverGroupId, false, false},
        {F::ServerGroupName, name("server_group_name"), nullptr, false, false},
    };
    return fields;
}

const FailureJobFieldInfo &fieldInfo(FailureJobField field)
{
    // The table lists the fields in the enum's order.
    return failureJobFields().at(qsizetype(field));
}

} // namespace sdrs
