#include "dataset.h"

#include "apitime.h"
#include "errorcatalog.h"
#include "jsoncodec.h"

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

// All generated times lie in the 60 days before 2026-11-20T12:00:00.000Z.
constexpr qint64 ReferenceMs = Q_INT64_C(1795176000000);
constexpr qint64 SecondMs = 1000;
constexpr qint64 DayMs = 24 * 3600 * SecondMs;
constexpr qint64 WindowMs = 60 * DayMs;

QString defaultProjectId()
{
    return QStringLiteral("4d2a1c8e5b7f4e3a9c6d0b1a2f3e4d5c");
}

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

/// splitmix64: tiny, fast and the same sequence on every platform and compiler.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += Q_UINT64_C(0x9e3779b97f4a7c15));
        z = (z ^ (z >> 30)) * Q_UINT64_C(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)) * Q_UINT64_C(0x94d049bb133111eb);
        return z ^ (z >> 31);
    }

    /// Uniform in [0, n); the modulo bias is irrelevant for test data.
    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64(next() % quint64(n)); }
    /// Uniform in [lo, hi].
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    bool percent(int p) { return below(100) < p; }
    bool permille(int p) { return below(1000) < p; }

    template<class T> const T &pick(const QList<T> &list) { return list.at(below(list.size())); }

private:
    quint64 m_state;
};

/// FNV-1a (64 bit) over UTF-8: stable across runs, unlike qHash with a random QT_HASH_SEED.
quint64 fnv1a(const QByteArray &bytes, quint64 hash = Q_UINT64_C(0xcbf29ce484222325))
{
    for (const char c : bytes) {
        hash ^= quint8(c);
        hash *= Q_UINT64_C(0x100000001b3);
    }
    return hash;
}

void appendHex(QString &out, quint64 value, int digits)
{
    static constexpr char16_t Digits[] = u"0123456789abcdef";
    char16_t buffer[16];
    for (int i = digits - 1; i >= 0; --i) {
        buffer[i] = Digits[value & 0xf];
        value >>= 4;
    }
    out.append(reinterpret_cast<const QChar *>(buffer), digits);
}

QString hexText(quint64 value, int digits)
{
    QString s;
    s.reserve(digits);
    appendHex(s, value, digits);
    return s;
}

/// 8-4-4-4-12 lowercase hex with the version-4 and variant bits set.
QString uuidText(quint64 hi, quint64 lo)
{
    hi = (hi & ~Q_UINT64_C(0xf000)) | Q_UINT64_C(0x4000);
    lo = (lo & Q_UINT64_C(0x3fffffffffffffff)) | Q_UINT64_C(0x8000000000000000);
    QString s;
    s.reserve(36);
    appendHex(s, hi >> 32, 8);
    s += u'-';
    appendHex(s, (hi >> 16) & 0xffff, 4);
    s += u'-';
    appendHex(s, hi & 0xffff, 4);
    s += u'-';
    appendHex(s, lo >> 48, 4);
    s += u'-';
    appendHex(s, lo & Q_UINT64_C(0xffffffffffff), 12);
    return s;
}

QString randomUuid(Rng &rng)
{
    const quint64 hi = rng.next();
    return uuidText(hi, rng.next());
}

bool isNonAscii(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() > 0x7f; });
}

QString twoDigits(qint64 n)
{
    return QString::number(n).rightJustified(2, u'0');
}

// --- Vocabulary -------------------------------------------------------------------------------

enum Category { GroupLevel, Instance, Replication, Drill, CategoryCount };

/// One failing operation: the failure status it leaves, the job type and the job's task steps.
struct OpSpec
{
    Category category;
    const char *status;
    const char *jobType;
    int weight;
    std::array<const char *, 4> tasks;
};

