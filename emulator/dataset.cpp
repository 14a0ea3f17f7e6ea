#include "emulator/dataset.h"
#include "emulator/generatorvocabulary.h"
#include "emulator/seededrandom.h"

#include "models/apitime.h"
#include "models/errorcatalog.h"
#include "models/jsoncodec.h"
#include "models/vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace sdrs::emulator {

namespace {

bool isNonAscii(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() > 0x7f; });
}

QString twoDigits(qint64 n)
{
    return QString::number(n).rightJustified(2, u'0');
}

// --- Generator --------------------------------------------------------------------------------

class Generator
{
public:
    Generator(quint64 seed, int groupCount, int failureCount)
        : m_rng(seed)
        , m_voc(vocabulary())
        , m_groupCount(qMax(0, groupCount))
        , m_failureCount(qMax(0, failureCount))
    {}

    Dataset run()
    {
        Dataset d;
        d.projectId = defaultProjectId();
        startIds(d.projectId);
        d.groups.reserve(m_groupCount);
        for (int i = 0; i < m_groupCount; ++i)
            d.groups.append(makeGroup());
        d.failures = makeFailures(d.groups);
        return d;
    }

    /// `m_failureCount` failed tasks begun at `ms`, spread over `groups` and the group level;
    /// group-level rows name groups that no longer exist (so no other row has their resource id).
    QList<FailureJob> fresh(const QString &projectId, const QList<ProtectionGroup> &groups,
                            qint64 ms)
    {
        startIds(projectId);
        Draw draw = prepareDraw(groups);
        draw.forced.clear();
        draw.unusedGroups.clear();
        QList<FailureJob> rows;
        rows.reserve(m_failureCount);
        for (int n = 0; n < m_failureCount; ++n)
            rows.append(makeFailure(n, ms, groups, draw));
        return rows;
    }

private:
    static constexpr quint64 NodeCount = 3;

    /// The ids every row and group draws from: domain, node prefixes and counters.
    void startIds(const QString &projectId)
    {
        m_projectId = projectId;
        m_uuids.reserve(m_groupCount + m_failureCount + 16);
        m_jobKeys.reserve(m_failureCount + 16);
        m_domainId = hexText(m_rng.next(), 16) + hexText(m_rng.next(), 16);
        m_domainName = QStringLiteral("OTC-EU-DE-0000000000100") +
                       QString::number(m_rng.between(10000, 99999));
        for (quint64 node = 0; node < NodeCount; ++node) {
            m_counters[node] = quint64(m_rng.below(0x10000));
            m_nodePrefixes[node] =
                hexText(Q_UINT64_C(0xff808081) + node, 8) + hexText(m_rng.next(), 8);
        }
    }

    /// A UUID not handed out before in this data set.
    QString newUuid()
    {
        for (;;) {
            const quint64 hi = m_rng.next();
            const quint64 lo = m_rng.next() | Q_UINT64_C(0x8000000000000000);
            const qsizetype before = m_uuids.size();
            m_uuids.insert(lo & Q_UINT64_C(0xbfffffffffffffff));
            if (m_uuids.size() != before)
                return uuidText(hi, lo);
        }
    }

    /// A Hibernate-style id like the API's: node address, JVM id, time, counter; never repeated.
    QString newJobId(qint64 ms)
    {
        const quint64 node = quint64(m_rng.below(NodeCount));
        for (;;) {
            const quint64 counter = m_counters[node]++ & 0xffff;
            const quint64 key = (quint64(ms) << 18) | (counter << 2) | node;
            const qsizetype before = m_jobKeys.size();
            m_jobKeys.insert(key);
            if (m_jobKeys.size() == before)
                continue;
            QString id;
            id.reserve(32);
            id += m_nodePrefixes[node];
            appendHex(id, quint64(ms), 12);
            appendHex(id, counter, 4);
            return id;
        }
    }

    QString groupName()
    {
        const QString &app = m_rng.pick(m_voc.apps);
        const QString &env = m_rng.pick(m_voc.envs);
        const qint64 r = m_rng.below(100);
        if (r < 5)
            return m_rng.pick(m_voc.nonAsciiNames) + u'-' + twoDigits(m_rng.between(1, 12));
        if (r < 45)
            return QStringLiteral("pg-") + app + u'-' + env + u'-' +
                   twoDigits(m_rng.between(1, 20));
        if (r < 60)
            return app + QStringLiteral("-db-dr");
        if (r < 75)
            return app + u'-' + env + QStringLiteral("-dr");
        if (r < 88)
            return QStringLiteral("sdrs-") + app + u'-' + env;
        return app + u'-' + env + u'-' + twoDigits(m_rng.between(1, 9)) +
               QStringLiteral("-protection");
    }

