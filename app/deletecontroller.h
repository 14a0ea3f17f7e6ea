#pragma once

#include "app/api/deletes.h"
#include "app/session.h"
#include "models/result.h"

#include <QObject>
#include <QPointer>

namespace sdrs {

class ApiCall;
struct DeleteOutcome;
struct DeletePlan;
struct FailureJob;
struct FailureJobPage;

/// The window's deletes: asks for a confirmation naming what goes, deletes, shows the result of
/// each request and has the rows loaded again. One delete at a time.
class DeleteController final : public SessionController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteController)

public:
    DeleteController(Session &session, ui::MainWindow *window, QObject *parent = nullptr);

    /// The failed tasks of the resources of `jobs`.
    void deleteJobs(const QList<FailureJob> &jobs);
    /// Every failed task of a group (empty id: the protection-group level); counts them on the
    /// service first, so that the confirmation names what will go.
    void deleteScope(const QString &groupId);
    /// Cancels a delete run or its count; false when neither is running.
    bool cancel();

Q_SIGNALS:
    /// The deletes changed what is on the service: the groups and rows are to be loaded again.
    void reloadWanted();
    /// A delete run ended and its results are shown.
    void deletesFinished();
    /// What a delete run did, before the rows are loaded again (for the history).
    void deleted(const QList<sdrs::DeleteOutcome> &outcomes);

private:
    /// True (and says so) while a delete is counted, asked about or running.
    bool busy();
    void onCounted(const QString &groupId, const Result<FailureJobPage> &r);
    /// Asks (from the event loop) and then deletes, if the connection is the same.
    void confirmThenDelete(const DeletePlan &plan);
    void run(const DeletePlan &plan);
    void showResults(const DeletePlan &plan, const Result<QList<DeleteOutcome>> &r);

    QPointer<ApiCall> m_delete; ///< a delete run
    QPointer<ApiCall> m_count;  ///< counting what a group delete would take
    bool m_confirming = false;  ///< a delete confirmation is open
};

} // namespace sdrs
