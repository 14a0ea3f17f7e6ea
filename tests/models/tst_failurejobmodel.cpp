// Unit tests of the failed-task table model, its filter/sort proxy and the page proxy
// (models/failurejobmodel.h, models/failurejobproxy.h), the status vocabulary
// (models/vocabulary.h) and the fail-reason parser (models/failurereason.h). Every model runs
// under QAbstractItemModelTester.

#include "emulator/dataset.h"
#include "models/apitime.h"
#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "models/failurereason.h"
#include "models/vocabulary.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

#include <time.h>

using namespace sdrs;

namespace {

QString localText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

FailureJob makeJob(const QString &name, const QString &type, const QString &status,
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

const QString StackTrace = QStringLiteral(
    "SdrsExpandTargetVolumeTask-fail:The replication pair cannot be expanded.\r\n"
    "com.huawei.sdrs.common.exception.SdrsException: SDRS.1601\n"
    "\tat com.huawei.sdrs.task.SdrsExpandTargetVolumeTask.execute(SdrsExpandTargetVolumeTask.java:"
    "120)\n\tat java.base/java.lang.Thread.run(Thread.java:829)");

/// Seven rows covering the forms and edge cases; names are unique.
QList<FailureJob> sampleJobs()
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
QStringList names(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, FailureJobModel::ResourceName).data().toString();
    return list;
}

QStringList sampleNames(std::initializer_list<int> rows)
{
    const QList<FailureJob> jobs = sampleJobs();
    QStringList list;
    for (const int row : rows)
        list << jobs.at(row).resourceName;
    return list;
}

/// Every column's shown and raw text of a row.
QStringList rowFields(const FailureJob &f)
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
bool bruteForceMatch(const QStringList &fields, const QString &query)
{
    return std::any_of(fields.cbegin(), fields.cend(), [&query](const QString &field) {
        return field.contains(query, Qt::CaseInsensitive);
    });
}

/// The source rows whose fields match `query` (all rows for an empty one).
QList<int> bruteForceRows(const QList<QStringList> &fields, const QString &query)
{
    QList<int> rows;
    for (int row = 0; row < fields.size(); ++row) {
        if (query.isEmpty() || bruteForceMatch(fields.at(row), query))
            rows << row;
    }
    return rows;
}

/// The source rows of the proxy's rows, in order.
QList<int> sourceRows(const FailureJobFilterProxy &proxy)
{
    QList<int> rows;
    rows.reserve(proxy.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows << proxy.mapToSource(proxy.index(row, 0)).row();
    return rows;
}

/// Checks that the page shows exactly rows [page * size, ...) of the proxy.
void checkSlice(const PageProxy &page, const QAbstractItemModel &proxy)
{
    const int size = page.pageSize();
    const int first = size == 0 ? 0 : page.page() * size;
    const int expected = size == 0 ? proxy.rowCount() : qBound(0, proxy.rowCount() - first, size);
    QCOMPARE(page.rowCount(), expected);
    QVERIFY(page.page() >= 0 && page.page() < page.pageCount());
    for (int row = 0; row < page.rowCount(); ++row) {
        const QModelIndex source = page.mapToSource(page.index(row, 0));
        QCOMPARE(source.row(), first + row);
        QCOMPARE(page.index(row, FailureJobModel::JobId).data(),
                 proxy.index(first + row, FailureJobModel::JobId).data());
    }
}

} // namespace

class TstFailureJobModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void vocabularyNames_data();
    void vocabularyNames();
    void vocabularyLists();
    void tones();

    void parseFailReason_data();
    void parseFailReason();
    void parseGeneratedReasons();

    void modelUnderTester();
    void displayRole();
    void toolTipRole();
    void sortRawAndStatusRoles();
    void headerData();
    void setJobsResets();
    void setStale();
    void newMarks();
    void searchText();
    void refreshSharesUnchangedRows();
    void localTimesAcrossDaylightSaving_data();
    void localTimesAcrossDaylightSaving();

    void quickFilter_data();
    void quickFilter();
    void statusTypeFilter_data();
    void statusTypeFilter();
    void typingAndDeleting();
    void filterKeepsPersistentIndexes();
    void filterSurvivesNewJobs();
    void sorting_data();
    void sorting();
    void sortRoleOrdersEveryColumn();
    void staleThroughProxies();
    void otherSourceAndDestroyedSource();

    void pageSlices();
    void pageFollowsFilterSortAndReset();
    void pageClamps();
    void pageOverRowChanges();
    void pageOverSourceLayoutChange();

    void hundredThousandRows();

private:
    void attachTesters(std::initializer_list<QAbstractItemModel *> models);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TstFailureJobModel::initTestCase()
{
    // A zone with an offset and daylight saving time, so that local and UTC times differ: Central
    // European Time as a POSIX rule, which needs no time zone database.
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    tzset();
}

void TstFailureJobModel::attachTesters(std::initializer_list<QAbstractItemModel *> models)
{
    m_testers.clear();
    for (QAbstractItemModel *model : models)
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

// --- Vocabulary -------------------------------------------------------------------------------

void TstFailureJobModel::vocabularyNames_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");

    const auto status = [](const char *code, const char *name) {
        QTest::addRow("status %s", code)
            << QStringLiteral("status") << QString::fromLatin1(code) << QString::fromLatin1(name);
    };
    status("createFail", "Create failed");
    status("deleteFail", "Delete failed");
    status("attachFail", "Attach failed");
    status("detachFail", "Detach failed");
    status("expandFail", "Expand failed");
    status("resizeFail", "Resize failed");
    status("startFail", "Start protection failed");
    status("stopFail", "Stop protection failed");
    status("reverseFail", "Planned failover failed");
    status("failoverFail", "Failover failed");
    status("reprotectFail", "Re-protection failed");
    status("updateFail", "updateFail"); // unknown: as it came
    status("", "");
    status("CREATEFAIL", "CREATEFAIL"); // exact codes only

    const auto type = [](const char *code, const char *name) {
        QTest::addRow("type %s", code)
            << QStringLiteral("type") << QString::fromLatin1(code) << QString::fromLatin1(name);
    };
    type("server_groups", "Protection group");
    type("protected_instances", "Protected instance");
    type("protectedInstance", "Protected instance");
    type("replications", "Replication pair");
    type("disaster_recovery_drills", "DR drill");
    type("volumes", "volumes");
    type("", "");

    const auto job = [](const char *code, const char *name) {
        QTest::addRow("job %s", code)
            << QStringLiteral("job") << QString::fromLatin1(code) << QString::fromLatin1(name);
    };
    job("SUCCESS", "Succeeded");
    job("RUNNING", "Running");
    job("FAIL", "Failed");
    job("INIT", "Waiting");
    job("PAUSED", "PAUSED");

    const auto jobType = [](const char *code, const char *name) {
        QTest::addRow("job type %s", code)
            << QStringLiteral("jobType") << QString::fromLatin1(code) << QString::fromLatin1(name);
    };
    jobType("addNicNew", "Add NIC");
    jobType("reverseProtectionGroupNoCG", "Planned failover");
    jobType("createDisasterRecoveryDrill", "Create DR drill");
    jobType("createProtectedInstance", "createProtectedInstance"); // the API page's example
    jobType("", "");
}

void TstFailureJobModel::vocabularyNames()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(QString, name);
    if (kind == QLatin1StringView("status"))
        QCOMPARE(failureStatusName(code), name);
    else if (kind == QLatin1StringView("type"))
        QCOMPARE(resourceTypeName(code), name);
    else if (kind == QLatin1StringView("jobType"))
        QCOMPARE(jobTypeName(code), name);
    else
        QCOMPARE(jobStatusName(code), name);
}

