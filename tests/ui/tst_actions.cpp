// Operator actions in the real window against the emulator: copy, the context menu, CSV export,
// deletes with their confirmation and results, auto-refresh and the marks of new rows.
#include "models/apitime.h"
#include "tests/ui/windowharness.h"
#include "ui/deletedialogs.h"
#include "ui/exportdialog.h"
#include "ui/messagebar.h"
#include "ui/profiledialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace sdrs;
using namespace sdrs::emulator;
using testing::choose;

namespace {

/// Runs `act` on the first top-level widget of type T that becomes visible (a dialog run with
/// exec() blocks the test until it is answered, so the answer is scheduled before).
template<class T> void whenShown(std::function<void(T *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setObjectName(QStringLiteral("whenShown"));
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<T *>(w); found && found->isVisible()) {
                timer->stop();
                timer->deleteLater();
                act(found);
                return;
            }
        }
    });
    timer->start();
}

/// Clicks the button of a message box whose object name is `button` (or the Cancel button).
void answer(QMessageBox *box, const char *button)
{
    for (QAbstractButton *b : box->buttons()) {
        if (button ? b->objectName() == QLatin1StringView(button)
                   : box->buttonRole(b) == QMessageBox::RejectRole) {
            b->click();
            return;
        }
    }
    QFAIL("no such button");
}

/// RFC 4180 records of a CSV text (quoted cells may hold separators, quotes and line breaks).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << std::exchange(cell, {});
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << std::exchange(cell, {});
            records << std::exchange(record, {});
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !record.isEmpty())
        records << (record << cell);
    return records;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseCsv(QString::fromUtf8(file.readAll()));
}

FailureJob freshFailure(const QString &groupId, int serial)
{
    FailureJob f;
    f.jobStatus = QStringLiteral("FAIL");
    f.resourceId = QStringLiteral("new-resource-%1").arg(serial);
    f.resourceName = QStringLiteral("brand-new-%1").arg(serial);
    f.resourceType = QStringLiteral("server_groups");
    f.failureStatus = QStringLiteral("failoverFail");
    f.jobId = QStringLiteral("%1").arg(0xabc000 + serial, 32, 16, QLatin1Char('0'));
    f.jobType = QStringLiteral("failoverProtectionGroupNoCG");
    f.beginTime = QDateTime::currentDateTimeUtc().addSecs(3600); // newer than every row
    f.beginTimeText = formatIsoTime(f.beginTime);
    f.errorCode = QStringLiteral("SDRS.1300");
    f.failReason = QStringLiteral("SdrsTask-fail:new failure %1").arg(serial);
    f.serverGroupId = groupId;
    return f;
}

} // namespace

class TstActions : public QObject, protected testing::WindowHarness
{
    Q_OBJECT

    QAction *action(const char *name) { return child<QAction>(name); }

    /// The job a row of the table shows.
    FailureJob rowJob(int row)
    {
        FailureJob job;
        job.jobId = table()
                        ->model()
                        ->index(row, FailureJobModel::JobId)
                        .data(FailureJobModel::RawRole)
                        .toString();
        job.resourceId = table()
                             ->model()
                             ->index(row, FailureJobModel::ResourceId)
                             .data(FailureJobModel::RawRole)
                             .toString();
        return job;
    }

    /// The summary of the newest delete results dialog (closed after reading).
    QString lastDeleteSummary()
    {
        QList<ui::DeleteResultsDialog *> dialogs =
            m_window->findChildren<ui::DeleteResultsDialog *>();
        if (dialogs.isEmpty())
            return QStringLiteral("(no results dialog)");
        const QString summary =
            dialogs.constLast()->findChild<QLabel *>(QStringLiteral("deleteSummary"))->text();
        qDeleteAll(dialogs);
        return summary;
    }

