#pragma once

#include "app/api/deletes.h"
#include "app/history/historyservice.h"
#include "app/session.h"
#include "models/browserfilter.h"
#include "models/failurejob.h"
#include "models/historyentry.h"
#include "models/protectiongroup.h"
#include "models/result.h"

#include <QObject>
#include <QPointer>

namespace sdrs {

/// Rows the window read, as the history records them.
struct HistoryReading
{
    QList<FailureJob> rows;
    /// The scopes read completely with no narrowing filter (HistoryStore::record()).
    QStringList completeScopes;
    /// One page of a server-paged scope (rows that merely moved into view are not new).
    bool serverPaged = false;
    int page = 0; ///< zero-based, for serverPaged
};

/// The scopes a page of a server-paged scope reads completely: its group ("" for the group
/// level) when the page holds every row of it (`rows` == `total` on the first page) and no
/// server-side filter (status, type, name) narrowed it; otherwise none.
QStringList completeScopesOfPage(const BrowserFilter &filter, int page, qsizetype rows,
                                 qint64 total);
/// The scopes a load of every page reads completely (`complete`: BrowseController::rowsShown()):
/// for "All protection groups" every group listed and "" (the group level), else the one scope;
/// none when the load stopped early or a name filter narrowed it.
QStringList completeScopesOfEveryGroup(const QList<ProtectionGroup> &groups,
                                       const BrowserFilter &filter, bool complete);
/// The rows the history counts as new in `newJobIds` that the window does not mark: on a later
/// page of a server-paged scope all of them (the user had not paged there yet), and in any
/// server page the ones older than a row recorded before (they moved up into view); when no row
/// of a reading was recorded before, all of them (a scope or filter never read).
QStringList quietNewRows(const HistoryReading &reading, const QStringList &newJobIds);
/// Whether a gone task belongs to the scope and server filters shown.
bool inShownScope(const FailureJob &job, const BrowserFilter &filter);
/// The job_ids among `rows` that the deletes in `outcomes` removed.
QStringList deletedJobIds(const QList<DeleteOutcome> &outcomes, const QList<FailureJob> &rows);

/// The window's local history: records every load's rows (HistoryService, on a worker of its
/// own), gives the window the history's marks (new since last looked, acknowledged, note) and the
/// gone rows for View > Show gone failures, and stores acknowledgements, rows looked at and
/// deletes. A history that cannot be used leaves one sentence in the message bar; browsing goes
/// on without it.
class HistoryController final : public SessionController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryController)

public:
    /// `path`: the history file (HistoryStore::defaultPath(), or a temporary one for the demo);
    /// empty: no history.
    HistoryController(Session &session, ui::MainWindow *window, const QString &path,
                      QObject *parent = nullptr);
    ~HistoryController() override;

    /// Records a page the window shows (server paging); `total` is the service's count.
    void recordPage(const QList<FailureJob> &rows, const BrowserFilter &filter, int page,
                    qint64 total);
    /// Records the rows of every group the window shows; `complete`: every row was read.
    void recordEveryGroup(const QList<FailureJob> &rows, const QList<ProtectionGroup> &groups,
                          const BrowserFilter &filter, bool complete);
    /// Notes the tasks that this program deleted (from the rows held).
    void recordDeletes(const QList<DeleteOutcome> &outcomes);

    history::HistoryService *service() const { return m_service.data(); }

Q_SIGNALS:
    /// A reading was recorded and its marks handed to the window (or it failed).
    void recorded();
    /// The gone rows of the scope shown were handed to the window.
    void goneRowsShown(int count);

private:
    void connectWindow();
    QString key() const;
    void record(const HistoryReading &reading, const BrowserFilter &filter);
    void onRecorded(const QString &key, const HistoryReading &reading, const BrowserFilter &filter,
                    const Result<history::RecordOutcome> &r);
    void acknowledge(const QStringList &jobIds, const QString &note);
    void unacknowledge(const QStringList &jobIds);
    /// The window's marks after an acknowledgement (`at` invalid: taken back) was stored.
    void showAcknowledgement(const QStringList &jobIds, const QDateTime &at, const QString &note);
    /// Asks for the gone rows of the scope shown: the Overview's count of the last 24 hours, and
    /// the rows for Show gone failures.
    void fetchGone(const BrowserFilter &filter);
    /// Says a problem of the history once, beside the load's messages.
    void reportProblem(const QString &sentence);

    QPointer<history::HistoryService> m_service;
    QString m_unavailable;   ///< the sentence the service gave when it could not open
    QString m_pendingNotice; ///< said after the next reading (the bar is cleared by a load)
    bool m_problemSaid = false;
};

} // namespace sdrs
