// The emulator's data: the deterministic generator, the fixture loader and synthesized jobs.
#include "emulator/dataset.h"
#include "models/apitime.h"
#include "models/errorcatalog.h"
#include "models/jsoncodec.h"
#include "models/vocabulary.h"
#include "tests/common/examplerows.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace sdrs;
using namespace sdrs::emulator;
using namespace sdrs::test;

namespace {

const QDateTime Reference = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

bool isHex32(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}$"));
    return re.match(s).hasMatch();
}

bool isUuid(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(s).hasMatch();
}

bool hasNonAscii(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() > 0x7f; });
}

QSet<QString> set(std::initializer_list<const char *> items)
{
    QSet<QString> s;
    for (const char *item : items)
        s.insert(QString::fromLatin1(item));
    return s;
}

/// Depth of the sub-job tree below `job` (0: no sub-jobs).
int depth(const Job &job)
{
    int d = 0;
    for (const Job &sub : job.subJobs)
        d = qMax(d, 1 + depth(sub));
    return d;
}

void collectIds(const Job &job, QStringList *ids)
{
    ids->append(job.jobId);
    for (const Job &sub : job.subJobs)
        collectIds(sub, ids);
}

} // namespace

class TestDataset final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownLists();
    void determinism_data();
    void determinism();
    void stableAcrossMachines();
    void counts_data();
    void counts();
    void exampleRows();
    void coverage();
    void groupLevelRows_data();
    void groupLevelRows();
    void inGroupRows();
    void uniqueIds_data();
    void uniqueIds();
    void timesAndOrder();
    void errorsAndReasons();
    void groupsArePlausible();
    void jsonRoundTrip();
    void synthesizeJob_deterministic();
    void synthesizeJob_shape();
    void synthesizeJob_sparseRow();
    void fixture_data();
    void fixture();
    void fixture_content();
};

void TestDataset::knownLists()
{
    QCOMPARE(knownFailureStatuses(),
             QStringList({QStringLiteral("createFail"), QStringLiteral("deleteFail"),
                          QStringLiteral("attachFail"), QStringLiteral("detachFail"),
                          QStringLiteral("expandFail"), QStringLiteral("resizeFail"),
                          QStringLiteral("startFail"), QStringLiteral("stopFail"),
                          QStringLiteral("reverseFail"), QStringLiteral("failoverFail"),
                          QStringLiteral("reprotectFail")}));
    QCOMPARE(
        knownResourceTypes(),
        QStringList({QStringLiteral("server_groups"), QStringLiteral("protected_instances"),
                     QStringLiteral("replications"), QStringLiteral("disaster_recovery_drills")}));
}

void TestDataset::determinism_data()
{
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("failures");
    QTest::newRow("small") << 3 << 20;
    QTest::newRow("no groups") << 0 << 50;
    QTest::newRow("medium") << 40 << 5000;
}

void TestDataset::determinism()
{
    QFETCH(int, groups);
    QFETCH(int, failures);
    const Dataset a = Dataset::generate(1234, groups, failures);
    const Dataset b = Dataset::generate(1234, groups, failures);
    QCOMPARE(a.projectId, b.projectId);
    QCOMPARE(a.groups, b.groups);
    QCOMPARE(a.failures, b.failures);

    const Dataset c = Dataset::generate(1235, groups, failures);
    QCOMPARE(c.projectId, a.projectId); // the project is fixed
    QVERIFY(c.failures != a.failures);
    if (groups > 0)
        QVERIFY(c.groups != a.groups);
}

void TestDataset::stableAcrossMachines()
{
    // Golden values: the generator uses only its own PRNG and a fixed reference instant, so these
    // hold on every machine and with any QT_HASH_SEED. Update them only on purpose.
    const Dataset d = Dataset::generate(1, 3, 20);
    QCOMPARE(d.projectId, QStringLiteral("4d2a1c8e5b7f4e3a9c6d0b1a2f3e4d5c"));
    QCOMPARE(d.groups.first().id, QStringLiteral("cb435c8e-7461-4796-a775-dc7701564f61"));
    QCOMPARE(d.failures.first().jobId, QStringLiteral("ff808081d101b5b901a1f5921a8cc90b"));
    QCOMPARE(d.failures.first().beginTimeText, QStringLiteral("2026-11-19T20:49:15.404Z"));
    const Job job = synthesizeJob(d.failures.first());
    QCOMPARE(formatIsoTime(job.endTime), QStringLiteral("2026-11-19T20:52:51.074Z"));
}

