#pragma once

#include <QPointer>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace sdrs::emulator {

/// What one connection may cost the emulator.
struct ConnectionLimits
{
    qint64 maxRequestBytes = 1 << 20; ///< headers and body of one request; more: 431, closed
    int requestTimeoutMs = 30'000;    ///< from a request's first byte to its last
    int idleTimeoutMs = 60'000;       ///< a connection with nothing to do is closed after this
};

/// Watches one connection of the emulator (a child of its socket): caps the bytes of a request
/// while they arrive, and closes a connection that sends a request too slowly or sits idle (a
/// half-open or abandoned connection), so that a careless or hostile client cannot grow the
/// demo's memory or hold its sockets. A request being answered (for as long as the emulator's
/// latency holds it) does not count as idle.
class ConnectionGuard final : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits);

    /// The guard of `socket`, or nullptr.
    static ConnectionGuard *of(QTcpSocket *socket);

    /// A whole request reached the emulator: its bytes no longer count, and it is being answered.
    void requestStarted();
    /// Its answer went out.
    void requestAnswered();

private:
    void onReadyRead();
    void close(const QByteArray &statusLine);

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    QTimer m_idle;
    QTimer m_deadline;
    qint64 m_received = 0; ///< bytes of the request that has not reached the emulator yet
    int m_inService = 0;
};

/// A server (QTcpServer or QSslServer) whose every connection gets a ConnectionGuard before the
/// HTTP server reads from it.
template<class Server> class GuardedServer final : public Server
{
public:
    explicit GuardedServer(const ConnectionLimits &limits)
        : m_limits(limits)
    {}

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Server::nextPendingConnection();
        if (socket)
            new ConnectionGuard(socket, m_limits);
        return socket;
    }

private:
    ConnectionLimits m_limits;
};

} // namespace sdrs::emulator