constexpr OpSpec OpSpecs[] = {
    {GroupLevel,
     "createFail",
     "createProtectionGroupNoCG",
     4,
     {"SdrsCheckProtectionGroupParamsTask", "SdrsCreateProtectionGroupTask",
      "SdrsUpdateProtectionGroupStatusTask"}},
    {GroupLevel,
     "deleteFail",
     "deleteProtectionGroupNoCG",
     2,
     {"SdrsCheckProtectionGroupResourcesTask", "SdrsDeleteProtectionGroupTask"}},
    {GroupLevel,
     "startFail",
     "startProtectionGroupNoCG",
     2,
     {"SdrsStartReplicationPairsTask", "SdrsUpdateProtectionGroupStatusTask"}},
    {GroupLevel,
     "stopFail",
     "stopProtectionGroupNoCG",
     2,
     {"SdrsStopReplicationPairsTask", "SdrsUpdateProtectionGroupStatusTask"}},
    {GroupLevel,
     "reverseFail",
     "reverseProtectionGroupNoCG",
     1,
     {"SdrsStopProductionServersTask", "SdrsReverseReplicationPairsTask",
      "SdrsSwitchServerNicsTask", "SdrsStartServersTask"}},
    {GroupLevel,
     "failoverFail",
     "failoverProtectionGroupNoCG",
     1,
     {"SdrsFailoverReplicationPairsTask", "SdrsSwitchServerNicsTask", "SdrsStartServersTask"}},
    {GroupLevel,
     "reprotectFail",
     "reprotectProtectionGroupNoCG",
     1,
     {"SdrsReprotectReplicationPairsTask", "SdrsSyncReplicationPairsTask"}},
    {Instance,
     "createFail",
     "createProtectedInstanceNoCG",
     6,
     {"SdrsGenerateNativeServerParamsTask", "SdrsCreateNativeServerTask",
      "SdrsAttachReplicationPairsTask", "SdrsCreateProtectedInstanceTask"}},
    {Instance,
     "deleteFail",
     "deleteProtectedInstanceNoCG",
     3,
     {"SdrsDetachReplicationPairsTask", "SdrsDeleteNativeServerTask",
      "SdrsDeleteProtectedInstanceTask"}},
    {Instance,
     "attachFail",
     "attachReplicationPairNew",
     2,
     {"SdrsCheckVolumeStatusTask", "SdrsAttachVolumeTask"}},
    {Instance, "detachFail", "detachReplicationPairNew", 1, {"SdrsDetachVolumeTask"}},
    {Instance,
     "resizeFail",
     "resizeProtectedInstanceNew",
     2,
     {"SdrsStopServerTask", "SdrsResizeServerTask", "SdrsStartServerTask"}},
    {Instance, "attachFail", "addNicNew", 1, {"SdrsCreatePortTask", "SdrsAttachNicTask"}},
    {Instance, "detachFail", "deleteNicNew", 1, {"SdrsDetachNicTask", "SdrsDeletePortTask"}},
    {Replication,
     "createFail",
     "createReplicationPairNoCG",
     5,
     {"SdrsCreateTargetVolumeTask", "SdrsCreateReplicationPairTask", "SdrsStartReplicationTask"}},
    {Replication,
     "deleteFail",
     "deleteReplicationPairNoCG",
     2,
     {"SdrsDeleteReplicationPairTask", "SdrsDeleteTargetVolumeTask"}},
    {Replication,
     "expandFail",
     "expandReplicationPairNew",
     2,
     {"SdrsExpandSourceVolumeTask", "SdrsExpandTargetVolumeTask"}},
    {Drill,
     "createFail",
     "createDisasterRecoveryDrill",
     3,
     {"SdrsCreateDrillVolumesTask", "SdrsCreateDrillServerTask", "SdrsCreateDrillNicTask"}},
    {Drill,
     "deleteFail",
     "deleteDisasterRecoveryDrill",
     1,
     {"SdrsDeleteDrillServerTask", "SdrsDeleteDrillVolumesTask"}},
};

/// The share of each in-group category, in percent.
constexpr int InstanceShare = 55;
constexpr int ReplicationShare = 30;

/// Other services' codes, with the short free text their failures leave.
constexpr std::pair<const char *, const char *> OtherCodes[] = {
    {"EVS.2024", "volume is error!"},
    {"EVS.2024", "volume is error!"},
    {"EVS.2024", "volume is error!"},
    {"ECS.0114", "server status is ERROR, the operation is not allowed"},
    {"VPC.0114", "port status is DOWN"},
    {"IMS.0208", "image is not active"},
    {"Ecs.0000", "request error"},
};

/// Downstream client errors embedded in "Client error : {...}" reasons: wrapper key, HTTP status,
/// text.
struct ClientError
{
    const char *key;
    int status;
    const char *message;
};