void TstFailureJobModel::vocabularyLists()
{
    QCOMPARE(failureStatuses(),
             QStringList({QStringLiteral("createFail"), QStringLiteral("deleteFail"),
                          QStringLiteral("attachFail"), QStringLiteral("detachFail"),
                          QStringLiteral("expandFail"), QStringLiteral("resizeFail"),
                          QStringLiteral("startFail"), QStringLiteral("stopFail"),
                          QStringLiteral("reverseFail"), QStringLiteral("failoverFail"),
                          QStringLiteral("reprotectFail")}));
    QCOMPARE(
        resourceTypes(),
        QStringList({QStringLiteral("server_groups"), QStringLiteral("protected_instances"),
                     QStringLiteral("replications"), QStringLiteral("disaster_recovery_drills")}));
    // The emulator's lists are the same.
    QCOMPARE(failureStatuses(), emulator::knownFailureStatuses());
    QCOMPARE(resourceTypes(), emulator::knownResourceTypes());
    // Every readable name differs from its code and from the others.
    QStringList seen;
    for (const QString &status : failureStatuses()) {
        const QString name = failureStatusName(status);
        QVERIFY2(name != status, qPrintable(status));
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen << name;
    }
    // The SDK's 19 job types (ShowJobStatusResponse.job_type), each with a name of its own.
    QCOMPARE(jobTypes().size(), 19);
    seen.clear();
    for (const QString &type : jobTypes()) {
        const QString name = jobTypeName(type);
        QVERIFY2(name != type, qPrintable(type));
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen << name;
        QCOMPARE(nameWithCode(type, &jobTypeName), name + QStringLiteral(" (") + type + u')');
    }
    QCOMPARE(nameWithCode(QStringLiteral("newType"), &jobTypeName), QStringLiteral("newType"));
}

void TstFailureJobModel::tones()
{
    for (const QString &status : failureStatuses())
        QCOMPARE(failureStatusTone(status), StatusTone::Failed);
    QCOMPARE(failureStatusTone(QStringLiteral("updateFail")), StatusTone::Failed);
    QCOMPARE(failureStatusTone(QString()), StatusTone::Neutral);
    QCOMPARE(failureStatusTone(QStringLiteral("pending")), StatusTone::Neutral);

    QCOMPARE(jobStatusTone(QStringLiteral("FAIL")), StatusTone::Failed);
    QCOMPARE(jobStatusTone(QStringLiteral("RUNNING")), StatusTone::Running);
    QCOMPARE(jobStatusTone(QStringLiteral("INIT")), StatusTone::Running);
    QCOMPARE(jobStatusTone(QStringLiteral("SUCCESS")), StatusTone::Success);
    QCOMPARE(jobStatusTone(QStringLiteral("success")), StatusTone::Success);
    QCOMPARE(jobStatusTone(QString()), StatusTone::Neutral);
    QCOMPARE(jobStatusTone(QStringLiteral("PAUSED")), StatusTone::Neutral);
}

// --- Fail reasons -----------------------------------------------------------------------------

void TstFailureJobModel::parseFailReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("taskName");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("embeddedKey");
    QTest::addColumn<QString>("embeddedMessage");
    QTest::addColumn<int>("embeddedStatus");
    QTest::addColumn<QString>("prettyJson"); ///< a line the pretty JSON has, or empty: no JSON

    QTest::newRow("empty") << QString() << QString() << QString() << QString() << QString()
                           << QString() << 0 << QString();
    QTest::newRow("API example") << QStringLiteral(
                                        "SdrsGenerateNativeServerParamsTask-fail:volume is error!")
                                 << QStringLiteral("SdrsGenerateNativeServerParamsTask")
                                 << QString() << QStringLiteral("volume is error!") << QString()
                                 << QString() << 0 << QString();

    const QString clientError =
        QStringLiteral("Client error : {\"badRequest\": {\"message\": \"Flavor s3.xlarge.4 is "
                       "sold out in availability zone eu-de-02.\", \"code\": 400}}");
    QTest::newRow("client error")
        << QStringLiteral("SdrsCreateProtectedInstanceTask-fail:SDRS.1306:") + clientError
        << QStringLiteral("SdrsCreateProtectedInstanceTask") << QStringLiteral("SDRS.1306")
        << clientError << QStringLiteral("badRequest")
        << QStringLiteral("Flavor s3.xlarge.4 is sold out in availability zone eu-de-02.") << 400
        << QStringLiteral("    \"badRequest\": {");
    QTest::newRow("item not found")
        << QStringLiteral("SdrsAttachVolumeTask-fail:SDRS.1402:Client error : {\"itemNotFound\": "
                          "{\"message\": \"Volume could not be found.\", \"code\": 404}}")
        << QStringLiteral("SdrsAttachVolumeTask") << QStringLiteral("SDRS.1402")
        << QStringLiteral("Client error : {\"itemNotFound\": {\"message\": \"Volume could not be "
                          "found.\", \"code\": 404}}")
        << QStringLiteral("itemNotFound") << QStringLiteral("Volume could not be found.") << 404
        << QStringLiteral("        \"code\": 404,");
    QTest::newRow("other service's code")
        << QStringLiteral("Task-fail:EVS.2024:some text") << QStringLiteral("Task")
        << QStringLiteral("EVS.2024") << QStringLiteral("some text") << QString() << QString() << 0
        << QString();
    QTest::newRow("blanks around the parts")
        << QStringLiteral("SdrsStopServerTask-fail: Ecs.0000 : request error ")
        << QStringLiteral("SdrsStopServerTask") << QStringLiteral("Ecs.0000")
        << QStringLiteral("request error") << QString() << QString() << 0 << QString();
    QTest::newRow("stack trace") << StackTrace << QStringLiteral("SdrsExpandTargetVolumeTask")
                                 << QString()
                                 << StackTrace.mid(StackTrace.indexOf(u':') + 1).trimmed()
                                 << QString() << QString() << 0 << QString();
    QTest::newRow("code without task")
        << QStringLiteral("SDRS.0201: Internal error") << QString() << QStringLiteral("SDRS.0201")
        << QStringLiteral("Internal error") << QString() << QString() << 0 << QString();
    QTest::newRow("no structure") << QStringLiteral("Something went wrong: please retry later.")
                                  << QString() << QString()
                                  << QStringLiteral("Something went wrong: please retry later.")
                                  << QString() << QString() << 0 << QString();
    QTest::newRow("version is not a code")
        << QStringLiteral("v1.2: release notes") << QString() << QString()
        << QStringLiteral("v1.2: release notes") << QString() << QString() << 0 << QString();
    QTest::newRow("task name with a blank is no task")
        << QStringLiteral("Some Task-fail:x") << QString() << QString()
        << QStringLiteral("Some Task-fail:x") << QString() << QString() << 0 << QString();
    QTest::newRow("JSON in free text, string code, text after it")
        << QStringLiteral("Request failed {\"error\": {\"message\": \"Internal error.\", \"code\": "
                          "\"SDRS.0201\"}} (retry later)")
        << QString() << QString()
        << QStringLiteral("Request failed {\"error\": {\"message\": \"Internal error.\", \"code\": "
                          "\"SDRS.0201\"}} (retry later)")
        << QStringLiteral("error") << QStringLiteral("Internal error.") << 0
        << QStringLiteral("        \"message\": \"Internal error.\"");
    QTest::newRow("API gateway error, braces before it")
        << QStringLiteral("Task-fail:call {a} failed: {\"error_msg\": \"Incorrect IAM "
                          "authentication information\", \"error_code\": \"APIG.0301\"}")
        << QStringLiteral("Task") << QString()
        << QStringLiteral("call {a} failed: {\"error_msg\": \"Incorrect IAM authentication "
                          "information\", \"error_code\": \"APIG.0301\"}")
        << QString() << QStringLiteral("Incorrect IAM authentication information") << 0
        << QStringLiteral("    \"error_code\": \"APIG.0301\",");
    QTest::newRow("truncated JSON")
        << QStringLiteral("Task-fail:SDRS.1306:Client error : {\"badRequest\": {\"message\": \"cu")
        << QStringLiteral("Task") << QStringLiteral("SDRS.1306")
        << QStringLiteral("Client error : {\"badRequest\": {\"message\": \"cu") << QString()
        << QString() << 0 << QString();
    QTest::newRow("string HTTP status")
        << QStringLiteral("T-fail:{\"conflictingRequest\": {\"message\": \"busy\", \"code\": "
                          "\"409\"}}")
        << QStringLiteral("T") << QString()
        << QStringLiteral("{\"conflictingRequest\": {\"message\": \"busy\", \"code\": \"409\"}}")
        << QStringLiteral("conflictingRequest") << QStringLiteral("busy") << 409
        << QStringLiteral("        \"message\": \"busy\"");
}

