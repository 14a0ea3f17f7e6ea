#include "emulator.h"

#include "apitime.h"
#include "errorbodies.h"
#include "jsoncodec.h"
#include "signer.h"

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

struct Emulator::Response
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

namespace {

QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray methodName(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray newRequestId()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 16)
               .rightJustified(16, '0') +
           QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
}

/// An optional integer query parameter: nullopt when absent, `bad` set when not an integer.
std::optional<qint64> intParam(const QUrlQuery &q, const QString &key, bool *bad)
{
    if (!q.hasQueryItem(key))
        return std::nullopt;
    // Digits, with a minus for the "negative" error: "+5", " 5" or "5.0" are not integers here.
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]{1,18}$"));
    const QString text = q.queryItemValue(key, QUrl::FullyDecoded);
    if (!integer.match(text).hasMatch()) {
        *bad = true;
        return 0;
    }
    return text.toLongLong();
}

QString textParam(const QUrlQuery &q, const QString &key)
{
    return q.queryItemValue(key, QUrl::FullyDecoded);
}

quint64 splitmix(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

} // namespace

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

bool Emulator::useTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    QFile keyIn(keyFile);
    if (certs.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certificateFile);
        return false;
    }
    if (!keyIn.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(keyFile, keyIn.errorString());
        return false;
    }
    const QSslKey key(&keyIn, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no PEM RSA key").arg(keyFile);
        return false;
    }
    m_tlsConfiguration = QSslConfiguration::defaultConfiguration();
    m_tlsConfiguration.setLocalCertificate(certs.constFirst());
    m_tlsConfiguration.setPrivateKey(key);
    m_tls = true;
    return true;
}

bool Emulator::listen(const QHostAddress &address, quint16 port, QString *error)
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
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(server->errorString());
        delete server;
        return false;
    }
    const quint16 bound = server->serverPort();
    m_frontend->bind(server);
    m_baseUrl =
        QUrl(QStringLiteral("%1://%2:%3")
                 .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"), address.toString())
                 .arg(bound));
    return true;
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

namespace {

/// A failed task as the list returns it. Written by hand: it is the emulator's hot path, and
/// QJsonDocument takes about ten times as long.
QByteArray failureJson(const FailureJob &f)
{
    QByteArray out;
    out.reserve(256 + f.failReason.size() * 2);
    const auto field = [&out](const char *key, const QString &value, bool nullable) {
        out += out.isEmpty() ? "{\"" : ",\"";
        out += key;
        out += "\":";
        if (nullable && value.isNull())
            out += "null";
        else
            json::appendQuoted(out, value);
    };
    field("job_status", f.jobStatus, false);
    field("resource_id", f.resourceId, false);
    field("resource_name", f.resourceName, false);
    field("resource_type", f.resourceType, false);
    field("failure_status", f.failureStatus, false);
    field("job_id", f.jobId, false);
    field("job_type", f.jobType, false);
    field("begin_time", f.beginTimeText.isEmpty() ? formatIsoTime(f.beginTime) : f.beginTimeText,
          false);
    field("error_code", f.errorCode, true);
    field("fail_reason", f.failReason, true);
    out += '}';
    return out;
}

} // namespace

