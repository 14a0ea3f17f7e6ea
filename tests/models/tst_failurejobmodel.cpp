// Unit tests of the failed-task table model (models/failurejobmodel.h), under
// QAbstractItemModelTester.

#include "models/apitime.h"
#include "models/failurejobmodel.h"
#include "models/failurereason.h"
#include "models/vocabulary.h"
#include "tests/common/examplerows.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

#include <time.h>

using namespace sdrs;
using namespace sdrs::test;

class TstFailureJobModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void modelUnderTester();
    void displayRole();
    void toolTipRole();
    void sortRawAndStatusRoles();
    void headerData();
    void setJobsResets();
    void setStale();
    void refreshSharesUnchangedRows();
    void searchText();
    void localTimesAcrossDaylightSaving_data();
    void localTimesAcrossDaylightSaving();
    void newMarks();

private:
    void attachTesters(std::initializer_list<QAbstractItemModel *> models);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TstFailureJobModel::initTestCase()
{
    // A zone with an offset and daylight saving time, so that local and UTC times differ: Central
    // European Time as a POSIX rule, which needs no time zone database.
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    tzset();
}

void TstFailureJobModel::attachTesters(std::initializer_list<QAbstractItemModel *> models)
{
    m_testers.clear();
    for (QAbstractItemModel *model : models)
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

void TstFailureJobModel::modelUnderTester()
{
    FailureJobModel model;
    attachTesters({&model});
    model.setJobs(sampleJobs());
    model.setStale(true);
    model.setJobs(QList<FailureJob>{});
    model.setJobs(sampleJobs().mid(0, 3));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(FailureJobModel::ColumnCount));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QVERIFY(!model.index(3, 0).isValid());
    QVERIFY(!model.index(0, FailureJobModel::ColumnCount).isValid());
}

void TstFailureJobModel::displayRole()
{
    FailureJobModel model;
    const QList<FailureJob> jobs = sampleJobs();
    model.setJobs(jobs);
    const auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    // Local time, not UTC (CET is UTC+1 in November and January).
    QCOMPARE(cell(0, FailureJobModel::BeginTime), QStringLiteral("2026-11-19 11:00:00"));
    QCOMPARE(cell(1, FailureJobModel::BeginTime), QStringLiteral("2019-01-21 13:56:35"));
    QCOMPARE(cell(0, FailureJobModel::BeginTime), localText(jobs.at(0).beginTime));
    // Unparsed: the raw text.
    QCOMPARE(cell(4, FailureJobModel::BeginTime), QStringLiteral("yesterday"));
    QCOMPARE(cell(0, FailureJobModel::FailureStatus), QStringLiteral("Create failed"));
    QCOMPARE(cell(6, FailureJobModel::FailureStatus), QStringLiteral("Failover failed"));
    QCOMPARE(cell(1, FailureJobModel::ResourceType), QStringLiteral("Protected instance"));
    QCOMPARE(cell(2, FailureJobModel::ResourceType), QStringLiteral("Protected instance"));
    QCOMPARE(cell(0, FailureJobModel::ResourceType), QStringLiteral("Protection group"));
    QCOMPARE(cell(4, FailureJobModel::ResourceName), QStringLiteral("Büroserver-Köln-03"));
    QCOMPARE(cell(3, FailureJobModel::JobType), QStringLiteral("job-e4")); // unknown: as it came
    QCOMPARE(cell(6, FailureJobModel::JobType), QStringLiteral("Planned failover"));
    QCOMPARE(model.index(6, FailureJobModel::JobType).data(Qt::ToolTipRole).toString(),
             QStringLiteral("reverseProtectionGroupNoCG"));
    QCOMPARE(cell(0, FailureJobModel::ErrorCode), QStringLiteral("SDRS.1306"));
    // The cause, not the raw reason: the downstream message, else the reason's first line
    // without the task and the \r of a \r\n, else the error code's meaning.
    QCOMPARE(cell(3, FailureJobModel::FailReason),
             QStringLiteral("The replication pair cannot be expanded."));
    QCOMPARE(cell(1, FailureJobModel::FailReason), QStringLiteral("volume is error!"));
    QCOMPARE(cell(0, FailureJobModel::FailReason),
             QStringLiteral("Quota exceeded for instances: Requested 1, but already used 50 of 50 "
                            "instances."));
    QCOMPARE(cell(4, FailureJobModel::FailReason), QString());
    QCOMPARE(model.index(0, FailureJobModel::FailReason).data(FailureJobModel::RawRole),
             QVariant(jobs.at(0).failReason));
    QCOMPARE(cell(2, FailureJobModel::ResourceId), jobs.at(2).resourceId);
    QCOMPARE(cell(2, FailureJobModel::JobId), jobs.at(2).jobId);
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
}