    ProtectionGroup makeGroup()
    {
        ProtectionGroup g;
        g.id = newUuid();
        g.name = groupName();
        g.description = groupDescription(g.name);
        setGroupStatus(g);

        const bool swapped = m_rng.percent(25);
        g.sourceAvailabilityZone =
            swapped ? QStringLiteral("eu-de-02") : QStringLiteral("eu-de-01");
        g.targetAvailabilityZone =
            swapped ? QStringLiteral("eu-de-01") : QStringLiteral("eu-de-02");
        g.domainId = m_domainId;
        g.domainName = m_domainName;
        const bool failedOver = g.status == QLatin1StringView("failed-over");
        g.priorityStation =
            failedOver || m_rng.percent(8) ? QStringLiteral("target") : QStringLiteral("source");
        setGroupMembers(g);

        g.sourceVpcId = newUuid();
        g.targetVpcId = g.sourceVpcId; // SDRS protects within one VPC across two AZs
        if (g.disasterRecoveryDrillNum > 0)
            g.testVpcId = newUuid();
        g.drType = QStringLiteral("migration");
        const qint64 created = ReferenceMs - m_rng.between(61 * DayMs, 400 * DayMs);
        const qint64 updated = qMax(created, ReferenceMs - 1 - m_rng.below(WindowMs));
        g.createdAt = utcFromMs(created);
        g.updatedAt = utcFromMs(updated);
        g.protectionType = QStringLiteral("replication-pair");
        g.replicationModel = QStringLiteral("hypermetro");
        g.serverType = QStringLiteral("ECS");
        return g;
    }

    QString groupDescription(const QString &name)
    {
        const qint64 d = m_rng.below(100);
        if (d < 30)
            return QString();
        if (d < 35)
            return QStringLiteral("");
        if (d < 70)
            return QStringLiteral("DR for ") + name;
        return QStringLiteral("Protection of the ") + name +
               QStringLiteral(" servers (eu-de-01 to eu-de-02)");
    }

    static bool isErrorStatus(const QString &status)
    {
        return status.startsWith(QLatin1StringView("error"));
    }

    /// The group's status and the progress that goes with it.
    void setGroupStatus(ProtectionGroup &g)
    {
        const qint64 s = m_rng.below(100);
        if (s < 68)
            g.status = QStringLiteral("protected");
        else if (s < 86)
            g.status = QStringLiteral("available");
        else
            g.status = m_rng.pick(m_voc.errorStatuses);
        const bool isError = isErrorStatus(g.status);
        const bool isBusy =
            g.status == QLatin1StringView("starting") || g.status == QLatin1StringView("creating");
        g.progress = isBusy ? int(m_rng.between(5, 95)) : isError ? int(m_rng.below(90)) : 100;
    }

    /// How many instances, replication pairs and drills the group has, and their statuses.
    void setGroupMembers(ProtectionGroup &g)
    {
        const bool isError = isErrorStatus(g.status);
        const bool isProtected = g.status == QLatin1StringView("protected");
        if (g.status != QLatin1StringView("creating")) {
            g.protectedInstanceNum = int(m_rng.below(25));
            g.replicationNum = g.protectedInstanceNum +
                               int(m_rng.below(g.protectedInstanceNum + 1)) + int(m_rng.below(3));
            g.disasterRecoveryDrillNum =
                m_rng.percent(70) ? int(m_rng.below(2)) : int(m_rng.between(2, 3));
        }
        if (g.protectedInstanceNum + g.replicationNum > 0) {
            if (isProtected)
                g.protectedStatus = QStringLiteral("started");
            else if (isError)
                g.protectedStatus =
                    m_rng.percent(50) ? QStringLiteral("started") : QStringLiteral("stopped");
            else
                g.protectedStatus = QStringLiteral("stopped");
        }
        if (g.replicationNum > 0) {
            if (isProtected)
                g.replicationStatus = QStringLiteral("active");
            else if (isError)
                g.replicationStatus = QStringLiteral("active-stopped");
            else
                g.replicationStatus = QStringLiteral("inactive");
        }
        if (g.protectedInstanceNum > 0)
            g.healthStatus = isError ? QStringLiteral("abnormal") : QStringLiteral("normal");
    }

