// The window's paging without a window: server answers, in-memory paging of every group, going
// back after a failed request, and the views the paging bar shows.
#include "ui/pagingstate.h"

#include <QTest>

using namespace sdrs::ui;

class TstPagingState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageCountIsTheServersFormula()
    {
        QCOMPARE(PagingState::pageCount(0, 100), 1);
        QCOMPARE(PagingState::pageCount(101, 100), 2);
        QCOMPARE(PagingState::pageCount(100, 100, true, 0), 2);
        QCOMPARE(PagingState::pageCount(3, 0), 3);
    }

    void serverPageShown()
    {
        PagingState state;
        QVERIFY(!state.local());
        QVERIFY(state.request(2));
        QCOMPARE(state.requestedPage(), 2);
        QVERIFY(state.acceptServerPage(100, 100, 518));
        QCOMPARE(state.shownPage(), 2);
        QCOMPARE(state.total(), 518);
        QCOMPARE(state.serverPageCount(), 6);
        // The page on screen, asked for again: nothing to do.
        QVERIFY(!state.request(2));
        const PagingView view = state.serverView(100);
        QCOMPARE(view.page, 2);
        QCOMPARE(view.pages, 6);
        QCOMPARE(view.shown, 100);
        QVERIFY(!view.atLeast);
    }

    void countOfAPageLengthIsAtLeast()
    {
        PagingState state;
        QVERIFY(state.acceptServerPage(100, 100, 100));
        QVERIFY(state.atLeast());
        QCOMPARE(state.serverPageCount(), 2);
        QVERIFY(state.serverView(100).atLeast);
    }

    void pagePastTheEndAsksAgain()
    {
        PagingState state;
        QVERIFY(state.acceptServerPage(100, 100, 300));
        QVERIFY(state.request(2));
        // Rows were deleted meanwhile: the last page the count allows is asked for instead.
        QVERIFY(!state.acceptServerPage(100, 0, 150));
        QCOMPARE(state.requestedPage(), 1);
        QCOMPARE(state.shownPage(), 0); // what is on screen stays
        QCOMPARE(state.total(), 300);
    }

    void failedRequestReverts()
    {
        PagingState state;
        QVERIFY(state.acceptServerPage(100, 100, 300));
        QVERIFY(state.request(1));
        state.revert();
        QCOMPARE(state.requestedPage(), 0);
    }

    void allGroupsPagedHere()
    {
        PagingState state;
        // A refresh keeps the page held.
        QCOMPARE(state.acceptAllRows(100, 1000, 3, 100), 3);
        QVERIFY(state.local());
        QCOMPARE(state.total(), 1000);
        // Another page size starts on page 1.
        QCOMPARE(state.acceptAllRows(200, 1000, 3, 100), 0);
        // So does a new query.
        state.restart();
        QCOMPARE(state.requestedPage(), 0);
        QCOMPARE(state.acceptAllRows(100, 1000, 3, 100), 0);
        QCOMPARE(state.acceptAllRows(100, 1000, 3, 100), 3);
    }

    void localView()
    {
        const PagingView view = PagingState::localView(1, 50, 120, 50);
        QCOMPARE(view.page, 1);
        QCOMPARE(view.pages, 3);
        QCOMPARE(view.total, 120);
        QVERIFY(!view.atLeast);
    }

    void clearForgetsEverything()
    {
        PagingState state;
        state.acceptAllRows(100, 1000, 0, 100);
        state.clear();
        QVERIFY(!state.local());
        QCOMPARE(state.total(), 0);
        QCOMPARE(state.requestedPage(), 0);
        QCOMPARE(state.serverPageCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TstPagingState)
#include "tst_pagingstate.moc"
