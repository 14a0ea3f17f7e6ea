#pragma once

#include "models/apierror.h"
#include "models/connection.h"

#include <QObject>

#include <memory>

namespace sdrs {

class BrowseController;
class ConnectionController;
class DeleteController;
class ExportController;
class HistoryController;
class ProfileStore;
class SdrsClient;
class Session;

namespace ui {
class MainWindow;
} // namespace ui

/// Connects the window's requests to the client and the client's answers to the window, through
/// one session shared by four controllers: the connection (profiles, sign-in), browsing (pages,
/// every group, the group list, the inspector), exports and deletes. The window's signals reach
/// those controllers directly; this facade starts the connection and reports what happened.
class Controller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Controller)

public:
    /// Name shown in the profile switcher for the built-in demo connection.
    static QString demoProfileName();

    /// `historyPath`: the local history's file (HistoryStore::defaultPath(), or a temporary one
    /// for the demo and tests); empty: no history.
    Controller(ui::MainWindow *window, ProfileStore *profiles, const QString &historyPath = {},
               QObject *parent = nullptr);
    ~Controller() override;

    /// Uses a connection that is not a saved profile (the demo, or the command line's), shown
    /// under `name`, and loads.
    void useConnection(const Connection &connection, const QString &name);
    /// Uses a saved profile (its secret read from the keychain first) and loads.
    void useProfile(const QString &name);
    /// Picks what to show at start: the last profile used, else the first one, else a hint.
    void startWithSavedProfiles();
    /// Lets every connection of this session send credentials over plain HTTP (--allow-http).
    void setAllowHttp(bool allow);

    SdrsClient *client() const;
    bool isLoading() const;

Q_SIGNALS:
    /// New rows are on screen (after a page or an "All protection groups" load); `complete` as
    /// BrowseController::rowsShown() says.
    void rowsShown(bool complete);
    /// A load ended in an error (not sent for a load superseded by a newer one).
    void loadFailed(const sdrs::ApiError &error);
    /// An export ended: `error` is empty on success (also "cancelled" for a cancel).
    void exportFinished(const QString &path, const QString &error);
    /// A delete run ended and its results are shown.
    void deletesFinished();
    /// The group list arrived.
    void groupsShown();
    /// The history recorded a load's rows and the window shows its marks (or it failed).
    void historyRecorded();

private:
    /// Cancels what is running, as the user's Cancel does: a delete first, then a load.
    void cancel();
    /// Loads the groups and the rows again (a new connection, a delete).
    void reload();
    /// Joins the history to the loads and deletes.
    void connectHistory();

    // The session outlives the controllers, which refer to it.
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ConnectionController> m_connection;
    std::unique_ptr<BrowseController> m_browse;
    std::unique_ptr<ExportController> m_exports;
    std::unique_ptr<DeleteController> m_deletes;
    std::unique_ptr<HistoryController> m_history;
};

} // namespace sdrs