    QString resourceName(Category category)
    {
        if (m_rng.percent(4))
            return m_rng.pick(m_voc.nonAsciiNames) + u'-' + twoDigits(m_rng.between(1, 30));
        const qint64 r = m_rng.below(100);
        const QString &app = m_rng.pick(m_voc.apps);
        switch (category) {
        case Instance:
            if (r < 50)
                return QStringLiteral("Protected-Instance-") + hexText(m_rng.next(), 4);
            return QStringLiteral("ecs-") + app + QStringLiteral("-app-") +
                   twoDigits(m_rng.between(1, 40));
        case Replication:
            if (r < 40)
                return QStringLiteral("replication-") + hexText(m_rng.next(), 4);
            if (r < 60)
                return QStringLiteral("Replication-Pair-") + hexText(m_rng.next(), 4);
            return QStringLiteral("vol-") + app + QStringLiteral("-data-") +
                   twoDigits(m_rng.between(1, 40));
        case Drill:
            if (r < 50)
                return QStringLiteral("DR-Drill-") + hexText(m_rng.next(), 4);
            return QStringLiteral("drill-") + app + u'-' + twoDigits(m_rng.between(1, 12));
        case GroupLevel:
        case CategoryCount:
            break;
        }
        return groupName();
    }

    /// Fills error_code and fail_reason in one of the forms the API produces.
    void fillError(FailureJob &f, const Op &op, Category category)
    {
        const QString &task = m_rng.pick(op.tasks);
        const QString fail = task + QStringLiteral("-fail:");
        if (m_rng.percent(15) || m_voc.allCodes.isEmpty()) {
            const auto &[code, text] = m_rng.pick(m_voc.otherCodes);
            f.errorCode = code;
            const bool nativeParams =
                op.jobType == QLatin1StringView("createProtectedInstanceNoCG") &&
                code == QLatin1StringView("EVS.2024") && m_rng.percent(70);
            f.failReason =
                (nativeParams ? QStringLiteral("SdrsGenerateNativeServerParamsTask-fail:") : fail) +
                text;
        } else {
            const ErrorCodeInfo *info = m_rng.percent(65)
                                            ? m_rng.pick(m_voc.codesByCategory[category])
                                            : m_rng.pick(m_voc.allCodes);
            f.errorCode = info->code;
            // A non-ASCII resource name shows up in the reason more often.
            const qint64 form =
                isNonAscii(f.resourceName) && m_rng.percent(40) ? 85 : m_rng.below(100);
            if (form < 38) {
                // Mostly "badRequest" (the first six), as in the API page.
                const qint64 pickFrom = m_rng.percent(70) ? 6 : qint64(std::size(ClientErrors));
                const ClientError &used = ClientErrors[m_rng.below(pickFrom)];
                f.failReason = fail + info->code + QStringLiteral(":Client error : {\"") +
                               QLatin1StringView(used.key) +
                               QStringLiteral("\": {\"message\": \"") +
                               QLatin1StringView(used.message) + QStringLiteral("\", \"code\": ") +
                               QString::number(used.status) + QStringLiteral("}}");
            } else if (form < 84) {
                f.failReason = fail + info->message;
            } else if (form < 89) {
                f.failReason =
                    fail + info->message + QStringLiteral(" (resource ") + f.resourceName + u')';
            } else if (form < 95) {
                f.failReason = longReason(fail, *info);
            } else {
                f.failReason =
                    fail + info->message +
                    QStringLiteral("\ncom.huawei.sdrs.common.exception.SdrsException: ") +
                    info->code + QStringLiteral("\n\tat com.huawei.sdrs.task.") + task +
                    QStringLiteral(".execute(") + task + QStringLiteral(".java:") +
                    QString::number(m_rng.between(40, 400)) +
                    QStringLiteral(")\n\tat com.huawei.sdrs.workflow.TaskExecutor.run("
                                   "TaskExecutor.java:") +
                    QString::number(m_rng.between(60, 200)) +
                    QStringLiteral(")\n\tat java.base/java.lang.Thread.run(Thread.java:829)");
            }
        }
        if (m_rng.permille(10)) {
            const qint64 which = m_rng.below(3);
            if (which != 1)
                f.errorCode = QString();
            if (which != 0)
                f.failReason = QString();
        }
    }

