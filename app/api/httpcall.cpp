#include "app/api/httpcall.h"

#include "app/api/iamsession.h"
#include "app/api/tlscheck.h"
#include "app/api/wiresafety.h"
#include "models/jsoncodec.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QThreadPool>

#include <algorithm>

namespace sdrs {

QByteArray RawReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiError detail::makeError(ApiError::Kind kind, const QString &message, const QString &endpoint)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    e.endpoint = endpoint;
    return e;
}

ApiError detail::decodeError(const RawReply &raw, const QString &why)
{
    //: %1 says what is wrong with the service's answer, e.g. "the body is not a JSON object".
    ApiError e =
        makeError(ApiError::Kind::Decode,
                  SdrsClient::tr("The answer could not be read: %1").arg(why), raw.endpoint);
    e.httpStatus = raw.status;
    e.requestId = Redactor().apply(QString::fromLatin1(raw.header("X-Request-Id")), 128);
    return e;
}

using detail::makeError;

namespace {

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

/// True when an uncompressed answer brought fewer bytes than its Content-Length promised.
bool isCutShort(const RawReply &r)
{
    if (!r.header("Content-Encoding").isEmpty())
        return false;
    const wire::ContentLength length = wire::parseContentLength(r.header("Content-Length"));
    return length.present && length.valid && r.body.size() < length.bytes;
}

/// The value of `Signature=` in an `Authorization` header, or empty.
QString signatureOf(const QByteArray &authorization)
{
    const qsizetype at = authorization.indexOf("Signature=");
    if (at < 0)
        return {};
    QByteArray value = authorization.mid(at + 10);
    const qsizetype end = value.indexOf(',');
    if (end >= 0)
        value.truncate(end);
    return QString::fromLatin1(value.trimmed());
}

} // namespace

HttpCall::HttpCall(SdrsClient *client, SdrsClient::Spec spec,
                   std::function<void(const RawReply &)> done)
    : ApiCall(client)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_done(std::move(done))
    , m_redactor(client->m_connection)
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &HttpCall::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpCall::start);
}

HttpCall::~HttpCall()
{
    dropReply();
}

void HttpCall::start()
{
    if (m_finished)
        return;
    if (!m_spec.needsAuth) {
        send();
        return;
    }
    m_client->m_iam->withToken(this, [this](const ApiError &error) {
        if (m_finished)
            return;
        if (error.isError()) {
            RawReply r;
            r.error = error;
            complete(r);
            return;
        }
        send();
    });
}

void HttpCall::abortWork()
{
    m_timeout.stop();
    m_retryTimer.stop();
    dropReply();
}

void HttpCall::deliverCancelled()
{
    RawReply r;
    r.endpoint = m_endpoint;
    r.error = detail::cancelledError(m_endpoint);
    m_done(r);
}

void HttpCall::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

QUrl HttpCall::targetUrl(ApiError *error) const
{
    QUrl url;
    if (m_spec.target == SdrsClient::Spec::Target::Iam) {
        url = m_client->m_connection.iamUrl;
        QString path = url.path(QUrl::FullyEncoded);
        while (path.endsWith(u'/'))
            path.chop(1);
        if (!path.endsWith(QStringLiteral("/v3")))
            path += QStringLiteral("/v3");
        url.setPath(path + m_spec.path, QUrl::TolerantMode);
    } else {
        const QString project = m_client->projectId();
        const QString problem = wire::pathSegmentProblem(project);
        if (!project.isEmpty() && !problem.isEmpty()) {
            //: %1 says why the project id cannot be part of a URL.
            *error =
                makeError(ApiError::Kind::Invalid,
                          SdrsClient::tr("The project id cannot be used: %1").arg(problem), {});
            return {};
        }
        url = m_client->serviceBase();
        if (url.isEmpty()) {
            //: The sign-in catalog: the list of service endpoints IAM returns with a token.
            *error = makeError(ApiError::Kind::Network,
                               SdrsClient::tr("No SDRS endpoint is configured and the sign-in "
                                              "catalog names none."),
                               {});
            return {};
        }
        // The path below the base is already percent-encoded, segment by segment: keep it so.
        url.setPath(url.path(QUrl::FullyEncoded) + m_spec.path, QUrl::TolerantMode);
    }
    if (!m_spec.query.isEmpty())
        url.setQuery(m_spec.query);
    if (m_spec.needsAuth || m_spec.carriesSecret) {
        const QString problem = wire::cleartextProblem(url, m_client->m_connection.allowHttp);
        if (!problem.isEmpty()) {
            *error = makeError(ApiError::Kind::Invalid, problem, {});
            return {};
        }
    }
    return url;
}

