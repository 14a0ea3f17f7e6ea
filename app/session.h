#pragma once

#include "models/connection.h"
#include "models/profile.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace sdrs {

class ApiCall;
class SdrsClient;

namespace ui {
class MainWindow;
} // namespace ui

/// What the window's controllers share: the client of the connection in use and its name, the
/// loads in flight, and the counters that make a late answer recognisably stale. One session per
/// window; the connection, browse, export and delete controllers each hold a reference to it.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    SdrsClient *client() const { return m_client.get(); }
    const Connection &connection() const { return m_connection; }
    /// The name the switcher shows for the connection in use (also when it could not be used).
    const QString &name() const { return m_name; }
    /// The connection in use is a saved profile.
    bool isSaved() const { return m_saved; }

    /// Lets every connection of this session send credentials over plain HTTP (--allow-http).
    void setAllowHttp(bool allow) { m_allowHttp = allow; }
    /// `connection` as this session uses it (with --allow-http applied).
    Connection adjusted(const Connection &connection) const;

    /// Replaces the client by one for `connection`, shown under `name`; the old client's calls
    /// still running end with Cancelled, and the loads in flight become stale.
    void connectTo(const Connection &connection, const QString &name, bool saved);
    /// Drops the client: `name` is chosen but cannot be used.
    void disconnectFrom(const QString &name, bool saved);
    /// Bumped by every new client (and every dropped one): an answer or a question that belongs
    /// to an older value is about a connection no longer in use.
    quint64 connectionGeneration() const { return m_connectionGeneration; }

    /// Connections that are not saved profiles (the demo, the command line's), kept for the
    /// switcher during this session.
    void rememberUnsaved(const Profile &profile);
    std::optional<Connection> unsaved(const QString &name) const;
    QStringList unsavedNames() const;

    /// Makes the answers still to come for a load or a profile read stale.
    quint64 newLoadGeneration() { return ++m_generation; }
    bool isCurrentLoad(quint64 generation) const { return generation == m_generation; }
    quint64 newProfileRequest() { return ++m_profileRequest; }
    bool isCurrentProfileRequest(quint64 request) const { return request == m_profileRequest; }

    /// The rows' load in flight (replaced by the next one); cancelLoad() is false when there is
    /// none.
    void setLoad(ApiCall *call);
    bool hasLoad() const { return !m_load.isNull(); }
    bool cancelLoad();
    /// The group list's call in flight, replaced by the next one.
    void setGroupsCall(ApiCall *call);
    void cancelGroupsCall();
    /// Row sets of "All protection groups" being prepared on a worker.
    void addPreparing(int delta) { m_preparing += delta; }
    bool isPreparing() const { return m_preparing > 0; }
    bool isLoading() const { return hasLoad() || isPreparing(); }

    /// Single requests in flight, and those of the all-groups loader; every change is announced
    /// with requestsInFlightChanged().
    void addRequests(int delta);
    void setLoaderRequests(int count);

    /// Prepares large row sets and writes exports off the GUI thread.
    QThreadPool &workers() { return m_workers; }
    /// Waits for the workers, then ends the client's calls (their answers are stale by then).
    void shutDown();

Q_SIGNALS:
    void requestsInFlightChanged(int count);

private:
    /// Makes every answer still to come stale and cancels the loads.
    void stopLoads();

    std::unique_ptr<SdrsClient> m_client;
    Connection m_connection;
    QString m_name;
    bool m_allowHttp = false; ///< --allow-http: applied to every connection
    bool m_saved = false;
    QList<Profile> m_unsaved;
    quint64 m_generation = 0;           ///< bumped by every load: older answers are stale
    quint64 m_connectionGeneration = 0; ///< bumped by every new client
    quint64 m_profileRequest = 0;       ///< bumped by every profile read and cancel
    QPointer<ApiCall> m_load;
    QPointer<ApiCall> m_groups;
    int m_preparing = 0;
    int m_inFlight = 0;
    int m_loaderInFlight = 0;
    QThreadPool m_workers;
};

/// What the window's controllers (connection, browse, export, delete) have in common: the shared
/// session, and the window whose requests they answer through its public functions.
class SessionController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionController)

protected:
    SessionController(Session &session, ui::MainWindow *window, QObject *parent)
        : QObject(parent)
        , m_session(session)
        , m_window(window)
    {}

    Session &m_session;
    ui::MainWindow *m_window = nullptr;
};

} // namespace sdrs