void TstFailureJobModel::toolTipRole()
{
    FailureJobModel model;
    QList<FailureJob> jobs = sampleJobs();
    jobs[2].failReason = QString(5000, u'x');
    model.setJobs(jobs);
    const auto tip = [&model](int row, int column) {
        return model.index(row, column).data(Qt::ToolTipRole).toString();
    };
    const QString time = tip(0, FailureJobModel::BeginTime);
    QVERIFY2(time.contains(QLatin1StringView("2026-11-19 11:00:00")), qPrintable(time));
    QVERIFY2(time.contains(QLatin1StringView("2026-11-19 10:00:00")), qPrintable(time));
    QVERIFY2(time.contains(QLatin1StringView("UTC")), qPrintable(time));
    QVERIFY(tip(4, FailureJobModel::BeginTime).contains(QLatin1StringView("yesterday")));
    QCOMPARE(tip(0, FailureJobModel::FailureStatus), QStringLiteral("createFail"));
    QCOMPARE(tip(1, FailureJobModel::ResourceType), QStringLiteral("protectedInstance"));
    QCOMPARE(tip(3, FailureJobModel::FailReason), StackTrace); // whole
    const QString capped = tip(2, FailureJobModel::FailReason);
    QVERIFY(capped.size() >= 2000 && capped.size() < 2010);
    QVERIFY(capped.startsWith(QString(2000, u'x')));
    QCOMPARE(capped.back(), QChar(0x2026));
    QCOMPARE(tip(0, FailureJobModel::ResourceName), QStringLiteral("pg-erp-prod-01"));
    QVERIFY(!model.index(4, FailureJobModel::FailReason).data(Qt::ToolTipRole).isValid());
}

void TstFailureJobModel::sortRawAndStatusRoles()
{
    FailureJobModel model;
    const QList<FailureJob> jobs = sampleJobs();
    model.setJobs(jobs);
    const QVariant time =
        model.index(0, FailureJobModel::BeginTime).data(FailureJobModel::SortRole);
    QCOMPARE(time.metaType(), QMetaType::fromType<qint64>());
    QCOMPARE(time.toLongLong(), jobs.at(0).beginTime.toMSecsSinceEpoch());
    QCOMPARE(model.index(4, FailureJobModel::BeginTime).data(FailureJobModel::SortRole),
             QVariant(std::numeric_limits<qint64>::min()));
    // Earlier times sort lower.
    QVERIFY(model.index(1, 0).data(FailureJobModel::SortRole).toLongLong() <
            model.index(3, 0).data(FailureJobModel::SortRole).toLongLong());
    QCOMPARE(model.index(0, FailureJobModel::FailureStatus).data(FailureJobModel::SortRole),
             QVariant(QStringLiteral("createFail")));
    QCOMPARE(model.index(3, FailureJobModel::FailReason).data(FailureJobModel::SortRole),
             QVariant(QStringLiteral("The replication pair cannot be expanded.")));

    QCOMPARE(model.index(1, FailureJobModel::BeginTime).data(FailureJobModel::RawRole),
             QVariant(QStringLiteral("2019-01-21T12:56:35.754Z")));
    QCOMPARE(model.index(1, FailureJobModel::ResourceType).data(FailureJobModel::RawRole),
             QVariant(QStringLiteral("protectedInstance")));
    QCOMPARE(model.index(6, FailureJobModel::FailureStatus).data(FailureJobModel::RawRole),
             QVariant(QStringLiteral("failoverFail")));
    for (int column = 0; column < FailureJobModel::ColumnCount; ++column) {
        QCOMPARE(model.index(6, column).data(FailureJobModel::FailureStatusRole),
                 QVariant(QStringLiteral("failoverFail")));
        QCOMPARE(model.index(6, column).data(FailureJobModel::StaleRole), QVariant(false));
    }
}

void TstFailureJobModel::headerData()
{
    FailureJobModel model;
    const QStringList expected = {
        QStringLiteral("Begin time"),       QStringLiteral("Failure status"),
        QStringLiteral("Resource name"),    QStringLiteral("Resource type"),
        QStringLiteral("Job type"),         QStringLiteral("Error code"),
        QStringLiteral("Protection group"), QStringLiteral("Resource ID"),
        QStringLiteral("Job ID"),           QStringLiteral("Fail reason"),
    };
    QCOMPARE(expected.size(), int(FailureJobModel::ColumnCount));
    for (int column = 0; column < FailureJobModel::ColumnCount; ++column) {
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    QVERIFY(!model.headerData(FailureJobModel::ColumnCount, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::DecorationRole).isValid());
    model.setJobs(sampleJobs());
    QCOMPARE(model.headerData(2, Qt::Vertical).toInt(), 3);
}

void TstFailureJobModel::setJobsResets()
{
    FailureJobModel model;
    attachTesters({&model});
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.setJobs(sampleJobs());
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 7);

    // A new page replaces the rows: one reset, no inserts or removals; the stale mark goes.
    model.setStale(true);
    const QList<FailureJob> page2 = sampleJobs().mid(4);
    model.setJobs(page2);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.jobs(), page2);
    QCOMPARE(model.job(0).resourceName, QStringLiteral("Büroserver-Köln-03"));
    QVERIFY(!model.isStale());
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
}

