// The "new since the last refresh" marks without a window: only a refresh of the same query
// marks rows, server paging marks only rows newer than every row seen, and seen rows lose
// their mark.
#include "models/failurejobmodel.h"
#include "ui/newrowtracker.h"

#include <QTest>

using namespace sdrs;
using namespace sdrs::ui;

namespace {

FailureJob job(int n)
{
    FailureJob j;
    j.jobId = QStringLiteral("job-%1").arg(n);
    j.resourceId = QStringLiteral("res-%1").arg(n);
    j.beginTime = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).addSecs(n * 60);
    return j;
}

QList<FailureJob> jobs(std::initializer_list<int> numbers)
{
    QList<FailureJob> list;
    for (int n : numbers)
        list.append(job(n));
    return list;
}

BrowserFilter group(const QString &id)
{
    BrowserFilter f;
    f.scope = BrowserFilter::Scope::Group;
    f.groupId = id;
    return f;
}

} // namespace

class TstNewRowTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshOfTheSameQueryMarks()
    {
        FailureJobModel model;
        NewRowTracker tracker;
        model.setJobs(jobs({1, 2}));
        QCOMPARE(tracker.update(model, group(u"a"_qs), false), 0);
        model.setJobs(jobs({1, 2, 3}));
        // Not a refresh (another page, say): nothing is new.
        QCOMPARE(tracker.update(model, group(u"a"_qs), false), 0);
        model.setJobs(jobs({1, 2, 3, 4}));
        tracker.setRefreshPending(true);
        QCOMPARE(tracker.update(model, group(u"a"_qs), false), 1);
        QCOMPARE(tracker.unseen(), QSet<quint64>{FailureJobModel::rowKey(job(4))});
    }

    void anotherQueryForgets()
    {
        FailureJobModel model;
        NewRowTracker tracker;
        model.setJobs(jobs({1}));
        tracker.update(model, group(u"a"_qs), false);
        model.setJobs(jobs({1, 2}));
        tracker.setRefreshPending(true);
        QCOMPARE(tracker.update(model, group(u"b"_qs), false), 0);
        QVERIFY(tracker.unseen().isEmpty());
    }

    void allGroupsStatusIsTheSameQuery()
    {
        FailureJobModel model;
        NewRowTracker tracker;
        BrowserFilter all;
        all.scope = BrowserFilter::Scope::AllGroups;
        model.setJobs(jobs({1}));
        tracker.update(model, all, false);
        all.failureStatus = QStringLiteral("createFail"); // applied in memory to the same rows
        model.setJobs(jobs({1, 2}));
        tracker.setRefreshPending(true);
        QCOMPARE(tracker.update(model, all, false), 1);
    }

    void serverPagingMarksOnlyNewerRows()
    {
        FailureJobModel model;
        NewRowTracker tracker;
        model.setJobs(jobs({5, 6}));
        tracker.update(model, group(u"a"_qs), true);
        // Row 3 moved up from a later page; row 7 is newer than every row seen.
        model.setJobs(jobs({3, 5, 6, 7}));
        tracker.setRefreshPending(true);
        QCOMPARE(tracker.update(model, group(u"a"_qs), true), 1);
        QCOMPARE(tracker.unseen(), QSet<quint64>{FailureJobModel::rowKey(job(7))});
    }

    void seenRowsLoseTheirMark()
    {
        FailureJobModel model;
        NewRowTracker tracker;
        model.setJobs(jobs({1}));
        tracker.update(model, group(u"a"_qs), false);
        model.setJobs(jobs({1, 2, 3}));
        tracker.setRefreshPending(true);
        QCOMPARE(tracker.update(model, group(u"a"_qs), false), 2);
        QVERIFY(!tracker.markSeen(jobs({1})));
        QVERIFY(tracker.markSeen(jobs({2})));
        QCOMPARE(tracker.unseen().size(), 1);
        tracker.markAllSeen();
        QVERIFY(tracker.unseen().isEmpty());
        tracker.clear();
        model.setJobs(jobs({1, 2, 3, 4}));
        tracker.setRefreshPending(true);
        QCOMPARE(tracker.update(model, group(u"a"_qs), false), 0); // nothing known after clear()
    }
};

QTEST_GUILESS_MAIN(TstNewRowTracker)
#include "tst_newrowtracker.moc"
