#pragma once

#include "models/apierror.h"
#include "models/browserfilter.h"
#include "models/csvexport.h"
#include "models/exportrequest.h"
#include "models/failurejob.h"
#include "models/failurejobmodel.h"
#include "models/historyentry.h"
#include "models/overviewfacet.h"
#include "models/protectiongroup.h"
#include "ui/exportdialog.h"
#include "ui/messagekind.h"
#include "ui/newrowtracker.h"
#include "ui/pagingstate.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;

namespace sdrs::ui {

class BusyIndicator;
class DetailPane;
class FailureTableView;
class FilterBar;
class MessageBar;
class NewRowNotifier;
class FacetChips;
class OverviewPanel;
class PagingBar;
class WindowStatusBar;

/// The failed-task browser: filter bar, table, paging bar, detail pane, message bar, status bar.
/// It holds the rows it is given and asks for more through loadRequested(); it never talks to
/// the network.
///
/// Paging: for one group or the group level the server pages (the window asks with page() and
/// pageSize() and is answered with showServerPage()); for all groups the window pages the rows
/// of showAllRows() itself, and the status and type filters work in memory. So it does for one
/// group or the group level with a time range, which the service cannot filter
/// (BrowserFilter::pagedHere()).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Marks the window as showing demo data (the banner).
    void setDemo(bool demo);
    /// The connection shown in the status bar.
    void setConnectionText(const QString &text);
    /// The SDRS endpoint in use (empty: none): the detail pane's links to the error-code list
    /// and the console follow its cloud and region.
    void setEndpoint(const QUrl &endpoint);
    /// The profiles of the toolbar's switcher and the one in use (named in the window title).
    void setProfiles(const QStringList &names, const QString &current);
    /// Enables File > Delete connection profile… (the profile in use is a saved one).
    void setProfileDeletable(bool deletable);

    BrowserFilter filter() const;
    /// Zero-based page the server should be asked for (server paging).
    int page() const { return m_paging.requestedPage(); }
    int pageSize() const;

    /// The protection groups for the group dropdown and the detail pane.
    void setGroups(const QList<ProtectionGroup> &groups);
    /// A page answered by the server: its rows and `count`, the total matching the filter.
    /// Returns false when the page lies past the end (rows were deleted meanwhile): then the last
    /// page is asked for instead and nothing changes on screen.
    bool showServerPage(QList<FailureJob> rows, qint64 total);
    /// The number of pages of the service's paging (at least one more after an "at least").
    int serverPageCount() const;
    /// A transparent icon the size of the group dropdown's marks.
    QIcon blankMark() const;
    /// Every row of "All protection groups", or of one scope with a time range (prepared with
    /// FailureJobModel::prepare(), which may run off the GUI thread), paged and filtered here.
    void showAllRows(FailureJobModel::PreparedJobs rows);
    /// A load of rows starts: the messages of the last load (and any other) leave the bar.
    void beginLoad();
    /// A request failed: the message bar says why (beside any other failure of this load), the
    /// rows shown stay and are marked stale, and the paging bar goes back to what the rows are.
    void showError(const ApiError &error);
    /// A sentence in the message bar that is not about a failed request (rows are not marked):
    /// Information unless said otherwise (Success for work done, Warning for a problem).
    void showNotice(const QString &text, MessageKind kind = MessageKind::Information);
    /// The protection groups could not be listed: said in the message bar (beside any other
    /// failure of this load); the rows stay as they are.
    void showGroupsError(const ApiError &error);
    /// Another connection is taking over: rows, groups and messages of the previous one go, and
    /// the scope returns to the protection-group level when it named a group.
    void clearForNewConnection();
    /// A request is running (busy indicator, Cancel) or not; `text` says what is loading.
    void setBusy(bool busy, const QString &text = {});
    void setRequestsInFlight(int count);

    /// Saves and restores geometry, splitter, header state, filters and page size (QSettings).
    void saveSettings() const;
    void restoreSettings();

