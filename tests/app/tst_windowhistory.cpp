// The window with a real local history (HistoryService on a SQLite file in a temporary folder)
// against the emulator over loopback: acknowledgements and new marks survive a restart of the
// window, a complete refresh makes a removed task gone and Show gone failures adds it greyed, and
// a history that cannot be used leaves one sentence in the message bar while the table loads.
// Also the rules the controller applies (app/historycontroller.h).
#include "app/api/sdrsclient.h"
#include "app/controller.h"
#include "app/historycontroller.h"
#include "models/failurejobmodel.h"
#include "tests/ui/windowharness.h"
#include "ui/acknowledgedialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sdrs;
using namespace sdrs::emulator;
using testing::choose;

namespace {

FailureJob row(const QString &id, const QString &group, int minutesAgo)
{
    FailureJob j;
    j.jobId = id;
    j.resourceId = QStringLiteral("res-") + id;
    j.serverGroupId = group;
    j.failureStatus = QStringLiteral("createFail");
    j.beginTime = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    return j;
}

} // namespace

class TstWindowHistory : public QObject, protected testing::WindowHarness
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Waits until the history recorded the rows that `action` brings.
    bool recordedAfter(const std::function<void()> &action)
    {
        QSignalSpy recorded(m_controller.get(), &Controller::historyRecorded);
        action();
        return recorded.wait(10000);
    }

    /// Closes the window and opens it again on the same emulator and history; waits until the
    /// first rows are recorded.
    void restartWindow()
    {
        m_window->saveSettings();
        m_controller.reset();
        m_window.reset();
        m_profiles.reset();
        openWindow();
        QVERIFY(recordedAfter(
            [&] { m_controller->useConnection(connection(), QStringLiteral("test")); }));
        QTRY_VERIFY(!m_controller->isLoading());
    }

    void chooseAllGroups()
    {
        QVERIFY(recordedAfter([&] { choose(child<QComboBox>("groupFilter"), 1); }));
        QTRY_VERIFY(!m_controller->isLoading());
    }

    int rowOf(const QString &jobId)
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->job(row).jobId == jobId)
                return row;
        }
        return -1;
    }

    void selectJob(const QString &jobId)
    {
        QAbstractItemModel *shown = table()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QModelIndex index = shown->index(row, 0);
            if (shown->index(row, FailureJobModel::JobId).data().toString() == jobId) {
                table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
                table()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
                return;
            }
        }
        QFAIL("row not shown");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowhistory"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        m_historyPath = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                       QStringLiteral(".sqlite"));
    }

    void cleanup() { endAll(); }

    void acknowledgementSurvivesARestart()
    {
        start();
        QTRY_VERIFY(m_window->findChild<QAction *>(QStringLiteral("acknowledgeAction")));
        const QString id = table()->model()->index(1, FailureJobModel::JobId).data().toString();
        selectJob(id);
        child<QAction>("acknowledgeAction")->trigger();
        auto *dialog =
            m_window->findChild<ui::AcknowledgeDialog *>(QStringLiteral("acknowledgeDialog"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("acknowledgeNote"))
            ->setText(QStringLiteral("INC-1234"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(model()->isAcknowledged(rowOf(id)));
        QCOMPARE(model()->annotations().value(id).note, QStringLiteral("INC-1234"));

        restartWindow();
        QTRY_VERIFY(rowOf(id) >= 0 && model()->isAcknowledged(rowOf(id)));
        QCOMPARE(model()->annotations().value(id).note, QStringLiteral("INC-1234"));
        selectJob(id);
        QCOMPARE(child<QLabel>("detailNote")->text(), QStringLiteral("INC-1234"));

        // Taken back, also after a restart.
        child<QAction>("unacknowledgeAction")->trigger();
        QTRY_VERIFY(!model()->isAcknowledged(rowOf(id)));
        restartWindow();
        QTRY_VERIFY(rowOf(id) >= 0);
        QVERIFY(!model()->isAcknowledged(rowOf(id)));
    }

    void newMarksHoldAcrossARestart()
    {
        start();
        chooseAllGroups(); // a baseline: nothing is new
        QCOMPARE(model()->newRowCount(), 0);
        m_window->saveSettings();
        // While the window is closed, a task fails.
        const QString group = model()->job(0).serverGroupId;
        m_emulator->addFailure(row(QStringLiteral("fresh-task"), group, 0));
        restartWindow();
        QCOMPARE(m_window->filter().scope, BrowserFilter::Scope::AllGroups);
        QTRY_VERIFY(rowOf(QStringLiteral("fresh-task")) >= 0);
        QTRY_VERIFY(model()->isNew(rowOf(QStringLiteral("fresh-task"))));
        QCOMPARE(model()->newRowCount(), 1);
        // Looked at: not new after the next restart either.
        child<QLineEdit>("quickFilter")->setText(QStringLiteral("fresh-task"));
        QTRY_COMPARE(table()->model()->rowCount(), 1);
        table()->clearSelection(); // the program may have chosen it: that is not looking
        QVERIFY(model()->isNew(rowOf(QStringLiteral("fresh-task"))));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(table()->model()->index(0, 0)).center());
        QTRY_VERIFY(!model()->isNew(rowOf(QStringLiteral("fresh-task"))));
        restartWindow();
        QTRY_VERIFY(rowOf(QStringLiteral("fresh-task")) >= 0);
        QVERIFY(!model()->isNew(rowOf(QStringLiteral("fresh-task"))));
    }

    void goneRowsAfterACompleteRefresh()
    {
        start();
        chooseAllGroups();
        const FailureJob victim = model()->job(3);
        QStringList victims; // the API deletes every failed task of the resource
        for (const FailureJob &job : model()->jobs()) {
            if (job.resourceId == victim.resourceId)
                victims.append(job.jobId);
        }
        QSignalSpy deleted(this, &QObject::objectNameChanged);
        m_controller->client()->deleteFailureJob(victim.resourceId, this,
                                                 [this](const Result<NoContent> &r) {
                                                     QVERIFY(r.ok());
                                                     setObjectName(QStringLiteral("deleted"));
                                                 });
        QVERIFY(deleted.wait(10000));
        QVERIFY(recordedAfter([&] { child<QAction>("refreshAction")->trigger(); }));
        QTRY_VERIFY(!m_controller->isLoading());
        QCOMPARE(rowOf(victim.jobId), -1);

        child<QAction>("showGoneAction")->trigger();
        QTRY_COMPARE(model()->rowCount() - model()->liveRowCount(), int(victims.size()));
        const int gone = rowOf(victim.jobId);
        QVERIFY(model()->isGone(gone));
        QVERIFY(model()->annotation(gone)->isGone());
        QVERIFY(!model()->annotation(gone)->deletedHere());
        QVERIFY(model()->index(gone, 0).data(FailureJobModel::GoneRole).toBool());
        // A page of one group shows only that group's gone rows.
        child<QAction>("showGoneAction")->trigger();
        QCOMPARE(model()->rowCount(), model()->liveRowCount());
    }

    void unusableHistoryLeavesOneSentence()
    {
        // A file where the history's folder should be: it cannot be created.
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("x");
        blocker.close();
        m_historyPath = blocker.fileName() + QStringLiteral("/history.sqlite");
        start();
        QTRY_VERIFY(child<ui::MessageBar>("messageBar")->isVisible());
        QVERIFY(model()->rowCount() > 0);
        QVERIFY(!child<QAction>("showGoneAction")->isEnabled());
        QVERIFY(!child<QAction>("acknowledgeAction")->isEnabled());
        // Browsing goes on.
        QVERIFY(rowsAfter([&] { choose(child<QComboBox>("groupFilter"), 1); }));
        QVERIFY(model()->rowCount() > 100);
    }

    void garbageHistoryIsMovedAside()
    {
        QFile garbage(m_historyPath);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'g'));
        garbage.close();
        start();
        QTRY_VERIFY(child<ui::MessageBar>("messageBar")->isVisible());
        QVERIFY(model()->rowCount() > 0);
        // A new history works.
        QTRY_VERIFY(child<QAction>("showGoneAction")->isEnabled());
    }

    void completeScopes()
    {
        BrowserFilter group;
        group.scope = BrowserFilter::Scope::Group;
        group.groupId = QStringLiteral("g1");
        QCOMPARE(completeScopesOfPage(group, 0, 40, 40), QStringList{QStringLiteral("g1")});
        QCOMPARE(completeScopesOfPage(group, 0, 100, 140), QStringList());
        QCOMPARE(completeScopesOfPage(group, 1, 40, 140), QStringList());
        BrowserFilter level;
        QCOMPARE(completeScopesOfPage(level, 0, 3, 3), QStringList{QString()});
        level.failureStatus = QStringLiteral("createFail");
        QCOMPARE(completeScopesOfPage(level, 0, 3, 3), QStringList());

        BrowserFilter all;
        all.scope = BrowserFilter::Scope::AllGroups;
        all.failureStatus = QStringLiteral("createFail"); // in memory: the reading is whole
        QList<ProtectionGroup> groups(2);
        groups[0].id = QStringLiteral("g1");
        groups[1].id = QStringLiteral("g2");
        QCOMPARE(completeScopesOfEveryGroup(groups, all, true),
                 (QStringList{QString(), QStringLiteral("g1"), QStringLiteral("g2")}));
        QCOMPARE(completeScopesOfEveryGroup(groups, all, false), QStringList());
        all.resourceName = QStringLiteral("web");
        QCOMPARE(completeScopesOfEveryGroup(groups, all, true), QStringList());
    }

    void quietNewRowsRule()
    {
        const QList<FailureJob> rows{row(QStringLiteral("new-top"), {}, 1),
                                     row(QStringLiteral("known"), {}, 10),
                                     row(QStringLiteral("moved-up"), {}, 20)};
        const QStringList fresh{QStringLiteral("new-top"), QStringLiteral("moved-up")};
        // A server page: only rows newer than a known one are new.
        QCOMPARE(quietNewRows({rows, {}, true, 0}, fresh), QStringList{QStringLiteral("moved-up")});
        // A later page: none.
        QCOMPARE(quietNewRows({rows, {}, true, 2}, fresh), fresh);
        // Every group read: every row not recorded before is new.
        QCOMPARE(quietNewRows({rows, {}, false, 0}, fresh), QStringList());
        // Nothing known in the reading (a scope never read): none.
        QCOMPARE(quietNewRows({rows.mid(0, 1), {}, false, 0}, {QStringLiteral("new-top")}),
                 QStringList{QStringLiteral("new-top")});
    }

    void goneRowsOfTheScopeShown()
    {
        BrowserFilter group;
        group.scope = BrowserFilter::Scope::Group;
        group.groupId = QStringLiteral("g1");
        QVERIFY(inShownScope(row(QStringLiteral("a"), QStringLiteral("g1"), 1), group));
        QVERIFY(!inShownScope(row(QStringLiteral("a"), QStringLiteral("g2"), 1), group));
        QVERIFY(!inShownScope(row(QStringLiteral("a"), {}, 1), group));
        BrowserFilter level;
        QVERIFY(inShownScope(row(QStringLiteral("a"), {}, 1), level));
        QVERIFY(!inShownScope(row(QStringLiteral("a"), QStringLiteral("g1"), 1), level));
        level.failureStatus = QStringLiteral("deleteFail");
        QVERIFY(!inShownScope(row(QStringLiteral("a"), {}, 1), level));
    }

    void deletesNameTheirRows()
    {
        const QList<FailureJob> rows{row(QStringLiteral("a"), {}, 1),
                                     row(QStringLiteral("b"), QStringLiteral("g1"), 1),
                                     row(QStringLiteral("c"), QStringLiteral("g2"), 1)};
        DeleteOutcome byResource{{DeleteTarget::Kind::FailedTask, QStringLiteral("res-a"), {}},
                                 DeleteOutcome::State::Deleted,
                                 {}};
        DeleteOutcome group{{DeleteTarget::Kind::Group, QStringLiteral("g2"), {}},
                            DeleteOutcome::State::Deleted,
                            {}};
        DeleteOutcome failed{{DeleteTarget::Kind::Group, QStringLiteral("g1"), {}},
                             DeleteOutcome::State::Failed,
                             {}};
        QCOMPARE(deletedJobIds({byResource, group, failed}, rows),
                 (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    }
};

QTEST_MAIN(TstWindowHistory)
#include "tst_windowhistory.moc"