void TstFailureJobModel::setStale()
{
    FailureJobModel model;
    attachTesters({&model});
    model.setJobs(sampleJobs());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setStale(true);
    QVERIFY(model.isStale());
    QCOMPARE(changed.count(), 1);
    const QList<QVariant> args = changed.takeFirst();
    QCOMPARE(args.at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(args.at(1).toModelIndex(), model.index(6, FailureJobModel::ColumnCount - 1));
    QVERIFY(args.at(2).value<QList<int>>().contains(FailureJobModel::StaleRole));
    QCOMPARE(model.index(3, 2).data(FailureJobModel::StaleRole), QVariant(true));
    const QString tip =
        model.index(0, FailureJobModel::ResourceName).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1StringView("earlier")), qPrintable(tip));
    QVERIFY(tip.endsWith(QLatin1StringView("pg-erp-prod-01")));

    model.setStale(true); // no change, no signal
    QCOMPARE(changed.count(), 0);
    model.setStale(false);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(3, 2).data(FailureJobModel::StaleRole), QVariant(false));
}

void TstFailureJobModel::refreshSharesUnchangedRows()
{
    // Rows ordered by group, as "All protection groups" hands them over.
    QList<FailureJob> rows = sampleJobs();
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].serverGroupId = i < 2 ? QString() : QStringLiteral("g%1").arg(i / 3);
    const FailureJobModel::PreparedJobs before = FailureJobModel::prepare(rows);

    const GroupPositions positions(rows);
    QCOMPARE(positions.indexOf(QString(), 1), 1);
    QCOMPARE(positions.indexOf(QString(), 2), -1);
    QCOMPARE(positions.indexOf(rows.at(3).serverGroupId, 0),
             rows.indexOf(*std::find_if(rows.cbegin(), rows.cend(), [&](const FailureJob &f) {
                 return f.serverGroupId == rows.at(3).serverGroupId;
             })));
    QCOMPARE(positions.indexOf(QStringLiteral("no such group"), 0), -1);

    // The same rows again (fresh strings), one of them changed.
    QList<FailureJob> again;
    for (const FailureJob &f : std::as_const(rows)) {
        FailureJob copy = f;
        copy.failReason = QString(f.failReason.constData(), f.failReason.size()); // a new string
        again.append(copy);
    }
    again[4].failReason += QStringLiteral(" (again)");

    // A page of the group level (rows 0 and 1) takes the earlier rows' strings.
    QList<FailureJob> page = again.mid(0, 2);
    positions.share(rows, QString(), 0, page);
    QCOMPARE(page.at(0).failReason.constData(), rows.at(0).failReason.constData());
    QCOMPARE(page.at(1).failReason.constData(), rows.at(1).failReason.constData());
    // At the wrong offset nothing matches, and nothing is replaced.
    QList<FailureJob> shifted = again.mid(0, 1);
    positions.share(rows, QString(), 1, shifted);
    QCOMPARE(shifted.at(0).failReason.constData(), again.at(0).failReason.constData());
    const FailureJobModel::PreparedJobs after = FailureJobModel::prepare(again, before);
    QCOMPARE(after.searchText.size(), again.size());
    for (qsizetype i = 0; i < again.size(); ++i) {
        // Shared where the row is unchanged, built anew where it changed; equal text either way
        // to what a fresh build gives.
        QCOMPARE(after.searchText.at(i), FailureJobModel::prepare({again.at(i)}).searchText.at(0));
        QCOMPARE(after.searchText.at(i).constData() == before.searchText.at(i).constData(), i != 4);
        QCOMPARE(after.causes.at(i), FailureJobModel::prepare({again.at(i)}).causes.at(0));
    }
    QCOMPARE(after.causes.size(), again.size());
    QCOMPARE(after.causes.at(4), QStringLiteral("(again)")); // row 4 had no reason before
}

