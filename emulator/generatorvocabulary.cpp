#include "emulator/generatorvocabulary.h"

namespace sdrs::emulator {

namespace {

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

QString fromUtf8(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

Vocabulary::Vocabulary()
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

} // namespace sdrs::emulator
