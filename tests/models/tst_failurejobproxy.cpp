// Unit tests of the filter/sort proxy over the failed-task model (models/failurejobproxy.h),
// under QAbstractItemModelTester.

#include "emulator/dataset.h"
#include "models/apitime.h"
#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "models/failurereason.h"
#include "models/vocabulary.h"
#include "tests/common/examplerows.h"
#include "tests/common/proxychecks.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>
#include <vector>

#include <time.h>

using namespace sdrs;
using namespace sdrs::test;

class TstFailureJobProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

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

private:
    void attachTesters(std::initializer_list<QAbstractItemModel *> models);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TstFailureJobProxy::initTestCase()
{
    // A zone with an offset and daylight saving time, so that local and UTC times differ: Central
    // European Time as a POSIX rule, which needs no time zone database.
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    tzset();
}

void TstFailureJobProxy::attachTesters(std::initializer_list<QAbstractItemModel *> models)
{
    m_testers.clear();
    for (QAbstractItemModel *model : models)
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

void TstFailureJobProxy::quickFilter_data()
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

void TstFailureJobProxy::quickFilter()
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

void TstFailureJobProxy::statusTypeFilter_data()
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

void TstFailureJobProxy::statusTypeFilter()
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

void TstFailureJobProxy::typingAndDeleting()
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

void TstFailureJobProxy::filterKeepsPersistentIndexes()
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

void TstFailureJobProxy::filterSurvivesNewJobs()
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

void TstFailureJobProxy::sorting_data()
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

void TstFailureJobProxy::sorting()
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

void TstFailureJobProxy::sortRoleOrdersEveryColumn()
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

void TstFailureJobProxy::staleThroughProxies()
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

void TstFailureJobProxy::otherSourceAndDestroyedSource()
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

QTEST_GUILESS_MAIN(TstFailureJobProxy)
#include "tst_failurejobproxy.moc"
