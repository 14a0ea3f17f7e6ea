// Unit tests of the job tree model (models/jobtreemodel.h) and formatDuration(), every model
// under QAbstractItemModelTester.

#include "models/errorcatalog.h"
#include "models/jobtreemodel.h"
#include "models/vocabulary.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace sdrs;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int sec, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, sec, ms), QTimeZone::utc());
}

Job makeJob(const QString &id, const QString &status, const QString &type)
{
    Job job;
    job.jobId = id;
    job.status = status;
    job.jobType = type;
    return job;
}

/// root (FAIL)
///  +- a (SUCCESS)
///  |   +- a1 (FAIL, known error code, two-line reason)
///  |   +- a2 (SUCCESS)
///  +- b (RUNNING, no end time)
Job threeLevels()
{
    Job a1 = makeJob(QStringLiteral("a1"), QStringLiteral("FAIL"), QStringLiteral("attachNew"));
    a1.beginTime = utc(2024, 3, 1, 10, 0, 0);
    a1.endTime = utc(2024, 3, 1, 10, 3, 7, 500);
    a1.errorCode = QStringLiteral("SDRS.0221");
    a1.failReason = QStringLiteral("  AttachTask-fail:volume is error!\nat com.example.Task.run\n");
    Job a2 = makeJob(QStringLiteral("a2"), QStringLiteral("SUCCESS"), QStringLiteral("attachNew"));
    Job a = makeJob(QStringLiteral("a"), QStringLiteral("SUCCESS"), QStringLiteral("stepA"));
    a.subJobs = {a1, a2};
    Job b = makeJob(QStringLiteral("b"), QStringLiteral("RUNNING"), QStringLiteral("stepB"));
    b.beginTime = utc(2024, 3, 1, 10, 5, 0);

    Job root = makeJob(QStringLiteral("ff808082686f229a0168707beaab014e"), QStringLiteral("FAIL"),
                       QStringLiteral("createProtectedInstanceNoCG"));
    root.beginTime = utc(2024, 3, 1, 9, 58, 0);
    root.endTime = utc(2024, 3, 1, 12, 3, 30);
    root.errorCode = QStringLiteral("EVS.2024");
    root.failReason = QStringLiteral("SdrsGenerateNativeServerParamsTask-fail:volume is error!");
    root.subJobs = {a, b};
    return root;
}

QString local(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

/// Visits every index of column 0, depth first, checking that parent() and row() lead back.
int checkConsistency(const QAbstractItemModel &model, const QModelIndex &parent)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            if (!index.isValid() || index.row() != row || index.column() != column ||
                model.parent(index) != parent)
                return -1;
        }
        const int below = checkConsistency(model, model.index(row, 0, parent));
        if (below < 0)
            return -1;
        count += 1 + below;
    }
    return count;
}

} // namespace

class TstJobTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void underModelTester();
    void structure();
    void parentRowConsistency();
    void anyDepth();
    void displayData();
    void toolTips();
    void statusRole();
    void sortRole();
    void headers();
    void emptyJob();
    void resetOnSetJob();
    void formatDuration_data();
    void formatDuration();
};

void TstJobTreeModel::underModelTester()
{
    JobTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJob(threeLevels());
    QVERIFY(!QTest::currentTestFailed());
    model.setJob(Job{});
    QVERIFY(!QTest::currentTestFailed());
    model.setJob(threeLevels());
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(model.rowCount(), 1);
}