void HttpCall::send()
{
    ApiError error = m_spec.refusal;
    const QUrl url = error.isError() ? QUrl() : targetUrl(&error);
    if (error.isError()) {
        RawReply r;
        r.error = error;
        complete(r);
        return;
    }
    m_endpoint = QString::fromLatin1(m_spec.method) + u' ' +
                 url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded);
    const Result<QNetworkRequest> built =
        m_client->buildRequest(m_spec.method, url, m_spec.body, m_spec.needsAuth);
    if (!built.ok()) {
        RawReply r;
        r.endpoint = m_endpoint;
        r.error = built.error;
        r.error.endpoint = m_endpoint;
        complete(r);
        return;
    }
    const QNetworkRequest &request = built.value;
    m_tokenUsed = m_client->m_iam->token();
    m_redactor.add(m_tokenUsed);
    m_redactor.add(signatureOf(request.rawHeader("Authorization")));
    ++m_attempt;
    if (m_attempt == 1)
        m_sinceFirstAttempt.start();
    m_stop = Stop::None;
    m_stopDetail.clear();
    m_body.clear();
    m_clock.start();
    QNetworkAccessManager *nam = m_client->m_nam;
    if (m_spec.method == "GET")
        m_reply = nam->get(request);
    else if (m_spec.method == "DELETE")
        m_reply = nam->deleteResource(request);
    else if (m_spec.method == "POST")
        m_reply = nam->post(request, m_spec.body);
    else
        m_reply = nam->sendCustomRequest(request, m_spec.method, m_spec.body);
    // Qt's network thread reads ahead only this far: what has not been read here yet cannot pile
    // up without bound while the size limit waits for it (an endless body would otherwise cost
    // many times the limit before it is seen).
    m_reply->setReadBufferSize(ReadAheadBytes);
    connect(m_reply, &QNetworkReply::encrypted, this, &HttpCall::onEncrypted);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpCall::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    m_timeout.start(std::max(1, m_client->m_connection.timeoutMs));
}

void HttpCall::onTimeout()
{
    stopReply(Stop::Timeout);
}

void HttpCall::onEncrypted()
{
    if (!m_reply)
        return;
    const QString problem =
        tls::hostProblem(m_reply->sslConfiguration().peerCertificate(), m_reply->url().host());
    if (!problem.isEmpty())
        stopReply(Stop::Certificate, problem);
}

void HttpCall::onMetaData()
{
    if (!m_reply)
        return;
    // A reused TLS connection emits no encrypted(): check the certificate before the answer too.
    if (m_reply->url().scheme() == QLatin1StringView("https")) {
        onEncrypted();
        if (!m_reply)
            return;
    }
    const QByteArray value = m_reply->rawHeader("Content-Length");
    const wire::ContentLength length = wire::parseContentLength(value);
    if (!length.valid)
        stopReply(Stop::BadLength, QString::fromLatin1(value.left(64)));
    else if (length.bytes > m_client->m_connection.maxAnswerBytes)
        stopReply(Stop::TooLarge);
}

void HttpCall::onReadyRead()
{
    if (!m_reply)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_client->m_connection.maxAnswerBytes)
        stopReply(Stop::TooLarge);
}

void HttpCall::stopReply(Stop why, const QString &detail)
{
    if (!m_reply || m_stop != Stop::None)
        return;
    m_stop = why;
    m_stopDetail = detail;
    m_reply->abort(); // finished() follows, handled in onFinished()
}

bool HttpCall::attemptsLeft() const
{
    return m_spec.retryable && m_attempt <= m_client->m_connection.maxRetries;
}