void TestDataset::counts_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("failures");
    QTest::newRow("empty") << quint64(1) << 0 << 0;
    QTest::newRow("groups only") << quint64(1) << 5 << 0;
    QTest::newRow("one row, no group") << quint64(1) << 0 << 1;
    QTest::newRow("two rows, no group") << quint64(1) << 0 << 2;
    QTest::newRow("one row") << quint64(2) << 5 << 1;
    QTest::newRow("three rows") << quint64(3) << 5 << 3;
    QTest::newRow("ten") << quint64(4) << 10 << 10;
    QTest::newRow("no groups") << quint64(5) << 0 << 300;
    QTest::newRow("thousand") << quint64(6) << 100 << 1000;
    QTest::newRow("seed zero") << quint64(0) << 7 << 77;
    QTest::newRow("big seed") << ~quint64(0) << 40 << 5000;
}

void TestDataset::counts()
{
    QFETCH(quint64, seed);
    QFETCH(int, groups);
    QFETCH(int, failures);
    const Dataset d = Dataset::generate(seed, groups, failures);
    QCOMPARE(d.projectId, QStringLiteral("4d2a1c8e5b7f4e3a9c6d0b1a2f3e4d5c"));
    QCOMPARE(d.groups.size(), groups);
    QCOMPARE(d.failures.size(), failures);
    QVERIFY(d.jobs.isEmpty());
    if (groups == 0) {
        for (const FailureJob &f : d.failures)
            QVERIFY(f.serverGroupId.isEmpty());
    }
}