void TstJobTreeModel::structure()
{
    JobTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Job job = threeLevels();
    model.setJob(job);

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(JobTreeModel::ColumnCount));
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(model.jobAt(root)->jobId, job.jobId);
    QCOMPARE(model.rowCount(root), 2);

    const QModelIndex a = model.index(0, 0, root);
    const QModelIndex b = model.index(1, 0, root);
    QCOMPARE(model.jobAt(a)->jobId, QStringLiteral("a"));
    QCOMPARE(model.jobAt(b)->jobId, QStringLiteral("b"));
    QCOMPARE(model.rowCount(a), 2);
    QCOMPARE(model.rowCount(b), 0);
    QVERIFY(!model.hasChildren(b));

    const QModelIndex a2 = model.index(1, JobTreeModel::JobId, a);
    QCOMPARE(model.jobAt(a2)->jobId, QStringLiteral("a2"));
    QCOMPARE(a2.data().toString(), QStringLiteral("a2"));
    QCOMPARE(model.parent(a2), a);
    QCOMPARE(model.parent(a), root);
    QCOMPARE(model.parent(root), QModelIndex());

    // Only column 0 has children; out-of-range indexes are invalid.
    QCOMPARE(model.rowCount(model.index(0, JobTreeModel::Status + 1, root)), 0);
    QVERIFY(!model.index(2, 0, root).isValid());
    QVERIFY(!model.index(0, JobTreeModel::ColumnCount, root).isValid());
    QVERIFY(!model.index(1, 0).isValid());
    QVERIFY(!model.jobAt(QModelIndex()));
    QCOMPARE(model.job(), job);
}

void TstJobTreeModel::parentRowConsistency()
{
    JobTreeModel model;
    const Job job = threeLevels();
    model.setJob(job);
    QCOMPARE(checkConsistency(model, {}), int(job.descendantCount() + 1));
}

void TstJobTreeModel::anyDepth()
{
    // A chain 200 levels deep.
    Job chain = makeJob(QStringLiteral("level-200"), QStringLiteral("SUCCESS"), {});
    for (int level = 199; level >= 0; --level) {
        Job parent = makeJob(QStringLiteral("level-%1").arg(level), QStringLiteral("SUCCESS"), {});
        parent.subJobs = {chain};
        chain = std::move(parent);
    }
    JobTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJob(chain);
    QCOMPARE(checkConsistency(model, {}), 201);

    QModelIndex index = model.index(0, 0);
    for (int level = 1; level <= 200; ++level)
        index = model.index(0, 0, index);
    QCOMPARE(index.data().toString(), jobStatusName(QStringLiteral("SUCCESS")));
    QCOMPARE(index.parent().siblingAtColumn(JobTreeModel::JobId).data().toString(),
             QStringLiteral("level-199"));
    QCOMPARE(model.jobAt(index)->jobId, QStringLiteral("level-200"));
    int depth = 0;
    for (QModelIndex up = index; up.isValid(); up = up.parent())
        ++depth;
    QCOMPARE(depth, 201);
}

void TstJobTreeModel::displayData()
{
    JobTreeModel model;
    const Job job = threeLevels();
    model.setJob(job);
    const QModelIndex root = model.index(0, 0);
    const auto cell = [&](const QModelIndex &row, int column) {
        return model.index(row.row(), column, row.parent()).data().toString();
    };

    QCOMPARE(cell(root, JobTreeModel::Status), jobStatusName(QStringLiteral("FAIL")));
    // The job type in words; the code in the tooltip.
    QCOMPARE(cell(root, JobTreeModel::JobType), QStringLiteral("Create protected instance"));
    QCOMPARE(model.index(root.row(), JobTreeModel::JobType, root.parent()).data(Qt::ToolTipRole),
             QVariant(QStringLiteral("createProtectedInstanceNoCG")));
    QCOMPARE(cell(root, JobTreeModel::BeginTime), local(job.beginTime));
    QCOMPARE(cell(root, JobTreeModel::EndTime), local(job.endTime));
    QCOMPARE(cell(root, JobTreeModel::Duration), QStringLiteral("2 h 05 min"));
    QCOMPARE(cell(root, JobTreeModel::ErrorCode), QStringLiteral("EVS.2024"));
    QCOMPARE(cell(root, JobTreeModel::FailReason), job.failReason);
    QCOMPARE(cell(root, JobTreeModel::JobId), job.jobId);

    const QModelIndex a1 = model.index(0, 0, model.index(0, 0, root));
    QCOMPARE(cell(a1, JobTreeModel::Duration), QStringLiteral("3 min 07 s"));
    // The first line of the reason, trimmed.
    QCOMPARE(cell(a1, JobTreeModel::FailReason),
             QStringLiteral("AttachTask-fail:volume is error!"));

    // A running job: no end time, no duration.
    const QModelIndex b = model.index(1, 0, root);
    QCOMPARE(cell(b, JobTreeModel::Status), jobStatusName(QStringLiteral("RUNNING")));
    QCOMPARE(cell(b, JobTreeModel::EndTime), QString());
    QCOMPARE(cell(b, JobTreeModel::Duration), QString());
    QCOMPARE(cell(b, JobTreeModel::BeginTime), local(utc(2024, 3, 1, 10, 5, 0)));
}

