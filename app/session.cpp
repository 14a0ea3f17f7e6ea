#include "app/session.h"

#include "app/api/sdrsclient.h"

namespace sdrs {

Session::Session(QObject *parent)
    : QObject(parent)
{}

Session::~Session() = default;

Connection Session::adjusted(const Connection &connection) const
{
    Connection used = connection;
    used.allowHttp = used.allowHttp || m_allowHttp;
    return used;
}

void Session::connectTo(const Connection &connection, const QString &name, bool saved)
{
    stopLoads();
    ++m_connectionGeneration;
    // The old client's calls still running end here, with Cancelled.
    m_connection = adjusted(connection);
    m_client = std::make_unique<SdrsClient>(m_connection);
    m_name = name;
    m_saved = saved;
}

void Session::disconnectFrom(const QString &name, bool saved)
{
    stopLoads();
    ++m_connectionGeneration;
    m_client.reset();
    m_name = name;
    m_saved = saved;
}

void Session::rememberUnsaved(const Profile &profile)
{
    m_unsaved.removeIf([&profile](const Profile &p) { return p.name == profile.name; });
    m_unsaved.append(profile);
}

std::optional<Connection> Session::unsaved(const QString &name) const
{
    for (const Profile &profile : m_unsaved) {
        if (profile.name == name)
            return profile.connection;
    }
    return std::nullopt;
}

QStringList Session::unsavedNames() const
{
    QStringList names;
    for (const Profile &profile : m_unsaved)
        names << profile.name;
    return names;
}

void Session::stopLoads()
{
    ++m_generation; // first: answers still arriving are stale from here on
    ++m_profileRequest;
    cancelLoad();
    cancelGroupsCall();
    setLoaderRequests(0);
}

void Session::setLoad(ApiCall *call)
{
    m_load = call;
}

bool Session::cancelLoad()
{
    if (!m_load)
        return false;
    m_load->cancel();
    return true;
}

void Session::setGroupsCall(ApiCall *call)
{
    m_groups = call;
}

void Session::cancelGroupsCall()
{
    if (m_groups)
        m_groups->cancel();
}

void Session::addRequests(int delta)
{
    m_inFlight += delta;
    Q_EMIT requestsInFlightChanged(m_inFlight + m_loaderInFlight);
}

void Session::setLoaderRequests(int count)
{
    m_loaderInFlight = count;
    Q_EMIT requestsInFlightChanged(m_inFlight + m_loaderInFlight);
}

void Session::shutDown()
{
    m_workers.waitForDone();
    ++m_generation;
    // The client's calls end with it; their callbacks see the new generation and do nothing.
    m_client.reset();
}

} // namespace sdrs