    QString longReason(const QString &fail, const ErrorCodeInfo &info)
    {
        return fail + info.code +
               QStringLiteral(":Client error : {\"badRequest\": {\"message\": \"") + info.message +
               QStringLiteral(". The request POST https://ecs.eu-de.otc.t-systems.com/v1/") +
               m_projectId + QStringLiteral("/cloudservers/") + randomUuid(m_rng) +
               QStringLiteral("/action failed after 3 retries (request id ") +
               hexText(m_rng.next(), 16) + hexText(m_rng.next(), 16) +
               QStringLiteral("). Volumes ") + randomUuid(m_rng) + QStringLiteral(", ") +
               randomUuid(m_rng) + QStringLiteral(" of server ") + randomUuid(m_rng) +
               QStringLiteral(
                   " remain in state error; the replication pair was rolled back and the "
                   "protected instance must be deleted and created again once the cause "
                   "is fixed.\", \"code\": 400}}");
    }

    /// The group-level operation matching a group's error status, or -1.
    qsizetype opForGroupStatus(const QString &status) const
    {
        static const std::pair<const char *, const char *> map[] = {
            {"error-failing-over", "failoverProtectionGroupNoCG"},
            {"error-starting", "startProtectionGroupNoCG"},
            {"error-stopping", "stopProtectionGroupNoCG"},
            {"error-reversing", "reverseProtectionGroupNoCG"},
            {"error-reprotecting", "reprotectProtectionGroupNoCG"},
            {"error-deleting", "deleteProtectionGroupNoCG"},
            {"error", "createProtectionGroupNoCG"},
        };
        for (const auto &[groupStatus, jobType] : map) {
            if (status == QLatin1StringView(groupStatus))
                return m_voc.opByJobType.value(QLatin1StringView(jobType), -1);
        }
        return -1;
    }

    /// What the failed tasks are drawn from.
    struct Draw
    {
        /// Running sums of the groups' weights: a few hot groups, some none at all.
        std::vector<qint64> cumulative;
        qint64 total = 0;
        /// Groups not yet the resource of a group-level row, in random order.
        std::vector<qsizetype> unusedGroups;
        /// The operations of the first rows, one each, so that all statuses and types appear.
        std::vector<qsizetype> forced;
    };

    Draw prepareDraw(const QList<ProtectionGroup> &groups)
    {
        Draw draw;
        // Groups get failures unevenly: a few hot ones, some none at all (never the first).
        for (qsizetype i = 0; i < groups.size(); ++i) {
            qint64 w = m_rng.between(1, 20);
            if (m_rng.percent(10))
                w *= 10;
            else if (i > 0 && m_rng.percent(10))
                w = 0;
            draw.total += w;
            draw.cumulative.push_back(draw.total);
        }
        // Each existing group can be the resource of at most one group-level row (ids are unique).
        draw.unusedGroups.resize(groups.size());
        for (qsizetype i = 0; i < groups.size(); ++i)
            draw.unusedGroups[i] = i;
        for (qsizetype i = qsizetype(draw.unusedGroups.size()) - 1; i > 0; --i)
            std::swap(draw.unusedGroups[i], draw.unusedGroups[m_rng.below(i + 1)]);
        for (qsizetype i = 0; i < m_voc.ops.size(); ++i) {
            if (groups.isEmpty() && m_voc.ops.at(i).category != GroupLevel)
                continue;
            draw.forced.push_back(i);
        }
        if (qsizetype(draw.forced.size()) > m_failureCount)
            draw.forced.clear();
        return draw;
    }

    QList<FailureJob> makeFailures(const QList<ProtectionGroup> &groups)
    {
        std::vector<FailureJob> rows;
        std::vector<std::pair<qint64, qsizetype>> order; // (begin ms, index)
        rows.reserve(m_failureCount);
        order.reserve(m_failureCount);
        Draw draw = prepareDraw(groups);
        for (int n = 0; n < m_failureCount; ++n) {
            const qint64 ms = ReferenceMs - 1 - m_rng.below(WindowMs);
            order.emplace_back(ms, qsizetype(rows.size()));
            rows.push_back(makeFailure(n, ms, groups, draw));
        }

        // Newest first; ties in generation order, so the result is the same everywhere.
        std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        QList<FailureJob> sorted;
        sorted.reserve(qsizetype(rows.size()));
        for (const auto &[ms, index] : order)
            sorted.append(std::move(rows[index]));
        return sorted;
    }