void TstFailureJobModel::parseFailReason()
{
    QFETCH(QString, reason);
    const FailReasonParts parts = sdrs::parseFailReason(reason);
    QTEST(parts.taskName, "taskName");
    QTEST(parts.errorCode, "errorCode");
    QTEST(parts.text, "text");
    QTEST(parts.embeddedKey, "embeddedKey");
    QTEST(parts.embeddedMessage, "embeddedMessage");
    QTEST(parts.embeddedStatus, "embeddedStatus");
    QFETCH(QString, prettyJson);
    if (prettyJson.isEmpty()) {
        QVERIFY2(parts.prettyJson.isEmpty(), qPrintable(parts.prettyJson));
    } else {
        QVERIFY2(parts.prettyJson.split(u'\n').contains(prettyJson), qPrintable(parts.prettyJson));
        QVERIFY(parts.prettyJson.startsWith(u'{'));
        QVERIFY(parts.prettyJson.endsWith(u'}'));
    }
}

void TstFailureJobModel::parseGeneratedReasons()
{
    // Every form the demo data produces.
    const QList<FailureJob> jobs = emulator::Dataset::generate(11, 20, 3000).failures;
    int clientErrors = 0;
    int stackTraces = 0;
    for (const FailureJob &f : jobs) {
        const FailReasonParts parts = sdrs::parseFailReason(f.failReason);
        const QByteArray context = f.failReason.toUtf8();
        if (f.failReason.isEmpty()) {
            QCOMPARE(parts, FailReasonParts());
            continue;
        }
        QVERIFY2(parts.taskName.endsWith(QLatin1StringView("Task")), context.constData());
        QVERIFY2(!parts.text.isEmpty(), context.constData());
        QVERIFY2(f.failReason.endsWith(parts.text), context.constData());
        if (f.failReason.contains(QLatin1StringView("Client error : {"))) {
            ++clientErrors;
            if (!f.errorCode.isEmpty()) // a few rows lose their error code
                QCOMPARE(parts.errorCode, f.errorCode);
            QVERIFY2(parts.errorCode.startsWith(QLatin1StringView("SDRS.")), context.constData());
            QVERIFY2(!parts.embeddedKey.isEmpty(), context.constData());
            QVERIFY2(!parts.embeddedMessage.isEmpty(), context.constData());
            QVERIFY2(parts.embeddedStatus == 400 || parts.embeddedStatus == 404 ||
                         parts.embeddedStatus == 409,
                     context.constData());
            QVERIFY(parts.prettyJson.contains(u'\n'));
        } else {
            QVERIFY2(parts.prettyJson.isEmpty(), context.constData());
        }
        if (f.failReason.contains(u'\n')) {
            ++stackTraces;
            QVERIFY(parts.text.contains(QLatin1StringView("\tat ")));
        }
    }
    QVERIFY(clientErrors > 100);
    QVERIFY(stackTraces > 10);
}

// --- FailureJobModel --------------------------------------------------------------------------

void TstFailureJobModel::modelUnderTester()
{
    FailureJobModel model;
    attachTesters({&model});
    model.setJobs(sampleJobs());
    model.setStale(true);
    model.setJobs(QList<FailureJob>{});
    model.setJobs(sampleJobs().mid(0, 3));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(FailureJobModel::ColumnCount));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QVERIFY(!model.index(3, 0).isValid());
    QVERIFY(!model.index(0, FailureJobModel::ColumnCount).isValid());
}

void TstFailureJobModel::displayRole()
{
    FailureJobModel model;
    const QList<FailureJob> jobs = sampleJobs();
    model.setJobs(jobs);
    const auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    // Local time, not UTC (CET is UTC+1 in November and January).
    QCOMPARE(cell(0, FailureJobModel::BeginTime), QStringLiteral("2026-11-19 11:00:00"));
    QCOMPARE(cell(1, FailureJobModel::BeginTime), QStringLiteral("2019-01-21 13:56:35"));
    QCOMPARE(cell(0, FailureJobModel::BeginTime), localText(jobs.at(0).beginTime));
    // Unparsed: the raw text.
    QCOMPARE(cell(4, FailureJobModel::BeginTime), QStringLiteral("yesterday"));
    QCOMPARE(cell(0, FailureJobModel::FailureStatus), QStringLiteral("Create failed"));
    QCOMPARE(cell(6, FailureJobModel::FailureStatus), QStringLiteral("Failover failed"));
    QCOMPARE(cell(1, FailureJobModel::ResourceType), QStringLiteral("Protected instance"));
    QCOMPARE(cell(2, FailureJobModel::ResourceType), QStringLiteral("Protected instance"));
    QCOMPARE(cell(0, FailureJobModel::ResourceType), QStringLiteral("Protection group"));
    QCOMPARE(cell(4, FailureJobModel::ResourceName), QStringLiteral("Büroserver-Köln-03"));
    QCOMPARE(cell(3, FailureJobModel::JobType), QStringLiteral("job-e4")); // unknown: as it came
    QCOMPARE(cell(6, FailureJobModel::JobType), QStringLiteral("Planned failover"));
    QCOMPARE(model.index(6, FailureJobModel::JobType).data(Qt::ToolTipRole).toString(),
             QStringLiteral("reverseProtectionGroupNoCG"));
    QCOMPARE(cell(0, FailureJobModel::ErrorCode), QStringLiteral("SDRS.1306"));
    // First line only, without the \r of a \r\n.
    QCOMPARE(
        cell(3, FailureJobModel::FailReason),
        QStringLiteral("SdrsExpandTargetVolumeTask-fail:The replication pair cannot be expanded."));
    QCOMPARE(cell(1, FailureJobModel::FailReason), jobs.at(1).failReason);
    QCOMPARE(cell(2, FailureJobModel::ResourceId), jobs.at(2).resourceId);
    QCOMPARE(cell(2, FailureJobModel::JobId), jobs.at(2).jobId);
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
}

void TstFailureJobModel::toolTipRole()
{
    FailureJobModel model;
    QList<FailureJob> jobs = sampleJobs();
    jobs[2].failReason = QString(5000, u'x');
    model.setJobs(jobs);
    const auto tip = [&model](int row, int column) {
        return model.index(row, column).data(Qt::ToolTipRole).toString();
    };
    const QString time = tip(0, FailureJobModel::BeginTime);
    QVERIFY2(time.contains(QLatin1StringView("2026-11-19 11:00:00")), qPrintable(time));
    QVERIFY2(time.contains(QLatin1StringView("2026-11-19 10:00:00")), qPrintable(time));
    QVERIFY2(time.contains(QLatin1StringView("UTC")), qPrintable(time));
    QVERIFY(tip(4, FailureJobModel::BeginTime).contains(QLatin1StringView("yesterday")));
    QCOMPARE(tip(0, FailureJobModel::FailureStatus), QStringLiteral("createFail"));
    QCOMPARE(tip(1, FailureJobModel::ResourceType), QStringLiteral("protectedInstance"));
    QCOMPARE(tip(3, FailureJobModel::FailReason), StackTrace); // whole
    const QString capped = tip(2, FailureJobModel::FailReason);
    QVERIFY(capped.size() >= 2000 && capped.size() < 2010);
    QVERIFY(capped.startsWith(QString(2000, u'x')));
    QCOMPARE(capped.back(), QChar(0x2026));
    QCOMPARE(tip(0, FailureJobModel::ResourceName), QStringLiteral("pg-erp-prod-01"));
    QVERIFY(!model.index(4, FailureJobModel::FailReason).data(Qt::ToolTipRole).isValid());
}