void TstJobTreeModel::toolTips()
{
    JobTreeModel model;
    const Job job = threeLevels();
    model.setJob(job);
    const QModelIndex root = model.index(0, 0);
    const auto tip = [&](const QModelIndex &row, int column) {
        return model.index(row.row(), column, row.parent()).data(Qt::ToolTipRole).toString();
    };

    QCOMPARE(tip(root, JobTreeModel::Status), QStringLiteral("FAIL"));
    const QString begin = tip(root, JobTreeModel::BeginTime);
    QVERIFY2(begin.contains(local(job.beginTime)), qPrintable(begin));
    QVERIFY2(begin.contains(QStringLiteral("2024-03-01 09:58:00 UTC")), qPrintable(begin));
    const QString end = tip(root, JobTreeModel::EndTime);
    QVERIFY2(end.contains(QStringLiteral("2024-03-01 12:03:30 UTC")), qPrintable(end));

    const QModelIndex a1 = model.index(0, 0, model.index(0, 0, root));
    QCOMPARE(tip(a1, JobTreeModel::FailReason),
             QStringLiteral("AttachTask-fail:volume is error!\nat com.example.Task.run"));
    // A known code is explained; an unknown one is shown as it is.
    const ErrorCodeInfo *info = ErrorCatalog::instance().find(QStringLiteral("SDRS.0221"));
    QVERIFY(info);
    const QString known = tip(a1, JobTreeModel::ErrorCode);
    QVERIFY2(known.contains(info->message), qPrintable(known));
    QVERIFY2(known.contains(info->handling), qPrintable(known));
    QCOMPARE(tip(root, JobTreeModel::ErrorCode), QStringLiteral("EVS.2024"));

    // No time, no tooltip.
    QCOMPARE(tip(model.index(1, 0, root), JobTreeModel::EndTime), QString());
}

void TstJobTreeModel::statusRole()
{
    JobTreeModel model;
    model.setJob(threeLevels());
    const QModelIndex root = model.index(0, 0);
    const QModelIndex b = model.index(1, 0, root);
    for (int column = 0; column < JobTreeModel::ColumnCount; ++column) {
        QCOMPARE(model.index(0, column).data(JobTreeModel::StatusRole).toString(),
                 QStringLiteral("FAIL"));
        QCOMPARE(model.index(1, column, root).data(JobTreeModel::StatusRole).toString(),
                 QStringLiteral("RUNNING"));
    }
    QVERIFY(b.isValid());
}

void TstJobTreeModel::sortRole()
{
    JobTreeModel model;
    const Job job = threeLevels();
    model.setJob(job);
    const QModelIndex root = model.index(0, 0);
    const auto sort = [&](const QModelIndex &row, int column) {
        return model.index(row.row(), column, row.parent()).data(JobTreeModel::SortRole);
    };

    QCOMPARE(sort(root, JobTreeModel::BeginTime).toLongLong(), job.beginTime.toMSecsSinceEpoch());
    QCOMPARE(sort(root, JobTreeModel::EndTime).toLongLong(), job.endTime.toMSecsSinceEpoch());
    QCOMPARE(sort(root, JobTreeModel::Duration).toLongLong(), 2 * 3600 + 5 * 60 + 30);
    QCOMPARE(sort(root, JobTreeModel::Status).toString(), QStringLiteral("FAIL"));
    QCOMPARE(sort(root, JobTreeModel::JobId).toString(), job.jobId);
    QCOMPARE(sort(root, JobTreeModel::ErrorCode).toString(), QStringLiteral("EVS.2024"));

    const QModelIndex b = model.index(1, 0, root);
    QCOMPARE(sort(b, JobTreeModel::EndTime).toLongLong(), std::numeric_limits<qint64>::min());
    QCOMPARE(sort(b, JobTreeModel::Duration).toLongLong(), -1);
    // Times sort by value, not by text.
    QVERIFY(sort(b, JobTreeModel::BeginTime).toLongLong() >
            sort(root, JobTreeModel::BeginTime).toLongLong());
}