    /// Failed task `n`, begun at `ms`.
    FailureJob makeFailure(int n, qint64 ms, const QList<ProtectionGroup> &groups, Draw &draw)
    {
        FailureJob f;
        f.jobStatus = QStringLiteral("FAIL");
        const bool isForced = n < qsizetype(draw.forced.size());
        qsizetype opIndex = -1;
        Category category = GroupLevel;
        if (isForced) {
            opIndex = draw.forced[n];
            category = m_voc.ops.at(opIndex).category;
        } else if (!groups.isEmpty() && !m_rng.percent(10)) {
            const qint64 c = m_rng.below(100);
            category = c < InstanceShare                      ? Instance
                       : c < InstanceShare + ReplicationShare ? Replication
                                                              : Drill;
        }
        if (opIndex < 0)
            opIndex = m_voc.pickOp(m_rng, category);
        if (category == GroupLevel) {
            opIndex = pickGroupLevelResource(f, groups, draw, isForced, opIndex);
        } else {
            const qint64 r = m_rng.below(draw.total);
            const auto it = std::upper_bound(draw.cumulative.begin(), draw.cumulative.end(), r);
            f.serverGroupId = groups.at(it - draw.cumulative.begin()).id;
            f.resourceId = newUuid();
            f.resourceName = resourceName(category);
        }
        const Op &op = m_voc.ops.at(opIndex);
        f.resourceType = resourceTypeFor(category);
        f.failureStatus = op.status;
        f.jobType = op.jobType;
        f.jobId = newJobId(ms);
        f.beginTime = utcFromMs(ms);
        f.beginTimeText = formatIsoTime(f.beginTime);
        fillError(f, op, category);
        return f;
    }

    /// The protection group a group-level row is about: an existing one, or one that no longer
    /// exists. Returns the operation, which may change to fit the group.
    qsizetype pickGroupLevelResource(FailureJob &f, const QList<ProtectionGroup> &groups,
                                     Draw &draw, bool isForced, qsizetype opIndex)
    {
        if (!draw.unusedGroups.empty() && m_rng.percent(45)) {
            const ProtectionGroup &g = groups.at(draw.unusedGroups.back());
            draw.unusedGroups.pop_back();
            f.resourceId = g.id;
            f.resourceName = g.name;
            const qsizetype matching = opForGroupStatus(g.status);
            if (!isForced && matching >= 0 && m_rng.percent(70))
                return matching;
            return opIndex;
        }
        // A group that no longer exists, mostly one whose creation failed.
        f.resourceId = newUuid();
        f.resourceName = groupName();
        if (!isForced && m_rng.percent(60))
            return m_voc.opByJobType.value(QStringLiteral("createProtectionGroupNoCG"));
        return opIndex;
    }

    Rng m_rng;
    const Vocabulary &m_voc;
    int m_groupCount;
    int m_failureCount;
    QString m_projectId;
    QString m_domainId;
    QString m_domainName;
    std::array<QString, NodeCount> m_nodePrefixes;
    std::array<quint64, NodeCount> m_counters{};
    QSet<quint64> m_uuids;
    QSet<quint64> m_jobKeys;
};

} // namespace

// One list for the emulator and the window (models/vocabulary).
const QStringList &knownFailureStatuses()
{
    return failureStatuses();
}

const QStringList &knownResourceTypes()
{
    return resourceTypes();
}

Dataset Dataset::generate(quint64 seed, int groupCount, int failureCount)
{
    return Generator(seed, groupCount, failureCount).run();
}

QList<FailureJob> Dataset::newFailures(quint64 seed, const QString &projectId,
                                       const QList<ProtectionGroup> &groups, int count,
                                       const QDateTime &begin)
{
    return Generator(seed, int(groups.size()), count)
        .fresh(projectId, groups, begin.toMSecsSinceEpoch());
}

} // namespace sdrs::emulator