void TstFailureJobModel::sortRawAndStatusRoles()
{
    FailureJobModel model;
    const QList<FailureJob> jobs = sampleJobs();
    model.setJobs(jobs);
    const QVariant time =
        model.index(0, FailureJobModel::BeginTime).data(FailureJobModel::SortRole);
    QCOMPARE(time.metaType(), QMetaType::fromType<qint64>());
    QCOMPARE(time.toLongLong(), jobs.at(0).beginTime.toMSecsSinceEpoch());
    QCOMPARE(model.index(4, FailureJobModel::BeginTime).data(FailureJobModel::SortRole),
             QVariant(std::numeric_limits<qint64>::min()));
    // Earlier times sort lower.
    QVERIFY(model.index(1, 0).data(FailureJobModel::SortRole).toLongLong() <
            model.index(3, 0).data(FailureJobModel::SortRole).toLongLong());
    QCOMPARE(model.index(0, FailureJobModel::FailureStatus).data(FailureJobModel::SortRole),
             QVariant(QStringLiteral("createFail")));
    QCOMPARE(model.index(3, FailureJobModel::FailReason).data(FailureJobModel::SortRole),
             QVariant(StackTrace));

    QCOMPARE(model.index(1, FailureJobModel::BeginTime).data(FailureJobModel::RawRole),
             QVariant(QStringLiteral("2019-01-21T12:56:35.754Z")));
    QCOMPARE(model.index(1, FailureJobModel::ResourceType).data(FailureJobModel::RawRole),
             QVariant(QStringLiteral("protectedInstance")));
    QCOMPARE(model.index(6, FailureJobModel::FailureStatus).data(FailureJobModel::RawRole),
             QVariant(QStringLiteral("failoverFail")));
    for (int column = 0; column < FailureJobModel::ColumnCount; ++column) {
        QCOMPARE(model.index(6, column).data(FailureJobModel::FailureStatusRole),
                 QVariant(QStringLiteral("failoverFail")));
        QCOMPARE(model.index(6, column).data(FailureJobModel::StaleRole), QVariant(false));
    }
}

void TstFailureJobModel::headerData()
{
    FailureJobModel model;
    const QStringList expected = {
        QStringLiteral("Begin time"),    QStringLiteral("Failure status"),
        QStringLiteral("Resource name"), QStringLiteral("Resource type"),
        QStringLiteral("Job type"),      QStringLiteral("Error code"),
        QStringLiteral("Fail reason"),   QStringLiteral("Resource ID"),
        QStringLiteral("Job ID"),
    };
    QCOMPARE(expected.size(), int(FailureJobModel::ColumnCount));
    for (int column = 0; column < FailureJobModel::ColumnCount; ++column) {
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    QVERIFY(!model.headerData(FailureJobModel::ColumnCount, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::DecorationRole).isValid());
    model.setJobs(sampleJobs());
    QCOMPARE(model.headerData(2, Qt::Vertical).toInt(), 3);
}

void TstFailureJobModel::setJobsResets()
{
    FailureJobModel model;
    attachTesters({&model});
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.setJobs(sampleJobs());
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 7);

    // A new page replaces the rows: one reset, no inserts or removals; the stale mark goes.
    model.setStale(true);
    const QList<FailureJob> page2 = sampleJobs().mid(4);
    model.setJobs(page2);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.jobs(), page2);
    QCOMPARE(model.job(0).resourceName, QStringLiteral("Büroserver-Köln-03"));
    QVERIFY(!model.isStale());
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
}

void TstFailureJobModel::setStale()
{
    FailureJobModel model;
    attachTesters({&model});
    model.setJobs(sampleJobs());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setStale(true);
    QVERIFY(model.isStale());
    QCOMPARE(changed.count(), 1);
    const QList<QVariant> args = changed.takeFirst();
    QCOMPARE(args.at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(args.at(1).toModelIndex(), model.index(6, FailureJobModel::ColumnCount - 1));
    QVERIFY(args.at(2).value<QList<int>>().contains(FailureJobModel::StaleRole));
    QCOMPARE(model.index(3, 2).data(FailureJobModel::StaleRole), QVariant(true));
    const QString tip =
        model.index(0, FailureJobModel::ResourceName).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1StringView("earlier")), qPrintable(tip));
    QVERIFY(tip.endsWith(QLatin1StringView("pg-erp-prod-01")));

    model.setStale(true); // no change, no signal
    QCOMPARE(changed.count(), 0);
    model.setStale(false);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(3, 2).data(FailureJobModel::StaleRole), QVariant(false));
}

void TstFailureJobModel::refreshSharesUnchangedRows()
{
    // Rows ordered by group, as "All protection groups" hands them over.
    QList<FailureJob> rows = sampleJobs();
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].serverGroupId = i < 2 ? QString() : QStringLiteral("g%1").arg(i / 3);
    const FailureJobModel::PreparedJobs before = FailureJobModel::prepare(rows);

    const GroupPositions positions(rows);
    QCOMPARE(positions.indexOf(QString(), 1), 1);
    QCOMPARE(positions.indexOf(QString(), 2), -1);
    QCOMPARE(positions.indexOf(rows.at(3).serverGroupId, 0),
             rows.indexOf(*std::find_if(rows.cbegin(), rows.cend(), [&](const FailureJob &f) {
                 return f.serverGroupId == rows.at(3).serverGroupId;
             })));
    QCOMPARE(positions.indexOf(QStringLiteral("no such group"), 0), -1);

    // The same rows again (fresh strings), one of them changed.
    QList<FailureJob> again;
    for (const FailureJob &f : std::as_const(rows)) {
        FailureJob copy = f;
        copy.failReason = QString(f.failReason.constData(), f.failReason.size()); // a new string
        again.append(copy);
    }
    again[4].failReason += QStringLiteral(" (again)");

    // A page of the group level (rows 0 and 1) takes the earlier rows' strings.
    QList<FailureJob> page = again.mid(0, 2);
    positions.share(rows, QString(), 0, page);
    QCOMPARE(page.at(0).failReason.constData(), rows.at(0).failReason.constData());
    QCOMPARE(page.at(1).failReason.constData(), rows.at(1).failReason.constData());
    // At the wrong offset nothing matches, and nothing is replaced.
    QList<FailureJob> shifted = again.mid(0, 1);
    positions.share(rows, QString(), 1, shifted);
    QCOMPARE(shifted.at(0).failReason.constData(), again.at(0).failReason.constData());
    const FailureJobModel::PreparedJobs after = FailureJobModel::prepare(again, before);
    QCOMPARE(after.searchText.size(), again.size());
    for (qsizetype i = 0; i < again.size(); ++i) {
        // Shared where the row is unchanged, built anew where it changed; equal text either way
        // to what a fresh build gives.
        QCOMPARE(after.searchText.at(i), FailureJobModel::prepare({again.at(i)}).searchText.at(0));
        QCOMPARE(after.searchText.at(i).constData() == before.searchText.at(i).constData(), i != 4);
    }
}

void TstFailureJobModel::searchText()
{
    FailureJobModel model;
    model.setJobs(sampleJobs());
    const QString first = QString::fromUtf8(model.searchText(0));
    QCOMPARE(first, first.toLower());
    QVERIFY(first.contains(QLatin1StringView("sdrs.1306")));
    QVERIFY(first.contains(QLatin1StringView("quota exceeded")));
    QVERIFY(first.contains(QLatin1StringView("create failed")));
    QVERIFY(first.contains(QLatin1StringView("protection group")));
    QVERIFY(first.contains(QLatin1StringView("2026-11-19 11:00:00")));      // shown
    QVERIFY(first.contains(QLatin1StringView("2026-11-19t10:00:00.000z"))); // raw
    QVERIFY(first.contains(QLatin1StringView("11111111-aaaa-4bbb-8ccc-0000000000e1")));
    QVERIFY(model.searchText(3).contains("java.lang.thread.run"));
    QVERIFY(QString::fromUtf8(model.searchText(4)).contains(QStringLiteral("büroserver-köln-03")));
    QCOMPARE(FailureJobModel::foldCase(QStringLiteral("ÄÖÜ Straße ABC 𐐀")),
             QStringLiteral("äöü straße abc 𐐨"));
}

void TstFailureJobModel::localTimesAcrossDaylightSaving_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("CET, changes on the hour") << QByteArray("CET-1CEST,M3.5.0,M10.5.0/3");
    QTest::newRow("changes at half past") << QByteArray("XST-1:30XDT-2:15,M3.5.0/2,M10.5.0/3:30");
}