void TstFailureJobModel::searchText()
{
    FailureJobModel model;
    model.setJobs(sampleJobs());
    const QString first = QString::fromUtf8(model.searchText(0));
    QCOMPARE(first, first.toLower());
    QVERIFY(first.contains(QLatin1StringView("sdrs.1306")));
    QVERIFY(first.contains(QLatin1StringView("quota exceeded")));
    QVERIFY(first.contains(QLatin1StringView("create failed")));
    QVERIFY(first.contains(QLatin1StringView("protection group")));
    QVERIFY(first.contains(QLatin1StringView("2026-11-19 11:00:00")));      // shown
    QVERIFY(first.contains(QLatin1StringView("2026-11-19t10:00:00.000z"))); // raw
    QVERIFY(first.contains(QLatin1StringView("11111111-aaaa-4bbb-8ccc-0000000000e1")));
    QVERIFY(model.searchText(3).contains("java.lang.thread.run"));
    QVERIFY(QString::fromUtf8(model.searchText(4)).contains(QStringLiteral("büroserver-köln-03")));
    QCOMPARE(FailureJobModel::foldCase(QStringLiteral("ÄÖÜ Straße ABC 𐐀")),
             QStringLiteral("äöü straße abc 𐐨"));
}

void TstFailureJobModel::localTimesAcrossDaylightSaving_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("CET, changes on the hour") << QByteArray("CET-1CEST,M3.5.0,M10.5.0/3");
    QTest::newRow("changes at half past") << QByteArray("XST-1:30XDT-2:15,M3.5.0/2,M10.5.0/3:30");
}

void TstFailureJobModel::localTimesAcrossDaylightSaving()
{
    // The search text (local times looked up once an hour) shows the same local time as the
    // cell (converted one by one), every ten minutes around both changes of the year.
    QFETCH(QByteArray, zone);
    const QByteArray before = qgetenv("TZ");
    const auto restore = qScopeGuard([&before] {
        qputenv("TZ", before); // also when a check fails
        tzset();
    });
    qputenv("TZ", zone);
    tzset();
    QList<FailureJob> jobs;
    for (const QDateTime &change :
         {QDateTime(QDate(2026, 3, 29), QTime(0, 0), QTimeZone::utc()),
          QDateTime(QDate(2026, 10, 25), QTime(0, 0), QTimeZone::utc())}) {
        for (int minutes = -180; minutes <= 300; minutes += 10) {
            FailureJob f;
            f.beginTime = change.addSecs(minutes * 60 + 59);
            f.beginTimeText = formatIsoTime(f.beginTime);
            jobs << f;
        }
    }
    FailureJobModel model;
    model.setJobs(jobs);
    QSet<int> offsets;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString shown = model.index(row, FailureJobModel::BeginTime).data().toString();
        QCOMPARE(shown, localText(jobs.at(row).beginTime));
        const QString text = QString::fromUtf8(model.searchText(row));
        QVERIFY2(text.startsWith(shown + QChar(0x1f)), qPrintable(text));
        offsets.insert(jobs.at(row).beginTime.toLocalTime().offsetFromUtc());
    }
    QCOMPARE(offsets.size(), 2); // both offsets were seen
}

void TstFailureJobModel::newMarks()
{
    FailureJobModel model;
    const QList<FailureJob> jobs = sampleJobs();
    model.setJobs(jobs);
    attachTesters({&model});
    QCOMPARE(model.rowKeys().size(), jobs.size());
    for (qsizetype row = 0; row < jobs.size(); ++row)
        QCOMPARE(model.rowKeys().at(row), FailureJobModel::rowKey(jobs.at(row)));
    // The key tells rows apart by job, resource and group.
    FailureJob other = jobs.at(0);
    other.serverGroupId = QStringLiteral("another-group");
    QVERIFY(FailureJobModel::rowKey(other) != FailureJobModel::rowKey(jobs.at(0)));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNewKeys({FailureJobModel::rowKey(jobs.at(2)), FailureJobModel::rowKey(jobs.at(4))});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(2, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             model.index(4, FailureJobModel::ColumnCount - 1));
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool fresh = row == 2 || row == 4;
        QCOMPARE(model.isNew(row), fresh);
        QCOMPARE(model.index(row, 3).data(FailureJobModel::NewRole).toBool(), fresh);
    }
    QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().startsWith(u"New since"));
    QVERIFY(!model.index(1, 0).data(Qt::ToolTipRole).toString().startsWith(u"New since"));

    // The mark follows the row, not the position, when the rows are replaced.
    changed.clear();
    model.setJobs(QList<FailureJob>{jobs.at(4), jobs.at(0)});
    QVERIFY(model.isNew(0));
    QVERIFY(!model.isNew(1));
    model.setNewKeys({});
    QCOMPARE(changed.count(), 1);
    QVERIFY(!model.isNew(0));
}

QTEST_GUILESS_MAIN(TstFailureJobModel)
#include "tst_failurejobmodel.moc"