    void selectRows(const QList<int> &rows)
    {
        auto *selection = table()->selectionModel();
        selection->clearSelection();
        selection->setCurrentIndex(table()->model()->index(rows.constFirst(), 0),
                                   QItemSelectionModel::NoUpdate);
        for (int row : rows)
            selection->select(table()->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    /// Exports through the dialog with `rows` and every field to `path`; returns the error
    /// (empty on success).
    QString exportVia(ExportOptions::Rows rows, const QString &path)
    {
        QSignalSpy done(m_controller.get(), &Controller::exportFinished);
        action("exportAction")->trigger();
        auto *dialog = m_window->findChild<ui::ExportDialog *>();
        if (!dialog)
            return QStringLiteral("no export dialog");
        const char *radio = rows == ExportOptions::Rows::Selected ? "exportSelected"
                            : rows == ExportOptions::Rows::Shown  ? "exportShown"
                                                                  : "exportAllPages";
        dialog->findChild<QRadioButton *>(QLatin1StringView(radio))->setChecked(true);
        dialog->findChild<QRadioButton *>(QStringLiteral("exportAllFields"))->setChecked(true);
        dialog->setPath(path);
        dialog->accept();
        if (!done.wait(30000))
            return QStringLiteral("no end of the export");
        return done.constFirst().at(1).toString();
    }

    /// The job ids of the emulator's rows matching `keep`, as a multiset-free set check needs.
    QStringList serverJobIds(const std::function<bool(const FailureJob &)> &keep)
    {
        QStringList ids;
        for (const FailureJob &f : m_emulator->data().failures) {
            if (keep(f))
                ids << f.jobId + u'/' + f.resourceId;
        }
        ids.sort();
        return ids;
    }

    static QStringList fileJobIds(const QList<QStringList> &records)
    {
        QStringList ids;
        for (qsizetype i = 1; i < records.size(); ++i)
            ids << records.at(i).at(0) + u'/' + records.at(i).at(5); // job_id, resource_id
        ids.sort();
        return ids;
    }

    /// Exports `rows` over an existing file, agrees to replace it, and presses Cancel in the
    /// progress dialog as soon as it shows (with `stage` in its label): the old file must stay as
    /// it was, with nothing beside it.
    void cancelExportOverOldFile(ExportOptions::Rows rows, const QString &stage)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content\n");
        }
        bool asked = false;
        whenShown<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->objectName() == QLatin1StringView("confirmOverwrite");
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
        });
        QString label;
        whenShown<QProgressDialog>([&label](QProgressDialog *progress) {
            label = progress->labelText();
            progress->findChild<QPushButton *>()->click(); // what the user's Cancel does
        });
        QCOMPARE(exportVia(rows, path), QStringLiteral("cancelled"));
        QVERIFY(asked);
        QVERIFY2(label.startsWith(stage), qPrintable(label));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("old content\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("keep.csv")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_actions"));
    }

    void init() { QSettings().clear(); }
    void cleanup()
    {
        // A watcher left by a failed test must not answer the next test's dialog.
        const QList<QTimer *> watchers = qApp->findChildren<QTimer *>(QStringLiteral("whenShown"));
        qDeleteAll(watchers);
        endAll();
    }

    void ctrlCCopiesSelectedRowsAsTsvWithHeader()
    {
        start();
        selectRows({0, 1, 2});
        table()->setFocus();
        QTest::keySequence(table(), QKeySequence::Copy);
        QString text = QApplication::clipboard()->text();
        QVERIFY(text.endsWith(u'\n'));
        text.chop(1);
        const QStringList lines = text.split(u'\n');
        QCOMPARE(lines.size(), 4);
        const QStringList header = lines.at(0).split(u'\t');
        QCOMPARE(header.constFirst(), QStringLiteral("Begin time (UTC)"));
        QVERIFY(header.contains(QStringLiteral("Resource name")));
        QVERIFY(!header.contains(QStringLiteral("Job ID"))); // hidden columns are not copied
        const QList<FailureJob> selected = m_window->selectedJobs();
        QCOMPARE(selected.size(), 3);
        const int nameColumn = int(header.indexOf(QStringLiteral("Resource name")));
        for (int i = 0; i < 3; ++i) {
            const QStringList cells = lines.at(i + 1).split(u'\t');
            QCOMPARE(cells.at(0), formatIsoTime(selected.at(i).beginTime));
            QCOMPARE(cells.at(nameColumn), selected.at(i).resourceName);
        }
    }

    void contextMenuOffersCopyInspectAndDelete()
    {
        start();
        selectRows({4});
        QCOMPARE(m_window->selectedJobs().size(), 1);
        const FailureJob job = m_window->selectedJobs().constFirst();
        QStringList texts;
        whenShown<QMenu>([&texts](QMenu *menu) {
            for (QAction *a : menu->actions())
                if (!a->isSeparator())
                    texts << a->objectName();
            menu->close();
        });
        Q_EMIT table()->customContextMenuRequested(QPoint(10, 10));
        QCOMPARE(
            texts,
            QStringList({QStringLiteral("copyRowsAction"), QStringLiteral("copyJobIdAction"),
                         QStringLiteral("copyResourceIdAction"), QStringLiteral("copyJsonAction"),
                         QStringLiteral("copyJsonArrayAction"), QStringLiteral("inspectAction"),
                         QStringLiteral("acknowledgeAction"),
                         QStringLiteral("deleteSelectedAction")}));

        action("copyJobIdAction")->trigger();
        QCOMPARE(QApplication::clipboard()->text(), job.jobId);
        action("copyResourceIdAction")->trigger();
        QCOMPARE(QApplication::clipboard()->text(), job.resourceId);
        action("copyJsonAction")->trigger();
        const QJsonObject object =
            QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
        QCOMPARE(object.value(QLatin1StringView("job_id")).toString(), job.jobId);
        QCOMPARE(object.value(QLatin1StringView("fail_reason")).toString(), job.failReason);
    }

    void exportShownRowsWritesWhatTheTableHolds()
    {
        start();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shown.csv"));
        QCOMPARE(exportVia(ExportOptions::Rows::Shown, path), QString());
        const QList<QStringList> records = readCsv(path);
        QCOMPARE(records.size(), 1 + model()->rowCount());
        QCOMPARE(records.constFirst().constFirst(), QStringLiteral("job_id"));
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            const QString jobId = table()
                                      ->model()
                                      ->index(row, FailureJobModel::JobId)
                                      .data(FailureJobModel::RawRole)
                                      .toString();
            QCOMPARE(records.at(row + 1).at(0), jobId); // in the table's order
        }
        // Done, and said as done: not with the error's icon and colour.
        auto *bar = child<ui::MessageBar>("messageBar");
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), ui::MessageKind::Success);
        QVERIFY2(bar->text().contains(QStringLiteral("Exported")), qPrintable(bar->text()));
    }

    void languageNoticeIsInformation()
    {
        start();
        QAction *other = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->objectName().startsWith(QStringLiteral("language_")) && !a->isChecked())
                other = a;
        }
        QVERIFY(other);
        other->trigger();
        auto *bar = child<ui::MessageBar>("messageBar");
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), ui::MessageKind::Information);
        QVERIFY2(bar->text().contains(QStringLiteral("language")), qPrintable(bar->text()));
    }

    void exportEveryPageEqualsTheServersRows_data()
    {
        QTest::addColumn<int>(
            "scopeIndex"); // 0 group level, 1 all groups, 3 first group (2 is the separator)
        QTest::newRow("group level") << 0;
        QTest::newRow("all groups") << 1;
        QTest::newRow("one group") << 3;
    }

    void exportEveryPageEqualsTheServersRows()
    {
        QFETCH(int, scopeIndex);
        start(Dataset::generate(11, 6, 2600));
        auto *groups = child<QComboBox>("groupFilter");
        const QString groupId = groups->itemData(scopeIndex, Qt::UserRole + 2).toString();
        if (scopeIndex != 0)
            QVERIFY(rowsAfter([&] { choose(groups, scopeIndex); }));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("all.csv"));
        QCOMPARE(exportVia(ExportOptions::Rows::AllPages, path), QString());
        const QList<QStringList> records = readCsv(path);
        const QStringList want = serverJobIds(
            [&](const FailureJob &f) { return scopeIndex == 1 || f.serverGroupId == groupId; });
        QVERIFY(want.size() > 100); // more than one page of the table
        const QStringList got = fileJobIds(records);
        QCOMPARE(got.size(), want.size());
        QCOMPARE(QSet<QString>(got.cbegin(), got.cend()).size(), got.size()); // no duplicates
        QCOMPARE(got, want);
        // The group columns name the group each row was asked for.
        for (qsizetype i = 1; i < records.size(); ++i) {
            if (scopeIndex == 3)
                QCOMPARE(records.at(i).at(10), groupId);
            if (scopeIndex == 0)
                QCOMPARE(records.at(i).at(10), QString());
        }
    }

    void cancelledExportLeavesTheOldFile()
    {
        start();
        m_emulator->queueFault(Fault::Stall, 1); // the fetch hangs until cancelled
        cancelExportOverOldFile(ExportOptions::Rows::AllPages, QStringLiteral("Fetching"));
    }

    void failedFetchIsReportedOnce()
    {
        start();
        m_emulator->setListingFault(QString(), Fault::Http500); // every group-level listing
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("never.csv"));
        QSignalSpy done(m_controller.get(), &Controller::exportFinished);
        const QString error = exportVia(ExportOptions::Rows::AllPages, path);
        QVERIFY2(error.contains(QStringLiteral("HTTP 500")), qPrintable(error));
        for (int i = 0; i < 20; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(done.size(), 1); // one report, not a "cancelled" one as well
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void cancelWhileWritingLeavesTheOldFile()
    {
        // Enough rows that writing takes far longer than the Cancel below needs to arrive.
        start(Dataset::generate(5, 8, 60000));
        auto *groups = child<QComboBox>("groupFilter");
        QVERIFY(rowsAfter([&] { choose(groups, 1); })); // all protection groups: 60,000 rows held
        cancelExportOverOldFile(ExportOptions::Rows::Shown, QStringLiteral("Writing"));
    }

    void declinedOverwriteWritesNothing()
    {
        start();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        QSignalSpy done(m_controller.get(), &Controller::exportFinished);
        action("exportAction")->trigger();
        auto *dialog = m_window->findChild<ui::ExportDialog *>();
        QVERIFY(dialog);
        dialog->setPath(path);
        whenShown<QMessageBox>([](QMessageBox *box) { answer(box, nullptr); });
        dialog->accept();
        QVERIFY(dialog->isVisible()); // still asking where to write
        QCOMPARE(done.size(), 0);
        dialog->reject();
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("old"));
    }

    void unwritableFolderSaysSoAndLeavesNothing()
    {
        start();
        // /proc exists, and nobody (not even root) can create a file in it.
        const QString error =
            exportVia(ExportOptions::Rows::Shown, QStringLiteral("/proc/sdrs-export.csv"));
        QVERIFY2(error.contains(QStringLiteral("/proc/sdrs-export.csv")), qPrintable(error));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/sdrs-export.csv")));
        auto *bar = child<ui::MessageBar>("messageBar");
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), ui::MessageKind::Error);
    }

    void deleteSelectedRemovesExactlyThoseRows()
    {
        start();
        selectRows({1, 3});
        const QList<FailureJob> chosen = m_window->selectedJobs();
        QCOMPARE(chosen.size(), 2);
        const QSet<QString> gone{chosen.at(0).resourceId, chosen.at(1).resourceId};
        QStringList before;
        for (const FailureJob &f : m_emulator->data().failures)
            if (!gone.contains(f.resourceId))
                before << f.jobId + f.resourceId;

        QString question;
        whenShown<QMessageBox>([&question](QMessageBox *box) {
            question = box->text() + u'\n' + box->informativeText();
            answer(box, "confirmDeleteButton");
        });
        QSignalSpy done(m_controller.get(), &Controller::deletesFinished);
        QSignalSpy rows(m_controller.get(), &Controller::rowsShown);
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY(done.wait(10000));
        QVERIFY(question.contains(chosen.at(0).resourceName));
        QVERIFY(question.contains(chosen.at(1).resourceName));
        QVERIFY(question.contains(QStringLiteral("cannot be undone")));

        QStringList after;
        for (const FailureJob &f : m_emulator->data().failures)
            after << f.jobId + f.resourceId;
        QCOMPARE(after, before); // exactly the two resources went, nothing else

        auto *results = m_window->findChild<ui::DeleteResultsDialog *>();
        QVERIFY(results && results->isVisible());
        auto *list = results->findChild<QTreeWidget *>(QStringLiteral("deleteResultList"));
        QCOMPARE(list->topLevelItemCount(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(list->topLevelItem(i)->text(2), QStringLiteral("Deleted"));
        QVERIFY(rows.wait(10000) || rows.size() > 0); // the table is loaded again
        for (const FailureJob &job : model()->jobs())
            QVERIFY(!gone.contains(job.resourceId));
    }

    void deleteByResourceSaysAllItsTasksGo()
    {
        start();
        // A second failed task of the resource of row 0, elsewhere in the list.
        FailureJob twin = freshFailure(QString(), 5);
        twin.resourceId = model()->job(0).resourceId;
        twin.beginTime = model()->job(0).beginTime.addDays(-400); // far down the list
        twin.beginTimeText = formatIsoTime(twin.beginTime);
        m_emulator->addFailure(twin);
        selectRows({0});
        QString question;
        whenShown<QMessageBox>([&question](QMessageBox *box) {
            question = box->text() + u'\n' + box->informativeText();
            answer(box, "confirmDeleteButton");
        });
        QSignalSpy done(m_controller.get(), &Controller::deletesFinished);
        action("deleteSelectedAction")->trigger();
        QVERIFY(done.wait(10000));
        QVERIFY2(question.contains(QStringLiteral("every failed task of each resource")),
                 qPrintable(question));
        for (const FailureJob &f : m_emulator->data().failures)
            QVERIFY(f.resourceId != twin.resourceId); // both went, as the question said
    }

    void deleteKeepsThePlaceInTheTable_data()
    {
        QTest::addColumn<QList<int>>("selected");
        QTest::addColumn<bool>("last"); // the rows were the last of the page
        QTest::newRow("middle") << QList<int>{40, 41} << false;
        QTest::newRow("last") << QList<int>{99} << true;
    }

    void deleteKeepsThePlaceInTheTable()
    {
        // Bug 14: after a delete the view jumped to the top and selected the first row.
        QFETCH(QList<int>, selected);
        QFETCH(bool, last);
        start();
        QCOMPARE(table()->model()->rowCount(), 100);
        selectRows(selected);
        table()->scrollTo(table()->model()->index(selected.constLast(), 0));
        const int scroll = table()->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        QSet<QString> gone;
        for (const FailureJob &job : m_window->selectedJobs())
            gone.insert(job.resourceId);
        // The nearest row after them that stays (every row of a deleted resource goes), or
        // before them when they were the last.
        QString expected;
        const int step = last ? -1 : 1;
        for (int row = last ? selected.constFirst() - 1 : selected.constLast() + 1;
             row >= 0 && row < table()->model()->rowCount() && expected.isEmpty(); row += step) {
            const FailureJob job = rowJob(row);
            if (!gone.contains(job.resourceId))
                expected = job.jobId + job.resourceId;
        }
        QVERIFY(!expected.isEmpty());

        whenShown<QMessageBox>([](QMessageBox *box) { answer(box, "confirmDeleteButton"); });
        QSignalSpy done(m_controller.get(), &Controller::deletesFinished);
        QSignalSpy rows(m_controller.get(), &Controller::rowsShown);
        action("deleteSelectedAction")->trigger();
        QVERIFY(done.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(rows.size(), 1, 10000); // the reload after the delete
        lastDeleteSummary();                              // closes the results
        const QList<FailureJob> now = m_window->selectedJobs();
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.constFirst().jobId + now.constFirst().resourceId, expected);
        QCOMPARE(table()->verticalScrollBar()->value(), scroll);
    }

    void declinedDeleteDeletesNothing()
    {
        start();
        selectRows({0});
        const qsizetype before = m_emulator->data().failures.size();
        const int requests = m_emulator->requestCount();
        bool asked = false;
        whenShown<QMessageBox>([&asked](QMessageBox *box) {
            asked = true;
            answer(box, nullptr);
        });
        action("deleteSelectedAction")->trigger();
        QTRY_VERIFY(asked);
        QCoreApplication::processEvents();
        QCOMPARE(m_emulator->data().failures.size(), before);
        QCOMPARE(m_emulator->requestCount(), requests);
    }

    void deleteGroupLevelAndOneGroup()
    {
        start();
        const Dataset &data = m_emulator->data();
        const qint64 groupLevel =
            std::count_if(data.failures.cbegin(), data.failures.cend(),
                          [](const FailureJob &f) { return f.serverGroupId.isEmpty(); });
        QVERIFY(groupLevel > 0);
        const QStringList others =
            serverJobIds([](const FailureJob &f) { return !f.serverGroupId.isEmpty(); });

        QString question;
        whenShown<QMessageBox>([&question](QMessageBox *box) {
            question = box->informativeText();
            answer(box, "confirmDeleteButton");
        });
        QSignalSpy done(m_controller.get(), &Controller::deletesFinished);
        action("deleteGroupLevelAction")->trigger();
        QVERIFY(done.wait(10000));
        QVERIFY2(question.contains(QLocale().toString(groupLevel)), qPrintable(question));
        QCOMPARE(serverJobIds([](const FailureJob &) { return true; }), others);
        // The summary counts the failed tasks that went, not the one request (bug 8).
        QCOMPARE(lastDeleteSummary(), QStringLiteral("Deleted the %1 protection-group-level "
                                                     "failed tasks.")
                                          .arg(QLocale().toString(groupLevel)));

        // Then one group with failed tasks, chosen in the dropdown.
        auto *groups = child<QComboBox>("groupFilter");
        int index = 3; // after the two scopes and the separator
        QString groupId;
        for (; index < groups->count(); ++index) {
            groupId = groups->itemData(index, Qt::UserRole + 2).toString();
            if (!serverJobIds([&](const FailureJob &f) {
                     return f.serverGroupId == groupId;
                 }).isEmpty())
                break;
        }
        QVERIFY(index < groups->count());
        QVERIFY(rowsAfter([&] { choose(groups, index); }));
        QVERIFY(action("deleteGroupAction")->isEnabled());
        const QStringList rest =
            serverJobIds([&](const FailureJob &f) { return f.serverGroupId != groupId; });
        const qsizetype inGroup =
            serverJobIds([](const FailureJob &) { return true; }).size() - rest.size();
        whenShown<QMessageBox>([](QMessageBox *box) { answer(box, "confirmDeleteButton"); });
        action("deleteGroupAction")->trigger();
        QVERIFY(done.wait(10000));
        QCOMPARE(serverJobIds([](const FailureJob &) { return true; }), rest);
        QCOMPARE(lastDeleteSummary(),
                 QStringLiteral("Deleted the %1 failed tasks of protection group \u201c%2\u201d.")
                     .arg(QLocale().toString(inGroup), groups->itemText(index)));
    }

    void deleteProfileAsksThenRemovesIt()
    {
        // Bug 9: a saved profile could not be deleted. The title names the profile in use.
        start();
        QAction *remove = action("deleteProfileAction");
        QVERIFY(!remove->isEnabled()); // "test" is not a saved profile
        const QString name = QStringLiteral("prod-eu-de");
        m_profiles->save(Profile{name, connection()}, nullptr, {});
        QTRY_VERIFY(m_profiles->profile(name).has_value());
        QVERIFY(rowsAfter([&] { m_controller->useProfile(name); }));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("SDRS Failed Tasks \u2014 prod-eu-de"));
        QVERIFY(remove->isEnabled());

        // Cancel keeps it; the question names it.
        QString question;
        whenShown<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            answer(box, nullptr);
        });
        remove->trigger();
        QVERIFY2(question.contains(name), qPrintable(question));
        QVERIFY(m_profiles->profile(name).has_value());

        whenShown<QMessageBox>([](QMessageBox *box) { answer(box, "confirmDeleteProfileButton"); });
        remove->trigger();
        QVERIFY(!m_profiles->profile(name).has_value());
        QVERIFY(!m_profiles->names().contains(name));
        auto *switcher = child<QComboBox>("profileSwitcher");
        QCOMPARE(switcher->findText(name), -1);
        QVERIFY(switcher->findText(QStringLiteral("test")) >= 0);
        QVERIFY(!remove->isEnabled());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("SDRS Failed Tasks"));
        QVERIFY(!m_controller->client());
        auto *bar = child<ui::MessageBar>("messageBar");
        QCOMPARE(bar->kind(), ui::MessageKind::Information);
        QVERIFY2(bar->text().contains(name), qPrintable(bar->text()));
        // Its secrets went with it: settings of that name written again find none.
        QSettings().setValue(QStringLiteral("profiles/prod-eu-de/auth"), QStringLiteral("token"));
        QVERIFY(m_profiles->profile(name).has_value());
        std::optional<Profile> loaded;
        m_profiles->load(name, nullptr,
                         [&loaded](const Profile &p, const QString &) { loaded = p; });
        QTRY_VERIFY(loaded.has_value());
        QCOMPARE(loaded->connection.token, QString());
    }

    void keychainWarningInTheMessageBar()
    {
        // Bug 12: where secrets are kept only for the session, the message bar says so in plain
        // words (it was a status-bar note for 10 s, cut off).
        start();
        whenShown<ui::ProfileDialog>([this](ui::ProfileDialog *dialog) {
            Profile p{QStringLiteral("saved"), connection()};
            dialog->setProfile(p);
            dialog->accept();
        });
        QVERIFY(rowsAfter([&] { action("newProfileAction")->trigger(); }));
        auto *bar = child<ui::MessageBar>("messageBar");
        QTRY_COMPARE(bar->kind(), ui::MessageKind::Warning);
        QCOMPARE(bar->text(), m_profiles->secretStorageText());
        QVERIFY2(bar->text().contains(QStringLiteral("passwords are kept only until the program "
                                                     "closes")),
                 qPrintable(bar->text()));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("SDRS Failed Tasks \u2014 saved"));
    }

    void refreshMarksNewRowsUntilSeen()
    {
        start();
        QCOMPARE(m_window->newRowCount(), 0);
        QSignalSpy found(m_window.get(), &ui::MainWindow::newRowsFound);
        // Paging to another page is not "new".
        QVERIFY(rowsAfter([&] { child<QToolButton>("nextPage")->click(); }));
        QVERIFY(rowsAfter([&] { child<QToolButton>("previousPage")->click(); }));
        QCOMPARE(found.size(), 0);

        m_emulator->addFailure(freshFailure(QString(), 1));
        m_emulator->addFailure(freshFailure(QString(), 2));
        QVERIFY(rowsAfter([&] { action("refreshAction")->trigger(); }));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().constFirst().toInt(), 2);
        QCOMPARE(m_window->newRowCount(), 2);
        for (int row = 0; row < model()->rowCount(); ++row) {
            const bool fresh = model()->job(row).resourceId.startsWith(u"new-resource-");
            QCOMPARE(model()->index(row, 0).data(FailureJobModel::NewRole).toBool(), fresh);
        }
        QTRY_VERIFY(child<QLabel>("newRowsLabel")->isVisible());

        // Still new after another refresh; seen once the user selects it.
        QVERIFY(rowsAfter([&] { action("refreshAction")->trigger(); }));
        QCOMPARE(m_window->newRowCount(), 2);
        int viewRow = -1;
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            if (table()->model()->index(row, 0).data(FailureJobModel::NewRole).toBool())
                viewRow = row;
        QVERIFY(viewRow >= 0);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(table()->model()->index(viewRow, 1)).center());
        QCOMPARE(m_window->newRowCount(), 1);
        action("markSeenAction")->trigger();
        QCOMPARE(m_window->newRowCount(), 0);
        QVERIFY(!child<QLabel>("newRowsLabel")->isVisible());
    }

    void onlyARefreshMarksRows()
    {
        start();
        QSignalSpy found(m_window.get(), &ui::MainWindow::newRowsFound);
        // A refresh that fails, then another page: nothing is new.
        m_emulator->setListingFault(QString(), Fault::Http500);
        QSignalSpy failed(m_controller.get(), &Controller::loadFailed);
        action("refreshAction")->trigger();
        QVERIFY(failed.wait(10000));
        m_emulator->setListingFault(QString(), Fault::None);
        QVERIFY(rowsAfter([&] { child<QToolButton>("nextPage")->click(); }));
        QCOMPARE(found.size(), 0);
        QCOMPARE(m_window->newRowCount(), 0);

        // Rows deleted on the service pull older rows up into the page: not new either.
        QVERIFY(rowsAfter([&] { child<QToolButton>("previousPage")->click(); }));
        for (int row = 0; row < 3; ++row)
            QVERIFY(m_emulator->removeFailure(model()->job(row).resourceId));
        QVERIFY(rowsAfter([&] { action("refreshAction")->trigger(); }));
        QCOMPARE(found.size(), 0);
        QCOMPARE(m_window->newRowCount(), 0);

        // A row that really is new is.
        m_emulator->addFailure(freshFailure(QString(), 3));
        QVERIFY(rowsAfter([&] { action("refreshAction")->trigger(); }));
        QCOMPARE(found.size(), 1);
        QCOMPARE(m_window->newRowCount(), 1);
    }

    void selectionSurvivesARefresh()
    {
        start();
        selectRows({2, 5, 7});
        const QList<FailureJob> before = m_window->selectedJobs();
        QCOMPARE(before.size(), 3);
        m_emulator->addFailure(freshFailure(QString(), 4)); // every row moves down by one
        QVERIFY(rowsAfter([&] { action("refreshAction")->trigger(); }));
        QCOMPARE(m_window->selectedJobs(), before);
    }

    void autoRefreshLoadsAndMarks()
    {
        start();
        action("autoRefresh5")->trigger();
        QCOMPARE(m_window->autoRefreshMinutes(), 5);
        auto *timer = child<QTimer>("autoRefreshTimer");
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 5 * 60 * 1000);
        QVERIFY(child<QLabel>("autoRefreshLabel")->isVisible());

        m_emulator->addFailure(freshFailure(QString(), 7));
        QSignalSpy found(m_window.get(), &ui::MainWindow::newRowsFound);
        timer->setInterval(20); // instead of waiting five minutes
        QVERIFY(found.wait(10000));
        QCOMPARE(found.constFirst().constFirst().toInt(), 1);
        timer->setInterval(5 * 60 * 1000);

        // Remembered, and Off stops it.
        m_window->saveSettings();
        QCOMPARE(QSettings().value(QStringLiteral("window/autoRefreshMinutes")).toInt(), 5);
        action("autoRefresh0")->trigger();
        QVERIFY(!timer->isActive());
        QVERIFY(!child<QLabel>("autoRefreshLabel")->isVisible());
    }
};

QTEST_MAIN(TstActions)
#include "tst_actions.moc"