constexpr ClientError ClientErrors[] = {
    {"badRequest", 400, "Flavor s3.xlarge.4 is sold out in availability zone eu-de-02."},
    {"badRequest", 400,
     "Quota exceeded for instances: Requested 1, but already used 50 of 50 instances."},
    {"badRequest", 400, "Invalid volume type SAS for availability zone eu-de-02."},
    {"badRequest", 400, "IP address 192.168.10.23 is already in use on the subnet."},
    {"badRequest", 400, "Volume status must be available or in-use, but current status is: error."},
    {"badRequest", 400, "Invalid imageRef provided."},
    {"itemNotFound", 404, "Instance could not be found."},
    {"itemNotFound", 404, "Volume could not be found."},
    {"conflictingRequest", 409,
     "Cannot 'attach_volume' instance while it is in task_state resize_migrating"},
};

constexpr const char *Apps[] = {"erp",     "billing",    "crm",       "webshop",   "hr",
                                "payroll", "sap-hana",   "mes",       "gis",       "ldap",
                                "mail",    "fileserver", "warehouse", "analytics", "jenkins",
                                "gitlab",  "oracle",     "postgres",  "kafka",     "portal"};
constexpr const char *Envs[] = {"prod", "prod", "prod", "stage", "test", "dev"};
constexpr const char *NonAsciiNames[] = {
    "Lagerverwaltung-Süd", "Prüfstand-Datenbank", "Büroserver-Köln", "Straßenmeisterei",
    "财务系统-容灾",       "订单数据库",          "应用服务器",      "Größenprüfung"};
constexpr const char *ErrorStatuses[] = {
    "error-failing-over", "error-starting", "error-stopping", "error-reversing",
    "error-reprotecting", "error-deleting", "error",          "failed-over",
    "starting",           "creating"};

/// The sub-jobs a job is made of, by its type, from the SDK's 19 job types (ShowJobStatusResponse,
/// SubJobParams): "*" repeats the job's own type once per replication pair. Job types not listed
/// have no sub-jobs.
constexpr std::pair<const char *, std::array<const char *, 3>> SubJobTypes[] = {
    {"startProtectionGroupNoCG", {"*"}},
    {"stopProtectionGroupNoCG", {"*"}},
    {"reverseProtectionGroupNoCG", {"*"}},
    {"failoverProtectionGroupNoCG", {"*"}},
    {"reprotectProtectionGroupNoCG", {"*"}},
    {"createProtectedInstanceNoCG",
     {"createReplicationPairNoCG", "attachReplicationPairNew", "addNicNew"}},
    {"deleteProtectedInstanceNoCG",
     {"detachReplicationPairNew", "deleteReplicationPairNoCG", "deleteNicNew"}},
};

QString fromUtf8(const char *s)
{
    return QString::fromUtf8(s);
}

struct Op
{
    Category category;
    QString status;
    QString jobType;
    int weight;
    QStringList tasks;
};

/// The tables as QStrings, built once.
struct Vocabulary
{
    QList<Op> ops;
    std::array<QList<qsizetype>, CategoryCount> opsByCategory;
    QHash<QString, qsizetype> opByJobType;
    QList<std::pair<QString, QString>> otherCodes;
    QList<const ErrorCodeInfo *> allCodes;
    std::array<QList<const ErrorCodeInfo *>, CategoryCount> codesByCategory;
    QStringList apps;
    QStringList envs;
    QStringList nonAsciiNames;
    QStringList errorStatuses;