    FailureJobModel *jobModel() const { return m_model; }
    QTableView *table() const;
    /// The row the detail pane shows, or nullptr.
    const FailureJob *currentJob() const;
    /// The selected rows, in the order the table shows them.
    QList<FailureJob> selectedJobs() const;
    /// Every row that passes the quick filter (and the in-memory filters), in the table's order,
    /// on every page held here.
    QList<FailureJob> shownJobs() const;
    /// The table's visible columns in their order, as export columns with the table's titles;
    /// with `localTime`, a local begin-time column follows the begin time.
    QList<csv::Column> visibleColumns(bool localTime) const;
    /// Protection group id -> name, as listed.
    QHash<QString, QString> groupNames() const;
    /// Resource id -> name of every group listed and every row held that has a name: what the
    /// job inspector shows beside the ids.
    QHash<QString, QString> resourceNames() const;
    /// Edit > Copy for a ticket (Ctrl+Shift+C): the selected rows as a Markdown table
    /// (models/ticketmarkdown.h) on the clipboard.
    void copyForTicket();
    /// A message of `kind` with details in the message bar (not about the rows shown: they stay
    /// fresh).
    void showMessage(MessageKind kind, const QString &text, const QString &details);
    /// A passing note in the status bar, gone after `timeoutMs`.
    void showStatusMessage(const QString &text, int timeoutMs);
    /// Every row held now, as prepared: a refresh of every group shares their strings.
    FailureJobModel::PreparedJobs currentRows() const;

    /// Auto-refresh every `minutes` (0: off), as the View menu sets it.
    void setAutoRefreshMinutes(int minutes);
    int autoRefreshMinutes() const { return m_autoMinutes; }
    /// Rows marked new that are on screen now.
    int newRowCount() const;
    /// Clears every "new" mark.
    void markAllSeen();

    // The local history (mainwindowhistory.cpp): what the controller knows of the rows.

    /// Merges what the history knows of tasks, by job_id: check marks, new marks, the detail
    /// pane and Hide acknowledged follow.
    void setHistoryAnnotations(const HistoryAnnotations &annotations);
    /// The gone tasks of the scope shown, added greyed after the rows (Show gone failures).
    void setGoneRows(const QList<HistoryEntry> &entries);
    /// View > Show gone failures is on.
    bool showsGoneRows() const;
    /// Whether the history can be used: without it, Acknowledge…, Take back and Show gone
    /// failures are off, with `reason` in their tooltips.
    void setHistoryAvailable(bool available, const QString &reason = {});
    /// A sentence about the history in the message bar, beside the load's messages.
    void showHistoryProblem(const QString &sentence, MessageKind kind = MessageKind::Warning);
    /// The Overview panel (View > Overview; ui/mainwindowoverview.cpp): the history's caller
    /// gives it setGoneLast24Hours(), the time range setDayRange().
    OverviewPanel *overview() const { return m_overview; }
    /// Narrows the table to the rows of these facets (the Overview's clicks), shown as chips;
    /// empty: no facet.
    void setFacets(const QList<sdrs::OverviewFacet> &facets);
    QList<OverviewFacet> facets() const;

Q_SIGNALS:
    /// Tasks > Acknowledge… was confirmed for these job_ids, with `note` (may be empty).
    void acknowledgeRequested(const QStringList &jobIds, const QString &note);
    /// Tasks > Take back acknowledgement for these job_ids.
    void unacknowledgeRequested(const QStringList &jobIds);
    /// The user looked at rows the history marked new (selected them, or Mark all as seen).
    void historyRowsSeen(const QStringList &jobIds);
    /// View > Show gone failures was switched.
    void showGoneChanged(bool show);
    /// The rows must be asked for again: a server filter, the page (server paging) or the scope
    /// changed.
    void loadRequested();
    /// Refresh (F5): the rows and the protection groups.
    void refreshRequested();
    void cancelRequested();
    /// Open the job inspector for a job.
    void inspectRequested(const QString &jobId);
    void profileChosen(const QString &name);
    void newProfileRequested();
    void editProfileRequested();
    /// File > Delete connection profile…: the profile in use is to go (nothing confirmed yet).
    void deleteProfileRequested();
    /// Export (Ctrl+E) was confirmed in the export dialog.
    void exportRequested(const sdrs::ExportJob &job);
    /// Delete these failed tasks (each by its resource_id); nothing is confirmed yet.
    void deleteJobsRequested(const QList<sdrs::FailureJob> &jobs);
    /// Delete every protection-group-level failed task; nothing is confirmed yet.
    void deleteGroupLevelRequested();
    /// Delete every failed task of this protection group; nothing is confirmed yet.
    void deleteGroupRequested(const QString &groupId);
    /// A refresh found rows that were not there before (they are marked new).
    void newRowsFound(int count);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildToolBar();
    QWidget *buildCentral();
    void buildMenus();
    void buildFileMenu();
    void buildEditMenu();
    void buildViewMenu();
    void buildAutoRefreshMenu(QMenu *view);
    void buildLanguageMenu(QMenu *view);
    void buildTasksMenu();
    void buildOverview();
    void addOverviewAction(QMenu *view);
    void saveOverviewState() const;
    void restoreOverviewState();
    void connectTable();
    void connectFilters();
    void connectPaging();

