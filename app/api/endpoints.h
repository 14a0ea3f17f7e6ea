// Inside the client library only: every request the client sends, as a description that an
// HttpCall carries out. The one place that knows the API's methods, paths and query names.
#pragma once

#include "app/api/httpcall.h"

namespace sdrs::endpoints {

/// `GET /task-center/failure-jobs`: one page of failed tasks; the query's empty fields and
/// negative limit or offset are left out.
SdrsClient::Spec failureJobs(const FailureJobQuery &query);

/// `GET /server-groups`: one page of protection groups.
SdrsClient::Spec protectionGroups(const GroupQuery &query);

/// `GET /jobs/{job_id}`.
SdrsClient::Spec job(const QString &jobId);

/// `DELETE /task-center/failure-jobs/{resource_id}`.
SdrsClient::Spec deleteFailureJob(const QString &resourceId);

/// `DELETE /task-center/failure-jobs/batch`.
SdrsClient::Spec deleteGroupLevelFailureJobs();

/// `DELETE /task-center/{server_group_id}/failure-jobs/batch`.
SdrsClient::Spec deleteGroupFailureJobs(const QString &serverGroupId);

/// `POST /v3/auth/tokens` on IAM: the password sign-in of `connection`'s user.
SdrsClient::Spec passwordLogin(const Connection &connection);

} // namespace sdrs::endpoints
