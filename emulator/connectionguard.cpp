#include "emulator/connectionguard.h"

#include <QTcpSocket>

namespace sdrs::emulator {

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    setObjectName(QStringLiteral("sdrs-connection-guard"));
    m_idle.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); });
    connect(&m_deadline, &QTimer::timeout, this, [this] { close("HTTP/1.1 408 Request Timeout"); });
    // Connected before the HTTP server connects its own reader: this sees the bytes first.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    m_idle.start(m_limits.idleTimeoutMs);
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QStringLiteral("sdrs-connection-guard"),
                                                         Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void ConnectionGuard::requestStarted()
{
    m_received = 0;
    m_deadline.stop();
    m_idle.stop();
    ++m_inService;
}

void ConnectionGuard::requestAnswered()
{
    m_inService = std::max(0, m_inService - 1);
    if (m_inService == 0)
        m_idle.start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::onReadyRead()
{
    m_received += m_socket->bytesAvailable();
    if (m_inService == 0)
        m_idle.start(m_limits.idleTimeoutMs);
    if (!m_deadline.isActive())
        m_deadline.start(m_limits.requestTimeoutMs);
    if (m_received > m_limits.maxRequestBytes)
        close("HTTP/1.1 431 Request Header Fields Too Large");
}

void ConnectionGuard::close(const QByteArray &statusLine)
{
    m_idle.stop();
    m_deadline.stop();
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(statusLine + "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        m_socket->flush();
    }
    m_socket->abort();
}

} // namespace sdrs::emulator
