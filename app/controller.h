#pragma once

#include "models/apierror.h"
#include "models/connection.h"
#include "models/profile.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace sdrs {

class ApiCall;
class ProfileStore;
class SdrsClient;

struct DeleteTarget;
struct FailureJob;

namespace ui {
class MainWindow;
struct ExportJob;
} // namespace ui

/// Connects the window's requests to the client and the client's answers to the window: loads
/// pages (server paging) or every group (in memory), the group list, jobs for the inspector, and
/// runs the profile dialog. A newer load cancels an older one, and a late answer never replaces
/// a newer one.
class Controller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Controller)

public:
    /// Name shown in the profile switcher for the built-in demo connection.
    static QString demoProfileName();

    Controller(ui::MainWindow *window, ProfileStore *profiles, QObject *parent = nullptr);
    ~Controller() override;

    /// Uses a connection that is not a saved profile (the demo, or the command line's), shown
    /// under `name`, and loads.
    void useConnection(const Connection &connection, const QString &name);
    /// Uses a saved profile (its secret read from the keychain first) and loads.
    void useProfile(const QString &name);
    /// Picks what to show at start: the last profile used, else the first one, else a hint.
    void startWithSavedProfiles();
    /// Lets every connection of this session send credentials over plain HTTP (--allow-http).
    void setAllowHttp(bool allow) { m_allowHttp = allow; }

    /// Loads the rows for the window's current filter, page and scope.
    void load();
    /// Lists the protection groups for the dropdown.
    void loadGroups();
    /// Opens a job inspector and fetches the job.
    void inspect(const QString &jobId);
    /// Writes an export (fetching every page first for ExportOptions::Rows::AllPages), with a
    /// progress dialog that can cancel it.
    void exportRows(const ui::ExportJob &job);
    /// Asks for a confirmation naming the rows, deletes them, shows the result of each, reloads.
    void deleteJobs(const QList<FailureJob> &jobs);
    /// Same for every failed task of a group (empty id: the protection-group level); counts
    /// them on the service first, so that the confirmation names what will go.
    void deleteScope(const QString &groupId);

    SdrsClient *client() const { return m_client.get(); }
    QString currentName() const { return m_name; }
    bool isLoading() const { return !m_load.isNull() || m_preparing > 0; }

Q_SIGNALS:
    /// New rows are on screen (after a page or an "All protection groups" load).
    void rowsShown();
    /// A load ended in an error (not sent for a load superseded by a newer one).
    void loadFailed(const sdrs::ApiError &error);
    /// An export ended: `error` is empty on success (also "cancelled" for a cancel).
    void exportFinished(const QString &path, const QString &error);
    /// A delete run ended and its results are shown.
    void deletesFinished();
    /// The group list arrived.
    void groupsShown();

private:
    /// Cancels what is loading, as the user's Cancel does.
    void cancel();
    /// Makes every answer still to come stale and cancels the calls.
    void stopLoads();
    /// Drops the client: `name` is chosen but cannot be used; `why` says so.
    void disconnectClient(const QString &name, const QString &why);
    void updateInFlight();
    void refreshProfileList();
    void editProfile(bool asNew);
    void runProfileDialog(const Profile &start, bool asNew);
    /// Writes `job` on a worker (the rows are in it), then reports.
    void writeExport(const ui::ExportJob &job);
    void finishExport(const QString &path, qsizetype rows, const QString &error,
                      const QString &details, bool cancelled);
    void runDeleteTargets(const QList<DeleteTarget> &targets);
    /// True (and says so) while a delete is counted, asked about or running.
    bool deleteBusy();
    /// Asks (from the event loop) and then deletes `targets`, if the connection is the same.
    void confirmThenDelete(const QString &question, qint64 count, const QStringList &names,
                           const QList<DeleteTarget> &targets, bool byResource);

    ui::MainWindow *m_window = nullptr;
    ProfileStore *m_profiles = nullptr;
    std::unique_ptr<SdrsClient> m_client;
    Connection m_connection;
    QString m_name;
    bool m_allowHttp = false; ///< --allow-http: applied to every connection
    bool m_saved = false;     ///< m_name is a saved profile

    QPointer<ApiCall> m_load;
    QPointer<ApiCall> m_groups;
    QPointer<ApiCall> m_export;      ///< fetching the rows of an export
    QPointer<ApiCall> m_delete;      ///< a delete run
    QPointer<ApiCall> m_deleteCount; ///< counting what a group delete would take
    bool m_confirming = false;       ///< a delete confirmation is open
    QPointer<QWidget> m_exportProgress;
    std::shared_ptr<std::atomic_bool> m_exportStop; ///< asks the writing worker to stop
    quint64 m_generation = 0;           ///< bumped by every load: older answers are stale
    quint64 m_connectionGeneration = 0; ///< bumped by every new client
    quint64 m_profileRequest = 0;       ///< bumped by every profile read and cancel
    QList<Profile> m_unsaved;           ///< the demo and command-line connections
    int m_inFlight = 0;                 ///< single requests in flight
    int m_loaderInFlight = 0;           ///< requests of the all-groups loader in flight
    int m_preparing = 0;                ///< row sets of "All protection groups" being prepared
    QThreadPool m_workers;              ///< prepares large row sets off the GUI thread
};

} // namespace sdrs
