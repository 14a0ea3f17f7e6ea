#include "tests/hostile/hostileserver.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace sdrs::testing {

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::Malformed:
        return QStringLiteral("malformed");
    case Mode::TruncatedJson:
        return QStringLiteral("truncated-json");
    case Mode::CutBody:
        return QStringLiteral("cut-body");
    case Mode::HtmlError:
        return QStringLiteral("html-error");
    case Mode::Silence:
        return QStringLiteral("silence");
    case Mode::SlowDrip:
        return QStringLiteral("slow-drip");
    case Mode::Reset:
        return QStringLiteral("reset");
    case Mode::RedirectAway:
        return QStringLiteral("redirect-away");
    case Mode::RedirectLoop:
        return QStringLiteral("redirect-loop");
    case Mode::RetryAfterDate:
        return QStringLiteral("retry-after-date");
    case Mode::RetryAfterNegative:
        return QStringLiteral("retry-after-negative");
    case Mode::RetryAfterGarbage:
        return QStringLiteral("retry-after-garbage");
    case Mode::RetryAfterHuge:
        return QStringLiteral("retry-after-huge");
    case Mode::HugeLength:
        return QStringLiteral("huge-length");
    case Mode::Endless:
        return QStringLiteral("endless");
    case Mode::CompressedBomb:
        return QStringLiteral("compressed-bomb");
    case Mode::ConflictingLength:
        return QStringLiteral("conflicting-length");
    case Mode::NegativeLength:
        return QStringLiteral("negative-length");
    case Mode::EndlessPaging:
        return QStringLiteral("endless-paging");
    case Mode::EndlessGroups:
        return QStringLiteral("endless-groups");
    case Mode::Escapes:
        return QStringLiteral("escapes");
    case Mode::EchoSecrets:
        return QStringLiteral("echo-secrets");
    }
    return {};
}

namespace {

/// Text that a terminal or a label would obey: an OSC title, a screen clear, a bidi override.
const QByteArray hostileText = "\x1b]0;pwned\x07vm-\x1b[2J\x1b[1;31mred\xe2\x80\xae"
                               "gnp.exe";

QByteArray answer(int status, const QByteArray &reason, const QByteArray &body,
                  const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nX-Request-Id: hostile-request-1\r\n" +
           extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

/// JSON string content (without quotes) for `bytes`, escaping what JSON requires.
QByteArray jsonEscaped(const QByteArray &bytes)
{
    QByteArray out;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (b < 0x20) {
            out += "\\u00" + QByteArray::number(b, 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray row(qint64 serial, const QByteArray &name)
{
    const QByteArray id = QByteArray::number(serial, 16).rightJustified(32, '0');
    return R"({"job_status":"FAIL","resource_id":"res-)" + QByteArray::number(serial) +
           R"(","resource_name":")" + name +
           R"(","resource_type":"server_groups",)"
           R"("failure_status":"createFail","job_id":")" +
           id +
           R"(","job_type":"createProtectionGroupNoCG","begin_time":"2026-11-20T10:00:00.000Z",)"
           R"("error_code":"SDRS.1306","fail_reason":"Task-fail:)" +
           name + R"("})";
}

QByteArray group(qint64 serial, const QByteArray &name)
{
    return R"({"id":"g-)" + QByteArray::number(serial) + R"(","name":")" + name +
           R"(","status":"protected","protected_instance_num":1,"replication_num":1,)"
           R"("disaster_recovery_drill_num":0})";
}

/// 128 MiB of zeros, zlib-compressed (HTTP's "deflate"): about 128 KiB.
const QByteArray &bomb()
{
    static const QByteArray compressed = [] {
        const QByteArray packed = qCompress(QByteArray(128 << 20, '\0'), 9);
        return packed.mid(4); // qCompress puts the size first; the rest is the zlib stream
    }();
    return compressed;
}

} // namespace

