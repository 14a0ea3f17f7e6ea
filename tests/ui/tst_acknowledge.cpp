// The window's side of the local history, driven as a user would: Acknowledge… with its dialog,
// Take back acknowledgement, the marks and the detail pane, Hide acknowledged, Show gone failures
// and the export's history columns. The history's answers are handed to the window as the
// controller hands them (setHistoryAnnotations, setGoneRows); tests/app/tst_windowhistory.cpp
// runs the same window with a real history.
#include "models/failurejobmodel.h"
#include "tests/ui/windowharness.h"
#include "ui/acknowledgedialog.h"
#include "ui/exportdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace sdrs;
using ui::AcknowledgeDialog;
using ui::ExportDialog;
using ui::MainWindow;

class TstAcknowledge : public QObject, protected testing::WindowHarness
{
    Q_OBJECT

    void selectRows(std::initializer_list<int> rows)
    {
        QItemSelectionModel *selection = table()->selectionModel();
        selection->setCurrentIndex(table()->model()->index(*rows.begin(), 0),
                                   QItemSelectionModel::NoUpdate);
        selection->clearSelection();
        for (int row : rows)
            selection->select(table()->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    QString jobIdAt(int row) const
    {
        return m_window->table()->model()->index(row, FailureJobModel::JobId).data().toString();
    }

    QAction *action(const char *name) { return child<QAction>(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_acknowledge"));
    }

    void init()
    {
        QSettings().clear();
        m_withHistory = false; // this test gives the window the history's answers itself
    }
    void cleanup() { endAll(); }

    void acknowledgeAndTakeBack()
    {
        start();
        m_window->setHistoryAvailable(true);
        selectRows({0, 1});
        QVERIFY(action("acknowledgeAction")->isEnabled());
        QVERIFY(!action("unacknowledgeAction")->isEnabled());
        QCOMPARE(action("acknowledgeAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        const QStringList ids{jobIdAt(0), jobIdAt(1)};

        QSignalSpy asked(m_window.get(), &MainWindow::acknowledgeRequested);
        action("acknowledgeAction")->trigger();
        auto *dialog =
            m_window->findChild<AcknowledgeDialog *>(QStringLiteral("acknowledgeDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("acknowledgeQuestion"))
                    ->text()
                    .contains(QLatin1Char('2')));
        auto *note = dialog->findChild<QLineEdit *>(QStringLiteral("acknowledgeNote"));
        QVERIFY(note->text().isEmpty());
        QTest::keyClicks(note, QStringLiteral("  INC-4711 waiting for EVS "));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0][0].toStringList(), ids);
        QCOMPARE(asked[0][1].toString(), QStringLiteral("INC-4711 waiting for EVS"));

        // The controller's answer: the rows carry the mark, the detail pane the note.
        HistoryAnnotations acknowledged;
        for (const QString &id : ids) {
            HistoryAnnotation a;
            a.acknowledgedAt = QDateTime::currentDateTimeUtc();
            a.note = QStringLiteral("INC-4711 waiting for EVS");
            acknowledged.insert(id, a);
        }
        m_window->setHistoryAnnotations(acknowledged);
        QVERIFY(table()->model()->index(0, 0).data(FailureJobModel::AcknowledgedRole).toBool());
        QVERIFY(!table()->model()->index(2, 0).data(FailureJobModel::AcknowledgedRole).toBool());
        selectRows({1});
        QVERIFY(child<QGroupBox>("detailHistoryBox")->isVisible());
        QCOMPARE(child<QLabel>("detailNote")->text(), QStringLiteral("INC-4711 waiting for EVS"));
        QVERIFY(child<QLabel>("detailAcknowledged")->isVisible());
        QVERIFY(!child<QLabel>("detailGone")->isVisible());

        // Acknowledge… again starts from the note the rows share.
        selectRows({0, 1});
        action("acknowledgeAction")->trigger();
        auto *again = m_window->findChild<AcknowledgeDialog *>(QStringLiteral("acknowledgeDialog"));
        QVERIFY(again);
        QCOMPARE(again->note(), QStringLiteral("INC-4711 waiting for EVS"));
        again->reject();

        // Take back: only the acknowledged rows of the selection are named.
        selectRows({0, 2});
        QVERIFY(action("unacknowledgeAction")->isEnabled());
        QSignalSpy takenBack(m_window.get(), &MainWindow::unacknowledgeRequested);
        action("unacknowledgeAction")->trigger();
        QCOMPARE(takenBack.size(), 1);
        QCOMPARE(takenBack[0][0].toStringList(), QStringList{ids[0]});
    }

    void hideAcknowledged()
    {
        start();
        m_window->setHistoryAvailable(true);
        const int rows = table()->model()->rowCount();
        QVERIFY(rows > 3);
        HistoryAnnotation a;
        a.acknowledgedAt = QDateTime::currentDateTimeUtc();
        m_window->setHistoryAnnotations({{jobIdAt(0), a}, {jobIdAt(2), a}});
        QAction *hide = action("hideAcknowledgedAction");
        QVERIFY(hide->isCheckable());
        hide->trigger();
        QCOMPARE(table()->model()->rowCount(), rows - 2);
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            QVERIFY(
                !table()->model()->index(row, 0).data(FailureJobModel::AcknowledgedRole).toBool());
        // Remembered with the window's settings.
        m_window->saveSettings();
        endAll();
        start();
        QVERIFY(action("hideAcknowledgedAction")->isChecked());
        action("hideAcknowledgedAction")->trigger();
        QVERIFY(!action("hideAcknowledgedAction")->isChecked());
    }

    void goneRowsGreyedWithWhenTheyWent()
    {
        start();
        m_window->setHistoryAvailable(true);
        const int rows = model()->rowCount();
        QSignalSpy switched(m_window.get(), &MainWindow::showGoneChanged);
        action("showGoneAction")->trigger();
        QCOMPARE(switched.size(), 1);
        QVERIFY(m_window->showsGoneRows());
        HistoryEntry gone;
        gone.job = model()->job(0);
        gone.job.jobId = QStringLiteral("gone-job");
        gone.job.resourceName = QStringLiteral("vanished-server");
        gone.annotation.firstSeen = QDateTime::currentDateTimeUtc().addDays(-2);
        gone.annotation.goneAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        gone.annotation.deletedAt = gone.annotation.goneAt;
        m_window->setGoneRows({gone});
        QCOMPARE(model()->rowCount(), rows + 1);
        QCOMPARE(model()->liveRowCount(), rows);
        // The quick filter finds it; it is greyed and says when it went.
        child<QLineEdit>("quickFilter")->setText(QStringLiteral("vanished-server"));
        QTRY_COMPARE(table()->model()->rowCount(), 1);
        QVERIFY(table()->model()->index(0, 0).data(FailureJobModel::GoneRole).toBool());
        QVERIFY(!table()->model()->index(0, 0).data(FailureJobModel::NewRole).toBool());
        selectRows({0});
        QVERIFY(child<QLabel>("detailGone")->isVisible());
        QVERIFY(child<QLabel>("detailGone")
                    ->text()
                    .contains(QStringLiteral("Deleted by this program")));
        child<QLineEdit>("quickFilter")->clear();

        // Switched off: the gone rows leave.
        action("showGoneAction")->trigger();
        QCOMPARE(switched.size(), 2);
        QCOMPARE(model()->rowCount(), rows);
    }

    void withoutHistoryTheActionsAreOff()
    {
        start();
        m_window->setHistoryAvailable(false, QStringLiteral("The history cannot be opened."));
        selectRows({0});
        QVERIFY(!action("acknowledgeAction")->isEnabled());
        QVERIFY(!action("showGoneAction")->isEnabled());
        QVERIFY(!m_window->showsGoneRows());
    }

    void exportOffersHistoryColumns()
    {
        start();
        ExportDialog dialog(1, 100, 200, m_window.get());
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("exportHistoryColumns"));
        QVERIFY(box);
        dialog.setHistoryColumnsAvailable(false);
        box->setChecked(true);
        QVERIFY(!dialog.options().historyColumns);
        dialog.setHistoryColumnsAvailable(true);
        QVERIFY(dialog.options().historyColumns);
    }
};

QTEST_MAIN(TstAcknowledge)
#include "tst_acknowledge.moc"
