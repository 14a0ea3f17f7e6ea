#pragma once

// Example failed tasks shared by the tests: the two rows of the API's example answer, seven rows
// covering the forms and edge cases (names unique), and readers of what a model shows.

#include "models/apitime.h"
#include "models/failurejob.h"
#include "models/failurejobmodel.h"
#include "models/vocabulary.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <initializer_list>

namespace sdrs::test {

inline QString localText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

inline FailureJob makeJob(const QString &name, const QString &type, const QString &status,
                          const QString &timeText, const QString &code, const QString &reason,
                          const QString &idSuffix)
{
    FailureJob f;
    f.jobStatus = QStringLiteral("FAIL");
    f.resourceName = name;
    f.resourceType = type;
    f.failureStatus = status;
    f.beginTimeText = timeText;
    f.beginTime = parseApiTime(timeText);
    f.errorCode = code;
    f.failReason = reason;
    f.jobType = QStringLiteral("job-") + idSuffix;
    f.resourceId = QStringLiteral("11111111-aaaa-4bbb-8ccc-0000000000") + idSuffix;
    f.jobId = QStringLiteral("ff808082686f229a0168707beaab01") + idSuffix;
    return f;
}

inline const QString StackTrace = QStringLiteral(
    "SdrsExpandTargetVolumeTask-fail:The replication pair cannot be expanded.\r\n"
    "com.huawei.sdrs.common.exception.SdrsException: SDRS.1601\n"
    "\tat com.huawei.sdrs.task.SdrsExpandTargetVolumeTask.execute(SdrsExpandTargetVolumeTask.java:"
    "120)\n\tat java.base/java.lang.Thread.run(Thread.java:829)");

/// Seven rows covering the forms and edge cases; names are unique.
inline QList<FailureJob> sampleJobs()
{
    QList<FailureJob> jobs{
        makeJob(QStringLiteral("pg-erp-prod-01"), QStringLiteral("server_groups"),
                QStringLiteral("createFail"), QStringLiteral("2026-11-19T10:00:00.000Z"),
                QStringLiteral("SDRS.1306"),
                QStringLiteral("SdrsCreateProtectionGroupTask-fail:SDRS.1306:Client error : "
                               "{\"badRequest\": {\"message\": \"Quota exceeded for instances: "
                               "Requested 1, but already used 50 of 50 instances.\", "
                               "\"code\": 400}}"),
                QStringLiteral("e1")),
        makeJob(QStringLiteral("Protected-Instance-ab14"), QStringLiteral("protectedInstance"),
                QStringLiteral("createFail"), QStringLiteral("2019-01-21T12:56:35.754Z"),
                QStringLiteral("EVS.2024"),
                QStringLiteral("SdrsGenerateNativeServerParamsTask-fail:volume is error!"),
                QStringLiteral("e2")),
        makeJob(QStringLiteral("ecs-crm-app-07"), QStringLiteral("protected_instances"),
                QStringLiteral("deleteFail"), QStringLiteral("2026-11-18T08:30:00.000Z"),
                QStringLiteral("ECS.0114"),
                QStringLiteral("SdrsDeleteNativeServerTask-fail:server status is ERROR, the "
                               "operation is not allowed"),
                QStringLiteral("e3")),
        makeJob(QStringLiteral("replication-1f2e"), QStringLiteral("replications"),
                QStringLiteral("expandFail"), QStringLiteral("2026-11-17T23:59:59.999Z"),
                QStringLiteral("SDRS.1601"), StackTrace, QStringLiteral("e4")),
        makeJob(QStringLiteral("Büroserver-Köln-03"), QStringLiteral("disaster_recovery_drills"),
                QStringLiteral("deleteFail"), QStringLiteral("yesterday"), QString(), QString(),
                QStringLiteral("e5")),
        makeJob(QStringLiteral("DR-Drill-77aa"), QStringLiteral("disaster_recovery_drills"),
                QStringLiteral("createFail"), QStringLiteral("2026-11-18T08:30:00.000Z"),
                QStringLiteral("SDRS.1902"),
                QStringLiteral("SdrsCreateDrillServerTask-fail:SDRS.1902:Client error : "
                               "{\"itemNotFound\": {\"message\": \"Instance could not be "
                               "found.\", \"code\": 404}}"),
                QStringLiteral("e6")),
        makeJob(QStringLiteral("sap-hana-db-dr"), QStringLiteral("server_groups"),
                QStringLiteral("failoverFail"), QStringLiteral("2026-11-19T10:00:00.000Z"),
                QStringLiteral("SDRS.0405"),
                QStringLiteral("SdrsFailoverReplicationPairsTask-fail:Replication pair is not in "
                               "a state for failover."),
                QStringLiteral("e7")),
    };
    jobs[6].jobType = QStringLiteral("reverseProtectionGroupNoCG"); // one of the SDK's types
    return jobs;
}

/// The resource names of a model's rows, in row order.
inline QStringList names(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, FailureJobModel::ResourceName).data().toString();
    return list;
}

inline QStringList sampleNames(std::initializer_list<int> rows)
{
    const QList<FailureJob> jobs = sampleJobs();
    QStringList list;
    for (const int row : rows)
        list << jobs.at(row).resourceName;
    return list;
}

/// Every column's shown and raw text of a row.
inline QStringList rowFields(const FailureJob &f)
{
    return {f.beginTime.isValid() ? localText(f.beginTime) : f.beginTimeText,
            f.beginTimeText,
            f.failureStatus,
            failureStatusName(f.failureStatus),
            f.resourceName,
            f.resourceType,
            resourceTypeName(f.resourceType),
            f.jobType,
            jobTypeName(f.jobType),
            f.errorCode,
            f.failReason,
            f.resourceId,
            f.jobId};
}

/// Whether a row matches `query` the slow, obvious way: any of its fields contains it,
/// case-insensitively.
/// The two rows of the API page's example response, field by field.
inline FailureJob apiExampleRow(int which)
{
    FailureJob f;
    f.jobStatus = QStringLiteral("FAIL");
    f.resourceType = QStringLiteral("protectedInstance");
    f.failureStatus = QStringLiteral("createFail");
    f.jobType = QStringLiteral("createProtectedInstance");
    f.errorCode = QStringLiteral("EVS.2024");
    f.failReason = QStringLiteral("SdrsGenerateNativeServerParamsTask-fail:volume is error!");
    if (which == 0) {
        f.resourceId = QStringLiteral("17984002-ad8a-438b-8ba6-b850224634c5");
        f.resourceName = QStringLiteral("Protected-Instance-ab14");
        f.jobId = QStringLiteral("ff808082686f229a0168707beaab014e");
        f.beginTimeText = QStringLiteral("2019-01-21T12:56:35.754Z");
    } else {
        f.resourceId = QStringLiteral("897f57b2-6e94-4179-b414-9532726c59f2");
        f.resourceName = QStringLiteral("Protected-Instance-5e2e");
        f.jobId = QStringLiteral("ff808082686f229a0168707b9be9013e");
        f.beginTimeText = QStringLiteral("2019-01-21T12:56:15.591Z");
    }
    f.beginTime = parseApiTime(f.beginTimeText);
    return f;
}

} // namespace sdrs::test
