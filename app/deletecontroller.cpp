#include "app/deletecontroller.h"

#include "app/api/deletes.h"
#include "app/deleteplan.h"
#include "app/session.h"
#include "ui/deletedialogs.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"

#include <QTimer>

namespace sdrs {

DeleteController::DeleteController(Session &session, ui::MainWindow *window, QObject *parent)
    : SessionController(session, window, parent)
{
    connect(m_window, &ui::MainWindow::deleteJobsRequested, this, &DeleteController::deleteJobs);
    connect(m_window, &ui::MainWindow::deleteGroupLevelRequested, this,
            [this] { deleteScope(QString()); });
    connect(m_window, &ui::MainWindow::deleteGroupRequested, this, &DeleteController::deleteScope);
}

bool DeleteController::cancel()
{
    if (m_delete) {
        m_delete->cancel(); // its results say what was not attempted
        return true;
    }
    if (m_count) {
        m_count->cancel(); // nothing is asked, nothing is deleted
        m_window->setBusy(m_session.isLoading());
        return true;
    }
    return false;
}

bool DeleteController::busy()
{
    if (!m_delete && !m_count && !m_confirming)
        return false;
    m_window->showNotice(tr("A delete is still running."));
    return true;
}

void DeleteController::deleteJobs(const QList<FailureJob> &jobs)
{
    if (!m_session.client() || jobs.isEmpty() || busy())
        return;
    confirmThenDelete(DeletePlan::forJobs(jobs));
}

void DeleteController::deleteScope(const QString &groupId)
{
    if (!m_session.client() || busy())
        return;
    // Counted on the service, without the window's filters: the batch delete takes them all.
    FailureJobQuery query;
    query.serverGroupId = groupId;
    query.limit = 10;
    const quint64 connection = m_session.connectionGeneration();
    m_window->setBusy(true, tr("Counting the failed tasks to delete\u2026"));
    m_count = m_session.client()->listFailureJobs(
        query, this, [this, groupId, connection](const Result<FailureJobPage> &r) {
            m_count = nullptr;
            if (connection == m_session.connectionGeneration())
                onCounted(groupId, r);
        });
}

void DeleteController::onCounted(const QString &groupId, const Result<FailureJobPage> &r)
{
    m_window->setBusy(m_session.isLoading());
    if (!r.ok()) {
        if (r.error.kind != ApiError::Kind::Cancelled) {
            //: %1 is the reason (sentences).
            m_window->showMessage(ui::MessageKind::Error,
                                  tr("The failed tasks to delete could not be counted; "
                                     "nothing was deleted. %1")
                                      .arg(ui::errorSentence(r.error)),
                                  ui::errorDetails(r.error));
        }
        return;
    }
    const QString groupName = m_window->groupNames().value(groupId, groupId);
    if (r.value.count == 0) {
        m_window->showNotice(DeletePlan::nothingToDelete(groupId, groupName));
        return;
    }
    confirmThenDelete(DeletePlan::forScope(groupId, groupName, r.value));
}

void DeleteController::confirmThenDelete(const DeletePlan &plan)
{
    // Asked from the event loop, never from inside a network callback; the answer counts only
    // for the connection it was asked about.
    const quint64 connection = m_session.connectionGeneration();
    m_confirming = true;
    QTimer::singleShot(0, this, [this, plan, connection] {
        const bool yes =
            ui::confirmDelete(m_window, plan.question, plan.count, plan.names, plan.byResource);
        m_confirming = false;
        if (!yes)
            return;
        if (connection != m_session.connectionGeneration() || !m_session.client()) {
            m_window->showNotice(tr("Nothing was deleted: the connection changed while the "
                                    "question was open."),
                                 ui::MessageKind::Warning);
            return;
        }
        run(plan);
    });
}

void DeleteController::run(const DeletePlan &plan)
{
    m_window->setBusy(true, tr("Deleting\u2026"));
    const quint64 connection = m_session.connectionGeneration();
    m_delete = runDeletes(
        m_session.client(), plan.targets, 4, this,
        [this](const DeleteProgress &p) {
            //: Progress: %1 deletes done of %2.
            m_window->setBusy(true, tr("Deleting: %1 of %2").arg(p.done).arg(p.total));
        },
        [this, connection, plan](const Result<QList<DeleteOutcome>> &r) {
            m_window->setBusy(m_session.hasLoad());
            Q_EMIT deleted(r.value); // before the reload: the rows deleted are still held
            showResults(plan, r);
            if (connection == m_session.connectionGeneration())
                Q_EMIT reloadWanted();
            Q_EMIT deletesFinished();
        });
}

void DeleteController::showResults(const DeletePlan &plan, const Result<QList<DeleteOutcome>> &r)
{
    QList<ui::DeleteResultRow> rows;
    for (const DeleteOutcome &o : r.value) {
        rows.append({o.target.label, DeletePlan::sentId(o.target), describeOutcome(o),
                     o.state == DeleteOutcome::State::Deleted ||
                         o.state == DeleteOutcome::State::NotFound});
    }
    auto *dialog = new ui::DeleteResultsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setResults(plan.resultSummary(r.value, r.error.kind == ApiError::Kind::Cancelled),
                       rows);
    dialog->show();
}

} // namespace sdrs