void TstFailureJobModel::localTimesAcrossDaylightSaving()
{
    // The search text (local times looked up once an hour) shows the same local time as the
    // cell (converted one by one), every ten minutes around both changes of the year.
    QFETCH(QByteArray, zone);
    const QByteArray before = qgetenv("TZ");
    const auto restore = qScopeGuard([&before] {
        qputenv("TZ", before); // also when a check fails
        tzset();
    });
    qputenv("TZ", zone);
    tzset();
    QList<FailureJob> jobs;
    for (const QDateTime &change :
         {QDateTime(QDate(2026, 3, 29), QTime(0, 0), QTimeZone::utc()),
          QDateTime(QDate(2026, 10, 25), QTime(0, 0), QTimeZone::utc())}) {
        for (int minutes = -180; minutes <= 300; minutes += 10) {
            FailureJob f;
            f.beginTime = change.addSecs(minutes * 60 + 59);
            f.beginTimeText = formatIsoTime(f.beginTime);
            jobs << f;
        }
    }
    FailureJobModel model;
    model.setJobs(jobs);
    QSet<int> offsets;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString shown = model.index(row, FailureJobModel::BeginTime).data().toString();
        QCOMPARE(shown, localText(jobs.at(row).beginTime));
        const QString text = QString::fromUtf8(model.searchText(row));
        QVERIFY2(text.startsWith(shown + QChar(0x1f)), qPrintable(text));
        offsets.insert(jobs.at(row).beginTime.toLocalTime().offsetFromUtc());
    }
    QCOMPARE(offsets.size(), 2); // both offsets were seen
}

// --- FailureJobFilterProxy --------------------------------------------------------------------

void TstFailureJobModel::quickFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << sampleNames({0, 1, 2, 3, 4, 5, 6});
    QTest::newRow("blanks only") << QStringLiteral("   ") << sampleNames({0, 1, 2, 3, 4, 5, 6});
    QTest::newRow("reason, other case") << QStringLiteral("VOLUME is") << sampleNames({1});
    QTest::newRow("error code") << QStringLiteral("sdrs.1306") << sampleNames({0});
    QTest::newRow("error code, blanks around") << QStringLiteral("  ecs.0114 ") << sampleNames({2});
    QTest::newRow("readable status") << QStringLiteral("Create failed") << sampleNames({0, 1, 5});
    QTest::newRow("readable status 2") << QStringLiteral("failover FAILED") << sampleNames({6});
    QTest::newRow("readable type") << QStringLiteral("protected instance") << sampleNames({1, 2});
    QTest::newRow("raw type") << QStringLiteral("PROTECTEDINSTANCE") << sampleNames({1});
    QTest::newRow("job type in words") << QStringLiteral("planned") << sampleNames({6});
    QTest::newRow("job type code") << QStringLiteral("ProtectionGroupNoCG") << sampleNames({6});
    QTest::newRow("embedded JSON message") << QStringLiteral("quota exceeded") << sampleNames({0});
    QTest::newRow("JSON wrapper key") << QStringLiteral("itemnotfound") << sampleNames({5});
    QTest::newRow("second line of a stack trace")
        << QStringLiteral("Thread.run") << sampleNames({3});
    QTest::newRow("resource id") << QStringLiteral("AAAA-4BBB-8CCC-0000000000E3")
                                 << sampleNames({2});
    QTest::newRow("job id") << QStringLiteral("beaab01e6") << sampleNames({5});
    QTest::newRow("job type") << QStringLiteral("job-e6") << sampleNames({5});
    QTest::newRow("non-ASCII, other case") << QStringLiteral("BÜROSERVER-KÖLN") << sampleNames({4});
    QTest::newRow("unparsed time") << QStringLiteral("Yesterday") << sampleNames({4});
    QTest::newRow("raw time") << QStringLiteral("2019-01-21T12:56:35") << sampleNames({1});
    QTest::newRow("shown local time") << QStringLiteral("2026-11-19 11:00") << sampleNames({0, 6});
    QTest::newRow("not across fields")
        << QStringLiteral("pg-erp-prod-01server_groups") << QStringList();
    QTest::newRow("nothing") << QStringLiteral("zzzz") << QStringList();
}

void TstFailureJobModel::quickFilter()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    FailureJobModel model;
    FailureJobFilterProxy proxy;
    proxy.setSourceModel(&model);
    attachTesters({&model, &proxy});
    model.setJobs(sampleJobs());
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);

    proxy.setQuickFilter(query);
    QCOMPARE(names(proxy), expected);
    QCOMPARE(proxy.quickFilter(), query.trimmed());
    // Exactly what the obvious search finds.
    QStringList brute;
    for (const FailureJob &f : sampleJobs()) {
        if (query.trimmed().isEmpty() || bruteForceMatch(rowFields(f), query.trimmed()))
            brute << f.resourceName;
    }
    QCOMPARE(names(proxy), brute);
    // A filter change is one layout change, and none when the rows kept do not change.
    QCOMPARE(layout.count(), expected.size() == 7 ? 0 : 1);

    proxy.setQuickFilter(QString());
    QCOMPARE(proxy.rowCount(), 7);
}

void TstFailureJobModel::statusTypeFilter_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("status") << QStringLiteral("createFail") << QString() << QString()
                            << sampleNames({0, 1, 5});
    QTest::newRow("type") << QString() << QStringLiteral("disaster_recovery_drills") << QString()
                          << sampleNames({4, 5});
    QTest::newRow("plural type keeps the singular spelling")
        << QString() << QStringLiteral("protected_instances") << QString() << sampleNames({1, 2});
    QTest::newRow("singular type keeps the plural spelling")
        << QString() << QStringLiteral("protectedInstance") << QString() << sampleNames({1, 2});
    QTest::newRow("status and type")
        << QStringLiteral("failoverFail") << QStringLiteral("server_groups") << QString()
        << sampleNames({6});
    QTest::newRow("status and quick filter") << QStringLiteral("createFail") << QString()
                                             << QStringLiteral("volume") << sampleNames({1});
    QTest::newRow("all three") << QStringLiteral("createFail")
                               << QStringLiteral("disaster_recovery_drills")
                               << QStringLiteral("instance could not") << sampleNames({5});
    QTest::newRow("status is exact")
        << QStringLiteral("createfail") << QString() << QString() << QStringList();
    QTest::newRow("unknown type") << QString() << QStringLiteral("volumes") << QString()
                                  << QStringList();
}

void TstFailureJobModel::statusTypeFilter()
{
    QFETCH(QString, status);
    QFETCH(QString, type);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    FailureJobModel model;
    FailureJobFilterProxy proxy;
    proxy.setSourceModel(&model);
    attachTesters({&model, &proxy});
    model.setJobs(sampleJobs());

    proxy.setFailureStatus(status);
    proxy.setResourceType(type);
    proxy.setQuickFilter(query);
    QCOMPARE(proxy.failureStatus(), status);
    QCOMPARE(proxy.resourceType(), type);
    QCOMPARE(names(proxy), expected);

    // The same in another order of setting them, and all of them cleared.
    FailureJobFilterProxy other;
    other.setQuickFilter(query);
    other.setResourceType(type);
    other.setFailureStatus(status);
    other.setSourceModel(&model);
    QCOMPARE(names(other), expected);
    proxy.setFailureStatus(QString());
    proxy.setResourceType(QString());
    proxy.setQuickFilter(QString());
    QCOMPARE(proxy.rowCount(), 7);
}

void TstFailureJobModel::typingAndDeleting()
{
    // Typing narrows from the previous result, deleting reuses earlier ones: always the same
    // rows as a filter set from scratch.
    const QList<FailureJob> jobs = emulator::Dataset::generate(5, 10, 2000).failures;
    QList<QStringList> fields;
    for (const FailureJob &f : jobs)
        fields << rowFields(f);
    FailureJobModel model;
    model.setJobs(jobs);
    FailureJobFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FailureJobModel::ResourceName, Qt::AscendingOrder);
    attachTesters({&proxy});
    const QString typed = QStringLiteral("SdRs.13");
    QStringList steps;
    for (qsizetype n = 1; n <= typed.size(); ++n)
        steps << typed.left(n);
    for (qsizetype n = typed.size() - 1; n >= 0; --n)
        steps << typed.left(n);
    steps << QStringLiteral("volume") << QStringLiteral("volumes") << QStringLiteral("volume")
          << QStringLiteral("olum") << QStringLiteral("x") << QString();
    for (const QString &step : std::as_const(steps)) {
        proxy.setQuickFilter(step);
        FailureJobFilterProxy fresh;
        fresh.setQuickFilter(step);
        fresh.setSourceModel(&model);
        fresh.sort(FailureJobModel::ResourceName, Qt::AscendingOrder);
        QCOMPARE(sourceRows(proxy), sourceRows(fresh));
        QCOMPARE(proxy.rowCount(), bruteForceRows(fields, step).size());
    }
    QCOMPARE(proxy.rowCount(), jobs.size());
}