    Vocabulary()
    {
        for (const OpSpec &spec : OpSpecs) {
            Op op{spec.category, fromUtf8(spec.status), fromUtf8(spec.jobType), spec.weight, {}};
            for (const char *task : spec.tasks) {
                if (task)
                    op.tasks.append(fromUtf8(task));
            }
            opsByCategory[spec.category].append(ops.size());
            opByJobType.insert(op.jobType, ops.size());
            ops.append(op);
        }
        for (const auto &[code, text] : OtherCodes)
            otherCodes.append({fromUtf8(code), fromUtf8(text)});
        for (const char *s : Apps)
            apps.append(fromUtf8(s));
        for (const char *s : Envs)
            envs.append(fromUtf8(s));
        for (const char *s : NonAsciiNames)
            nonAsciiNames.append(fromUtf8(s));
        for (const char *s : ErrorStatuses)
            errorStatuses.append(fromUtf8(s));

        // The codes relevant to each category, by number range.
        const std::array<QList<QLatin1StringView>, CategoryCount> prefixes = {{
            {QLatin1StringView("SDRS.10"), QLatin1StringView("SDRS.04")},
            {QLatin1StringView("SDRS.13"), QLatin1StringView("SDRS.18")},
            {QLatin1StringView("SDRS.16"), QLatin1StringView("SDRS.18")},
            {QLatin1StringView("SDRS.19")},
        }};
        for (const ErrorCodeInfo &info : ErrorCatalog::instance().entries()) {
            allCodes.append(&info);
            for (int c = 0; c < CategoryCount; ++c) {
                for (QLatin1StringView prefix : prefixes[c]) {
                    if (info.code.startsWith(prefix)) {
                        codesByCategory[c].append(&info);
                        break;
                    }
                }
            }
        }
        for (int c = 0; c < CategoryCount; ++c) {
            if (codesByCategory[c].isEmpty())
                codesByCategory[c] = allCodes;
        }
    }

    /// A weighted pick among the operations of one category.
    qsizetype pickOp(Rng &rng, Category category) const
    {
        const QList<qsizetype> &candidates = opsByCategory[category];
        int total = 0;
        for (qsizetype i : candidates)
            total += ops.at(i).weight;
        qint64 r = rng.below(total);
        for (qsizetype i : candidates) {
            r -= ops.at(i).weight;
            if (r < 0)
                return i;
        }
        return candidates.last();
    }
};

const Vocabulary &vocabulary()
{
    static const Vocabulary v;
    return v;
}

QString resourceTypeFor(Category category)
{
    switch (category) {
    case GroupLevel:
        return QStringLiteral("server_groups");
    case Instance:
        return QStringLiteral("protected_instances");
    case Replication:
        return QStringLiteral("replications");
    case Drill:
    case CategoryCount:
        break;
    }
    return QStringLiteral("disaster_recovery_drills");
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
        m_projectId = d.projectId;
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

        d.groups.reserve(m_groupCount);
        for (int i = 0; i < m_groupCount; ++i)
            d.groups.append(makeGroup());
        d.failures = makeFailures(d.groups);
        return d;
    }

