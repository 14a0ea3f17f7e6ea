// MainWindow's use of the local history: the new marks (from refreshes and from the history),
// acknowledgements, gone rows and the View toggles. The controller (app/historycontroller.*)
// answers the signals and hands over what the history knows.
#include "ui/mainwindow.h"

#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "ui/acknowledgedialog.h"
#include "ui/detailpane.h"
#include "ui/failuretableview.h"
#include "ui/messagebar.h"
#include "ui/newrownotifier.h"
#include "ui/windowstatusbar.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>

namespace sdrs::ui {

namespace {

QStringList jobIds(const QList<FailureJob> &jobs)
{
    QStringList ids;
    ids.reserve(jobs.size());
    for (const FailureJob &job : jobs) {
        if (!job.jobId.isEmpty() && !ids.contains(job.jobId))
            ids.append(job.jobId);
    }
    return ids;
}

} // namespace

void MainWindow::buildHistoryViewActions(QMenu *view)
{
    m_showGone = view->addAction(tr("Show &gone failures"));
    m_showGone->setObjectName(QStringLiteral("showGoneAction"));
    m_showGone->setCheckable(true);
    m_showGone->setToolTip(tr("Add the failed tasks the service no longer lists, greyed, from "
                              "the history kept on this computer"));
    connect(m_showGone, &QAction::toggled, this, [this](bool show) {
        if (!show)
            setGoneRows({});
        Q_EMIT showGoneChanged(show);
    });
    m_hideAcknowledged = view->addAction(tr("&Hide acknowledged"));
    m_hideAcknowledged->setObjectName(QStringLiteral("hideAcknowledgedAction"));
    m_hideAcknowledged->setCheckable(true);
    m_hideAcknowledged->setToolTip(tr("Hide the failed tasks that were acknowledged"));
    connect(m_hideAcknowledged, &QAction::toggled, this, [this](bool hide) {
        m_table->filterProxy()->setHideAcknowledged(hide);
        updatePaging();
        updateCounts();
    });
}

void MainWindow::buildHistoryTaskActions(QMenu *tasks)
{
    m_acknowledge =
        tasks->addAction(tr("&Acknowledge\u2026"), this, &MainWindow::acknowledgeSelected);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAction"));
    m_acknowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_acknowledge->setToolTip(tr("Mark the selected failed tasks as dealt with, with an "
                                 "optional note (Ctrl+K)"));
    m_unacknowledge = tasks->addAction(tr("&Take back acknowledgement"), this,
                                       &MainWindow::unacknowledgeSelected);
    m_unacknowledge->setObjectName(QStringLiteral("unacknowledgeAction"));
    m_unacknowledge->setToolTip(tr("Remove the acknowledgement of the selected failed tasks"));
}

void MainWindow::acknowledgeSelected()
{
    const QList<FailureJob> jobs = selectedJobs();
    const QStringList ids = jobIds(jobs);
    if (ids.isEmpty() || !m_historyAvailable)
        return;
    // The tasks' common note to start from, when they share one.
    QString note = m_model->annotations().value(ids.first()).note;
    for (const QString &id : ids) {
        if (m_model->annotations().value(id).note != note)
            note.clear();
    }
    auto *dialog = new AcknowledgeDialog(int(ids.size()), note, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, ids] { Q_EMIT acknowledgeRequested(ids, dialog->note()); });
    dialog->open();
}

void MainWindow::unacknowledgeSelected()
{
    QStringList ids;
    for (const QString &id : jobIds(selectedJobs())) {
        if (m_model->annotations().value(id).isAcknowledged())
            ids.append(id);
    }
    if (!ids.isEmpty() && m_historyAvailable)
        Q_EMIT unacknowledgeRequested(ids);
}

void MainWindow::updateHistoryActions()
{
    if (!m_acknowledge)
        return; // called while the window is being built
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    bool anyAcknowledged = false;
    for (const QModelIndex &row : rows)
        anyAcknowledged |= row.data(FailureJobModel::AcknowledgedRole).toBool();
    m_acknowledge->setEnabled(m_historyAvailable && !rows.isEmpty());
    m_unacknowledge->setEnabled(m_historyAvailable && anyAcknowledged);
}

void MainWindow::setHistoryAvailable(bool available, const QString &reason)
{
    m_historyAvailable = available;
    for (QAction *action : {m_acknowledge, m_unacknowledge, m_showGone})
        action->setStatusTip(available ? QString() : reason);
    m_showGone->setEnabled(available);
    updateHistoryActions();
}

void MainWindow::showHistoryProblem(const QString &sentence, MessageKind kind)
{
    m_message->addMessage(kind, sentence);
}

void MainWindow::setHistoryAnnotations(const HistoryAnnotations &annotations)
{
    m_model->updateAnnotations(annotations);
    m_status->setNewRows(newRowCount());
    updateHistoryActions();
    showDetailHistory();
}

void MainWindow::setGoneRows(const QList<HistoryEntry> &entries)
{
    const auto [keep, current] = m_table->selectionKeys();
    m_model->setGoneRows(entries);
    m_table->restoreSelection(keep, current);
    updatePaging();
    updateCounts();
}

bool MainWindow::showsGoneRows() const
{
    return m_showGone->isChecked() && m_historyAvailable;
}

void MainWindow::showDetailHistory()
{
    // The row the detail pane shows: currentJob() points into the model's rows.
    const FailureJob *job = currentJob();
    const qsizetype row = job ? job - m_model->jobs().constData() : -1;
    if (row < 0 || row >= m_model->rowCount()) {
        m_detail->showHistory(nullptr, false);
        return;
    }
    m_detail->showHistory(m_model->annotation(int(row)), m_model->isGone(int(row)));
}

void MainWindow::updateNewMarks()
{
    const int fresh = m_newRows.update(*m_model, filter(), !m_paging.local());
    m_model->setNewKeys(m_newRows.unseen());
    m_status->setNewRows(newRowCount());
    if (fresh > 0) {
        Q_EMIT newRowsFound(fresh);
        m_notifier->notify(fresh, m_status->connectionText(), m_notify->isChecked());
    }
}

int MainWindow::newRowCount() const
{
    return m_model->newRowCount();
}

void MainWindow::markCurrentSeen()
{
    if (m_newRows.unseen().isEmpty() && m_model->annotations().isEmpty())
        return;
    const QList<FailureJob> jobs = selectedJobs();
    const bool tracked = !m_newRows.unseen().isEmpty() && m_newRows.markSeen(jobs);
    const QStringList seen = m_model->markSeen(jobs);
    if (!tracked && seen.isEmpty())
        return;
    m_model->setNewKeys(m_newRows.unseen());
    m_status->setNewRows(newRowCount());
    if (!seen.isEmpty())
        Q_EMIT historyRowsSeen(seen);
}

void MainWindow::markAllSeen()
{
    m_newRows.markAllSeen();
    m_model->setNewKeys({});
    const QStringList seen = m_model->markAllSeen();
    m_status->setNewRows(newRowCount());
    if (!seen.isEmpty())
        Q_EMIT historyRowsSeen(seen);
}

} // namespace sdrs::ui
