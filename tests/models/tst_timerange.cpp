// The begin-time range: TimeRange's presets and bounds, and the range filter of the in-memory
// proxy (models/failurejobproxy.h) against the obvious answer, under QAbstractItemModelTester.
#include "emulator/dataset.h"
#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "models/timerange.h"
#include "tests/common/proxychecks.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sdrs;
using Preset = TimeRange::Preset;

namespace {

/// Generated rows, and one without a begin time at the end.
QList<FailureJob> rowsWithOneUndated()
{
    QList<FailureJob> rows = emulator::Dataset::generate(11, 6, 400).failures;
    FailureJob undated = rows.first();
    undated.jobId = QStringLiteral("undated");
    undated.beginTime = {};
    undated.beginTimeText.clear();
    rows.append(undated);
    return rows;
}

/// The source rows whose begin time lies in [from, to] (invalid: open), as Bounds::contains()
/// says.
QList<int> expectedRows(const QList<FailureJob> &rows, const QDateTime &from, const QDateTime &to)
{
    QList<int> kept;
    for (int i = 0; i < rows.size(); ++i) {
        if (TimeRange::Bounds{from, to}.contains(rows.at(i).beginTime))
            kept << i;
    }
    return kept;
}

/// The rows of rowsWithOneUndated() in a model, behind a proxy under test.
struct Rows
{
    QList<FailureJob> rows = rowsWithOneUndated();
    FailureJobModel model;
    FailureJobFilterProxy proxy;
    std::unique_ptr<QAbstractItemModelTester> tester;

    Rows()
    {
        model.setJobs(rows);
        proxy.setSourceModel(&model);
        tester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
};

} // namespace

class TstTimeRange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetBounds()
    {
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-12-06T10:00:00Z"), Qt::ISODate);
        TimeRange range;
        QVERIFY(!range.isBounded());
        QVERIFY(!range.bounds(now).from.isValid());
        QVERIFY(!range.bounds(now).to.isValid());
        const QList<QPair<Preset, qint64>> relative{{Preset::LastHour, 3600},
                                                    {Preset::Last24Hours, 86400},
                                                    {Preset::Last7Days, 7 * 86400},
                                                    {Preset::Last30Days, 30 * 86400}};
        for (const auto &[preset, seconds] : relative) {
            range.preset = preset;
            QVERIFY(range.isBounded());
            QCOMPARE(range.bounds(now).from, now.addSecs(-seconds));
            QVERIFY(!range.bounds(now).to.isValid()); // open: rows begun later stay
            // It moves with the clock.
            QCOMPARE(range.bounds(now.addSecs(60)).from, now.addSecs(60 - seconds));
        }
        range.preset = Preset::Custom;
        range.from = now.addDays(-3);
        range.to = now.addDays(-1);
        QCOMPARE(range.bounds(now).from, now.addDays(-3));
        QCOMPARE(range.bounds(now.addDays(5)).to, now.addDays(-1));
    }

    void boundsContain()
    {
        using Bounds = TimeRange::Bounds;
        const QDateTime t =
            QDateTime::fromString(QStringLiteral("2026-12-06T10:00:00Z"), Qt::ISODate);
        const Bounds none;
        const Bounds after{t, {}};
        const Bounds before{{}, t};
        const Bounds exactly{t, t};
        QVERIFY(none.contains(t));
        QVERIFY(none.contains(QDateTime())); // no bound: every row
        QVERIFY(!after.contains(QDateTime()));
        QVERIFY(exactly.contains(t)); // both ends kept
        QVERIFY(!after.contains(t.addMSecs(-1)));
        QVERIFY(!before.contains(t.addMSecs(1)));
        QVERIFY(before.contains(t.addYears(-10)));
    }

    void presetKeys()
    {
        for (const Preset p : {Preset::All, Preset::LastHour, Preset::Last24Hours,
                               Preset::Last7Days, Preset::Last30Days, Preset::Custom})
            QCOMPARE(TimeRange::presetFromKey(TimeRange::presetKey(p)), p);
        QCOMPARE(TimeRange::presetKey(Preset::Last24Hours), QStringLiteral("24h"));
        QCOMPARE(TimeRange::presetFromKey(QStringLiteral("fortnight")), Preset::All);
        QCOMPARE(TimeRange::presetFromKey(QString()), Preset::All);
    }