/// One client connection: reads requests (keep-alive), answers each as the mode says.
class HostileServer::Connection final : public QObject
{
public:
    Connection(HostileServer *server, QTcpSocket *socket)
        : QObject(socket)
        , m_server(server)
        , m_socket(socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::bytesWritten, this, &Connection::feed);
        m_drip.setInterval(200);
        connect(&m_drip, &QTimer::timeout, this, [this] { m_socket->write(" "); });
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            SeenRequest r;
            const QByteArray head = m_buffer.left(end);
            const qsizetype lineEnd = head.indexOf("\r\n");
            const QList<QByteArray> first = head.left(lineEnd).split(' ');
            r.method = first.value(0);
            r.target = first.value(1);
            r.headers = lineEnd < 0 ? QByteArray() : head.mid(lineEnd + 2);
            qsizetype length = 0;
            for (const QByteArray &line : r.headers.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_buffer.size() < end + 4 + length)
                return;
            r.body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            m_server->record(r);
            respond(r);
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                return;
        }
    }

    /// Endless: more bytes whenever the last ones left.
    void feed()
    {
        if (!m_endless || m_socket->bytesToWrite() > (1 << 20))
            return;
        m_socket->write(QByteArray(256 * 1024, ' '));
    }

    void respond(const SeenRequest &r)
    {
        const bool iam = r.target.startsWith("/v3/");
        if (iam) {
            respondIam(r);
            return;
        }
        switch (m_server->m_mode) {
        case Mode::Malformed:
            m_socket->write(answer(200, "OK", "<html>not json</html>"));
            return;
        case Mode::TruncatedJson:
            m_socket->write(answer(200, "OK", R"({"count": 3, "failure_jobs": [{"job_id": "ab)"));
            return;
        case Mode::CutBody:
            m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            "4096\r\n\r\n{\"count\":1");
            m_socket->disconnectFromHost();
            return;
        case Mode::HtmlError:
            m_socket->write(
                "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: "
                "52\r\n\r\n<html><body><h1>502 Bad Gateway</h1></body></html>\r\n");
            return;
        case Mode::Silence:
            return;
        case Mode::SlowDrip:
            m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            "1000000\r\n\r\n{");
            m_drip.start();
            return;
        case Mode::Reset:
            m_socket->abort();
            return;
        case Mode::RedirectAway:
            m_socket->write("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2:9/elsewhere\r\n"
                            "Content-Length: 0\r\n\r\n");
            return;
        case Mode::RedirectLoop:
            m_socket->write("HTTP/1.1 302 Found\r\nLocation: " + r.target +
                            "\r\nContent-Length: 0\r\n\r\n");
            return;
        case Mode::RetryAfterDate:
            m_socket->write(busy("Thu, 31 Dec 2099 23:59:59 GMT"));
            return;
        case Mode::RetryAfterNegative:
            m_socket->write(busy("-5"));
            return;
        case Mode::RetryAfterGarbage:
            m_socket->write(busy("soon"));
            return;
        case Mode::RetryAfterHuge:
            m_socket->write(busy("9223372036854775807"));
            return;
        case Mode::HugeLength:
            m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            "2147483648\r\n\r\n" +
                            QByteArray(64 * 1024, ' '));
            return;
        case Mode::Endless:
            m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
                            "close\r\n\r\n{\"count\":1,\"failure_jobs\":[");
            m_endless = true;
            feed();
            return;
        case Mode::CompressedBomb:
            m_socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: "
                "deflate\r\nContent-Length: " +
                QByteArray::number(bomb().size()) + "\r\n\r\n" + bomb());
            return;
        case Mode::ConflictingLength:
            m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            "10\r\nContent-Length: 20\r\n\r\n{\"count\":0,\"failure_jobs\":[]}");
            return;
        case Mode::NegativeLength:
            m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            "-5\r\nConnection: close\r\n\r\n{\"count\":0,\"failure_jobs\":[]}");
            m_socket->disconnectFromHost();
            return;
        case Mode::EchoSecrets:
            m_socket->write(answer(
                500, "Internal Server Error",
                R"({"error":{"code":"SDRS.0405","message":"upstream rejected: )" +
                    jsonEscaped(r.method + ' ' + r.target + "\n" + r.headers + "\n" + r.body) +
                    R"("}})"));
            return;
        case Mode::EndlessPaging:
        case Mode::EndlessGroups:
        case Mode::Escapes:
            respondSdrs(r);
            return;
        }
    }

    static QByteArray busy(const QByteArray &retryAfter)
    {
        return answer(503, "Service Unavailable",
                      R"({"error":{"code":"SDRS.0008","message":"busy"}})",
                      "Retry-After: " + retryAfter + "\r\n");
    }

    /// The SDRS calls, sensibly answered, with the paging and text modes applied.
    void respondSdrs(const SeenRequest &r)
    {
        const Mode mode = m_server->m_mode;
        const QUrl url(QString::fromLatin1(r.target));
        const QUrlQuery query(url);
        const qint64 limit = query.hasQueryItem(QStringLiteral("limit"))
                                 ? query.queryItemValue(QStringLiteral("limit")).toLongLong()
                                 : 1000;
        const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong();
        const QByteArray name = mode == Mode::Escapes ? jsonEscaped(hostileText) : "vm-1";
        const QString path = url.path();
        if (r.method == "DELETE") {
            if (mode == Mode::Escapes) {
                m_socket->write(
                    answer(500, "Internal Server Error",
                           R"({"error":{"code":"SDRS.0405","message":")" + name + R"("}})"));
            } else {
                m_socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
            }
            return;
        }
        if (path.endsWith(QLatin1StringView("/task-center/failure-jobs"))) {
            const qint64 count = mode == Mode::EndlessPaging ? 2147483000 : 1;
            QByteArray rows;
            for (qint64 i = offset; i < std::min(count, offset + limit); ++i)
                rows += (rows.isEmpty() ? "" : ",") + row(i, name);
            m_socket->write(answer(200, "OK",
                                   R"({"count":)" + QByteArray::number(count) +
                                       R"(,"failure_jobs":[)" + rows + "]}"));
            return;
        }
        if (path.endsWith(QLatin1StringView("/server-groups"))) {
            const bool endless = mode == Mode::EndlessGroups;
            const qint64 count = endless ? 9000000000000000 : 1;
            QByteArray groups;
            for (qint64 i = offset; i < std::min(count, offset + limit); ++i)
                groups += (groups.isEmpty() ? "" : ",") + group(i, name);
            m_socket->write(answer(200, "OK",
                                   R"({"count":)" + QByteArray::number(count) +
                                       R"(,"server_groups":[)" + groups + "]}"));
            return;
        }
        if (path.contains(QLatin1StringView("/jobs/"))) {
            m_socket->write(answer(
                200, "OK",
                R"({"status":"FAIL","job_id":"00000000000000000000000000000001","job_type":")" +
                    name + R"(","error_code":"SDRS.1306","fail_reason":")" + name + R"("})"));
            return;
        }
        m_socket->write(answer(404, "Not Found",
                               R"({"itemNotFound":{"code":"SDRS.0404","message":"no route"}})"));
    }

    void respondIam(const SeenRequest &r)
    {
        if (m_server->m_mode == Mode::EchoSecrets) {
            m_socket->write(answer(401, "Unauthorized",
                                   R"({"error":{"code":401,"message":"The request was: )" +
                                       jsonEscaped(r.body) + R"(","title":"Unauthorized"}})"));
            return;
        }
        const QByteArray base =
            m_server->url().toEncoded() + "/v1/" + HostileServer::projectId().toLatin1();
        m_socket->write(
            answer(201, "Created",
                   R"({"token":{"expires_at":"2099-01-01T00:00:00.000000Z","project":{"id":")" +
                       HostileServer::projectId().toLatin1() +
                       R"("},"catalog":[{"type":"sdrs","endpoints":[{"url":")" + base +
                       R"(","interface":"public"}]}]}})",
                   "X-Subject-Token: hostile-issued-token-0123456789abcdef\r\n"));
    }

    HostileServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    QTimer m_drip;
    bool m_endless = false;
};

HostileServer::HostileServer(Mode mode)
    : m_mode(mode)
{
    if (mode == Mode::CompressedBomb)
        (void)bomb(); // made before the first request, so that it is not timed
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection())
            new Connection(this, socket);
    });
    listen(QHostAddress::LocalHost, 0);
}

HostileServer::~HostileServer() = default;

QUrl HostileServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

QList<SeenRequest> HostileServer::requests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests;
}

void HostileServer::record(const SeenRequest &request)
{
    const QMutexLocker lock(&m_mutex);
    m_requests.append(request);
}

HostileThread::HostileThread(Mode mode)
{
    m_anchor.moveToThread(&m_thread);
    m_thread.start();
    // Made in its thread, so that its sockets live there.
    QMetaObject::invokeMethod(
        &m_anchor,
        [this, mode] {
            m_server = new HostileServer(mode);
            m_url = m_server->url();
        },
        Qt::BlockingQueuedConnection);
}

HostileThread::~HostileThread()
{
    QMetaObject::invokeMethod(
        m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QList<SeenRequest> HostileThread::requests() const
{
    return m_server->requests();
}

} // namespace sdrs::testing