void TstFailureJobModel::filterKeepsPersistentIndexes()
{
    FailureJobModel model;
    model.setJobs(sampleJobs());
    FailureJobFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FailureJobModel::ResourceName, Qt::AscendingOrder);
    attachTesters({&proxy});
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);

    const QPersistentModelIndex drill = proxy.index(1, FailureJobModel::ErrorCode);
    QCOMPARE(proxy.index(1, FailureJobModel::ResourceName).data().toString(),
             QStringLiteral("DR-Drill-77aa"));
    const QPersistentModelIndex erp = proxy.index(3, 0);
    QCOMPARE(proxy.index(3, FailureJobModel::ResourceName).data().toString(),
             QStringLiteral("pg-erp-prod-01"));

    proxy.setQuickFilter(QStringLiteral("client error"));
    QCOMPARE(names(proxy),
             QStringList({QStringLiteral("DR-Drill-77aa"), QStringLiteral("pg-erp-prod-01")}));
    QVERIFY(drill.isValid());
    QCOMPARE(drill.row(), 0);
    QCOMPARE(drill.column(), int(FailureJobModel::ErrorCode));
    QCOMPARE(drill.data().toString(), QStringLiteral("SDRS.1902"));
    QCOMPARE(erp.row(), 1);

    proxy.setQuickFilter(QStringLiteral("quota"));
    QVERIFY(!drill.isValid());
    QCOMPARE(erp.row(), 0);
    proxy.sort(FailureJobModel::ResourceName, Qt::DescendingOrder);
    QCOMPARE(erp.row(), 0);
    QCOMPARE(reset.count(), 0);
}

void TstFailureJobModel::filterSurvivesNewJobs()
{
    FailureJobModel model;
    FailureJobFilterProxy proxy;
    proxy.setSourceModel(&model);
    attachTesters({&model, &proxy});
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    proxy.setQuickFilter(QStringLiteral("create failed"));
    proxy.sort(FailureJobModel::BeginTime, Qt::DescendingOrder);
    model.setJobs(sampleJobs());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(names(proxy), sampleNames({0, 5, 1}));

    // New rows: the filter and sort apply to them, nothing cached from the old rows is used.
    QList<FailureJob> next = sampleJobs();
    std::reverse(next.begin(), next.end());
    next[0].failureStatus = QStringLiteral("createFail"); // sap-hana-db-dr
    next[6].failureStatus = QStringLiteral("deleteFail"); // pg-erp-prod-01
    model.setJobs(next);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(names(proxy), sampleNames({6, 5, 1}));
    model.setJobs(QList<FailureJob>{});
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setQuickFilter(QStringLiteral("x"));
    QCOMPARE(proxy.rowCount(), 0);
}

void TstFailureJobModel::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");

    // Ties (rows 0 and 6, rows 2 and 5) keep the source order in both directions.
    QTest::newRow("time ascending, invalid first")
        << int(FailureJobModel::BeginTime) << Qt::AscendingOrder
        << sampleNames({4, 1, 3, 2, 5, 0, 6});
    QTest::newRow("time descending") << int(FailureJobModel::BeginTime) << Qt::DescendingOrder
                                     << sampleNames({0, 6, 2, 5, 3, 1, 4});
    QTest::newRow("name ascending, case-insensitive")
        << int(FailureJobModel::ResourceName) << Qt::AscendingOrder
        << sampleNames({4, 5, 2, 0, 1, 3, 6});
    QTest::newRow("name descending") << int(FailureJobModel::ResourceName) << Qt::DescendingOrder
                                     << sampleNames({6, 3, 1, 0, 2, 5, 4});
    QTest::newRow("status by readable name")
        << int(FailureJobModel::FailureStatus) << Qt::AscendingOrder
        << sampleNames({0, 1, 5, 2, 4, 3, 6});
    QTest::newRow("status descending") << int(FailureJobModel::FailureStatus) << Qt::DescendingOrder
                                       << sampleNames({6, 3, 2, 4, 0, 1, 5});
    QTest::newRow("type by readable name")
        << int(FailureJobModel::ResourceType) << Qt::AscendingOrder
        << sampleNames({4, 5, 1, 2, 0, 6, 3});
    QTest::newRow("error code, empty first")
        << int(FailureJobModel::ErrorCode) << Qt::AscendingOrder
        << sampleNames({4, 2, 1, 6, 0, 3, 5});
    QTest::newRow("no column: source order")
        << -1 << Qt::DescendingOrder << sampleNames({0, 1, 2, 3, 4, 5, 6});
}

void TstFailureJobModel::sorting()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    FailureJobModel model;
    model.setJobs(sampleJobs());
    FailureJobFilterProxy proxy;
    proxy.setSourceModel(&model);
    PageProxy page;
    page.setSourceModel(&proxy);
    attachTesters({&proxy, &page});
    proxy.sort(FailureJobModel::JobId, Qt::DescendingOrder);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);

    // Through the page proxy, as a header click does.
    page.sort(column, order);
    QCOMPARE(proxy.sortColumn(), column);
    if (column >= 0)
        QCOMPARE(proxy.sortOrder(), order);
    QCOMPARE(names(proxy), expected);
    QCOMPARE(names(page), expected);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(layout.first().at(1).value<QAbstractItemModel::LayoutChangeHint>(),
             QAbstractItemModel::VerticalSortHint);
    page.sort(column, order); // the same again: nothing to do
    QCOMPARE(layout.count(), 1);
}

void TstFailureJobModel::sortRoleOrdersEveryColumn()
{
    // The proxy's order agrees with SortRole (times) and with the text shown, case-insensitively
    // (other columns), in both directions, on generated data.
    FailureJobModel model;
    model.setJobs(emulator::Dataset::generate(9, 10, 1500).failures);
    FailureJobFilterProxy proxy;
    proxy.setSourceModel(&model);
    for (int column = 0; column < FailureJobModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            QCOMPARE(proxy.rowCount(), model.rowCount());
            for (int row = 1; row < proxy.rowCount(); ++row) {
                const QModelIndex a = proxy.index(row - 1, column);
                const QModelIndex b = proxy.index(row, column);
                int cmp = 0;
                if (column == FailureJobModel::BeginTime) {
                    const qint64 x = a.data(FailureJobModel::SortRole).toLongLong();
                    const qint64 y = b.data(FailureJobModel::SortRole).toLongLong();
                    cmp = x < y ? -1 : x > y ? 1 : 0;
                } else {
                    const int role = column == FailureJobModel::FailureStatus ||
                                             column == FailureJobModel::ResourceType ||
                                             column == FailureJobModel::JobType
                                         ? int(Qt::DisplayRole)
                                         : int(FailureJobModel::SortRole);
                    cmp = QString::compare(a.data(role).toString(), b.data(role).toString(),
                                           Qt::CaseInsensitive);
                }
                if (order == Qt::DescendingOrder)
                    cmp = -cmp;
                QVERIFY2(cmp <= 0,
                         qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(row)));
                if (cmp == 0) // stable
                    QVERIFY(proxy.mapToSource(a).row() < proxy.mapToSource(b).row());
            }
        }
    }
}

void TstFailureJobModel::newMarks()
{
    FailureJobModel model;
    const QList<FailureJob> jobs = sampleJobs();
    model.setJobs(jobs);
    attachTesters({&model});
    QCOMPARE(model.rowKeys().size(), jobs.size());
    for (qsizetype row = 0; row < jobs.size(); ++row)
        QCOMPARE(model.rowKeys().at(row), FailureJobModel::rowKey(jobs.at(row)));
    // The key tells rows apart by job, resource and group.
    FailureJob other = jobs.at(0);
    other.serverGroupId = QStringLiteral("another-group");
    QVERIFY(FailureJobModel::rowKey(other) != FailureJobModel::rowKey(jobs.at(0)));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNewKeys({FailureJobModel::rowKey(jobs.at(2)), FailureJobModel::rowKey(jobs.at(4))});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(2, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             model.index(4, FailureJobModel::ColumnCount - 1));
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool fresh = row == 2 || row == 4;
        QCOMPARE(model.isNew(row), fresh);
        QCOMPARE(model.index(row, 3).data(FailureJobModel::NewRole).toBool(), fresh);
    }
    QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().startsWith(u"New since"));
    QVERIFY(!model.index(1, 0).data(Qt::ToolTipRole).toString().startsWith(u"New since"));

    // The mark follows the row, not the position, when the rows are replaced.
    changed.clear();
    model.setJobs(QList<FailureJob>{jobs.at(4), jobs.at(0)});
    QVERIFY(model.isNew(0));
    QVERIFY(!model.isNew(1));
    model.setNewKeys({});
    QCOMPARE(changed.count(), 1);
    QVERIFY(!model.isNew(0));
}