    void proxyKeepsTheRange_data()
    {
        QTest::addColumn<int>("fromDays"); ///< days before the newest row; -1: open
        QTest::addColumn<int>("toDays");   ///< days before the newest row; -1: open
        QTest::newRow("open") << -1 << -1;
        QTest::newRow("last day") << 1 << -1;
        QTest::newRow("last week") << 7 << -1;
        QTest::newRow("until ten days ago") << -1 << 10;
        QTest::newRow("between") << 20 << 5;
        QTest::newRow("empty, reversed") << 2 << 9;
    }
    void proxyKeepsTheRange()
    {
        QFETCH(int, fromDays);
        QFETCH(int, toDays);
        Rows f;
        const QList<FailureJob> &rows = f.rows;
        FailureJobFilterProxy &proxy = f.proxy;
        const QDateTime newest = rows.first().beginTime;
        const QDateTime from = fromDays < 0 ? QDateTime() : newest.addDays(-fromDays);
        const QDateTime to = toDays < 0 ? QDateTime() : newest.addDays(-toDays);
        proxy.setBeginTimeRange(from, to);
        QCOMPARE(proxy.hasBeginTimeRange(), from.isValid() || to.isValid());
        QList<int> kept = test::sourceRows(proxy);
        std::sort(kept.begin(), kept.end());
        QCOMPARE(kept, expectedRows(rows, from, to));
        // The row without a begin time is outside every bounded range.
        QCOMPARE(kept.contains(int(rows.size()) - 1), !proxy.hasBeginTimeRange());
        if (fromDays == 1)
            QVERIFY(!kept.isEmpty() && kept.size() < rows.size() - 1);
    }

    void bothEndsAreKept()
    {
        Rows f;
        const QList<FailureJob> &rows = f.rows;
        FailureJobFilterProxy &proxy = f.proxy;
        const QDateTime t = rows.at(5).beginTime;
        proxy.setBeginTimeRange(t, t);
        QVERIFY(proxy.rowCount() >= 1);
        for (const int row : test::sourceRows(proxy))
            QCOMPARE(rows.at(row).beginTime, t);
    }

    void combinesWithTheOtherFilters()
    {
        Rows f;
        const QList<FailureJob> &rows = f.rows;
        FailureJobFilterProxy &proxy = f.proxy;
        const QString status = rows.at(3).failureStatus;
        const QDateTime from = rows.first().beginTime.addDays(-15);
        proxy.setFailureStatus(status);
        proxy.setBeginTimeRange(from, {});
        proxy.sort(FailureJobModel::BeginTime, Qt::AscendingOrder);
        int expected = 0;
        for (const FailureJob &job : rows)
            expected +=
                job.failureStatus == status && job.beginTime.isValid() && job.beginTime >= from ? 1
                                                                                                : 0;
        QCOMPARE(proxy.rowCount(), expected);
        QDateTime last;
        for (const int row : test::sourceRows(proxy)) {
            QCOMPARE(rows.at(row).failureStatus, status);
            QVERIFY(rows.at(row).beginTime >= from);
            QVERIFY(!last.isValid() || last <= rows.at(row).beginTime); // still sorted
            last = rows.at(row).beginTime;
        }
        // Back to every row.
        proxy.setFailureStatus({});
        proxy.setBeginTimeRange({}, {});
        QCOMPARE(proxy.rowCount(), rows.size());
    }

    void keepsPersistentIndexesAndSignalsOnlyChanges()
    {
        Rows f;
        const QList<FailureJob> &rows = f.rows;
        FailureJobFilterProxy &proxy = f.proxy;
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        const QPersistentModelIndex first(proxy.index(0, FailureJobModel::JobId));
        const QString firstId = first.data(FailureJobModel::RawRole).toString();
        const QDateTime from = rows.first().beginTime.addDays(-2);
        proxy.setBeginTimeRange(from, {});
        QCOMPARE(layouts.size(), 1);
        QVERIFY(first.isValid()); // the newest row is in the range
        QCOMPARE(first.data(FailureJobModel::RawRole).toString(), firstId);
        proxy.setBeginTimeRange(from, {}); // the same range again: no change
        QCOMPARE(layouts.size(), 1);
        proxy.setBeginTimeRange({}, rows.first().beginTime.addDays(-40));
        QCOMPARE(layouts.size(), 2);
        QVERIFY(!first.isValid()); // filtered out
        // A new source keeps the range.
        f.model.setJobs(rows);
        QCOMPARE(test::sourceRows(proxy).size(),
                 expectedRows(rows, {}, rows.first().beginTime.addDays(-40)).size());
    }
};

QTEST_GUILESS_MAIN(TstTimeRange)
#include "tst_timerange.moc"