private:
    static constexpr quint64 NodeCount = 3;

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
        const qint64 d = m_rng.below(100);
        if (d < 30)
            g.description = QString();
        else if (d < 35)
            g.description = QStringLiteral("");
        else if (d < 70)
            g.description = QStringLiteral("DR for ") + g.name;
        else
            g.description = QStringLiteral("Protection of the ") + g.name +
                            QStringLiteral(" servers (eu-de-01 to eu-de-02)");

        const qint64 s = m_rng.below(100);
        if (s < 68)
            g.status = QStringLiteral("protected");
        else if (s < 86)
            g.status = QStringLiteral("available");
        else
            g.status = m_rng.pick(m_voc.errorStatuses);
        const bool isError = g.status.startsWith(QLatin1StringView("error"));
        const bool isBusy =
            g.status == QLatin1StringView("starting") || g.status == QLatin1StringView("creating");
        g.progress = isBusy ? int(m_rng.between(5, 95)) : isError ? int(m_rng.below(90)) : 100;

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

        if (g.status != QLatin1StringView("creating")) {
            g.protectedInstanceNum = int(m_rng.below(25));
            g.replicationNum = g.protectedInstanceNum +
                               int(m_rng.below(g.protectedInstanceNum + 1)) + int(m_rng.below(3));
            g.disasterRecoveryDrillNum =
                m_rng.percent(70) ? int(m_rng.below(2)) : int(m_rng.between(2, 3));
        }
        if (g.protectedInstanceNum + g.replicationNum > 0) {
            if (g.status == QLatin1StringView("protected"))
                g.protectedStatus = QStringLiteral("started");
            else if (isError)
                g.protectedStatus =
                    m_rng.percent(50) ? QStringLiteral("started") : QStringLiteral("stopped");
            else
                g.protectedStatus = QStringLiteral("stopped");
        }
        if (g.replicationNum > 0) {
            if (g.status == QLatin1StringView("protected"))
                g.replicationStatus = QStringLiteral("active");
            else if (isError)
                g.replicationStatus = QStringLiteral("active-stopped");
            else
                g.replicationStatus = QStringLiteral("inactive");
        }
        if (g.protectedInstanceNum > 0)
            g.healthStatus = isError ? QStringLiteral("abnormal") : QStringLiteral("normal");

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

    QList<FailureJob> makeFailures(const QList<ProtectionGroup> &groups)
    {
        std::vector<FailureJob> rows;
        std::vector<std::pair<qint64, qsizetype>> order; // (begin ms, index)
        rows.reserve(m_failureCount);
        order.reserve(m_failureCount);

        // Groups get failures unevenly: a few hot ones, some none at all (never the first).
        std::vector<qint64> cumulative;
        qint64 total = 0;
        for (qsizetype i = 0; i < groups.size(); ++i) {
            qint64 w = m_rng.between(1, 20);
            if (m_rng.percent(10))
                w *= 10;
            else if (i > 0 && m_rng.percent(10))
                w = 0;
            total += w;
            cumulative.push_back(total);
        }
        // Each existing group can be the resource of at most one group-level row (ids are unique).
        std::vector<qsizetype> unusedGroups(groups.size());
        for (qsizetype i = 0; i < groups.size(); ++i)
            unusedGroups[i] = i;
        for (qsizetype i = qsizetype(unusedGroups.size()) - 1; i > 0; --i)
            std::swap(unusedGroups[i], unusedGroups[m_rng.below(i + 1)]);

        // The first rows cover every operation once, so that all statuses and types appear.
        std::vector<qsizetype> forced;
        for (qsizetype i = 0; i < m_voc.ops.size(); ++i) {
            if (groups.isEmpty() && m_voc.ops.at(i).category != GroupLevel)
                continue;
            forced.push_back(i);
        }
        if (qsizetype(forced.size()) > m_failureCount)
            forced.clear();

        for (int n = 0; n < m_failureCount; ++n) {
            const qint64 ms = ReferenceMs - 1 - m_rng.below(WindowMs);
            FailureJob f;
            f.jobStatus = QStringLiteral("FAIL");
            qsizetype opIndex = -1;
            Category category = GroupLevel;
            if (n < qsizetype(forced.size())) {
                opIndex = forced[n];
                category = m_voc.ops.at(opIndex).category;
            } else if (!groups.isEmpty() && !m_rng.percent(10)) {
                const qint64 c = m_rng.below(100);
                category = c < InstanceShare                      ? Instance
                           : c < InstanceShare + ReplicationShare ? Replication
                                                                  : Drill;
            }

            if (category == GroupLevel) {
                if (opIndex < 0)
                    opIndex = m_voc.pickOp(m_rng, GroupLevel);
                if (!unusedGroups.empty() && m_rng.percent(45)) {
                    const ProtectionGroup &g = groups.at(unusedGroups.back());
                    unusedGroups.pop_back();
                    f.resourceId = g.id;
                    f.resourceName = g.name;
                    const qsizetype matching = opForGroupStatus(g.status);
                    if (n >= qsizetype(forced.size()) && matching >= 0 && m_rng.percent(70))
                        opIndex = matching;
                } else {
                    // A group that no longer exists, mostly one whose creation failed.
                    f.resourceId = newUuid();
                    f.resourceName = groupName();
                    if (n >= qsizetype(forced.size()) && m_rng.percent(60))
                        opIndex =
                            m_voc.opByJobType.value(QStringLiteral("createProtectionGroupNoCG"));
                }
            } else {
                if (opIndex < 0)
                    opIndex = m_voc.pickOp(m_rng, category);
                const qint64 r = m_rng.below(total);
                const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
                f.serverGroupId = groups.at(it - cumulative.begin()).id;
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
            order.emplace_back(ms, qsizetype(rows.size()));
            rows.push_back(std::move(f));
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

// --- Jobs -------------------------------------------------------------------------------------

/// Builds the sub-job tree of one synthesized job.
class JobBuilder
{
public:
    JobBuilder(Rng &rng, const Job &root)
        : m_rng(rng)
        , m_root(root)
    {
        const bool hexId = root.jobId.size() == 32;
        m_prefix = hexId ? root.jobId.left(16)
                         : hexText(Q_UINT64_C(0xff808081), 8) + hexText(m_rng.next(), 8);
        bool ok = false;
        m_counter = hexId ? root.jobId.right(4).toUInt(&ok, 16) : 0;
        if (!ok)
            m_counter = quint64(m_rng.below(0x10000));
    }

    /// A sub-job spanning [begin, end] (ms since the epoch; -1 when the root has no time).
    Job subJob(const QString &type, bool failed, qint64 begin, qint64 end)
    {
        Job j;
        j.status = failed ? QStringLiteral("FAIL") : QStringLiteral("SUCCESS");
        j.jobId = m_prefix;
        appendHex(j.jobId, begin >= 0 ? quint64(begin) : m_rng.next(), 12);
        appendHex(j.jobId, ++m_counter, 4);
        j.jobType = type;
        if (begin >= 0) {
            j.beginTime = utcFromMs(begin);
            j.endTime = utcFromMs(end);
        }
        if (failed) {
            j.errorCode = m_root.errorCode;
            j.failReason = m_root.failReason;
        }
        j.entities = m_root.entities;
        j.entities.volumeIds.clear();
        return j;
    }

    /// `types` in sequence over [begin, end], one level (the SDK's sub-jobs have none of their
    /// own); the last one fails when `failLast`.
    QList<Job> sequence(const QStringList &types, bool failLast, qint64 begin, qint64 end)
    {
        QList<Job> jobs;
        const qsizetype k = types.size();
        for (qsizetype i = 0; i < k; ++i) {
            qint64 b = -1;
            qint64 e = -1;
            if (begin >= 0) {
                b = begin + (end - begin) * i / k;
                e = begin + (end - begin) * (i + 1) / k;
            }
            jobs.append(subJob(types.at(i), failLast && i == k - 1, b, e));
        }
        return jobs;
    }

private:
    Rng &m_rng;
    const Job &m_root;
    QString m_prefix;
    quint64 m_counter = 0;
};

} // namespace

const QStringList &knownFailureStatuses()
{
    static const QStringList statuses = {
        QStringLiteral("createFail"),    QStringLiteral("deleteFail"),
        QStringLiteral("attachFail"),    QStringLiteral("detachFail"),
        QStringLiteral("expandFail"),    QStringLiteral("resizeFail"),
        QStringLiteral("startFail"),     QStringLiteral("stopFail"),
        QStringLiteral("reverseFail"),   QStringLiteral("failoverFail"),
        QStringLiteral("reprotectFail"),
    };
    return statuses;
}

const QStringList &knownResourceTypes()
{
    static const QStringList types = {
        QStringLiteral("server_groups"),
        QStringLiteral("protected_instances"),
        QStringLiteral("replications"),
        QStringLiteral("disaster_recovery_drills"),
    };
    return types;
}

Dataset Dataset::generate(quint64 seed, int groupCount, int failureCount)
{
    return Generator(seed, groupCount, failureCount).run();
}

std::optional<Dataset> Dataset::fromFixture(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<Dataset> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("The fixture is not valid JSON (byte %1: %2).")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("The fixture is not a JSON object."));
    const QJsonObject root = doc.object();

    // An optional array of objects; sets `ok` to false (after reporting) when it is malformed.
    bool ok = true;
    const auto objects = [&](QLatin1StringView key, bool required) {
        QList<QJsonObject> result;
        const QJsonValue value = root.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                fail(QStringLiteral("The fixture has no \"%1\" array.").arg(key));
                ok = false;
            }
            return result;
        }
        if (!value.isArray()) {
            fail(QStringLiteral("The fixture's \"%1\" is not an array.").arg(key));
            ok = false;
            return result;
        }
        const QJsonArray array = value.toArray();
        result.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                fail(QStringLiteral("The fixture's \"%1\"[%2] is not an object.").arg(key).arg(i));
                ok = false;
                return QList<QJsonObject>();
            }
            result.append(array.at(i).toObject());
        }
        return result;
    };

    const QList<QJsonObject> groups = objects(QLatin1StringView("server_groups"), false);
    if (!ok)
        return std::nullopt;
    const QList<QJsonObject> failures = objects(QLatin1StringView("failure_jobs"), true);
    if (!ok)
        return std::nullopt;
    const QList<QJsonObject> jobs = objects(QLatin1StringView("jobs"), false);
    if (!ok)
        return std::nullopt;

    Dataset d;
    const QJsonValue project = root.value(QLatin1StringView("project_id"));
    d.projectId = project.isString() && !project.toString().isEmpty() ? project.toString()
                                                                      : defaultProjectId();
    d.groups.reserve(groups.size());
    for (const QJsonObject &o : groups)
        d.groups.append(json::protectionGroupFromJson(o));
    d.failures.reserve(failures.size());
    for (const QJsonObject &o : failures) {
        FailureJob f = json::failureJobFromJson(o);
        f.serverGroupId = json::lenientString(o.value(QLatin1StringView("server_group_id")));
        d.failures.append(f);
    }
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const Job job = json::jobFromJson(jobs.at(i));
        if (job.jobId.isEmpty())
            return fail(QStringLiteral("The fixture's \"jobs\"[%1] has no \"job_id\".").arg(i));
        d.jobs.insert(job.jobId, job);
    }
    return d;
}

