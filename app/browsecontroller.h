#pragma once

#include "app/session.h"
#include "models/apierror.h"
#include "models/browserfilter.h"
#include "models/failurejobmodel.h"
#include "models/protectiongroup.h"

#include <QObject>

namespace sdrs {

struct AllGroupsResult;
struct FailureJobPage;

/// The window's reads: a page of the service's paging, or every group at once for "All
/// protection groups" (paged and filtered in memory by the window), the group list, and the job
/// inspector's job. A newer load cancels an older one, and a late answer never replaces a newer
/// one.
class BrowseController final : public SessionController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowseController)

public:
    BrowseController(Session &session, ui::MainWindow *window, QObject *parent = nullptr);

    /// Loads the rows for the window's current filter, page and scope.
    void load();
    /// Lists the protection groups for the dropdown.
    void loadGroups();
    /// Opens a job inspector and fetches the job.
    void inspect(const QString &jobId);
    /// Cancels the load and the group list's call, or drops the rows being prepared and a
    /// profile being read.
    void cancel();

Q_SIGNALS:
    /// New rows are on screen (after a page, or a load of every page). `complete`: every page
    /// of the scope the window's filter names (every scope, for "All protection groups") was
    /// read, with no filter sent to the service (no resource name) and not cut short, so that a
    /// task of the scope that is not among the rows is gone. A single server page is never
    /// complete.
    void rowsShown(bool complete);
    /// A load ended in an error (not sent for a load superseded by a newer one).
    void loadFailed(const sdrs::ApiError &error);
    /// The group list arrived.
    void groupsShown();
    /// A page of a server-paged scope is shown (for the history): the load's filter and page,
    /// and the service's count.
    void pageShown(const QList<sdrs::FailureJob> &rows, const sdrs::BrowserFilter &filter, int page,
                   qint64 total);
    /// Every page of the scope is shown (for the history); `complete` as rowsShown() says.
    void everyGroupShown(const QList<sdrs::FailureJob> &rows,
                         const QList<sdrs::ProtectionGroup> &groups,
                         const sdrs::BrowserFilter &filter, bool complete);

private:
    /// Ends a load's wait: false when it is stale or failed (then the window says why).
    bool finishLoad(quint64 generation, const ApiError &error);
    void loadPage(quint64 generation, const BrowserFilter &filter);
    void loadEveryGroup(quint64 generation, const BrowserFilter &filter);
    /// Builds the search text of every row on a worker, then shows them.
    void prepareRows(quint64 generation, const AllGroupsResult &result, bool complete);
    void showPreparedRows(quint64 generation, const QList<ProtectionGroup> &groups,
                          const QString &incomplete, bool complete,
                          FailureJobModel::PreparedJobs prepared);
};

} // namespace sdrs