int HttpCall::backoffMs() const
{
    // Exponential with "equal jitter": half the step fixed, half random.
    const qint64 step = qint64(std::max(1, m_client->m_connection.retryBaseDelayMs))
                        << std::min(m_attempt - 1, 16);
    const qint64 capped = std::min<qint64>(step, wire::MaxSingleWaitMs);
    return int(capped / 2 + QRandomGenerator::global()->bounded(capped / 2 + 1));
}

bool HttpCall::retryLater(qint64 delayMs, const QString &why)
{
    const qint64 delay = std::clamp<qint64>(delayMs, 0, wire::MaxSingleWaitMs);
    const qint64 budget = m_client->m_connection.maxRetryTotalMs;
    if (m_sinceFirstAttempt.elapsed() + delay > budget) {
        qCDebug(lcSdrsApi).noquote() << m_endpoint << "no retry after" << why << ": waiting"
                                     << delay << "ms would pass the budget of" << budget << "ms";
        return false;
    }
    qCDebug(lcSdrsApi).noquote() << m_endpoint << "retry" << m_attempt << "in" << delay
                                 << "ms after" << why;
    m_retryTimer.start(int(delay));
    return true;
}

ApiError HttpCall::stoppedError(const RawReply &r) const
{
    const Connection &c = m_client->m_connection;
    ApiError e;
    switch (m_stop) {
    case Stop::None:
        break;
    case Stop::Timeout:
        //: %1 is the transfer timeout in seconds, e.g. 30 or 2.5.
        e = makeError(ApiError::Kind::Timeout,
                      SdrsClient::tr("No complete answer within %1 s.").arg(c.timeoutMs / 1000.0),
                      m_endpoint);
        return e; // no status: the answer never came whole
    case Stop::TooLarge:
        //: %1 is a size in MiB, e.g. 64. The answer was cut off while it arrived.
        e = makeError(ApiError::Kind::Decode,
                      SdrsClient::tr("The answer is too large: more than %1 MiB. It was not read "
                                     "further.")
                          .arg(c.maxAnswerBytes / double(1 << 20)),
                      m_endpoint);
        break;
    case Stop::BadLength:
        //: %1 is the header's value as received.
        e = makeError(ApiError::Kind::Decode,
                      SdrsClient::tr("The answer's Content-Length header is not one valid size "
                                     "(\"%1\").")
                          .arg(m_redactor.apply(m_stopDetail, 64)),
                      m_endpoint);
        break;
    case Stop::Certificate:
        e = makeError(ApiError::Kind::Network, m_stopDetail, m_endpoint);
        return e;
    }
    // No status: "HTTP 200" before "the answer is too large" would read as a success.
    e.requestId = m_redactor.apply(QString::fromLatin1(r.header("X-Request-Id")), 128);
    return e;
}

void HttpCall::onFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    disconnect(reply, nullptr, this, nullptr);

    RawReply r = takeReply(reply);
    if (m_stop != Stop::None) {
        r.body.clear();
        r.error = stoppedError(r);
        r.status = r.error.httpStatus;
    } else if (r.status > 0 && isCutShort(r)) {
        // Qt reports a connection closed mid-body as a success with a short body.
        if (attemptsLeft() && retryLater(backoffMs(), QStringLiteral("a body cut short")))
            return;
        //: %1 bytes received of the %2 bytes the answer announced (Content-Length).
        r.error = makeError(ApiError::Kind::Network,
                            SdrsClient::tr("The connection closed after %1 of %2 bytes.")
                                .arg(r.body.size())
                                .arg(QString::fromLatin1(r.header("Content-Length"))),
                            m_endpoint);
    } else if (r.status == 0) {
        if (attemptsLeft() && isTransientNetworkError(reply->error()) &&
            retryLater(backoffMs(), reply->errorString()))
            return;
        r.error =
            makeError(ApiError::Kind::Network, m_redactor.apply(reply->errorString()), m_endpoint);
    } else if (r.status >= 200 && r.status < 300) {
        if (reply->error() != QNetworkReply::NoError) {
            r.error = bodyError(r, reply);
            r.body.clear();
        }
    } else {
        if (retryOrRelogin(r))
            return;
        r.error = httpError(r, reply);
        r.body = m_redactor.apply(r.body);
    }
    complete(r);
}

