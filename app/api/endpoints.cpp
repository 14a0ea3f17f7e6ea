#include "app/api/endpoints.h"

#include "app/api/wiresafety.h"
#include "models/iamcodec.h"

namespace sdrs::endpoints {

namespace {

using Spec = SdrsClient::Spec;

/// A retryable `GET path` with the query items whose value is not empty, then `limit` and
/// `offset` where they are set (not negative).
Spec listing(const QString &path, std::initializer_list<std::pair<const char *, QString>> items,
             int limit, int offset)
{
    Spec spec;
    spec.method = "GET";
    spec.retryable = true;
    spec.path = path;
    for (const auto &[key, value] : items) {
        if (!value.isEmpty())
            spec.query.addQueryItem(QLatin1StringView(key), value);
    }
    if (limit >= 0)
        spec.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (offset >= 0)
        spec.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return spec;
}

/// `method` on `prefix`, the id as one percent-encoded segment, then `suffix`; an id that cannot
/// be a segment becomes the spec's refusal, and nothing is sent.
Spec withId(const QByteArray &method, const QString &prefix, const QString &id,
            const QString &suffix = {})
{
    Spec spec;
    spec.method = method;
    const QString problem = wire::pathSegmentProblem(id);
    if (!problem.isEmpty())
        spec.refusal = detail::makeError(ApiError::Kind::Invalid, problem, {});
    spec.path = prefix + wire::encodePathSegment(id) + suffix;
    return spec;
}

} // namespace

Spec failureJobs(const FailureJobQuery &query)
{
    return listing(QStringLiteral("/task-center/failure-jobs"),
                   {{"failure_status", query.failureStatus},
                    {"resource_name", query.resourceName},
                    {"server_group_id", query.serverGroupId},
                    {"resource_type", query.resourceType}},
                   query.limit, query.offset);
}

Spec protectionGroups(const GroupQuery &query)
{
    return listing(QStringLiteral("/server-groups"),
                   {{"status", query.status},
                    {"name", query.name},
                    {"query_type", query.queryType},
                    {"availability_zone", query.availabilityZone}},
                   query.limit, query.offset);
}

Spec job(const QString &jobId)
{
    Spec spec = withId("GET", QStringLiteral("/jobs/"), jobId);
    spec.retryable = true;
    return spec;
}

Spec deleteFailureJob(const QString &resourceId)
{
    return withId("DELETE", QStringLiteral("/task-center/failure-jobs/"), resourceId);
}

Spec deleteGroupLevelFailureJobs()
{
    Spec spec;
    spec.method = "DELETE";
    spec.path = QStringLiteral("/task-center/failure-jobs/batch");
    return spec;
}

Spec deleteGroupFailureJobs(const QString &serverGroupId)
{
    return withId("DELETE", QStringLiteral("/task-center/"), serverGroupId,
                  QStringLiteral("/failure-jobs/batch"));
}

Spec passwordLogin(const Connection &connection)
{
    Spec spec;
    spec.method = "POST";
    spec.target = Spec::Target::Iam;
    spec.path = QStringLiteral("/auth/tokens");
    spec.needsAuth = false;
    spec.carriesSecret = true;
    spec.body = iam::passwordLoginBody(connection);
    return spec;
}

} // namespace sdrs::endpoints
