// The window's reading of the service's paging, without a window: page counts and the verdict on
// an answer, under both meanings of `count` (the filter's total, or the page's length).
#include "ui/serverpaging.h"

#include <QTest>

using namespace sdrs::ui;

class TstServerPaging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageCount_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<bool>("atLeast");
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("pages");
        QTest::newRow("nothing") << qint64(0) << 100 << false << 0 << 1;
        QTest::newRow("one row") << qint64(1) << 100 << false << 0 << 1;
        QTest::newRow("exactly one page") << qint64(100) << 100 << false << 0 << 1;
        QTest::newRow("one more") << qint64(101) << 100 << false << 0 << 2;
        QTest::newRow("518 rows") << qint64(518) << 100 << false << 3 << 6;
        QTest::newRow("at least, first page") << qint64(100) << 100 << true << 0 << 2;
        QTest::newRow("at least, fourth page") << qint64(400) << 100 << true << 3 << 5;
        QTest::newRow("at least, a larger count") << qint64(900) << 100 << true << 0 << 9;
        QTest::newRow("page size 0 is one") << qint64(3) << 0 << false << 0 << 3;
    }

    void pageCount()
    {
        QFETCH(qint64, total);
        QFETCH(int, pageSize);
        QFETCH(bool, atLeast);
        QFETCH(int, page);
        QFETCH(int, pages);
        QCOMPARE(serverPageCount(total, pageSize, atLeast, page), pages);
    }

    void countIsTheTotal()
    {
        // A full page and a larger count: exact.
        PageVerdict v = judgePage(0, 100, 100, 518, -1);
        QVERIFY(!v.askInstead);
        QCOMPARE(v.total, 518);
        QVERIFY(!v.atLeast);
        // The last, short page.
        v = judgePage(5, 100, 18, 518, -1);
        QCOMPARE(v.total, 518);
        QVERIFY(!v.atLeast);
        // Exactly one full page: a total cannot be told from a page's length.
        v = judgePage(0, 100, 100, 100, -1);
        QCOMPARE(v.total, 100);
        QVERIFY(v.atLeast);
        // Rows deleted meanwhile: an empty page past the count's end asks for the last page.
        v = judgePage(5, 100, 0, 250, -1);
        QVERIFY(v.askInstead);
        QCOMPARE(v.askPage, 2);
        QCOMPARE(v.knownEnd, -1);
        // Everything deleted: the page before, until page 1 says "no rows".
        v = judgePage(1, 100, 0, 0, -1);
        QVERIFY(v.askInstead);
        QCOMPARE(v.askPage, 0);
        v = judgePage(0, 100, 0, 0, v.knownEnd);
        QVERIFY(!v.askInstead);
        QCOMPARE(v.total, 0);
    }

    void countIsThePageLength()
    {
        // 250 rows, pages of 100, count = the rows on the page.
        PageVerdict v = judgePage(0, 100, 100, 100, -1);
        QCOMPARE(v.total, 100);
        QVERIFY(v.atLeast);
        QCOMPARE(serverPageCount(v.total, 100, v.atLeast, 0), 2);
        v = judgePage(1, 100, 100, 100, v.knownEnd);
        QCOMPARE(v.total, 200);
        QVERIFY(v.atLeast);
        v = judgePage(2, 100, 50, 50, v.knownEnd);
        QCOMPARE(v.total, 250); // the short page ends the list
        QVERIFY(!v.atLeast);
        QCOMPARE(serverPageCount(v.total, 100, v.atLeast, 2), 3);
    }

    void anEmptyPageEndsTheList()
    {
        // 200 rows: page 2 is full and "at least"; page 3 comes back empty with count 0.
        PageVerdict v = judgePage(1, 100, 100, 100, -1);
        QVERIFY(v.atLeast);
        v = judgePage(2, 100, 0, 0, v.knownEnd);
        QVERIFY(v.askInstead);
        QCOMPARE(v.askPage, 1);
        QCOMPARE(v.knownEnd, 200);
        // Page 2 again: now known to be the last.
        v = judgePage(1, 100, 100, 100, v.knownEnd);
        QCOMPARE(v.total, 200);
        QVERIFY(!v.atLeast);
        QCOMPARE(serverPageCount(v.total, 100, v.atLeast, 1), 2);
        // Page 1 keeps the end in mind; rows past it forget it.
        v = judgePage(0, 100, 100, 100, v.knownEnd);
        QCOMPARE(v.knownEnd, 200);
        v = judgePage(2, 100, 100, 100, v.knownEnd);
        QCOMPARE(v.knownEnd, -1);
        QVERIFY(v.atLeast);
    }
};

QTEST_GUILESS_MAIN(TstServerPaging)
#include "tst_serverpaging.moc"
