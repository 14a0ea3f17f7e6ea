// The emulator's SDRS resources: failed tasks, protection groups, jobs, and the deletes.
#include "emulator/requesthelpers.h"

#include "models/jsoncodec.h"
#include "models/vocabulary.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace sdrs::emulator {

namespace {

/// The filters of a failed-task listing.
struct FailureFilter
{
    QString status;
    QString type;
    QString name;
    QString group;

    explicit FailureFilter(const QUrlQuery &q)
        : status(textParam(q, QStringLiteral("failure_status")))
        , type(textParam(q, QStringLiteral("resource_type")))
        , name(textParam(q, QStringLiteral("resource_name")))
        , group(textParam(q, QStringLiteral("server_group_id")))
    {}

    /// The parameter the service refuses, as `name=value`; empty when it takes them all.
    QString invalidParameter() const
    {
        if (!status.isEmpty() && !knownFailureStatuses().contains(status))
            return QStringLiteral("failure_status=") + status;
        if (!type.isEmpty() && !knownResourceTypes().contains(type))
            return QStringLiteral("resource_type=") + type;
        return {};
    }

    bool matches(const FailureJob &f) const
    {
        return (status.isEmpty() || f.failureStatus == status) &&
               (type.isEmpty() || f.resourceType == type) &&
               (name.isEmpty() || f.resourceName.contains(name, Qt::CaseInsensitive));
    }
};

} // namespace

const QByteArray &Emulator::rowJson(qsizetype index)
{
    QByteArray &cached = m_rowJson[size_t(index)];
    if (cached.isEmpty()) {
        const FailureJob &f = m_data.failures.at(index);
        cached.reserve(256 + f.failReason.size() * 2);
        json::appendJson(cached, f);
    }
    return cached;
}

std::optional<Emulator::Response> Emulator::checkPaging(const QUrlQuery &q, qint64 *limit,
                                                        qint64 *offset)
{
    bool badLimit = false, badOffset = false;
    const std::optional<qint64> l = intParam(q, QStringLiteral("limit"), &badLimit);
    const std::optional<qint64> o = intParam(q, QStringLiteral("offset"), &badOffset);
    if (badLimit || (l && (*l < 0 || *l > 1000)))
        return answer(
            sdrsError(QStringLiteral("SDRS.0221"),
                      QStringLiteral("limit value must be greater than 0 or less than 1000")));
    if (badOffset || (o && *o < 0))
        return answer(
            sdrsError(QStringLiteral("SDRS.0222"),
                      QStringLiteral("offset value cannot be negative, and must be an integer")));
    *limit = l.value_or(1000);
    *offset = o.value_or(0);
    return std::nullopt;
}

Emulator::Response Emulator::listFailures(const QHttpServerRequest &request)
{
    const QUrlQuery q = request.query();
    qint64 limit = 0, offset = 0;
    if (std::optional<Response> bad = checkPaging(q, &limit, &offset))
        return *bad;
    const FailureFilter filter(q);
    if (const QString invalid = filter.invalidParameter(); !invalid.isEmpty())
        return answer(sdrsError(QStringLiteral("SDRS.0201"),
                                QStringLiteral("Invalid request parameters: %1").arg(invalid)));
    const QList<qsizetype> scope = m_byScope.value(filter.group);
    QList<qsizetype> matches;
    matches.reserve(scope.size());
    for (const qsizetype i : scope) {
        if (filter.matches(m_data.failures.at(i)))
            matches.append(i);
    }
    const qsizetype end = std::min<qsizetype>(matches.size(), offset + limit);
    // The SDK calls count "the number in the list": the total, or with countIsPageLength the rows
    // of this page (a reader must work with either).
    const qsizetype count =
        m_options.countIsPageLength ? std::max<qsizetype>(0, end - offset) : matches.size();
    QByteArray body = "{\"count\":" + QByteArray::number(count) + ",\"failure_jobs\":[";
    for (qsizetype k = offset; k < end; ++k) {
        if (k > offset)
            body += ',';
        body += rowJson(matches.at(k));
    }
    body += "]}";
    return Response{200, body, {}};
}

Emulator::Response Emulator::listGroups(const QHttpServerRequest &request)
{
    const QUrlQuery q = request.query();
    qint64 limit = 0, offset = 0;
    if (std::optional<Response> bad = checkPaging(q, &limit, &offset))
        return *bad;
    Response r;
    const QString status = textParam(q, QStringLiteral("status"));
    const QString name = textParam(q, QStringLiteral("name"));
    const QString queryType = textParam(q, QStringLiteral("query_type"));
    const QString zone = textParam(q, QStringLiteral("availability_zone"));
    const QStringList &queryTypes = groupQueryTypes();
    if (!queryType.isEmpty() && !queryTypes.contains(queryType)) {
        return answer(
            sdrsError(QStringLiteral("SDRS.0201"),
                      QStringLiteral("Invalid request parameters: query_type=") + queryType));
    }
    QJsonArray page;
    qint64 count = 0;
    for (const ProtectionGroup &g : std::as_const(m_data.groups)) {
        if (!status.isEmpty() && g.status != status)
            continue;
        if (!name.isEmpty() && !g.name.contains(name, Qt::CaseInsensitive))
            continue;
        // The current production site's zone, as the SDK describes the filter.
        const bool targetProduces = g.priorityStation == QLatin1StringView("target");
        if (!zone.isEmpty() &&
            (targetProduces ? g.targetAvailabilityZone : g.sourceAvailabilityZone) != zone)
            continue;
        if (queryType == QStringLiteral("status_abnormal") && !isAbnormal(g))
            continue;
        if (queryType == QStringLiteral("stop_protected") &&
            g.status != QStringLiteral("available"))
            continue;
        if (queryType == QStringLiteral("period_no_dr_drill") && g.disasterRecoveryDrillNum != 0)
            continue;
        if (count >= offset && count < offset + limit)
            page.append(json::toJson(g));
        ++count;
    }
    if (m_options.countIsPageLength)
        count = page.size();
    r.body = json(QJsonObject{{QLatin1StringView("count"), count},
                              {QLatin1StringView("server_groups"), page}});
    return r;
}

Emulator::Response Emulator::getJob(const QString &jobId)
{
    Response r;
    const auto explicitJob = m_data.jobs.constFind(jobId);
    if (explicitJob != m_data.jobs.cend()) {
        r.body = json(json::toJson(*explicitJob));
        return r;
    }
    const auto row = m_byJobId.constFind(jobId);
    if (row == m_byJobId.cend())
        return answer(httpError(404, QStringLiteral("Job %1 not found").arg(jobId)));
    r.body = json(json::toJson(synthesizeJob(m_data.failures.at(*row))));
    return r;
}

Emulator::Response Emulator::deleteOne(const QString &resourceId)
{
    const qsizetype before = m_data.failures.size();
    m_data.failures.removeIf(
        [&resourceId](const FailureJob &f) { return f.resourceId == resourceId; });
    Response r;
    if (m_data.failures.size() == before)
        return answer(httpError(404, QStringLiteral("Failed task %1 not found").arg(resourceId)));
    rebuildIndex();
    r.status = 204;
    return r;
}

Emulator::Response Emulator::deleteWhere(const QString &serverGroupId)
{
    m_data.failures.removeIf(
        [&serverGroupId](const FailureJob &f) { return f.serverGroupId == serverGroupId; });
    rebuildIndex();
    Response r;
    r.status = 204;
    return r;
}

} // namespace sdrs::emulator