Job synthesizeJob(const FailureJob &failure)
{
    const QByteArray key = failure.jobId.toUtf8() + '\x1f' + failure.resourceId.toUtf8();
    Rng rng(fnv1a(key));

    Job job;
    job.status = QStringLiteral("FAIL");
    job.jobId = failure.jobId;
    job.jobType = failure.jobType;
    job.errorCode = failure.errorCode;
    job.failReason = failure.failReason;
    qint64 begin = -1;
    qint64 end = -1;
    if (failure.beginTime.isValid()) {
        begin = failure.beginTime.toMSecsSinceEpoch();
        end = begin + rng.between(5 * SecondMs, 600 * SecondMs);
        job.beginTime = utcFromMs(begin);
        job.endTime = utcFromMs(end);
    }

    // Entities: the group, and the resource by its type.
    const QString &type = failure.resourceType;
    const bool isGroup = type == QLatin1StringView("server_groups");
    const bool isInstance = type == QLatin1StringView("protected_instances") ||
                            type == QLatin1StringView("protectedInstance");
    const bool isReplication = type == QLatin1StringView("replications");
    JobEntities &e = job.entities;
    e.serverGroupId = !failure.serverGroupId.isEmpty() ? failure.serverGroupId
                      : isGroup                        ? failure.resourceId
                                                       : QString();
    if (isInstance) {
        e.protectedInstanceId = failure.resourceId;
        if (rng.percent(70))
            e.nativeServerId = randomUuid(rng);
        if (rng.percent(40)) {
            const qint64 n = rng.between(1, 3);
            for (qint64 i = 0; i < n; ++i)
                e.volumeIds.append(randomUuid(rng));
        }
        if (failure.jobType == QLatin1StringView("addNicNew") ||
            failure.jobType == QLatin1StringView("deleteNicNew"))
            e.nicId = randomUuid(rng);
    } else if (isReplication) {
        e.replicationPairId = failure.resourceId;
        if (rng.percent(80)) {
            e.volumeIds.append(randomUuid(rng));
            if (rng.percent(25))
                e.volumeIds.append(randomUuid(rng));
        }
    } else if (type == QLatin1StringView("disaster_recovery_drills")) {
        if (rng.percent(30))
            e.volumeIds.append(randomUuid(rng));
    }

    // Sub-jobs, for the job types made of others: the last one carries the error.
    QStringList types;
    for (const auto &[parent, children] : SubJobTypes) {
        if (failure.jobType != QLatin1StringView(parent))
            continue;
        for (const char *child : children) {
            if (!child)
                break;
            if (QByteArrayView(child) == "*") {
                for (qint64 i = rng.between(1, 3); i > 0; --i)
                    types.append(failure.jobType);
            } else if (types.isEmpty() || rng.percent(70)) {
                types.append(QLatin1StringView(child));
            }
        }
    }
    if (types.isEmpty() || !rng.percent(80))
        return job;
    JobBuilder builder(rng, job);
    job.subJobs = builder.sequence(types, true, begin, end);
    return job;
}

} // namespace sdrs::emulator