void TstFailureJobModel::staleThroughProxies()
{
    FailureJobModel model;
    model.setJobs(sampleJobs());
    FailureJobFilterProxy proxy;
    proxy.setSourceModel(&model);
    PageProxy page;
    page.setSourceModel(&proxy);
    page.setPage(1, 2);
    attachTesters({&model, &proxy, &page});
    proxy.setQuickFilter(QStringLiteral("sdrs."));
    proxy.sort(FailureJobModel::BeginTime, Qt::AscendingOrder);
    QCOMPARE(proxy.rowCount(), 4);
    QSignalSpy proxyChanged(&proxy, &QAbstractItemModel::dataChanged);
    QSignalSpy pageChanged(&page, &QAbstractItemModel::dataChanged);
    QSignalSpy proxyLayout(&proxy, &QAbstractItemModel::layoutChanged);

    model.setStale(true);
    QCOMPARE(proxyLayout.count(), 0); // no text changed: nothing re-sorted or re-filtered
    QCOMPARE(proxyChanged.count(), 1);
    QCOMPARE(proxyChanged.first().at(0).toModelIndex(), proxy.index(0, 0));
    QCOMPARE(proxyChanged.first().at(1).toModelIndex(),
             proxy.index(3, FailureJobModel::ColumnCount - 1));
    QCOMPARE(pageChanged.count(), 1);
    QCOMPARE(pageChanged.first().at(0).toModelIndex(), page.index(0, 0));
    QCOMPARE(pageChanged.first().at(1).toModelIndex(),
             page.index(1, FailureJobModel::ColumnCount - 1));
    QCOMPARE(page.index(1, 3).data(FailureJobModel::StaleRole), QVariant(true));
}

void TstFailureJobModel::otherSourceAndDestroyedSource()
{
    // Another kind of source passes through unfiltered and unsorted.
    QStringListModel list({QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")});
    FailureJobFilterProxy proxy;
    proxy.setQuickFilter(QStringLiteral("a"));
    proxy.sort(0, Qt::AscendingOrder);
    proxy.setSourceModel(&list);
    attachTesters({&proxy});
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("b"));
    list.insertRows(1, 2);
    QCOMPARE(proxy.rowCount(), 5);
    list.removeRows(0, 4);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("c"));

    // A source that goes away leaves empty models behind, with one reset each.
    auto *model = new FailureJobModel;
    model->setJobs(sampleJobs());
    PageProxy page;
    proxy.setSourceModel(model);
    page.setSourceModel(&proxy);
    page.setPage(1, 2);
    attachTesters({&proxy, &page});
    proxy.setQuickFilter(QStringLiteral("sdrs."));
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(page.rowCount(), 2);
    QSignalSpy proxyReset(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy pageReset(&page, &QAbstractItemModel::modelReset);
    delete model;
    QCOMPARE(proxyReset.count(), 1);
    QCOMPARE(pageReset.count(), 1);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.columnCount(), 0);
    QCOMPARE(page.rowCount(), 0);
    QCOMPARE(page.pageCount(), 1);
    proxy.setQuickFilter(QString());
    QCOMPARE(proxy.rowCount(), 0);
}

// --- PageProxy --------------------------------------------------------------------------------

void TstFailureJobModel::pageSlices()
{
    FailureJobModel model;
    FailureJobFilterProxy proxy;
    PageProxy page;
    proxy.setSourceModel(&model);
    page.setSourceModel(&proxy);
    attachTesters({&model, &proxy, &page});
    QCOMPARE(page.pageCount(), 1);
    QCOMPARE(page.rowCount(), 0);

    model.setJobs(sampleJobs());
    QCOMPARE(page.pageSize(), 0); // all rows
    QCOMPARE(page.rowCount(), 7);
    checkSlice(page, proxy);

    QSignalSpy reset(&page, &QAbstractItemModel::modelReset);
    QSignalSpy paging(&page, &PageProxy::pagingChanged);
    page.setPage(0, 3);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(paging.count(), 1);
    QCOMPARE(page.pageCount(), 3);
    checkSlice(page, proxy);
    page.setPage(1, 3);
    QCOMPARE(names(page), sampleNames({3, 4, 5}));
    checkSlice(page, proxy);
    page.setPage(2, 3);
    QCOMPARE(names(page), sampleNames({6}));
    QCOMPARE(page.headerData(0, Qt::Vertical).toInt(), 7);
    QCOMPARE(page.headerData(FailureJobModel::ErrorCode, Qt::Horizontal).toString(),
             QStringLiteral("Error code"));
    page.setPage(2, 3); // the same: nothing
    QCOMPARE(reset.count(), 3);
    QCOMPARE(paging.count(), 3);

    page.setPage(99, 3);
    QCOMPARE(page.page(), 2);
    page.setPage(-4, 3);
    QCOMPARE(page.page(), 0);
    page.setPage(0, 7);
    QCOMPARE(page.pageCount(), 1);
    page.setPage(1, 0);
    QCOMPARE(page.page(), 0);
    QCOMPARE(page.rowCount(), 7);
    checkSlice(page, proxy);
    // Indexes map both ways.
    page.setPage(1, 4);
    const QModelIndex source = proxy.index(5, 2);
    QCOMPARE(page.mapFromSource(source), page.index(1, 2));
    QVERIFY(!page.mapFromSource(proxy.index(2, 2)).isValid());
    QCOMPARE(page.mapToSource(page.index(2, 1)), proxy.index(6, 1));
}

void TstFailureJobModel::pageFollowsFilterSortAndReset()
{
    FailureJobModel model;
    FailureJobFilterProxy proxy;
    PageProxy page;
    proxy.setSourceModel(&model);
    page.setSourceModel(&proxy);
    attachTesters({&model, &proxy, &page});
    model.setJobs(sampleJobs());
    page.setPage(1, 2);
    QCOMPARE(names(page), sampleNames({2, 3}));
    QSignalSpy layout(&page, &QAbstractItemModel::layoutChanged);
    QSignalSpy paging(&page, &PageProxy::pagingChanged);

    // Re-filtered: the page shows the filtered rows 2..3.
    proxy.setQuickFilter(QStringLiteral("sdrs."));
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(page.page(), 1);
    QCOMPARE(names(page), sampleNames({5, 6}));
    checkSlice(page, proxy);
    QCOMPARE(paging.count(), 1); // 4 pages -> 2

    // Re-sorted (via the page, as the view does).
    page.sort(FailureJobModel::BeginTime, Qt::AscendingOrder);
    QCOMPARE(layout.count(), 2);
    QCOMPARE(names(page), sampleNames({0, 6}));
    checkSlice(page, proxy);
    page.sort(FailureJobModel::ResourceName, Qt::DescendingOrder);
    checkSlice(page, proxy);
    QCOMPARE(names(page), sampleNames({0, 5}));

    // Re-filtered wider, then narrower than the page: clamped to the last page.
    proxy.setQuickFilter(QString());
    checkSlice(page, proxy);
    QCOMPARE(page.rowCount(), 2);
    proxy.setFailureStatus(QStringLiteral("deleteFail"));
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(page.page(), 0);
    QCOMPARE(page.pageCount(), 1);
    checkSlice(page, proxy);
    proxy.setFailureStatus(QString());
    QCOMPARE(page.page(), 0);
    page.setPage(3, 2);
    QCOMPARE(names(page), QStringList({names(proxy).last()}));

    // Reset with fewer rows: clamped, one reset.
    QSignalSpy reset(&page, &QAbstractItemModel::modelReset);
    const int pagingBefore = int(paging.count());
    model.setJobs(sampleJobs().mid(0, 3));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(page.page(), 1);
    QCOMPARE(page.pageCount(), 2);
    QCOMPARE(paging.count(), pagingBefore + 1);
    checkSlice(page, proxy);
    model.setJobs(QList<FailureJob>{});
    QCOMPARE(page.page(), 0);
    QCOMPARE(page.pageCount(), 1);
    QCOMPARE(page.rowCount(), 0);
}