void TestDataset::exampleRows()
{
    // The API page's own two rows (with the page's "protectedInstance" and
    // "createProtectedInstance") are never generated; the test fixture holds them verbatim.
    const Dataset generated = Dataset::generate(7, 40, 5000);
    QFile file(QStringLiteral(SDRS_TEST_DATA "/fixture.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<Dataset> read = Dataset::fromFixture(file.readAll());
    QVERIFY2(read.ok(), qPrintable(read.error.message));
    const Dataset *fixture = &read.value;
    for (int which = 0; which < 2; ++which) {
        const FailureJob expected = apiExampleRow(which);
        const auto sameId = [&](const FailureJob &f) {
            return f.resourceId == expected.resourceId;
        };
        QVERIFY(std::none_of(generated.failures.cbegin(), generated.failures.cend(), sameId));
        const auto it = std::find_if(fixture->failures.cbegin(), fixture->failures.cend(), sameId);
        QVERIFY(it != fixture->failures.cend());
        FailureJob found = *it;
        found.serverGroupId.clear();
        QCOMPARE(found, expected);
    }
}

void TestDataset::coverage()
{
    const Dataset d = Dataset::generate(7, 40, 5000);
    QSet<QString> statuses;
    QSet<QString> types;
    QSet<QString> jobTypes;
    for (const FailureJob &f : d.failures) {
        statuses.insert(f.failureStatus);
        types.insert(f.resourceType);
        jobTypes.insert(f.jobType);
    }
    QCOMPARE(statuses,
             QSet<QString>(knownFailureStatuses().cbegin(), knownFailureStatuses().cend()));
    // The SDK's four resource types, nothing else.
    QCOMPARE(types, QSet<QString>(knownResourceTypes().cbegin(), knownResourceTypes().cend()));

    const QSet<QString> documented =
        set({"createProtectionGroupNoCG", "deleteProtectionGroupNoCG", "startProtectionGroupNoCG",
             "stopProtectionGroupNoCG", "failoverProtectionGroupNoCG", "reverseProtectionGroupNoCG",
             "reprotectProtectionGroupNoCG", "createProtectedInstanceNoCG",
             "deleteProtectedInstanceNoCG", "attachReplicationPairNew", "detachReplicationPairNew",
             "addNicNew", "deleteNicNew", "resizeProtectedInstanceNew", "createReplicationPairNoCG",
             "deleteReplicationPairNoCG", "expandReplicationPairNew", "createDisasterRecoveryDrill",
             "deleteDisasterRecoveryDrill"});
    QCOMPARE(jobTypes, documented); // the SDK's 19, every one of them

    // Even a small data set covers every status and type.
    const Dataset small = Dataset::generate(99, 2, 30);
    QSet<QString> smallStatuses;
    for (const FailureJob &f : small.failures)
        smallStatuses.insert(f.failureStatus);
    QCOMPARE(smallStatuses.size(), knownFailureStatuses().size());
}

void TestDataset::groupLevelRows_data()
{
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("failures");
    QTest::newRow("groups") << 40 << 5000;
    QTest::newRow("many groups") << 500 << 3000;
    QTest::newRow("no groups") << 0 << 400;
}

void TestDataset::groupLevelRows()
{
    QFETCH(int, groups);
    QFETCH(int, failures);
    const Dataset d = Dataset::generate(7, groups, failures);
    QHash<QString, QString> groupNames;
    for (const ProtectionGroup &g : d.groups)
        groupNames.insert(g.id, g.name);

    const QSet<QString> statuses = set({"createFail", "deleteFail", "startFail", "stopFail",
                                        "reverseFail", "failoverFail", "reprotectFail"});
    qsizetype groupLevel = 0;
    qsizetype existing = 0;
    for (const FailureJob &f : d.failures) {
        if (f.serverGroupId.isEmpty())
            QCOMPARE(f.resourceType, QStringLiteral("server_groups"));
        if (f.resourceType != QLatin1StringView("server_groups"))
            continue;
        ++groupLevel;
        QVERIFY(f.serverGroupId.isEmpty());
        QVERIFY2(statuses.contains(f.failureStatus), qPrintable(f.failureStatus));
        QVERIFY2(f.jobType.endsWith(QLatin1StringView("ProtectionGroupNoCG")),
                 qPrintable(f.jobType));
        QVERIFY(!f.resourceName.isEmpty());
        if (groupNames.contains(f.resourceId)) {
            ++existing;
            QCOMPARE(f.resourceName, groupNames.value(f.resourceId));
        }
    }
    if (groups == 0) {
        QCOMPARE(groupLevel, failures);
        return;
    }
    // About a tenth, some of them naming existing groups, some groups that are gone.
    const double share = double(groupLevel) / failures;
    QVERIFY2(share > 0.06 && share < 0.14, qPrintable(QString::number(share)));
    QVERIFY(existing > 0);
    QVERIFY(existing < groupLevel);
}

void TestDataset::inGroupRows()
{
    const int groupCount = 40;
    const Dataset d = Dataset::generate(7, groupCount, 5000);
    QHash<QString, qsizetype> perGroup;
    for (const ProtectionGroup &g : d.groups)
        perGroup.insert(g.id, 0);

    const QHash<QString, QSet<QString>> statusesByType = {
        {QStringLiteral("protected_instances"),
         set({"createFail", "deleteFail", "attachFail", "detachFail", "resizeFail"})},
        {QStringLiteral("replications"), set({"createFail", "deleteFail", "expandFail"})},
        {QStringLiteral("disaster_recovery_drills"), set({"createFail", "deleteFail"})},
    };
    qsizetype inGroup = 0;
    for (const FailureJob &f : d.failures) {
        if (f.serverGroupId.isEmpty())
            continue;
        ++inGroup;
        QVERIFY2(perGroup.contains(f.serverGroupId), qPrintable(f.serverGroupId));
        ++perGroup[f.serverGroupId];
        QVERIFY2(statusesByType.contains(f.resourceType), qPrintable(f.resourceType));
        QVERIFY2(statusesByType.value(f.resourceType).contains(f.failureStatus),
                 qPrintable(f.resourceType + u' ' + f.failureStatus));
        QVERIFY(!f.resourceName.isEmpty());
    }
    // The examples sit in the first group.
    QVERIFY(perGroup.value(d.groups.first().id) >= 2);
    // Spread unevenly: the busiest group has well over the average.
    const qsizetype busiest = *std::max_element(perGroup.cbegin(), perGroup.cend());
    const qsizetype quietest = *std::min_element(perGroup.cbegin(), perGroup.cend());
    QVERIFY2(busiest > 2 * inGroup / groupCount, qPrintable(QString::number(busiest)));
    QVERIFY(quietest < inGroup / groupCount / 2);
}

void TestDataset::uniqueIds_data()
{
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("failures");
    QTest::newRow("medium") << 40 << 5000;
    QTest::newRow("large") << 100 << 30000;
    QTest::newRow("no groups") << 0 << 2000;
}

void TestDataset::uniqueIds()
{
    QFETCH(int, groups);
    QFETCH(int, failures);
    const Dataset d = Dataset::generate(7, groups, failures);
    QSet<QString> jobIds;
    QSet<QString> resourceIds;
    QSet<QString> groupIds;
    for (const ProtectionGroup &g : d.groups) {
        QVERIFY2(isUuid(g.id), qPrintable(g.id));
        groupIds.insert(g.id);
    }
    QCOMPARE(groupIds.size(), d.groups.size());
    for (const FailureJob &f : d.failures) {
        QVERIFY2(isHex32(f.jobId), qPrintable(f.jobId));
        QVERIFY2(isUuid(f.resourceId), qPrintable(f.resourceId));
        jobIds.insert(f.jobId);
        resourceIds.insert(f.resourceId);
        // A resource inside a group is never a group itself.
        if (!f.serverGroupId.isEmpty())
            QVERIFY(!groupIds.contains(f.resourceId));
    }
    QCOMPARE(jobIds.size(), d.failures.size());
    QCOMPARE(resourceIds.size(), d.failures.size());
}

void TestDataset::timesAndOrder()
{
    const Dataset d = Dataset::generate(7, 40, 5000);
    const QDateTime windowStart = Reference.addDays(-60);
    QSet<int> milliseconds;
    for (qsizetype i = 0; i < d.failures.size(); ++i) {
        const FailureJob &f = d.failures.at(i);
        QVERIFY(f.beginTime.isValid());
        QCOMPARE(f.beginTime.timeSpec(), Qt::UTC);
        QCOMPARE(f.beginTimeText, formatIsoTime(f.beginTime));
        QCOMPARE(parseApiTime(f.beginTimeText), f.beginTime);
        if (i > 0)
            QVERIFY2(d.failures.at(i - 1).beginTime >= f.beginTime, qPrintable(f.beginTimeText));
        QVERIFY2(f.beginTime >= windowStart && f.beginTime < Reference,
                 qPrintable(f.beginTimeText));
        milliseconds.insert(f.beginTime.time().msec());
    }
    QVERIFY(milliseconds.size() > 500); // millisecond precision, not whole seconds
    // The rows spread over the whole window.
    QVERIFY(d.failures.first().beginTime > Reference.addDays(-1));
    QVERIFY(d.failures.constLast().beginTime < windowStart.addDays(1));
}

void TestDataset::errorsAndReasons()
{
    const Dataset d = Dataset::generate(7, 40, 5000);
    const ErrorCatalog &catalog = ErrorCatalog::instance();
    QCOMPARE(catalog.entries().size(), 218);
    const QSet<QString> otherCodes =
        set({"EVS.2024", "ECS.0114", "VPC.0114", "IMS.0208", "Ecs.0000"});
    qsizetype sdrs = 0;
    qsizetype other = 0;
    qsizetype nullCode = 0;
    qsizetype nullReason = 0;
    qsizetype longReasons = 0;
    qsizetype multiLine = 0;
    qsizetype nonAscii = 0;
    qsizetype clientError = 0;
    qsizetype catalogMessage = 0;
    qsizetype volumeIsError = 0;
    for (const FailureJob &f : d.failures) {
        QCOMPARE(f.jobStatus, QStringLiteral("FAIL"));
        if (f.errorCode.isNull())
            ++nullCode;
        else if (catalog.find(f.errorCode))
            ++sdrs;
        else
            ++other;
        if (!f.errorCode.isNull() && !catalog.find(f.errorCode))
            QVERIFY2(otherCodes.contains(f.errorCode), qPrintable(f.errorCode));
        if (f.failReason.isNull()) {
            ++nullReason;
            continue;
        }
        QVERIFY2(f.failReason.contains(QLatin1StringView("Task-fail:")), qPrintable(f.failReason));
        longReasons += f.failReason.size() > 400;
        multiLine += f.failReason.contains(u'\n');
        nonAscii += hasNonAscii(f.failReason);
        clientError +=
            f.failReason.contains(QLatin1StringView(":Client error : {\"badRequest\": {"));
        if (const ErrorCodeInfo *info = catalog.find(f.errorCode))
            catalogMessage += f.failReason.endsWith(QLatin1StringView("-fail:") + info->message);
        if (f.failReason ==
            QLatin1StringView("SdrsGenerateNativeServerParamsTask-fail:volume is error!"))
            ++volumeIsError;
    }
    const qsizetype n = d.failures.size();
    QVERIFY2(sdrs > n * 7 / 10, qPrintable(QString::number(sdrs)));
    QVERIFY2(other > n / 20 && other < n / 4, qPrintable(QString::number(other)));
    QVERIFY2(nullCode > 0 && nullCode < n / 30, qPrintable(QString::number(nullCode)));
    QVERIFY2(nullReason > 0 && nullReason < n / 30, qPrintable(QString::number(nullReason)));
    QVERIFY(longReasons > n / 100);
    QVERIFY(multiLine > n / 100);
    QVERIFY(nonAscii > 0);
    QVERIFY(clientError > n / 10);
    QVERIFY(catalogMessage > n / 5);
    QVERIFY(volumeIsError > 2); // more than the two examples
}

void TestDataset::groupsArePlausible()
{
    const Dataset d = Dataset::generate(11, 300, 0);
    const QSet<QString> statuses = set(
        {"creating", "available", "protected", "deleting", "error-deleting", "error", "starting",
         "error-starting", "reprotecting", "error-reprotecting", "stopping", "error-stopping",
         "reversing", "error-reversing", "failing-over", "failed-over", "error-failing-over"});
    const QSet<QString> zones = set({"eu-de-01", "eu-de-02"});
    QHash<QString, int> byStatus;
    int nullDescriptions = 0;
    int nonAsciiNames = 0;
    int nullHealth = 0;
    int withTestVpc = 0;
    for (const ProtectionGroup &g : d.groups) {
        QVERIFY(!g.name.isEmpty());
        QVERIFY2(statuses.contains(g.status), qPrintable(g.status));
        ++byStatus[g.status];
        QVERIFY(g.progress >= 0 && g.progress <= 100);
        QVERIFY(zones.contains(g.sourceAvailabilityZone));
        QVERIFY(zones.contains(g.targetAvailabilityZone));
        QVERIFY(g.sourceAvailabilityZone != g.targetAvailabilityZone);
        QVERIFY(isHex32(g.domainId));
        QVERIFY(!g.domainName.isEmpty());
        QVERIFY(g.priorityStation == QLatin1StringView("source") ||
                g.priorityStation == QLatin1StringView("target"));
        QVERIFY(g.protectedInstanceNum >= 0);
        QVERIFY(g.replicationNum >= g.protectedInstanceNum);
        QVERIFY(g.disasterRecoveryDrillNum >= 0);
        QVERIFY(isUuid(g.sourceVpcId));
        QVERIFY(isUuid(g.targetVpcId));
        QVERIFY(g.testVpcId.isNull() || isUuid(g.testVpcId));
        QCOMPARE(g.drType, QStringLiteral("migration"));
        QCOMPARE(g.protectionType, QStringLiteral("replication-pair"));
        QCOMPARE(g.serverType, QStringLiteral("ECS"));
        QVERIFY(!g.replicationModel.isEmpty());
        QVERIFY(g.createdAt.isValid() && g.updatedAt.isValid());
        QVERIFY(g.createdAt <= g.updatedAt);
        QVERIFY(g.updatedAt < Reference);
        nullDescriptions += g.description.isNull();
        nonAsciiNames += hasNonAscii(g.name);
        nullHealth += g.healthStatus.isNull();
        withTestVpc += !g.testVpcId.isNull();
    }
    QVERIFY(byStatus.value(QStringLiteral("protected")) > 150);
    QVERIFY(byStatus.value(QStringLiteral("available")) > 20);
    int errors = 0;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        errors += it.key().startsWith(QLatin1StringView("error")) ? it.value() : 0;
    QVERIFY(errors > 5);
    QVERIFY(nullDescriptions > 30);
    QVERIFY(nonAsciiNames > 3);
    QVERIFY(nullHealth > 0);
    QVERIFY(withTestVpc > 0 && withTestVpc < d.groups.size());
}

void TestDataset::jsonRoundTrip()
{
    // What the emulator serves decodes back to the same values (nulls stay null).
    const Dataset d = Dataset::generate(7, 40, 5000);
    for (const ProtectionGroup &g : d.groups)
        QCOMPARE(json::protectionGroupFromJson(json::toJson(g)), g);
    for (const FailureJob &f : d.failures) {
        FailureJob back = json::failureJobFromJson(json::toJson(f));
        back.serverGroupId = f.serverGroupId;
        QCOMPARE(back, f);
        QCOMPARE(back.errorCode.isNull(), f.errorCode.isNull());
        QCOMPARE(back.failReason.isNull(), f.failReason.isNull());
    }
}

void TestDataset::synthesizeJob_deterministic()
{
    const Dataset d = Dataset::generate(7, 40, 2000);
    for (const FailureJob &f : d.failures) {
        const FailureJob copy = f;
        const Job a = synthesizeJob(f);
        QCOMPARE(synthesizeJob(copy), a);
        QCOMPARE(json::jobFromJson(json::toJson(a)), a);
    }
    // Different rows give different jobs.
    QVERIFY(synthesizeJob(d.failures.at(0)) != synthesizeJob(d.failures.at(1)));
}

void TestDataset::synthesizeJob_shape()
{
    const Dataset d = Dataset::generate(7, 40, 2000);
    qsizetype withSubJobs = 0;
    QSet<qsizetype> subJobCounts;
    for (const FailureJob &f : d.failures) {
        const Job job = synthesizeJob(f);
        QCOMPARE(job.status, QStringLiteral("FAIL"));
        QCOMPARE(job.jobId, f.jobId);
        QCOMPARE(job.jobType, f.jobType);
        QCOMPARE(job.errorCode, f.errorCode);
        QCOMPARE(job.failReason, f.failReason);
        QCOMPARE(job.beginTime, f.beginTime);
        const qint64 duration = job.beginTime.msecsTo(job.endTime);
        QVERIFY2(duration >= 5000 && duration <= 600000, qPrintable(QString::number(duration)));

        const bool isGroup = f.resourceType == QLatin1StringView("server_groups");
        QCOMPARE(job.entities.serverGroupId, isGroup ? f.resourceId : f.serverGroupId);
        if (f.resourceType == QLatin1StringView("protected_instances"))
            QCOMPARE(job.entities.protectedInstanceId, f.resourceId);
        else
            QVERIFY(job.entities.protectedInstanceId.isEmpty());
        if (f.resourceType == QLatin1StringView("replications"))
            QCOMPARE(job.entities.replicationPairId, f.resourceId);
        else
            QVERIFY(job.entities.replicationPairId.isEmpty());
        if (f.jobType == QLatin1StringView("addNicNew"))
            QVERIFY(isUuid(job.entities.nicId));

        // One level of sub-jobs, as the SDK models them (its sub-job has no sub_jobs).
        const int levels = depth(job);
        QVERIFY(levels <= 1);
        if (levels == 0)
            continue;
        ++withSubJobs;
        subJobCounts.insert(job.subJobs.size());
        QVERIFY(job.subJobs.size() >= 1 && job.subJobs.size() <= 4);

        // Mostly SUCCESS; the last step failed and carries the row's error.
        const Job &failed = job.subJobs.last();
        QCOMPARE(failed.status, QStringLiteral("FAIL"));
        QCOMPARE(failed.errorCode, f.errorCode);
        QCOMPARE(failed.failReason, f.failReason);
        // Sub-job types are among the SDK's 19 job types.
        for (const Job &sub : job.subJobs)
            QVERIFY2(jobTypes().contains(sub.jobType), qPrintable(sub.jobType));
        for (qsizetype i = 0; i + 1 < job.subJobs.size(); ++i) {
            const Job &ok = job.subJobs.at(i);
            QCOMPARE(ok.status, QStringLiteral("SUCCESS"));
            QVERIFY(ok.errorCode.isNull() && ok.failReason.isNull());
        }

        // Sub-jobs lie within the job's time span and have their own ids.
        QStringList ids;
        collectIds(job, &ids);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        for (const QString &id : std::as_const(ids))
            QVERIFY2(isHex32(id), qPrintable(id));
        for (const Job &sub : job.subJobs) {
            QVERIFY(sub.beginTime >= job.beginTime && sub.endTime <= job.endTime);
            QVERIFY(sub.beginTime <= sub.endTime);
            QCOMPARE(sub.entities.serverGroupId, job.entities.serverGroupId);
        }
    }
    const qsizetype n = d.failures.size();
    // Only the job types made of others have sub-jobs (about a quarter of the rows).
    QVERIFY2(withSubJobs > n * 15 / 100 && withSubJobs < n * 40 / 100,
             qPrintable(QString::number(withSubJobs)));
    QVERIFY(subJobCounts.size() >= 3);
}

void TestDataset::synthesizeJob_sparseRow()
{
    // A fixture row with no time, an unknown job type and no reason still gets a stable job.
    FailureJob f;
    f.jobStatus = QStringLiteral("FAIL");
    f.jobId = QStringLiteral("not-hex");
    f.resourceId = QStringLiteral("r1");
    f.resourceType = QStringLiteral("somethingNew");
    f.jobType = QStringLiteral("frobnicate");
    const Job a = synthesizeJob(f);
    QCOMPARE(a, synthesizeJob(f));
    QCOMPARE(a.status, QStringLiteral("FAIL"));
    QCOMPARE(a.jobId, f.jobId);
    QVERIFY(!a.beginTime.isValid());
    QVERIFY(!a.endTime.isValid());
    QVERIFY(a.entities.serverGroupId.isEmpty());

    QVERIFY(a.subJobs.isEmpty()); // an unknown type is made of nothing known

    // Of many rows of a type made of others, most get sub-jobs, all without times.
    f.jobType = QStringLiteral("startProtectionGroupNoCG");
    int withSubJobs = 0;
    for (int i = 0; i < 50; ++i) {
        f.jobId = QStringLiteral("job-%1").arg(i);
        const Job job = synthesizeJob(f);
        withSubJobs += !job.subJobs.isEmpty();
        for (const Job &sub : job.subJobs)
            QVERIFY(!sub.beginTime.isValid());
    }
    QVERIFY(withSubJobs > 25 && withSubJobs < 50);
}

void TestDataset::fixture_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorPart");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("jobs");
    QTest::addColumn<QString>("projectId");

    const QString fixed = QStringLiteral("4d2a1c8e5b7f4e3a9c6d0b1a2f3e4d5c");
    QTest::newRow("minimal") << QByteArray(R"({"failure_jobs": []})") << true << QString() << 0 << 0
                             << 0 << fixed;
    QTest::newRow("full") << QByteArray(R"({"project_id": "p1",
        "server_groups": [{"id": "g1", "name": "one"}, {"id": "g2"}],
        "failure_jobs": [{"job_id": "a", "server_group_id": "g1"}, {"job_id": "b"}],
        "jobs": [{"job_id": "a", "status": "FAIL"}]})")
                          << true << QString() << 2 << 2 << 1 << QStringLiteral("p1");
    QTest::newRow("null arrays") << QByteArray(R"({"server_groups": null, "jobs": null,
        "failure_jobs": [{}]})") << true
                                 << QString() << 0 << 1 << 0 << fixed;
    QTest::newRow("empty project id") << QByteArray(R"({"project_id": "", "failure_jobs": []})")
                                      << true << QString() << 0 << 0 << 0 << fixed;
    QTest::newRow("missing failure_jobs")
        << QByteArray(R"({"server_groups": []})") << false << QStringLiteral("\"failure_jobs\"")
        << 0 << 0 << 0 << QString();
    QTest::newRow("failure_jobs not an array")
        << QByteArray(R"({"failure_jobs": {}})") << false << QStringLiteral("not an array") << 0
        << 0 << 0 << QString();
    QTest::newRow("row not an object")
        << QByteArray(R"({"failure_jobs": [{}, 3]})") << false
        << QStringLiteral("\"failure_jobs\"[1] is not an object") << 0 << 0 << 0 << QString();
    QTest::newRow("group not an object")
        << QByteArray(R"({"server_groups": ["x"], "failure_jobs": []})") << false
        << QStringLiteral("\"server_groups\"[0] is not an object") << 0 << 0 << 0 << QString();
    QTest::newRow("job without id")
        << QByteArray(R"({"failure_jobs": [], "jobs": [{"status": "FAIL"}]})") << false
        << QStringLiteral("job_id") << 0 << 0 << 0 << QString();
    QTest::newRow("malformed JSON") << QByteArray(R"({"failure_jobs": [)") << false
                                    << QStringLiteral("not valid JSON") << 0 << 0 << 0 << QString();
    QTest::newRow("empty input") << QByteArray() << false << QStringLiteral("not valid JSON") << 0
                                 << 0 << 0 << QString();
    QTest::newRow("array root") << QByteArray("[]") << false << QStringLiteral("not a JSON object")
                                << 0 << 0 << 0 << QString();
}