    /// A scope or server filter changed: its first page is asked for.
    void restartQuery();
    /// Status and type apply in memory for "All protection groups" only (the server filters the
    /// other scopes).
    void setMemoryFilters();
    void applyMemoryFilters();
    /// The begin-time range of `f` on the proxy, resolved now (mainwindowtimerange.cpp).
    void setTimeRange(const BrowserFilter &f);
    /// After every page of one scope was read for a time range: the message bar says so.
    void noteEveryPageRead();
    void goToPage(int page);
    PagingView pagingView() const;
    void updatePaging();
    void updateCounts();
    void updateDetail();
    /// What every answer that put rows on screen is followed by.
    void rowsArrived();
    void inspectCurrent();
    void showTableMenu(const QPoint &pos);
    void startRefresh();
    /// Asks for the rows of another page or query (not a refresh).
    void requestLoad();
    void startExport();
    ExportJob exportJob(const ExportOptions &options, const QList<FailureJob> &selected) const;
    void copyRows();
    void deleteGroupOfSelection();
    /// The group "Delete all failed tasks of this group" names: the scope's, or in "All
    /// protection groups" the selected row's; empty when none.
    QString groupToDelete() const;
    void updateActions();
    // The history's actions and hooks (mainwindowhistory.cpp).
    void buildHistoryViewActions(QMenu *view);
    void buildHistoryTaskActions(QMenu *tasks);
    void acknowledgeSelected();
    void unacknowledgeSelected();
    void updateHistoryActions();
    /// The detail pane's history part for the row it shows.
    void showDetailHistory();
    /// Marks rows new after a refresh of the same query and notifies.
    void updateNewMarks();
    void markCurrentSeen();
    QString scopeText() const;

    FailureJobModel *m_model = nullptr;
    FailureTableView *m_table = nullptr;
    FilterBar *m_filters = nullptr;
    PagingBar *m_pagingBar = nullptr;
    PagingState m_paging;
    NewRowTracker m_newRows;

    QLabel *m_banner = nullptr;
    QComboBox *m_profiles = nullptr;
    BusyIndicator *m_busy = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_cancel = nullptr;
    MessageBar *m_message = nullptr;
    QSplitter *m_splitter = nullptr;
    DetailPane *m_detail = nullptr;

    WindowStatusBar *m_status = nullptr;
    NewRowNotifier *m_notifier = nullptr;
    OverviewPanel *m_overview = nullptr;
    QDockWidget *m_overviewDock = nullptr;
    FacetChips *m_chips = nullptr;

    QAction *m_export = nullptr;
    QAction *m_deleteProfile = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_copyJobId = nullptr;
    QAction *m_copyResourceId = nullptr;
    QAction *m_copyJson = nullptr;
    QAction *m_copyJsonArray = nullptr;
    QAction *m_copyTicket = nullptr;
    QAction *m_inspect = nullptr;
    QAction *m_deleteSelected = nullptr;
    QAction *m_deleteGroupLevel = nullptr;
    QAction *m_deleteGroup = nullptr;
    QAction *m_markSeen = nullptr;
    QAction *m_notify = nullptr;
    QAction *m_acknowledge = nullptr;
    QAction *m_unacknowledge = nullptr;
    QAction *m_showGone = nullptr;
    QAction *m_hideAcknowledged = nullptr;
    bool m_historyAvailable = false;
    QActionGroup *m_autoGroup = nullptr;
    QTimer *m_autoTimer = nullptr;
    int m_autoMinutes = 0;
    bool m_busyNow = false;

    QHash<QString, ProtectionGroup> m_groups;
    bool m_haveRows = false;
};

} // namespace sdrs::ui