void TstJobTreeModel::headers()
{
    JobTreeModel model;
    QStringList titles;
    for (int column = 0; column < JobTreeModel::ColumnCount; ++column) {
        const QString title = model.headerData(column, Qt::Horizontal).toString();
        QVERIFY2(!title.isEmpty(), qPrintable(QString::number(column)));
        titles << title;
    }
    titles.removeDuplicates();
    QCOMPARE(titles.size(), int(JobTreeModel::ColumnCount));
    QCOMPARE(model.headerData(JobTreeModel::Duration, Qt::Horizontal).toString(),
             QStringLiteral("Duration"));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::DecorationRole).isValid());
}

void TstJobTreeModel::emptyJob()
{
    JobTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());

    model.setJob(threeLevels());
    QCOMPARE(model.rowCount(), 1);
    model.setJob(Job{});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
    QCOMPARE(model.job(), Job{});

    // No id: nothing to show, whatever else it holds.
    Job noId = threeLevels();
    noId.jobId.clear();
    model.setJob(noId);
    QCOMPARE(model.rowCount(), 0);

    // A job without sub-jobs is one row without children.
    model.setJob(makeJob(QStringLiteral("lonely"), QStringLiteral("INIT"), {}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.index(0, JobTreeModel::Duration).data().toString(), QString());
}

void TstJobTreeModel::resetOnSetJob()
{
    JobTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.setJob(threeLevels());
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);

    Job other = makeJob(QStringLiteral("other"), QStringLiteral("SUCCESS"), {});
    model.setJob(other);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.index(0, JobTreeModel::JobId).data().toString(), QStringLiteral("other"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);

    model.setJob(Job{});
    QCOMPARE(reset.count(), 3);
    QCOMPARE(aboutToReset.count(), 3);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
}

void TstJobTreeModel::formatDuration_data()
{
    QTest::addColumn<QDateTime>("begin");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QString>("expected");

    const QDateTime t0 = utc(2024, 3, 1, 10, 0, 0);
    QTest::newRow("zero") << t0 << t0 << QStringLiteral("0 s");
    QTest::newRow("seconds") << t0 << t0.addSecs(45) << QStringLiteral("45 s");
    QTest::newRow("below a minute") << t0 << t0.addMSecs(59'999) << QStringLiteral("59 s");
    QTest::newRow("a minute") << t0 << t0.addSecs(60) << QStringLiteral("1 min 00 s");
    QTest::newRow("minutes") << t0 << t0.addSecs(3 * 60 + 7) << QStringLiteral("3 min 07 s");
    QTest::newRow("below an hour") << t0 << t0.addSecs(3599) << QStringLiteral("59 min 59 s");
    QTest::newRow("an hour") << t0 << t0.addSecs(3600) << QStringLiteral("1 h 00 min");
    QTest::newRow("hours drop seconds")
        << t0 << t0.addSecs(2 * 3600 + 5 * 60 + 59) << QStringLiteral("2 h 05 min");
    QTest::newRow("more than a day")
        << t0 << t0.addSecs(26 * 3600 + 60) << QStringLiteral("26 h 01 min");
    QTest::newRow("across zones") << QDateTime(QDate(2024, 3, 1), QTime(11, 0), QTimeZone(3600))
                                  << t0.addSecs(30) << QStringLiteral("30 s");
    QTest::newRow("end before begin") << t0 << t0.addSecs(-1) << QString();
    QTest::newRow("no begin") << QDateTime() << t0 << QString();
    QTest::newRow("no end") << t0 << QDateTime() << QString();
    QTest::newRow("neither") << QDateTime() << QDateTime() << QString();
}

void TstJobTreeModel::formatDuration()
{
    QFETCH(QDateTime, begin);
    QFETCH(QDateTime, end);
    QFETCH(QString, expected);
    QCOMPARE(sdrs::formatDuration(begin, end), expected);
}

QTEST_GUILESS_MAIN(TstJobTreeModel)
#include "tst_jobtreemodel.moc"