void TstFailureJobModel::pageClamps()
{
    QStringListModel list;
    PageProxy page;
    page.setSourceModel(&list);
    attachTesters({&list, &page});
    QStringList rows;
    for (int i = 0; i < 25; ++i)
        rows << QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0'));
    list.setStringList(rows);
    page.setPage(2, 10);
    QCOMPARE(page.rowCount(), 5);
    QSignalSpy paging(&page, &PageProxy::pagingChanged);

    list.removeRows(18, 7); // 18 rows left: page 2 no longer exists
    QCOMPARE(page.page(), 1);
    QCOMPARE(page.pageCount(), 2);
    QCOMPARE(page.rowCount(), 8);
    QCOMPARE(page.index(0, 0).data().toString(), QStringLiteral("r10"));
    QCOMPARE(paging.count(), 1);
    list.removeRows(0, 18);
    QCOMPARE(page.page(), 0);
    QCOMPARE(page.pageCount(), 1);
    QCOMPARE(page.rowCount(), 0);
    QVERIFY(!page.hasChildren());
    list.insertRows(0, 3);
    QCOMPARE(page.rowCount(), 3);
    QVERIFY(page.hasChildren());
}

void TstFailureJobModel::pageOverRowChanges()
{
    QStringListModel list;
    PageProxy page;
    page.setSourceModel(&list);
    attachTesters({&list, &page});
    QStringList rows;
    for (int i = 0; i < 25; ++i)
        rows << QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0'));
    list.setStringList(rows);
    page.setPage(1, 10);
    const auto shown = [&page] {
        QStringList s;
        for (int row = 0; row < page.rowCount(); ++row)
            s << page.index(row, 0).data().toString();
        return s;
    };
    const auto expectedRows = [&list](int first, int count) {
        return list.stringList().mid(first, count);
    };
    QCOMPARE(shown(), expectedRows(10, 10));
    QSignalSpy layout(&page, &QAbstractItemModel::layoutChanged);
    QSignalSpy paging(&page, &PageProxy::pagingChanged);
    const QPersistentModelIndex r15 = page.index(5, 0);

    // Before the page: everything shifts by one.
    list.insertRows(0, 1);
    list.setData(list.index(0), QStringLiteral("new"));
    QCOMPARE(layout.count(), 1);
    QCOMPARE(shown(), expectedRows(10, 10));
    QCOMPARE(shown().first(), QStringLiteral("r09"));
    QCOMPARE(r15.row(), 6);
    QCOMPARE(r15.data().toString(), QStringLiteral("r15"));

    // After a full page: the page stays as it is, only the page count grows.
    list.insertRows(26, 10);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(paging.count(), 1);
    QCOMPARE(page.pageCount(), 4);
    list.removeRows(25, 11);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(page.pageCount(), 3);
    QCOMPARE(shown(), expectedRows(10, 10));

    // Inside the page.
    list.removeRows(12, 3);
    QCOMPARE(layout.count(), 2);
    QCOMPARE(shown(), expectedRows(10, 10));
    QCOMPARE(r15.row(), 3);
    list.removeRows(13, 1); // r15 itself
    QVERIFY(!r15.isValid());
    QCOMPARE(shown(), expectedRows(10, 10));

    // Moved rows.
    QVERIFY(list.moveRows(QModelIndex(), 0, 2, QModelIndex(), 15));
    QCOMPARE(shown(), expectedRows(10, 10));
    QVERIFY(list.moveRows(QModelIndex(), 19, 1, QModelIndex(), 0));
    QCOMPARE(shown(), expectedRows(10, 10));

    // Data changes inside the page reach the page, others do not.
    QSignalSpy changed(&page, &QAbstractItemModel::dataChanged);
    list.setData(list.index(2), QStringLiteral("x"));
    QCOMPARE(changed.count(), 0);
    list.setData(list.index(12), QStringLiteral("y"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), page.index(2, 0));
    QCOMPARE(page.index(2, 0).data().toString(), QStringLiteral("y"));
}

void TstFailureJobModel::pageOverSourceLayoutChange()
{
    // A source that emits layoutChanged (a sort) with the page in the middle.
    QStringListModel list;
    PageProxy page;
    page.setSourceModel(&list);
    attachTesters({&list, &page});
    QStringList rows;
    for (int i = 0; i < 12; ++i)
        rows << QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0'));
    list.setStringList(rows);
    page.setPage(1, 5);
    const QPersistentModelIndex r07 = page.index(2, 0);
    const QPersistentModelIndex r03 = QPersistentModelIndex(list.index(3));
    QSignalSpy layout(&page, &QAbstractItemModel::layoutChanged);

    list.sort(0, Qt::DescendingOrder); // r11 .. r00: r07 is source row 4, on page 0
    QCOMPARE(layout.count(), 1);
    QCOMPARE(page.index(0, 0).data().toString(), QStringLiteral("r06"));
    QVERIFY(!r07.isValid());
    QCOMPARE(r03.row(), 8);
    QCOMPARE(page.mapFromSource(r03), page.index(3, 0));
    QCOMPARE(page.index(3, 0).data().toString(), QStringLiteral("r03"));
}

// --- 100,000 rows -----------------------------------------------------------------------------

void TstFailureJobModel::hundredThousandRows()
{
    const QList<FailureJob> jobs = emulator::Dataset::generate(3, 60, 100000).failures;
    FailureJobModel model;
    FailureJobFilterProxy proxy;
    PageProxy page;
    proxy.setSourceModel(&model);
    page.setSourceModel(&proxy);
    page.setPage(0, 100);
    page.sort(FailureJobModel::BeginTime, Qt::DescendingOrder);
    attachTesters({&page});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy pageReset(&page, &QAbstractItemModel::modelReset);

    model.setJobs(jobs);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(pageReset.count(), 1);
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(proxy.rowCount(), 100000);
    QCOMPARE(page.rowCount(), 100);
    QCOMPARE(page.pageCount(), 1000);
    checkSlice(page, proxy);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const int row : sourceRows(proxy)) {
        const qint64 ms = model.index(row, 0).data(FailureJobModel::SortRole).toLongLong();
        QVERIFY(ms <= previous);
        previous = ms;
    }

    // Typing and deleting a query, and readable names: the same rows as the obvious search.
    QList<QStringList> fields;
    fields.reserve(jobs.size());
    for (const FailureJob &f : jobs)
        fields << rowFields(f);
    page.setPage(3, 100);
    const QString typed = QStringLiteral("Volume is");
    QStringList steps;
    for (qsizetype n = 1; n <= typed.size(); ++n)
        steps << typed.left(n);
    steps << QStringLiteral("Volume") << QStringLiteral("Protected instance")
          << QStringLiteral("sdrs.1306") << QString();
    // The brute force is slow: it checks some of the steps.
    const QStringList checked = {QStringLiteral("Vo"), QStringLiteral("Volume i"),
                                 QStringLiteral("Volume"), QStringLiteral("Protected instance"),
                                 QStringLiteral("sdrs.1306")};
    for (const QString &step : std::as_const(steps)) {
        proxy.setQuickFilter(step);
        QVERIFY(page.page() < page.pageCount());
        checkSlice(page, proxy);
        if (!checked.contains(step))
            continue;
        QList<int> shown = sourceRows(proxy);
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, bruteForceRows(fields, step));
    }
    QCOMPARE(proxy.rowCount(), 100000);

    // A status filter and a sort over all of them, then a new smaller answer.
    proxy.setFailureStatus(QStringLiteral("reverseFail"));
    QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < 10000);
    checkSlice(page, proxy);
    page.sort(FailureJobModel::ResourceName, Qt::AscendingOrder);
    checkSlice(page, proxy);
    const qsizetype resetsBefore = pageReset.count();
    model.setJobs(jobs.mid(0, 150));
    QCOMPARE(pageReset.count(), resetsBefore + 1);
    checkSlice(page, proxy);
}

QTEST_GUILESS_MAIN(TstFailureJobModel)
#include "tst_failurejobmodel.moc"