void TestDataset::fixture()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QString, errorPart);
    QFETCH(int, groups);
    QFETCH(int, failures);
    QFETCH(int, jobs);
    QFETCH(QString, projectId);

    const Result<Dataset> read = Dataset::fromFixture(json);
    const QString error = read.error.message;
    const Dataset *d = &read.value;
    QCOMPARE(read.ok(), ok);
    if (!ok) {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY(error.endsWith(u'.'));
        return;
    }
    QVERIFY(error.isEmpty());
    QCOMPARE(d->groups.size(), groups);
    QCOMPARE(d->failures.size(), failures);
    QCOMPARE(d->jobs.size(), jobs);
    QCOMPARE(d->projectId, projectId);
}

void TestDataset::fixture_content()
{
    const QByteArray json = R"({
        "server_groups": [{"id": "g1", "name": "billing-db-dr", "status": "protected",
                           "description": null, "protected_instance_num": 2,
                           "created_at": "2026-10-01 08:00:00.123"}],
        "failure_jobs": [
            {"job_status": "FAIL", "resource_id": "r1", "resource_name": "Büro-01",
             "resource_type": "protected_instances", "failure_status": "createFail",
             "job_id": "j1", "job_type": "createProtectedInstanceNoCG",
             "begin_time": "2026-11-01T10:00:00.500Z", "error_code": null,
             "fail_reason": "X-fail:boom", "server_group_id": "g1"},
            {"resource_id": "g9", "resource_type": "server_groups", "job_id": "j2",
             "server_group_id": null},
            {"resource_id": "g8", "resource_type": "server_groups", "job_id": "j3"}
        ],
        "jobs": [{"job_id": "j1", "status": "FAIL", "job_type": "createProtectedInstanceNoCG",
                  "entities": {"server_group_id": "g1",
                               "sub_jobs": [{"job_id": "s1", "status": "SUCCESS"}]}},
                 {"job_id": "j9", "status": "SUCCESS"}]
    })";
    const Result<Dataset> read = Dataset::fromFixture(json);
    QVERIFY2(read.ok(), qPrintable(read.error.message));
    const Dataset *d = &read.value;

    QCOMPARE(d->groups.size(), 1);
    const ProtectionGroup &g = d->groups.first();
    QCOMPARE(g.id, QStringLiteral("g1"));
    QCOMPARE(g.name, QStringLiteral("billing-db-dr"));
    QVERIFY(g.description.isNull());
    QCOMPARE(g.protectedInstanceNum, 2);
    QCOMPARE(g.createdAt, QDateTime(QDate(2026, 10, 1), QTime(8, 0, 0, 123), Qt::UTC));

    QCOMPARE(d->failures.size(), 3);
    const FailureJob &f = d->failures.at(0);
    QCOMPARE(f.serverGroupId, QStringLiteral("g1"));
    QCOMPARE(f.resourceName, QStringLiteral("Büro-01"));
    QCOMPARE(f.beginTimeText, QStringLiteral("2026-11-01T10:00:00.500Z"));
    QCOMPARE(f.beginTime, QDateTime(QDate(2026, 11, 1), QTime(10, 0, 0, 500), Qt::UTC));
    QVERIFY(f.errorCode.isNull());
    QCOMPARE(f.failReason, QStringLiteral("X-fail:boom"));
    QVERIFY(d->failures.at(1).serverGroupId.isEmpty()); // null: group level
    QVERIFY(d->failures.at(2).serverGroupId.isEmpty()); // absent: group level

    QCOMPARE(d->jobs.size(), 2);
    QVERIFY(d->jobs.contains(QStringLiteral("j1")));
    QVERIFY(d->jobs.contains(QStringLiteral("j9")));
    const Job &job = d->jobs.value(QStringLiteral("j1"));
    QCOMPARE(job.status, QStringLiteral("FAIL"));
    QCOMPARE(job.entities.serverGroupId, QStringLiteral("g1"));
    QCOMPARE(job.subJobs.size(), 1);
    QCOMPARE(job.subJobs.first().jobId, QStringLiteral("s1"));

    // A fixture row's synthesized job names its group.
    QCOMPARE(synthesizeJob(d->failures.at(0)).entities.serverGroupId, QStringLiteral("g1"));
    QCOMPARE(synthesizeJob(d->failures.at(1)).entities.serverGroupId, QStringLiteral("g9"));

    QCOMPARE(Dataset::fromFixture(QByteArray("{")).error.kind, ApiError::Kind::Decode);
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
