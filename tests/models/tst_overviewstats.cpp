// Unit tests of the Overview's statistics (models/overviewstats.h) and facets
// (models/overviewfacet.h), also through the failed-task proxy.

#include "emulator/dataset.h"
#include "models/apitime.h"
#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "models/overviewfacet.h"
#include "models/overviewstats.h"
#include "models/vocabulary.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <numeric>

#include <time.h>

using namespace sdrs;

namespace {

FailureJob row(const QString &code, const QString &group, const QString &resource,
               const QString &type, const QString &status, const QString &time)
{
    FailureJob job;
    job.errorCode = code;
    job.serverGroupId = group;
    job.resourceId = resource;
    job.resourceName = resource.isEmpty() ? QString() : QStringLiteral("name-") + resource;
    job.jobType = type;
    job.failureStatus = status;
    job.beginTimeText = time;
    job.beginTime = parseApiTime(time);
    job.jobId = code + resource + time;
    return job;
}

OverviewSnapshot snapshotOf(const QList<FailureJob> &jobs)
{
    OverviewSnapshot s;
    s.jobs = jobs;
    s.rows.resize(jobs.size());
    std::iota(s.rows.begin(), s.rows.end(), 0);
    return s;
}

QList<FailureJob> fiveRows()
{
    return {
        row(QStringLiteral("SDRS.1306"), QStringLiteral("g1"), QStringLiteral("r1"),
            QStringLiteral("createProtectionGroup"), QStringLiteral("createFail"),
            QStringLiteral("2026-11-19T10:00:00.000Z")),
        row(QStringLiteral("SDRS.1306"), QStringLiteral("g1"), QStringLiteral("r2"),
            QStringLiteral("createProtectionGroup"), QStringLiteral("createFail"),
            QStringLiteral("2026-11-20T23:30:00.000Z")), // 2026-11-21 00:30 in CET
        row(QStringLiteral("SDRS.1306"), QStringLiteral("g2"), QStringLiteral("r1"),
            QStringLiteral("deleteProtectionGroup"), QStringLiteral("deleteFail"),
            QStringLiteral("2026-11-17T08:00:00.000Z")),
        row(QStringLiteral("SDRS.0001"), QString(), QStringLiteral("r3"),
            QStringLiteral("deleteProtectionGroup"), QStringLiteral("deleteFail"),
            QStringLiteral("2026-11-19T12:00:00.000Z")),
        row(QStringLiteral("EVS.9999"), QStringLiteral("g2"), QString(), QString(),
            QStringLiteral("someNewFail"), QStringLiteral("garbage")),
    };
}

} // namespace

class TstOverviewStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Central European Time as a POSIX rule: local days differ from UTC days.
        qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
        tzset();
    }

    void empty()
    {
        const OverviewStats stats = computeOverview({});
        QCOMPARE(stats.total, 0);
        QCOMPARE(stats.newCount, 0);
        QVERIFY(stats.byErrorCode.isEmpty());
        QVERIFY(stats.days.isEmpty());
        QVERIFY(stats.statuses.isEmpty());
    }

    void totalsAndRanks()
    {
        OverviewSnapshot s = snapshotOf(fiveRows());
        s.newRows = QBitArray(5);
        s.newRows.setBit(1);
        s.newRows.setBit(4);
        s.groupNames.insert(QStringLiteral("g1"), QStringLiteral("ERP"));
        const OverviewStats stats = computeOverview(s);
        QCOMPARE(stats.total, 5);
        QCOMPARE(stats.newCount, 2);

        QCOMPARE(stats.byErrorCode.size(), 3);
        const OverviewRank &top = stats.byErrorCode.first();
        QCOMPARE(top.key, QStringLiteral("SDRS.1306"));
        QCOMPARE(top.count, 3);
        QVERIFY(!top.name.isEmpty()); // the catalog's meaning
        QCOMPARE(top.first, parseApiTime(QStringLiteral("2026-11-17T08:00:00.000Z")));
        QCOMPARE(top.last, parseApiTime(QStringLiteral("2026-11-20T23:30:00.000Z")));
        // Equal counts: in the rows' order. An unknown code has no meaning; a bad time no
        // first/last.
        QCOMPARE(stats.byErrorCode.at(1).key, QStringLiteral("SDRS.0001"));
        QCOMPARE(stats.byErrorCode.at(2).key, QStringLiteral("EVS.9999"));
        QVERIFY(stats.byErrorCode.at(2).name.isEmpty());
        QVERIFY(!stats.byErrorCode.at(2).first.isValid());

        QCOMPARE(stats.byGroup.size(), 3);
        QCOMPARE(stats.byGroup.at(0).key, QStringLiteral("g1")); // 2 rows each, g1 first
        QCOMPARE(stats.byGroup.at(0).name, QStringLiteral("ERP"));
        QCOMPARE(stats.byGroup.at(1).key, QStringLiteral("g2"));
        QVERIFY(stats.byGroup.at(1).name.isEmpty());
        QCOMPARE(stats.byGroup.at(2).key, QString()); // the group level
        QCOMPARE(stats.byResource.first().key, QStringLiteral("r1"));
        QCOMPARE(stats.byResource.first().name, QStringLiteral("name-r1"));
        QCOMPARE(stats.byResource.first().count, 2);
        QCOMPARE(stats.byJobType.first().count, 2);
    }

    void daysByStatus()
    {
        const OverviewStats stats = computeOverview(snapshotOf(fiveRows()));
        // Documented statuses in their order, then unknown ones.
        QCOMPARE(stats.statuses,
                 (QStringList{QStringLiteral("createFail"), QStringLiteral("deleteFail")}));
        // 17th to 21st (local), empty days included; the row without a time has no day.
        QCOMPARE(stats.days.size(), 5);
        QCOMPARE(stats.days.first().day, QDate(2026, 11, 17));
        QCOMPARE(stats.days.last().day, QDate(2026, 11, 21));
        QCOMPARE(stats.days.at(0).counts, (QList<int>{0, 1}));
        QCOMPARE(stats.days.at(1).total, 0);
        QCOMPARE(stats.days.at(2).counts, (QList<int>{1, 1}));
        QCOMPARE(stats.days.at(4).counts, (QList<int>{1, 0}));
        int sum = 0;
        for (const OverviewDay &day : stats.days)
            sum += day.total;
        QCOMPARE(sum, 4);
    }

    void rangeAndSubset()
    {
        OverviewSnapshot s = snapshotOf(fiveRows());
        s.rows = {0, 3, 99, -1}; // indexes out of range are ignored
        s.firstDay = QDate(2026, 11, 18);
        s.lastDay = QDate(2026, 11, 20);
        const OverviewStats stats = computeOverview(s);
        QCOMPARE(stats.total, 2);
        QCOMPARE(stats.days.size(), 3);
        QCOMPARE(stats.days.at(1).total, 2);
    }

    void manyDaysAreBounded()
    {
        QList<FailureJob> jobs = fiveRows();
        jobs.append(row(QStringLiteral("X"), {}, {}, {}, QStringLiteral("createFail"),
                        QStringLiteral("2020-01-01T00:00:00.000Z")));
        const OverviewStats stats = computeOverview(snapshotOf(jobs));
        QCOMPARE(stats.days.size(), OverviewStats::MaxDays);
        QCOMPARE(stats.days.last().day, QDate(2026, 11, 21));
    }

    void facets()
    {
        const QList<FailureJob> jobs = fiveRows();
        using K = OverviewFacet::Kind;
        const auto count = [&jobs](const QList<OverviewFacet> &facets) {
            return std::count_if(jobs.cbegin(), jobs.cend(), [&facets](const FailureJob &job) {
                return matchesFacets(facets, job);
            });
        };
        QCOMPARE(count({}), 5);
        QCOMPARE(count({OverviewFacet::make(K::ErrorCode, QStringLiteral("SDRS.1306"))}), 3);
        QCOMPARE(count({OverviewFacet::make(K::Group, QString())}), 1);
        QCOMPARE(count({OverviewFacet::make(K::Resource, QStringLiteral("r1"))}), 2);
        QCOMPARE(count({OverviewFacet::make(K::JobType, QStringLiteral("deleteProtectionGroup"))}),
                 2);
        // The local day: 23:30 UTC on the 20th is the 21st in CET.
        QCOMPARE(count({OverviewFacet::day(QDate(2026, 11, 21))}), 1);
        QCOMPARE(count({OverviewFacet::make(K::Day, QStringLiteral("2026-11-20"))}), 0);
        QCOMPARE(count({OverviewFacet::make(K::ErrorCode, QStringLiteral("SDRS.1306")),
                        OverviewFacet::make(K::Group, QStringLiteral("g1"))}),
                 2);
        // One facet per kind: a second error code replaces the first.
        const QList<OverviewFacet> two =
            withFacet({OverviewFacet::make(K::ErrorCode, QStringLiteral("SDRS.1306"))},
                      OverviewFacet::make(K::ErrorCode, QStringLiteral("SDRS.0001")));
        QCOMPARE(two.size(), 1);
        QCOMPARE(count(two), 1);
    }

    /// The proxy's facets keep the rows the statistics counted, on top of its other filters.
    void proxyFacetsAgreeWithStats()
    {
        FailureJobModel model;
        FailureJobFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy);
        proxy.setSourceModel(&model);
        model.setJobs(emulator::Dataset::generate(3, 8, 2000).failures);
        proxy.setFailureStatus(QStringLiteral("createFail"));
        OverviewSnapshot s;
        s.jobs = model.jobs();
        s.rows = proxy.acceptedRows();
        const OverviewStats stats = computeOverview(s);
        QCOMPARE(stats.total, proxy.rowCount());
        for (const OverviewRank &rank : stats.byErrorCode.mid(0, 3)) {
            proxy.setFacets({OverviewFacet::make(OverviewFacet::Kind::ErrorCode, rank.key)});
            QCOMPARE(proxy.rowCount(), rank.count);
        }
        const OverviewRank group = stats.byGroup.first();
        proxy.setFacets(
            withFacet(proxy.facets(), OverviewFacet::make(OverviewFacet::Kind::Group, group.key)));
        QCOMPARE(proxy.facets().size(), 2);
        s.rows = proxy.acceptedRows();
        QCOMPARE(computeOverview(s).total, proxy.rowCount());
        for (const int source : proxy.acceptedRows())
            QCOMPARE(model.job(source).serverGroupId, group.key);
        proxy.setFacets({});
        QCOMPARE(proxy.rowCount(), stats.total);
    }

    /// The same answer on another thread, over a snapshot the model no longer holds.
    void offThread()
    {
        OverviewSnapshot s = snapshotOf(emulator::Dataset::generate(5, 10, 3000).failures);
        const OverviewStats here = computeOverview(s);
        const OverviewStats there = QtConcurrent::run([s] { return computeOverview(s); }).result();
        QCOMPARE(there.total, here.total);
        QCOMPARE(there.byErrorCode, here.byErrorCode);
        QCOMPARE(there.byResource, here.byResource);
        QCOMPARE(there.days, here.days);
    }
};

QTEST_GUILESS_MAIN(TstOverviewStats)
#include "tst_overviewstats.moc"