const QByteArray &Emulator::rowJson(qsizetype index)
{
    QByteArray &cached = m_rowJson[size_t(index)];
    if (cached.isEmpty())
        cached = failureJson(m_data.failures.at(index));
    return cached;
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
    Response response;
    switch (fault) {
    case Fault::Http401:
        response = Response{401,
                            gatewayError(QStringLiteral("APIG.0301"),
                                         QStringLiteral("Incorrect IAM authentication "
                                                        "information: token expired"),
                                         requestId),
                            {}};
        break;
    case Fault::Http403:
        response =
            Response{403, policyRefusal(QStringLiteral("sdrs:task-center:list"), requestId), {}};
        break;
    case Fault::Http500:
        response = answer(
            sdrsError(QStringLiteral("SDRS.0405"), QStringLiteral("Failed to execute the job")));
        break;
    case Fault::Http503:
        response = answer(httpError(503, QStringLiteral("Service temporarily unavailable")));
        break;
    case Fault::Http429:
        response = Response{429,
                            gatewayError(QStringLiteral("APIG.0308"),
                                         QStringLiteral("The throttling threshold has been "
                                                        "reached"),
                                         requestId),
                            {}};
        response.headers.append({"Retry-After", QByteArray::number(m_options.retryAfterSeconds)});
        break;
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

    QPointer<QTcpSocket> guard(socket);
    auto responder = std::make_shared<QHttpServerResponder>(Frontend::responder(request, socket));
    auto send = [this, guard, responder, response, fault, requestId] {
        --m_concurrent;
        if (!guard)
            return;
        if (ConnectionGuard *g = ConnectionGuard::of(guard))
            g->requestAnswered();
        if (fault == Fault::Stall || fault == Fault::Drop) {
            // Raw bytes: a promise of a body that never (fully) comes.
            QByteArray head =
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: " + requestId +
                "\r\nContent-Length: " +
                QByteArray::number(std::max<qsizetype>(response.body.size(), 64) + 100) +
                "\r\n\r\n";
            if (fault == Fault::Drop) {
                guard->write(head + response.body.left(10));
                guard->disconnectFromHost();
            } else {
                guard->write(head);
            }
            return;
        }
        responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        if (response.status != 204)
            responder->writeHeader("Content-Type", "application/json");
        responder->writeHeader("X-Request-Id", requestId);
        for (const auto &[key, value] : response.headers)
            responder->writeHeader(key, value);
        responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
        responder->writeBody(response.body);
    };
    if (latency > 0)
        QTimer::singleShot(latency, this, send);
    else
        send();
}

std::optional<Emulator::Response> Emulator::checkCredentials(const QHttpServerRequest &request)
{
    const auto deny = [this](const QString &message) {
        return Response{401, gatewayError(QStringLiteral("APIG.0301"), message, m_requestId), {}};
    };

    const QByteArray token = header(request, "X-Auth-Token");
    const QByteArray authorization = header(request, "Authorization");
    if (!token.isEmpty()) {
        const QString t = QString::fromLatin1(token);
        if (m_options.acceptsAnything())
            return std::nullopt;
        if (!m_options.token.isEmpty() && t == m_options.token)
            return std::nullopt;
        const auto it = m_tokens.constFind(t);
        if (it != m_tokens.cend() && QDateTime::currentDateTimeUtc() < *it)
            return std::nullopt;
        return deny(QStringLiteral("Incorrect IAM authentication information: the token is "
                                   "invalid or expired"));
    }
    if (!authorization.isEmpty()) {
        const signing::ParsedAuthorization parsed = signing::parseAuthorization(authorization);
        if (!parsed.valid)
            return deny(QStringLiteral("Incorrect IAM authentication information: malformed "
                                       "Authorization header"));
        if (m_options.accessKey.isEmpty() || parsed.accessKey != m_options.accessKey)
            return deny(
                QStringLiteral("Incorrect IAM authentication information: unknown access key"));
        const QByteArray date = header(request, "X-Sdk-Date");
        const QDateTime when = signing::parseSdkDate(date);
        if (!when.isValid() || std::abs(when.secsTo(QDateTime::currentDateTimeUtc())) > 15 * 60)
            return deny(QStringLiteral("Incorrect IAM authentication information: X-Sdk-Date is "
                                       "missing or more than 15 minutes off"));
        if (!parsed.signedHeaders.contains("host") || !parsed.signedHeaders.contains("x-sdk-date"))
            return deny(QStringLiteral("Incorrect IAM authentication information: host and "
                                       "x-sdk-date must be signed"));
        signing::HeaderList headers;
        for (const QByteArray &name : parsed.signedHeaders) {
            const QByteArray value = header(request, name);
            if (value.isNull())
                return deny(QStringLiteral("Incorrect IAM authentication information: signed "
                                           "header %1 is missing")
                                .arg(QString::fromLatin1(name)));
            headers.append({name, value});
        }
        const signing::Key key{m_options.accessKey, m_options.secretKey, parsed.variant,
                               parsed.region, parsed.service};
        const signing::Signature expected = signing::sign(
            signing::Request{methodName(request), request.url(), headers, request.body()}, key,
            date);
        if (expected.signature != parsed.signature)
            return deny(QStringLiteral("Incorrect IAM authentication information: verify aksk "
                                       "signature fail"));
        return std::nullopt;
    }
    return deny(QStringLiteral("Incorrect IAM authentication information: no token or signature"));
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

    if (emptySegment || seg.size() < 3 || seg.at(0) != QStringLiteral("v1"))
        return notFound(QStringLiteral("No such resource: %1").arg(path));
    if (std::optional<Response> denied = checkCredentials(request))
        return *denied;
    if (seg.at(1) != m_data.projectId)
        return answer(sdrsError(QStringLiteral("SDRS.0001"),
                                QStringLiteral("Invalid tenant ID: the credentials are not for "
                                               "project %1")
                                    .arg(seg.at(1))));
    const QStringList rest = seg.mid(2);
    const QString a = rest.value(0), b = rest.value(1), c = rest.value(2), d = rest.value(3);
    const auto is = [](const QString &s, const char *literal) {
        return s == QLatin1StringView(literal);
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
    return notFound(QStringLiteral("No such resource: %1").arg(path));
}

std::optional<Emulator::Response> Emulator::checkPaging(const QUrlQuery &q, qint64 *limit,
                                                        qint64 *offset)
{
    bool badLimit = false, badOffset = false;
    const std::optional<qint64> l = intParam(q, QStringLiteral("limit"), &badLimit);
    const std::optional<qint64> o = intParam(q, QStringLiteral("offset"), &badOffset);
    if (badLimit || (l && (*l < 0 || *l > 1000)))
        return answer(
            sdrsError(QStringLiteral("SDRS.0221"),
                      QStringLiteral("limit value must be greater than 0 or less than 1000")));
    if (badOffset || (o && *o < 0))
        return answer(
            sdrsError(QStringLiteral("SDRS.0222"),
                      QStringLiteral("offset value cannot be negative, and must be an integer")));
    *limit = l.value_or(1000);
    *offset = o.value_or(0);
    return std::nullopt;
}

Emulator::Response Emulator::listFailures(const QHttpServerRequest &request)
{
    const QUrlQuery q = request.query();
    qint64 limit = 0, offset = 0;
    if (std::optional<Response> bad = checkPaging(q, &limit, &offset))
        return *bad;
    Response r;
    const QString status = textParam(q, QStringLiteral("failure_status"));
    const QString type = textParam(q, QStringLiteral("resource_type"));
    const QString name = textParam(q, QStringLiteral("resource_name"));
    const QString group = textParam(q, QStringLiteral("server_group_id"));
    if ((!status.isEmpty() && !knownFailureStatuses().contains(status)) ||
        (!type.isEmpty() && !knownResourceTypes().contains(type))) {
        return answer(
            sdrsError(QStringLiteral("SDRS.0201"),
                      QStringLiteral("Invalid request parameters: %1")
                          .arg(!status.isEmpty() && !knownFailureStatuses().contains(status)
                                   ? QStringLiteral("failure_status=") + status
                                   : QStringLiteral("resource_type=") + type)));
    }
    const QList<qsizetype> scope = m_byScope.value(group);
    QList<qsizetype> matches;
    matches.reserve(scope.size());
    for (const qsizetype i : scope) {
        const FailureJob &f = m_data.failures.at(i);
        if (!status.isEmpty() && f.failureStatus != status)
            continue;
        if (!type.isEmpty() && f.resourceType != type)
            continue;
        if (!name.isEmpty() && !f.resourceName.contains(name, Qt::CaseInsensitive))
            continue;
        matches.append(i);
    }
    const qsizetype end = std::min<qsizetype>(matches.size(), offset + limit);
    // The SDK calls count "the number in the list": the total, or with countIsPageLength the rows
    // of this page (a reader must work with either).
    const qsizetype count =
        m_options.countIsPageLength ? std::max<qsizetype>(0, end - offset) : matches.size();
    QByteArray body = "{\"count\":" + QByteArray::number(count) + ",\"failure_jobs\":[";
    for (qsizetype k = offset; k < end; ++k) {
        if (k > offset)
            body += ',';
        body += rowJson(matches.at(k));
    }
    body += "]}";
    r.body = body;
    return r;
}

Emulator::Response Emulator::listGroups(const QHttpServerRequest &request)
{
    const QUrlQuery q = request.query();
    qint64 limit = 0, offset = 0;
    if (std::optional<Response> bad = checkPaging(q, &limit, &offset))
        return *bad;
    Response r;
    const QString status = textParam(q, QStringLiteral("status"));
    const QString name = textParam(q, QStringLiteral("name"));
    const QString queryType = textParam(q, QStringLiteral("query_type"));
    const QString zone = textParam(q, QStringLiteral("availability_zone"));
    static const QStringList queryTypes{
        QStringLiteral("status_abnormal"), QStringLiteral("stop_protected"),
        QStringLiteral("period_no_dr_drill"), QStringLiteral("general")};
    if (!queryType.isEmpty() && !queryTypes.contains(queryType)) {
        return answer(
            sdrsError(QStringLiteral("SDRS.0201"),
                      QStringLiteral("Invalid request parameters: query_type=") + queryType));
    }
    QJsonArray page;
    qint64 count = 0;
    for (const ProtectionGroup &g : std::as_const(m_data.groups)) {
        if (!status.isEmpty() && g.status != status)
            continue;
        if (!name.isEmpty() && !g.name.contains(name, Qt::CaseInsensitive))
            continue;
        // The current production site's zone, as the SDK describes the filter.
        const bool targetProduces = g.priorityStation == QLatin1StringView("target");
        if (!zone.isEmpty() &&
            (targetProduces ? g.targetAvailabilityZone : g.sourceAvailabilityZone) != zone)
            continue;
        if (queryType == QStringLiteral("status_abnormal") && !isAbnormal(g))
            continue;
        if (queryType == QStringLiteral("stop_protected") &&
            g.status != QStringLiteral("available"))
            continue;
        if (queryType == QStringLiteral("period_no_dr_drill") && g.disasterRecoveryDrillNum != 0)
            continue;
        if (count >= offset && count < offset + limit)
            page.append(json::toJson(g));
        ++count;
    }
    if (m_options.countIsPageLength)
        count = page.size();
    r.body = json(QJsonObject{{QLatin1StringView("count"), count},
                              {QLatin1StringView("server_groups"), page}});
    return r;
}

Emulator::Response Emulator::getJob(const QString &jobId)
{
    Response r;
    const auto explicitJob = m_data.jobs.constFind(jobId);
    if (explicitJob != m_data.jobs.cend()) {
        r.body = json(json::toJson(*explicitJob));
        return r;
    }
    const auto row = m_byJobId.constFind(jobId);
    if (row == m_byJobId.cend())
        return answer(httpError(404, QStringLiteral("Job %1 not found").arg(jobId)));
    r.body = json(json::toJson(synthesizeJob(m_data.failures.at(*row))));
    return r;
}

Emulator::Response Emulator::deleteOne(const QString &resourceId)
{
    const qsizetype before = m_data.failures.size();
    m_data.failures.removeIf(
        [&resourceId](const FailureJob &f) { return f.resourceId == resourceId; });
    Response r;
    if (m_data.failures.size() == before)
        return answer(httpError(404, QStringLiteral("Failed task %1 not found").arg(resourceId)));
    rebuildIndex();
    r.status = 204;
    return r;
}

Emulator::Response Emulator::deleteWhere(const QString &serverGroupId)
{
    m_data.failures.removeIf(
        [&serverGroupId](const FailureJob &f) { return f.serverGroupId == serverGroupId; });
    rebuildIndex();
    Response r;
    r.status = 204;
    return r;
}

Emulator::Response Emulator::login(const QHttpServerRequest &request)
{
    const auto deny = [](const QString &message) {
        Response r;
        r.status = 401;
        r.body = json(QJsonObject{
            {QLatin1StringView("error"),
             QJsonObject{{QLatin1StringView("code"), 401},
                         {QLatin1StringView("message"), message},
                         {QLatin1StringView("title"), QStringLiteral("Unauthorized")}}}});
        return r;
    };
    const QJsonObject auth = QJsonDocument::fromJson(request.body())
                                 .object()
                                 .value(QLatin1StringView("auth"))
                                 .toObject();
    const QJsonObject identity = auth.value(QLatin1StringView("identity")).toObject();
    const QJsonObject user = identity.value(QLatin1StringView("password"))
                                 .toObject()
                                 .value(QLatin1StringView("user"))
                                 .toObject();
    const QString name = user.value(QLatin1StringView("name")).toString();
    const QString password = user.value(QLatin1StringView("password")).toString();
    const QString domain = user.value(QLatin1StringView("domain"))
                               .toObject()
                               .value(QLatin1StringView("name"))
                               .toString();
    if (!identity.value(QLatin1StringView("methods"))
             .toArray()
             .contains(QStringLiteral("password")))
        return deny(QStringLiteral("The request you have made requires authentication."));
    const bool accepted =
        m_options.userName.isEmpty()
            ? m_options.acceptsAnything() && !name.isEmpty() && !password.isEmpty()
            : name == m_options.userName && password == m_options.password &&
                  domain == m_options.domainName;
    if (!accepted)
        return deny(QStringLiteral("The username or password is wrong."));
    const QJsonObject project = auth.value(QLatin1StringView("scope"))
                                    .toObject()
                                    .value(QLatin1StringView("project"))
                                    .toObject();
    const QString projectId = project.value(QLatin1StringView("id")).toString();
    const QString projectName = project.value(QLatin1StringView("name")).toString();
    if (projectId != m_data.projectId && projectName != m_options.projectName)
        return deny(QStringLiteral("No project matches the scope of the request."));

    ++m_loginCount;
    QByteArray random(1536, Qt::Uninitialized);
    for (char &c : random)
        c = char(QRandomGenerator::global()->bounded(256));
    const QByteArray token =
        "MIIT" + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addSecs(m_options.tokenTtlSeconds);
    m_tokens.insert(QString::fromLatin1(token), expires);

    QJsonObject tokenBody{
        {QLatin1StringView("expires_at"), expires.toString(Qt::ISODateWithMs)},
        {QLatin1StringView("issued_at"), now.toString(Qt::ISODateWithMs)},
        {QLatin1StringView("methods"), QJsonArray{QStringLiteral("password")}},
        {QLatin1StringView("project"),
         QJsonObject{
             {QLatin1StringView("id"), m_data.projectId},
             {QLatin1StringView("name"), m_options.projectName},
             {QLatin1StringView("domain"), QJsonObject{{QLatin1StringView("name"), domain}}}}},
        {QLatin1StringView("user"),
         QJsonObject{
             {QLatin1StringView("name"), name},
             {QLatin1StringView("domain"), QJsonObject{{QLatin1StringView("name"), domain}}}}},
    };
    if (request.query().queryItemValue(QStringLiteral("nocatalog")) != QStringLiteral("true")) {
        const QString url = m_options.catalogUrl.isEmpty()
                                ? m_baseUrl.toString() + QStringLiteral("/v1/") + m_data.projectId
                                : m_options.catalogUrl.toString();
        tokenBody.insert(QLatin1StringView("catalog"),
                         QJsonArray{QJsonObject{
                             {QLatin1StringView("type"), QStringLiteral("sdrs")},
                             {QLatin1StringView("name"), QStringLiteral("sdrs")},
                             {QLatin1StringView("endpoints"),
                              QJsonArray{QJsonObject{
                                  {QLatin1StringView("url"), url},
                                  {QLatin1StringView("region"), m_options.region},
                                  {QLatin1StringView("interface"), QStringLiteral("public")}}}}}});
    }
    Response r;
    r.status = 201;
    r.headers.append({"X-Subject-Token", token});
    r.body = json(QJsonObject{{QLatin1StringView("token"), tokenBody}});
    return r;
}

// ---------------------------------------------------------------------------------------------

std::unique_ptr<EmulatorThread> EmulatorThread::start(Dataset data, Options options, QString *error)
{
    std::unique_ptr<EmulatorThread> host(new EmulatorThread);
    auto *emulator = new Emulator(std::move(data), std::move(options));
    emulator->moveToThread(&host->m_thread);
    QObject::connect(&host->m_thread, &QThread::finished, emulator, &QObject::deleteLater);
    host->m_thread.setObjectName(QStringLiteral("sdrs-emulator"));
    host->m_thread.start();
    bool ok = false;
    QString why;
    QMetaObject::invokeMethod(
        emulator,
        [&] {
            ok = emulator->listen(QHostAddress::LocalHost, 0, &why);
            host->m_baseUrl = emulator->baseUrl();
            host->m_projectId = emulator->projectId();
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        if (error)
            *error = why;
        return nullptr;
    }
    return host;
}

EmulatorThread::~EmulatorThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace sdrs::emulator
