// What the failed-task model and its filter proxy show of the local history: annotations by
// job_id (acknowledged, note, unseen), gone rows after the rows read, Hide acknowledged, and the
// export's history columns. Under QAbstractItemModelTester.
#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "models/historycsv.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace sdrs;

namespace {

FailureJob job(const QString &id, const QString &group = {}, int minute = 0)
{
    FailureJob j;
    j.jobId = id;
    j.resourceId = QStringLiteral("res-") + id;
    j.resourceName = QStringLiteral("name-") + id;
    j.failureStatus = QStringLiteral("createFail");
    j.resourceType = QStringLiteral("protected_instances");
    j.serverGroupId = group;
    j.beginTime = QDateTime(QDate(2026, 11, 20), QTime(10, minute), Qt::UTC);
    j.beginTimeText = j.beginTime.toString(Qt::ISODate);
    return j;
}

HistoryAnnotation acknowledged(const QString &note)
{
    HistoryAnnotation a;
    a.firstSeen = QDateTime(QDate(2026, 11, 20), QTime(11, 0), Qt::UTC);
    a.acknowledgedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC);
    a.note = note;
    return a;
}

HistoryEntry goneEntry(const QString &id, bool deletedHere = false)
{
    HistoryEntry e;
    e.job = job(id);
    e.annotation.firstSeen = QDateTime(QDate(2026, 11, 19), QTime(8, 0), Qt::UTC);
    e.annotation.goneAt = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    if (deletedHere)
        e.annotation.deletedAt = e.annotation.goneAt;
    return e;
}

} // namespace

class TstHistoryMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void annotationsGiveRolesByJobId()
    {
        FailureJobModel model;
        QAbstractItemModelTester tester(&model);
        model.setJobs({job(QStringLiteral("a")), job(QStringLiteral("b"))});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateAnnotations({{QStringLiteral("b"), acknowledged(QStringLiteral("TICKET-7"))}});
        QCOMPARE(changed.size(), 1);
        QVERIFY(!model.index(0, 0).data(FailureJobModel::AcknowledgedRole).toBool());
        QVERIFY(model.index(1, 0).data(FailureJobModel::AcknowledgedRole).toBool());
        QCOMPARE(model.index(1, 3).data(FailureJobModel::NoteRole).toString(),
                 QStringLiteral("TICKET-7"));
        QVERIFY(model.index(1, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("TICKET-7")));
        QVERIFY(model.isAcknowledged(1));
        QVERIFY(!model.isAcknowledged(0));
        // The same annotations again change nothing.
        model.updateAnnotations({{QStringLiteral("b"), acknowledged(QStringLiteral("TICKET-7"))}});
        QCOMPARE(changed.size(), 1);
        // They stay across a refresh of the rows (by job_id, not by row).
        model.setJobs({job(QStringLiteral("c")), job(QStringLiteral("b"))});
        QVERIFY(model.isAcknowledged(1));
        QVERIFY(!model.isAcknowledged(0));
    }

    void unseenMarksNewUntilSeen()
    {
        FailureJobModel model;
        QAbstractItemModelTester tester(&model);
        model.setJobs({job(QStringLiteral("a")), job(QStringLiteral("b"))});
        HistoryAnnotation unseen;
        unseen.unseen = true;
        model.updateAnnotations({{QStringLiteral("a"), unseen}, {QStringLiteral("b"), {}}});
        QVERIFY(model.isNew(0));
        QVERIFY(!model.isNew(1));
        QVERIFY(model.index(0, 0).data(FailureJobModel::NewRole).toBool());
        QVERIFY(model.hasUnseen());
        QCOMPARE(model.newRowCount(), 1);
        QCOMPARE(model.markSeen({job(QStringLiteral("b"))}), QStringList());
        QCOMPARE(model.markSeen({job(QStringLiteral("a"))}), QStringList{QStringLiteral("a")});
        QVERIFY(!model.isNew(0));
        QCOMPARE(model.newRowCount(), 0);
        QVERIFY(!model.hasUnseen());

        model.updateAnnotations({{QStringLiteral("a"), unseen}, {QStringLiteral("b"), unseen}});
        QCOMPARE(model.newRowCount(), 2);
        QCOMPARE(model.markAllSeen().size(), 2);
        QCOMPARE(model.newRowCount(), 0);
    }

    void goneRowsFollowTheRowsRead()
    {
        FailureJobModel model;
        QAbstractItemModelTester tester(&model);
        model.setJobs({job(QStringLiteral("a")), job(QStringLiteral("b"))});
        model.setGoneRows({goneEntry(QStringLiteral("x")), goneEntry(QStringLiteral("y"), true)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.liveRowCount(), 2);
        QVERIFY(!model.isGone(1));
        QVERIFY(model.isGone(2));
        QVERIFY(model.index(3, 0).data(FailureJobModel::GoneRole).toBool());
        QVERIFY(!model.index(0, 0).data(FailureJobModel::GoneRole).toBool());
        QCOMPARE(model.job(2).jobId, QStringLiteral("x"));
        QVERIFY(model.index(3, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("deleted by this program")));
        QVERIFY(model.index(2, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("no longer listed")));
        // Gone rows are never new, and the quick filter searches them too.
        QVERIFY(!model.isNew(2));
        QVERIFY(model.searchText(2).contains("name-x"));

        // A refresh keeps them after the new rows; one that is listed again is not gone.
        model.setJobs(
            {job(QStringLiteral("a")), job(QStringLiteral("y")), job(QStringLiteral("c"))});
        QCOMPARE(model.liveRowCount(), 3);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.job(3).jobId, QStringLiteral("x"));
        QVERIFY(!model.isGone(1));

        model.setGoneRows({});
        QCOMPARE(model.rowCount(), 3);
        model.setGoneRows({goneEntry(QStringLiteral("z"))});
        QCOMPARE(model.rowCount(), 4);
        model.clearHistory();
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.annotations().isEmpty());
    }

    void proxyHidesAcknowledged()
    {
        FailureJobModel model;
        FailureJobFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy);
        model.setJobs({job(QStringLiteral("a"), {}, 1), job(QStringLiteral("b"), {}, 2),
                       job(QStringLiteral("c"), {}, 3)});
        model.updateAnnotations({{QStringLiteral("b"), acknowledged({})}});
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setHideAcknowledged(true);
        QVERIFY(proxy.hidesAcknowledged());
        QCOMPARE(proxy.rowCount(), 2);
        // Acknowledging another row hides it at once; taking it back shows it again.
        model.updateAnnotations({{QStringLiteral("c"), acknowledged(QStringLiteral("n"))}});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, FailureJobModel::JobId).data().toString(), QStringLiteral("a"));
        model.updateAnnotations({{QStringLiteral("b"), HistoryAnnotation{}}});
        QCOMPARE(proxy.rowCount(), 2);
        // With the quick filter as well.
        proxy.setQuickFilter(QStringLiteral("name-c"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setHideAcknowledged(false);
        QCOMPARE(proxy.rowCount(), 1);
    }

    void exportAddsHistoryColumns()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const QList<csv::Column> columns =
            csv::columnsNamedByApi({csv::Field::JobId, csv::Field::ResourceName});
        const HistoryAnnotations annotations{
            {QStringLiteral("b"), acknowledged(QStringLiteral("waiting for EVS, ticket 4"))}};
        const WriteResult written =
            csv::writeRowsWithHistory(buffer, {job(QStringLiteral("a")), job(QStringLiteral("b"))},
                                      columns, {}, annotations, {});
        QVERIFY(written.ok());
        QCOMPARE(written.value, 2);
        const QStringList lines =
            QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("job_id,resource_name,acknowledged_at,note"));
        QCOMPARE(lines[1], QStringLiteral("a,name-a,,"));
        QCOMPARE(lines[2], QStringLiteral("b,name-b,2026-11-21T09:30:00.000Z,\"waiting for EVS, "
                                          "ticket 4\""));
    }
};

QTEST_GUILESS_MAIN(TstHistoryMarks)
#include "tst_historymarks.moc"
