#include "emulator/emulator.h"
#include "emulator/requesthelpers.h"

#include "emulator/errorbodies.h"
#include "models/apitime.h"
#include "models/jsoncodec.h"
#include "models/signer.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace sdrs::emulator {

std::optional<Fault> parseFault(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == QStringLiteral("401"))
        return Fault::Http401;
    if (n == QStringLiteral("403"))
        return Fault::Http403;
    if (n == QStringLiteral("500"))
        return Fault::Http500;
    if (n == QStringLiteral("503"))
        return Fault::Http503;
    if (n == QStringLiteral("429"))
        return Fault::Http429;
    if (n == QStringLiteral("malformed"))
        return Fault::Malformed;
    if (n == QStringLiteral("truncated"))
        return Fault::Truncated;
    if (n == QStringLiteral("stall"))
        return Fault::Stall;
    if (n == QStringLiteral("drop"))
        return Fault::Drop;
    return std::nullopt;
}

/// Hands requests from Qt HttpServer to the Emulator.
class Frontend final : public QAbstractHttpServer
{
public:
    explicit Frontend(Emulator *emulator)
        : QAbstractHttpServer(emulator)
        , m_emulator(emulator)
    {}

    static QHttpServerResponder responder(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        return makeResponder(request, socket);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_emulator->handle(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Emulator *m_emulator;
};

Emulator::Emulator(Dataset data, Options options, QObject *parent)
    : QObject(parent)
    , m_data(std::move(data))
    , m_options(std::move(options))
    , m_frontend(new Frontend(this))
    , m_dice(m_options.seed)
{
    // Newest first, as the service lists them.
    std::stable_sort(
        m_data.failures.begin(), m_data.failures.end(),
        [](const FailureJob &a, const FailureJob &b) { return a.beginTime > b.beginTime; });
    rebuildIndex();
}

Emulator::~Emulator() = default;

Result<NoContent> Emulator::useTls(const QString &certificateFile, const QString &keyFile)
{
    const auto fail = [](const QString &why) {
        return Result<NoContent>::failure(ApiError::Kind::Io, why);
    };
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    QFile keyIn(keyFile);
    if (certs.isEmpty())
        return fail(QStringLiteral("%1 holds no PEM certificate").arg(certificateFile));
    if (!keyIn.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(keyFile, keyIn.errorString()));
    const QSslKey key(&keyIn, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        return fail(QStringLiteral("%1 holds no PEM RSA key").arg(keyFile));
    m_tlsConfiguration = QSslConfiguration::defaultConfiguration();
    m_tlsConfiguration.setLocalCertificate(certs.constFirst());
    m_tlsConfiguration.setPrivateKey(key);
    m_tls = true;
    return {};
}

Result<NoContent> Emulator::listen(const QHostAddress &address, quint16 port)
{
    // Servers of our own, so that every connection is guarded before the HTTP server reads it.
    QTcpServer *server = nullptr;
    if (m_tls) {
        auto *tls = new GuardedServer<QSslServer>(m_options.limits);
        tls->setSslConfiguration(m_tlsConfiguration);
        tls->setHandshakeTimeout(m_options.limits.requestTimeoutMs);
        server = tls;
    } else {
        server = new GuardedServer<QTcpServer>(m_options.limits);
    }
    if (!server->listen(address, port)) {
        const QString why = QStringLiteral("cannot listen on %1:%2: %3")
                                .arg(address.toString())
                                .arg(port)
                                .arg(server->errorString());
        delete server;
        return Result<NoContent>::failure(ApiError::Kind::Network, why);
    }
    const quint16 bound = server->serverPort();
    m_frontend->bind(server);
    m_baseUrl =
        QUrl(QStringLiteral("%1://%2:%3")
                 .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"), address.toString())
                 .arg(bound));
    startChurnTimer();
    return {};
}

void Emulator::queueFault(Fault fault, int times)
{
    if (times > 0)
        m_faultQueue.append({fault, times});
}

void Emulator::revokeTokens()
{
    m_tokens.clear();
}

void Emulator::setListingFault(const QString &serverGroupId, Fault fault)
{
    if (fault == Fault::None)
        m_listingFaults.remove(serverGroupId);
    else
        m_listingFaults.insert(serverGroupId, fault);
}

bool Emulator::removeFailure(const QString &resourceId)
{
    return deleteOne(resourceId).status == 204;
}

void Emulator::addFailure(const FailureJob &failure)
{
    m_data.failures.prepend(failure);
    rebuildIndex();
}

void Emulator::rebuildIndex()
{
    m_byScope.clear();
    m_byJobId.clear();
    m_rowJson.assign(size_t(m_data.failures.size()), QByteArray());
    for (qsizetype i = 0; i < m_data.failures.size(); ++i) {
        const FailureJob &f = m_data.failures.at(i);
        m_byScope[f.serverGroupId].append(i);
        m_byJobId.insert(f.jobId, i);
    }
}

Fault Emulator::pickFault(const QHttpServerRequest &request, int *extraLatencyMs)
{
    Fault fault = Fault::None;
    const QByteArray asked = header(request, "X-Emulator-Fault");
    for (const QByteArray &part : asked.split(',')) {
        const QString p = QString::fromLatin1(part).trimmed();
        if (p.startsWith(QStringLiteral("latency="))) {
            *extraLatencyMs += p.mid(8).toInt();
        } else if (const std::optional<Fault> f = parseFault(p)) {
            fault = *f;
        }
    }
    if (fault != Fault::None)
        return fault;
    const bool sdrsRequest = request.url().path().startsWith(QStringLiteral("/v1/"));
    if (sdrsRequest && !m_listingFaults.isEmpty() &&
        request.url().path().endsWith(QStringLiteral("/task-center/failure-jobs"))) {
        const auto it = m_listingFaults.constFind(
            textParam(request.query(), QStringLiteral("server_group_id")));
        if (it != m_listingFaults.cend())
            return *it;
    }
    if (sdrsRequest && !m_faultQueue.isEmpty()) {
        fault = m_faultQueue.first().first;
        if (--m_faultQueue.first().second <= 0)
            m_faultQueue.removeFirst();
        return fault;
    }
    if (sdrsRequest && m_options.faultRate > 0 && !m_options.faults.isEmpty()) {
        const double roll = double(splitmix(m_dice) >> 11) / double(1ull << 53);
        if (roll < m_options.faultRate)
            return m_options.faults.at(
                qsizetype(splitmix(m_dice) % quint64(m_options.faults.size())));
    }
    return Fault::None;
}

void Emulator::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requestCount;
    m_maxConcurrent = std::max(m_maxConcurrent, ++m_concurrent);
    if (ConnectionGuard *g = ConnectionGuard::of(socket))
        g->requestStarted();
    m_lastHeaders = request.headers();
    int latency = m_options.latencyMs;
    const Fault fault = pickFault(request, &latency);

    // One id per answer: its X-Request-Id header and any request_id in its body.
    const QByteArray requestId = newRequestId();
    m_requestId = requestId;
    const Response response = faultedResponse(request, fault, requestId);

    QPointer<QTcpSocket> guard(socket);
    auto responder = std::make_shared<QHttpServerResponder>(Frontend::responder(request, socket));
    auto send = [this, guard, responder, response, fault, requestId] {
        --m_concurrent;
        if (!guard)
            return;
        if (ConnectionGuard *g = ConnectionGuard::of(guard))
            g->requestAnswered();
        write(guard, *responder, response, fault, requestId);
    };
    if (latency > 0)
        QTimer::singleShot(latency, this, send);
    else
        send();
}

Emulator::Response Emulator::faultedResponse(const QHttpServerRequest &request, Fault fault,
                                             const QByteArray &requestId)
{
    Response response;
    switch (fault) {
    case Fault::Http401:
        return Response{401,
                        gatewayError(QStringLiteral("APIG.0301"),
                                     QStringLiteral("Incorrect IAM authentication "
                                                    "information: token expired"),
                                     requestId),
                        {}};
    case Fault::Http403:
        return Response{403, policyRefusal(QStringLiteral("sdrs:task-center:list"), requestId), {}};
    case Fault::Http500:
        return answer(
            sdrsError(QStringLiteral("SDRS.0405"), QStringLiteral("Failed to execute the job")));
    case Fault::Http503:
        return answer(httpError(503, QStringLiteral("Service temporarily unavailable")));
    case Fault::Http429:
        response = Response{429,
                            gatewayError(QStringLiteral("APIG.0308"),
                                         QStringLiteral("The throttling threshold has been "
                                                        "reached"),
                                         requestId),
                            {}};
        response.headers.append({"Retry-After", QByteArray::number(m_options.retryAfterSeconds)});
        return response;
    default:
        response = route(request);
        break;
    }
    if (fault == Fault::Malformed) {
        response.status = 200;
        response.body = "{\"count\": 3, \"failure_jobs\": [{\"job_id\": <html>oops</html>";
    } else if (fault == Fault::Truncated) {
        response.status = 200;
        if (response.body.size() < 2)
            response.body = "{\"count\": 1, \"failure_jobs\": [{\"job_";
        response.body.truncate(response.body.size() / 2);
    }
    return response;
}

void Emulator::write(QTcpSocket *socket, QHttpServerResponder &responder, const Response &response,
                     Fault fault, const QByteArray &requestId)
{
    if (fault == Fault::Stall || fault == Fault::Drop) {
        // Raw bytes: a promise of a body that never (fully) comes.
        QByteArray head =
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: " + requestId +
            "\r\nContent-Length: " +
            QByteArray::number(std::max<qsizetype>(response.body.size(), 64) + 100) + "\r\n\r\n";
        if (fault == Fault::Drop) {
            socket->write(head + response.body.left(10));
            socket->disconnectFromHost();
        } else {
            socket->write(head);
        }
        return;
    }
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (response.status != 204)
        responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("X-Request-Id", requestId);
    for (const auto &[key, value] : response.headers)
        responder.writeHeader(key, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

Emulator::Response Emulator::answer(const ErrorAnswer &error)
{
    return Response{error.status, error.body, {}};
}

Emulator::Response Emulator::route(const QHttpServerRequest &request)
{
    const QString path = request.url().path(QUrl::FullyDecoded);
    const QByteArray method = methodName(request);
    // As a server does: split the path as it came, then decode each segment, so that an id
    // with an encoded '/' stays one segment. An empty segment ("//") matches no route.
    QStringList seg;
    bool emptySegment = false;
    const QString encodedPath = request.url().path(QUrl::FullyEncoded);
    for (const QString &part : encodedPath.mid(1).split(u'/')) {
        emptySegment = emptySegment || part.isEmpty();
        seg.append(QUrl::fromPercentEncoding(part.toUtf8()));
    }
    const auto notFound = [](const QString &what) {
        return answer(httpError(404, what));
    };
    const auto notAllowed = [] {
        return answer(httpError(405, QStringLiteral("Method not allowed")));
    };

    if (path == QStringLiteral("/v3/auth/tokens"))
        return method == "POST" ? login(request) : notAllowed();
    if (path == QStringLiteral("/emulator/churn"))
        return method == "POST" ? churnRequest(request) : notAllowed();

    if (emptySegment || seg.size() < 3 || seg.at(0) != QStringLiteral("v1"))
        return notFound(QStringLiteral("No such resource: %1").arg(path));
    if (std::optional<Response> denied = checkCredentials(request))
        return *denied;
    if (seg.at(1) != m_data.projectId)
        return answer(sdrsError(QStringLiteral("SDRS.0001"),
                                QStringLiteral("Invalid tenant ID: the credentials are not for "
                                               "project %1")
                                    .arg(seg.at(1))));
    return routeResource(request, seg.mid(2));
}

Emulator::Response Emulator::routeResource(const QHttpServerRequest &request,
                                           const QStringList &rest)
{
    const QByteArray method = methodName(request);
    const QString a = rest.value(0), b = rest.value(1), c = rest.value(2), d = rest.value(3);
    const auto is = [](const QString &s, const char *literal) {
        return s == QLatin1StringView(literal);
    };
    const auto notAllowed = [] {
        return answer(httpError(405, QStringLiteral("Method not allowed")));
    };

    if (rest.size() == 2 && is(a, "task-center") && is(b, "failure-jobs"))
        return method == "GET" ? listFailures(request) : notAllowed();
    if (rest.size() == 3 && is(a, "task-center") && is(b, "failure-jobs")) {
        if (method != "DELETE")
            return notAllowed();
        return is(c, "batch") ? deleteWhere(QString()) : deleteOne(c);
    }
    if (rest.size() == 4 && is(a, "task-center") && is(c, "failure-jobs") && is(d, "batch")) {
        if (method != "DELETE")
            return notAllowed();
        const bool known = std::any_of(m_data.groups.cbegin(), m_data.groups.cend(),
                                       [&b](const ProtectionGroup &g) { return g.id == b; });
        if (!known && !m_byScope.contains(b))
            return answer(sdrsError(QStringLiteral("SDRS.1013"),
                                    QStringLiteral("Protection group %1 not found").arg(b)));
        return deleteWhere(b);
    }
    if (rest.size() == 1 && is(a, "server-groups"))
        return method == "GET" ? listGroups(request) : notAllowed();
    if (rest.size() == 2 && is(a, "jobs"))
        return method == "GET" ? getJob(b) : notAllowed();
    return answer(httpError(
        404, QStringLiteral("No such resource: %1").arg(request.url().path(QUrl::FullyDecoded))));
}

// ---------------------------------------------------------------------------------------------

Result<std::unique_ptr<EmulatorThread>> EmulatorThread::start(Dataset data, Options options)
{
    std::unique_ptr<EmulatorThread> host(new EmulatorThread);
    auto *emulator = new Emulator(std::move(data), std::move(options));
    emulator->moveToThread(&host->m_thread);
    QObject::connect(&host->m_thread, &QThread::finished, emulator, &QObject::deleteLater);
    host->m_thread.setObjectName(QStringLiteral("sdrs-emulator"));
    host->m_thread.start();
    Result<NoContent> listening;
    QMetaObject::invokeMethod(
        emulator,
        [&] {
            listening = emulator->listen(QHostAddress::LocalHost, 0);
            host->m_baseUrl = emulator->baseUrl();
            host->m_projectId = emulator->projectId();
        },
        Qt::BlockingQueuedConnection);
    using Started = Result<std::unique_ptr<EmulatorThread>>;
    if (!listening.ok())
        return Started::failure(listening.error);
    return Started::success(std::move(host));
}

EmulatorThread::~EmulatorThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace sdrs::emulator
