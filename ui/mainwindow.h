#pragma once

#include "models/apierror.h"
#include "models/csvexport.h"
#include "models/failurejob.h"
#include "models/failurejobmodel.h"
#include "models/protectiongroup.h"
#include "ui/exportdialog.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QSet>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QSpinBox;
class QActionGroup;
class QSplitter;
class QSystemTrayIcon;
class QTableView;
class QTimer;
class QToolButton;

namespace sdrs {
class FailureJobFilterProxy;
class PageProxy;
} // namespace sdrs

namespace sdrs::ui {

class DetailPane;
class MessageBar;

/// What the window asks the server for.
struct BrowserFilter
{
    enum class Scope {
        GroupLevel, ///< failed tasks of no particular group (no `server_group_id`)
        Group,      ///< one protection group
        AllGroups,  ///< every group plus the group level, merged; paged and filtered in memory
    };
    Scope scope = Scope::GroupLevel;
    QString groupId; ///< Scope::Group
    QString failureStatus;
    QString resourceType;
    QString resourceName;

    friend bool operator==(const BrowserFilter &, const BrowserFilter &) = default;
};

/// An export the user asked for: the rows (for Selected and Shown; empty for AllPages, which the
/// controller fetches for `filter`), the columns and where to write them.
struct ExportJob
{
    ExportOptions options;
    QList<FailureJob> rows;
    QList<csv::Column> columns;
    BrowserFilter filter;
    QHash<QString, QString> groupNames; ///< group id -> name, as listed
};

/// The failed-task browser: filter bar, table, paging bar, detail pane, message bar, status bar.
/// It holds the rows it is given and asks for more through loadRequested(); it never talks to
/// the network.
///
/// Paging: for one group or the group level the server pages (the window asks with page() and
/// pageSize() and is answered with showServerPage()); for all groups the window pages the rows
/// of showAllRows() itself, and the status and type filters work in memory.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Marks the window as showing demo data (title and banner).
    void setDemo(bool demo);
    /// The connection shown in the status bar.
    void setConnectionText(const QString &text);
    /// The profiles of the toolbar's switcher and the one in use.
    void setProfiles(const QStringList &names, const QString &current);

    BrowserFilter filter() const;
    /// Zero-based page the server should be asked for (server paging).
    int page() const { return m_requestedPage; }
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
    /// Every row of "All protection groups" (prepared with FailureJobModel::prepare(), which may
    /// run off the GUI thread), paged and filtered here.
    void showAllRows(FailureJobModel::PreparedJobs rows);
    /// A request failed: the message bar says why, the rows shown stay and are marked stale, and
    /// the paging bar goes back to what the rows are.
    void showError(const ApiError &error);
    /// A sentence in the message bar that is not about a failed request (rows are not marked).
    void showNotice(const QString &text);
    /// The protection groups could not be listed: said in the message bar; the rows stay as
    /// they are.
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
    QTableView *table() const { return m_table; }
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
    /// A sentence and details in the message bar (not about the rows shown: they stay fresh).
    void showMessage(const QString &text, const QString &details);
    /// A passing note in the status bar, gone after `timeoutMs`.
    void showStatusMessage(const QString &text, int timeoutMs);
    /// Every row held now, as prepared: a refresh of every group shares their strings.
    FailureJobModel::PreparedJobs currentRows() const;
    bool isBusy() const { return m_busyNow; }

    /// Auto-refresh every `minutes` (0: off), as the View menu sets it.
    void setAutoRefreshMinutes(int minutes);
    int autoRefreshMinutes() const { return m_autoMinutes; }
    /// Rows marked new that are on screen now.
    int newRowCount() const;
    /// Clears every "new" mark.
    void markAllSeen();

Q_SIGNALS:
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
    /// Export (Ctrl+E) was confirmed in the export dialog.
    void exportRequested(const sdrs::ui::ExportJob &job);
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
    void buildMenus();
    void buildToolBar();
    QWidget *buildFilterBar();
    QWidget *buildPagingBar();
    void buildStatusBar();
    void setupTable();
    void fillStatusAndTypeCombos();