RawReply HttpCall::takeReply(QNetworkReply *reply)
{
    RawReply r;
    r.endpoint = m_endpoint;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.headers = reply->rawHeaderPairs();
    if (m_stop == Stop::None && reply->isOpen())
        m_body += reply->readAll();
    r.body = std::exchange(m_body, {});
    qCDebug(lcSdrsApi).noquote() << m_endpoint << "->"
                                 << (r.status > 0 ? QString::number(r.status)
                                                  : reply->errorString())
                                 << "in" << m_clock.elapsed() << "ms";
    return r;
}

bool HttpCall::retryOrRelogin(const RawReply &r)
{
    if (r.status == 401 && m_spec.needsAuth && !m_reloggedIn &&
        m_client->m_connection.auth == Connection::Auth::Password) {
        m_reloggedIn = true;
        m_client->m_iam->invalidate(m_tokenUsed);
        start();
        return true;
    }
    if (!attemptsLeft() ||
        !(r.status == 429 || r.status == 502 || r.status == 503 || r.status == 504))
        return false;
    const std::optional<qint64> after =
        wire::retryAfterMs(r.header("Retry-After"), QDateTime::currentDateTimeUtc());
    const qint64 longest =
        std::min<qint64>(m_client->m_connection.maxRetryAfterMs, wire::MaxSingleWaitMs);
    if (!after)
        return retryLater(backoffMs(), QStringLiteral("HTTP %1").arg(r.status));
    return *after <= longest &&
           retryLater(*after, QStringLiteral("HTTP %1 with Retry-After").arg(r.status));
}

ApiError HttpCall::bodyError(const RawReply &r, QNetworkReply *reply) const
{
    // A success status whose body could not be received whole: above all a compressed body that
    // does not unpack, or that unpacks to far more than was sent (Qt refuses a "decompression
    // bomb" by itself).
    const bool compressed = !r.header("Content-Encoding").isEmpty();
    //: %1 is the network layer's reason.
    ApiError e = makeError(
        ApiError::Kind::Network,
        (compressed ? SdrsClient::tr("The answer's compressed body was refused while it "
                                     "was unpacked: it is damaged, or unpacks to far more "
                                     "than was sent (%1).")
                    : SdrsClient::tr("The answer's body could not be received: %1"))
            .arg(m_redactor.apply(reply->errorString().trimmed())),
        m_endpoint);
    e.httpStatus = r.status;
    return e;
}

ApiError HttpCall::httpError(const RawReply &r, QNetworkReply *reply) const
{
    const json::ErrorBody body = json::decodeErrorBody(r.body);
    ApiError e;
    e.kind = (r.status == 401 || r.status == 403) ? ApiError::Kind::Auth : ApiError::Kind::Http;
    e.httpStatus = r.status;
    e.code = m_redactor.apply(body.code, 64);
    e.message = m_redactor.apply(body.message);
    if (r.status >= 300 && r.status < 400) {
        // Redirects are followed within the same origin only, and not for ever.
        //: %1 is the URL the service redirected to.
        e.message = SdrsClient::tr("The service redirected the request to %1; a redirect to "
                                   "another host, or one too many, is not followed.")
                        .arg(m_redactor.apply(QString::fromLatin1(r.header("Location")), 200));
    }
    if (e.message.isEmpty())
        e.message = m_redactor.apply(
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    e.requestId = m_redactor.apply(QString::fromLatin1(r.header("X-Request-Id")), 128);
    if (e.requestId.isEmpty())
        e.requestId = m_redactor.apply(body.requestId, 128);
    e.authorizationMessage = m_redactor.apply(body.encodedAuthorizationMessage, 8000);
    e.endpoint = m_endpoint;
    return e;
}

void HttpCall::complete(const RawReply &r)
{
    if (m_finished)
        return;
    if (m_spec.decodeOffThread && !r.error.isError()) {
        decodeOffThread(r);
        return;
    }
    finishWith([&] { m_done(r); });
}

void HttpCall::decodeOffThread(const RawReply &r)
{
    QPointer<HttpCall> self(this);
    QThreadPool::globalInstance()->start([self, work = m_spec.decodeOffThread, r] {
        std::function<void()> deliver = work(r);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, deliver = std::move(deliver)] {
                if (self)
                    self->finishWith(deliver);
            },
            Qt::QueuedConnection);
    });
}

} // namespace sdrs
