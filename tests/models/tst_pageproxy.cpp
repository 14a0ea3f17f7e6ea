// Unit tests of the page proxy (models/pageproxy.h), also over the filter/sort proxy and at
// 100,000 rows, under QAbstractItemModelTester.

#include "emulator/dataset.h"
#include "models/apitime.h"
#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "models/failurereason.h"
#include "models/pageproxy.h"
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
#include <limits>
#include <memory>
#include <vector>

#include <time.h>

using namespace sdrs;
using namespace sdrs::test;

class TstPageProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

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

void TstPageProxy::initTestCase()
{
    // A zone with an offset and daylight saving time, so that local and UTC times differ: Central
    // European Time as a POSIX rule, which needs no time zone database.
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    tzset();
}

void TstPageProxy::attachTesters(std::initializer_list<QAbstractItemModel *> models)
{
    m_testers.clear();
    for (QAbstractItemModel *model : models)
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

void TstPageProxy::pageSlices()
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

void TstPageProxy::pageFollowsFilterSortAndReset()
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

void TstPageProxy::pageClamps()
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

void TstPageProxy::pageOverRowChanges()
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

void TstPageProxy::pageOverSourceLayoutChange()
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

void TstPageProxy::hundredThousandRows()
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

QTEST_GUILESS_MAIN(TstPageProxy)
#include "tst_pageproxy.moc"