    void addPendingGroup(const QString &id);
    void onScopeChosen(int index);
    void onServerFilterChanged();
    void onMemoryFilterChanged();
    void goToPage(int page);
    void updatePaging();
    void updateCounts();
    void updateDetail();
    void selectFirstRowIfNone();
    /// What every answer that put rows on screen is followed by.
    void rowsArrived();
    void inspectCurrent();
    void showHeaderMenu(const QPoint &pos);
    void showTableMenu(const QPoint &pos);
    void startRefresh();
    /// Asks for the rows of another page or query (not a refresh).
    void requestLoad();
    /// The selected rows' keys and the current row's key, to keep them across new rows.
    std::pair<QSet<quint64>, quint64> selectionKeys() const;
    /// Selects the rows on this page whose keys are given (nothing when none is there).
    void restoreSelection(const QSet<quint64> &keys, quint64 current);
    void startExport();
    void copyRows();
    void copyField(int column);
    void copyJson();
    void deleteGroupOfSelection();
    /// The group "Delete all failed tasks of this group" names: the scope's, or in "All
    /// protection groups" the selected row's; empty when none.
    QString groupToDelete() const;
    void updateActions();
    /// Marks rows new after a refresh of the same query and notifies.
    void updateNewMarks();
    void markCurrentSeen();
    void updateNewLabel();
    void notifyNewRows(int count);
    bool localPaging() const;
    QString scopeText() const;

    FailureJobModel *m_model = nullptr;
    FailureJobFilterProxy *m_proxy = nullptr;
    PageProxy *m_pages = nullptr;

    QLabel *m_banner = nullptr;
    QComboBox *m_profiles = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_quick = nullptr;
    QLabel *m_quickCount = nullptr;
    QTimer *m_quickTimer = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_cancel = nullptr;
    MessageBar *m_message = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    DetailPane *m_detail = nullptr;

    QComboBox *m_pageSize = nullptr;
    QToolButton *m_first = nullptr;
    QToolButton *m_prev = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_last = nullptr;
    QSpinBox *m_pageJump = nullptr;
    QLabel *m_pageOf = nullptr;
    QLabel *m_rowRange = nullptr;

    QLabel *m_connection = nullptr;
    QLabel *m_scope = nullptr;
    QLabel *m_rows = nullptr;
    QLabel *m_lastRefresh = nullptr;
    QLabel *m_inFlight = nullptr;

    QAction *m_export = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_copyJobId = nullptr;
    QAction *m_copyResourceId = nullptr;
    QAction *m_copyJson = nullptr;
    QAction *m_inspect = nullptr;
    QAction *m_deleteSelected = nullptr;
    QAction *m_deleteGroupLevel = nullptr;
    QAction *m_deleteGroup = nullptr;
    QAction *m_markSeen = nullptr;
    QAction *m_notify = nullptr;
    QActionGroup *m_autoGroup = nullptr;
    QTimer *m_autoTimer = nullptr;
    QLabel *m_autoLabel = nullptr;
    QLabel *m_newLabel = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    int m_autoMinutes = 0;
    bool m_busyNow = false;

    // "New" marks: the rows known for the query shown, and those not looked at yet.
    QSet<quint64> m_knownKeys;
    QSet<quint64> m_unseenKeys;
    BrowserFilter m_markFilter;
    qint64 m_newestKnownMs = 0; ///< the newest begin time among m_knownKeys
    bool m_markValid = false;
    bool m_refreshPending = false; ///< the next rows answer a refresh of the same query
    bool m_autoSelecting = false;  ///< a row selected by the program is not "seen"

    QHash<QString, ProtectionGroup> m_groups;
    bool m_demo = false;

    // What the rows on screen are: the last answer that was shown.
    bool m_shownLocal = false;
    int m_shownPage = 0;
    int m_shownPageSize = 100;
    bool m_resetLocalPage = false; ///< the next rows of every group start on page 1
    qint64 m_shownTotal = 0;
    /// m_shownTotal is a lower bound: a full page came with a count no larger than the rows so
    /// far (the count may be the page's length), so more pages may follow.
    bool m_shownAtLeast = false;
    qint64 m_knownEnd = -1; ///< where an empty page showed the list ends; -1: not known
    int m_requestedPage = 0;
    bool m_haveRows = false;
};

} // namespace sdrs::ui
