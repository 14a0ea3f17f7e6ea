#include "sdrsclient.h"

#include "jsoncodec.h"
#include "signer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSdrsApi, "sdrs.api", QtInfoMsg)

namespace sdrs {

/// What came back for one logical request, after retries and re-login.
struct RawReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    ApiError error; ///< set for anything but a 2xx answer
    QString endpoint;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

struct SdrsClient::Spec
{
    enum class Target { Sdrs, Iam };
    QByteArray method;
    Target target = Target::Sdrs;
    QString path; ///< below the service base (or the IAM URL), starting with '/'
    QUrlQuery query;
    QByteArray body;
    bool retryable = false; ///< GETs only: a DELETE is never repeated by itself
    bool needsAuth = true;
    ApiError refusal; ///< set: the request is not sent, the call fails with this error
    /// Set: a successful answer is handed to this function on a worker thread (decoding a page
    /// of 1000 rows takes milliseconds, and several answers arriving at once would add up on the
    /// GUI thread); what it returns is then run on the call's thread to deliver the result.
    std::function<std::function<void()>(const RawReply &)> decodeOffThread;
};

struct SdrsClient::TokenWaiter
{
    QPointer<QObject> waiter;
    std::function<void(const ApiError &)> then;
};

// ---------------------------------------------------------------------------------------------
// ApiCall

ApiCall::ApiCall(QObject *parent)
    : QObject(parent)
{}

ApiCall::~ApiCall() = default;

void ApiCall::cancel()
{
    // Also ignored while the result is being handed over: a callback that closes what started
    // the call (and so cancels it) must not get a second, cancelled result.
    if (m_finished || m_delivering)
        return;
    m_delivering = true;
    const QPointer<ApiCall> self(this);
    abortWork();
    deliverCancelled();
    if (self)
        finish();
}

void ApiCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

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
    bool ok = false;
    const qint64 declared = r.header("Content-Length").trimmed().toLongLong(&ok);
    return ok && r.body.size() < declared;
}

/// Retry-After as milliseconds: delta-seconds or an HTTP date; -1 when absent or unreadable.
qint64 retryAfterMs(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    const QDateTime when =
        QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

ApiError makeError(ApiError::Kind kind, const QString &message, const QString &endpoint)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    e.endpoint = endpoint;
    return e;
}

/// A decode error for a 2xx answer whose body is not what the API promises.
ApiError decodeError(const RawReply &raw, const QString &why)
{
    //: %1 says what is wrong with the service's answer, e.g. "the body is not a JSON object".
    ApiError e =
        makeError(ApiError::Kind::Decode,
                  SdrsClient::tr("The answer could not be read: %1").arg(why), raw.endpoint);
    e.httpStatus = raw.status;
    e.requestId = QString::fromLatin1(raw.header("X-Request-Id"));
    return e;
}

} // namespace

ApiError detail::cancelledError(const QString &endpoint)
{
    //: The message of a request that was cancelled (by the user or by closing its window).
    return makeError(ApiError::Kind::Cancelled, SdrsClient::tr("Cancelled."), endpoint);
}

// ---------------------------------------------------------------------------------------------
// HttpCall: one logical request with timeout, retries and one re-login.

class HttpCall final : public ApiCall
{
public:
    HttpCall(SdrsClient *client, SdrsClient::Spec spec, std::function<void(const RawReply &)> done)
        : ApiCall(client)
        , m_client(client)
        , m_spec(std::move(spec))
        , m_done(std::move(done))
    {
        m_timeout.setSingleShot(true);
        m_retryTimer.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, &HttpCall::onTimeout);
        connect(&m_retryTimer, &QTimer::timeout, this, &HttpCall::start);
    }

    ~HttpCall() override { dropReply(); }

    void start()
    {
        if (m_finished)
            return;
        if (!m_spec.needsAuth) {
            send();
            return;
        }
        m_client->withToken(this, [this](const ApiError &error) {
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

protected:
    void abortWork() override
    {
        m_timeout.stop();
        m_retryTimer.stop();
        dropReply();
    }

    void deliverCancelled() override
    {
        RawReply r;
        r.endpoint = m_endpoint;
        r.error = detail::cancelledError(m_endpoint);
        m_done(r);
    }

private:
    void dropReply()
    {
        if (!m_reply)
            return;
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }

    QUrl targetUrl(ApiError *error) const
    {
        QUrl url;
        if (m_spec.target == SdrsClient::Spec::Target::Iam) {
            url = m_client->m_connection.iamUrl;
            QString path = url.path();
            while (path.endsWith(u'/'))
                path.chop(1);
            if (!path.endsWith(QStringLiteral("/v3")))
                path += QStringLiteral("/v3");
            url.setPath(path + m_spec.path);
        } else {
            url = m_client->serviceBase();
            if (url.isEmpty()) {
                //: The sign-in catalog: the list of service endpoints IAM returns with a token.
                *error = makeError(ApiError::Kind::Network,
                                   SdrsClient::tr("No SDRS endpoint is configured and the sign-in "
                                                  "catalog names none."),
                                   {});
                return {};
            }
            url.setPath(url.path() + m_spec.path);
        }
        if (!m_spec.query.isEmpty())
            url.setQuery(m_spec.query);
        return url;
    }

    void send()
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
        const QNetworkRequest request =
            m_client->buildRequest(m_spec.method, url, m_spec.body, m_spec.needsAuth, &error);
        if (error.isError()) {
            error.endpoint = m_endpoint;
            RawReply r;
            r.endpoint = m_endpoint;
            r.error = error;
            complete(r);
            return;
        }
        m_tokenUsed = m_client->m_token;
        ++m_attempt;
        m_timedOut = false;
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
        connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
        m_timeout.start(std::max(1, m_client->m_connection.timeoutMs));
    }

    void onTimeout()
    {
        if (!m_reply)
            return;
        m_timedOut = true;
        m_reply->abort(); // finished() follows, handled in onFinished()
    }

    bool attemptsLeft() const
    {
        return m_spec.retryable && m_attempt <= m_client->m_connection.maxRetries;
    }

    int backoffMs() const
    {
        // Exponential with "equal jitter": half the step fixed, half random.
        const qint64 step = qint64(std::max(1, m_client->m_connection.retryBaseDelayMs))
                            << std::min(m_attempt - 1, 16);
        const qint64 capped = std::min<qint64>(step, 60000);
        return int(capped / 2 + QRandomGenerator::global()->bounded(capped / 2 + 1));
    }

    void retryLater(int delayMs, const QString &why)
    {
        qCDebug(lcSdrsApi).noquote()
            << m_endpoint << "retry" << m_attempt << "in" << delayMs << "ms after" << why;
        m_retryTimer.start(delayMs);
    }

    void onFinished()
    {
        m_timeout.stop();
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        if (!reply)
            return;
        reply->deleteLater();
        disconnect(reply, nullptr, this, nullptr);

        RawReply r;
        r.endpoint = m_endpoint;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.headers = reply->rawHeaderPairs();
        if (reply->isOpen())
            r.body = reply->readAll();
        qCDebug(lcSdrsApi).noquote()
            << m_endpoint << "->"
            << (r.status > 0 ? QString::number(r.status) : reply->errorString()) << "in"
            << m_clock.elapsed() << "ms";

        if (m_timedOut) {
            r.status = 0;
            //: %1 is the transfer timeout in seconds, e.g. 30 or 2.5.
            r.error = makeError(ApiError::Kind::Timeout,
                                SdrsClient::tr("No complete answer within %1 s.")
                                    .arg(m_client->m_connection.timeoutMs / 1000.0),
                                m_endpoint);
            complete(r);
            return;
        }
        if (r.status > 0 && isCutShort(r)) {
            // Qt reports a connection closed mid-body as a success with a short body.
            if (attemptsLeft()) {
                retryLater(backoffMs(), QStringLiteral("a body cut short"));
                return;
            }
            //: %1 bytes received of the %2 bytes the answer announced (Content-Length).
            r.error = makeError(ApiError::Kind::Network,
                                SdrsClient::tr("The connection closed after %1 of %2 bytes.")
                                    .arg(r.body.size())
                                    .arg(QString::fromLatin1(r.header("Content-Length"))),
                                m_endpoint);
            complete(r);
            return;
        }
        if (r.status == 0) {
            if (attemptsLeft() && isTransientNetworkError(reply->error())) {
                retryLater(backoffMs(), reply->errorString());
                return;
            }
            r.error = makeError(ApiError::Kind::Network, reply->errorString(), m_endpoint);
            complete(r);
            return;
        }
        if (r.status >= 200 && r.status < 300) {
            complete(r);
            return;
        }
        if (r.status == 401 && m_spec.needsAuth && !m_reloggedIn &&
            m_client->m_connection.auth == Connection::Auth::Password) {
            m_reloggedIn = true;
            m_client->invalidateToken(m_tokenUsed);
            start();
            return;
        }
        if (attemptsLeft() &&
            (r.status == 429 || r.status == 502 || r.status == 503 || r.status == 504)) {
            const qint64 after = retryAfterMs(r.header("Retry-After"));
            if (after < 0) {
                retryLater(backoffMs(), QStringLiteral("HTTP %1").arg(r.status));
                return;
            }
            if (after <= m_client->m_connection.maxRetryAfterMs) {
                retryLater(int(after), QStringLiteral("HTTP %1 with Retry-After").arg(r.status));
                return;
            }
        }
        const json::ErrorBody body = json::decodeErrorBody(r.body);
        r.error.kind =
            (r.status == 401 || r.status == 403) ? ApiError::Kind::Auth : ApiError::Kind::Http;
        r.error.httpStatus = r.status;
        r.error.code = body.code;
        r.error.message = body.message;
        if (r.error.message.isEmpty())
            r.error.message =
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        r.error.requestId = QString::fromLatin1(r.header("X-Request-Id"));
        if (r.error.requestId.isEmpty())
            r.error.requestId = body.requestId;
        r.error.endpoint = m_endpoint;
        complete(r);
    }

    void complete(const RawReply &r)
    {
        if (m_finished)
            return;
        if (m_spec.decodeOffThread && !r.error.isError()) {
            decodeOffThread(r);
            return;
        }
        finishWith([&] { m_done(r); });
    }

    /// Decodes on a worker; the call stays unfinished (and cancellable) until the result is
    /// delivered back on this thread. A call cancelled or deleted meanwhile drops the result.
    void decodeOffThread(const RawReply &r)
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

    SdrsClient *m_client;
    SdrsClient::Spec m_spec;
    std::function<void(const RawReply &)> m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    QString m_endpoint;
    QString m_tokenUsed;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_reloggedIn = false;
};

// ---------------------------------------------------------------------------------------------
// PagedGroupsCall: every page of protection groups.

class PagedGroupsCall final : public ApiCall
{
public:
    PagedGroupsCall(SdrsClient *client, GroupQuery query,
                    std::function<void(const Result<ProtectionGroupPage> &)> done)
        : ApiCall(client)
        , m_client(client)
        , m_query(std::move(query))
        , m_done(std::move(done))
    {}

    void next()
    {
        if (m_finished)
            return;
        GroupQuery q = m_query;
        q.limit = pageSize;
        q.offset = int(m_offset);
        m_inner = m_client->listProtectionGroups(
            q, this, [this](const Result<ProtectionGroupPage> &page) { onPage(page); });
    }

protected:
    void abortWork() override
    {
        m_stopping = true;
        if (m_inner)
            m_inner->cancel();
    }

    void deliverCancelled() override
    {
        Result<ProtectionGroupPage> r;
        r.error = detail::cancelledError();
        m_done(r);
    }

private:
    static constexpr int pageSize = 1000;

    void onPage(const Result<ProtectionGroupPage> &page)
    {
        if (m_stopping || m_finished)
            return;
        if (!page.ok()) {
            finishWith([&] { m_done(page); });
            return;
        }
        m_result.count = page.value.count;
        int added = 0;
        for (const ProtectionGroup &g : page.value.groups) {
            if (m_seen.contains(g.id))
                continue;
            m_seen.insert(g.id);
            m_result.groups.append(g);
            ++added;
        }
        m_offset += page.value.groups.size();
        if (!page.value.groups.isEmpty() && added == 0 && m_offset < page.value.count) {
            // A server that ignores offset would otherwise be asked for ever.
            Result<ProtectionGroupPage> r;
            //: %1 is a position in the list of protection groups (the API's "offset").
            r.error = makeError(ApiError::Kind::Decode,
                                SdrsClient::tr("The server answered the same protection groups "
                                               "for offset %1 again; the list is incomplete.")
                                    .arg(m_offset - page.value.groups.size()),
                                {});
            finishWith([&] { m_done(r); });
            return;
        }
        // Stop at the total or at an empty page.
        if (page.value.groups.isEmpty() || m_offset >= page.value.count) {
            Result<ProtectionGroupPage> r;
            r.value = m_result;
            finishWith([&] { m_done(r); });
            return;
        }
        next();
    }

    SdrsClient *m_client;
    GroupQuery m_query;
    std::function<void(const Result<ProtectionGroupPage> &)> m_done;
    QPointer<ApiCall> m_inner;
    ProtectionGroupPage m_result;
    QSet<QString> m_seen;
    qint64 m_offset = 0;
    bool m_stopping = false;
};

// ---------------------------------------------------------------------------------------------
// SdrsClient

SdrsClient::SdrsClient(Connection connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_nam(new QNetworkAccessManager(this))
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    if (m_connection.auth == Connection::Auth::Token)
        m_token = m_connection.token;
}

SdrsClient::~SdrsClient()
{
    // Calls still running end now, each with its Cancelled callback: a caller waiting for an
    // answer (a job inspector, say) is told rather than left waiting.
    const QList<ApiCall *> calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->cancel();
}

QByteArray SdrsClient::userAgent()
{
    return QByteArrayLiteral("sdrs-failures/" SDRS_VERSION " Qt/") + qVersion();
}

QString SdrsClient::projectId() const
{
    if (!m_connection.projectId.isEmpty())
        return m_connection.projectId;
    if (!m_learnedProjectId.isEmpty())
        return m_learnedProjectId;
    static const QRegularExpression v1(QStringLiteral("/v1/([^/]+)/*$"));
    const QRegularExpressionMatch m = v1.match(m_connection.endpoint.path());
    return m.hasMatch() ? m.captured(1) : QString();
}

QUrl SdrsClient::serviceBase() const
{
    QUrl base = m_connection.endpoint.isEmpty() ? m_catalogBase : m_connection.endpoint;
    if (base.isEmpty())
        return {};
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    static const QRegularExpression versioned(QStringLiteral("/v1/[^/]+$"));
    if (!versioned.match(path).hasMatch()) {
        const QString project = projectId();
        if (project.isEmpty())
            return {};
        path += QStringLiteral("/v1/") + project;
    }
    base.setPath(path);
    base.setQuery(QString());
    base.setFragment(QString());
    return base;
}

QNetworkRequest SdrsClient::buildRequest(const QByteArray &method, const QUrl &url,
                                         const QByteArray &body, bool withAuth,
                                         ApiError *error) const
{
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Content-Type", "application/json");

#if QT_CONFIG(ssl)
    if (!m_connection.caFile.isEmpty()) {
        const QList<QSslCertificate> certs =
            QSslCertificate::fromPath(m_connection.caFile, QSsl::Pem);
        if (certs.isEmpty()) {
            //: %1 is the path of the file with the certificate authorities to trust.
            *error =
                makeError(ApiError::Kind::Network,
                          SdrsClient::tr("The CA file \"%1\" holds no readable PEM certificate.")
                              .arg(m_connection.caFile),
                          {});
            return request;
        }
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(certs);
        request.setSslConfiguration(ssl);
    }
#endif

    if (!withAuth)
        return request;
    switch (m_connection.auth) {
    case Connection::Auth::Token:
    case Connection::Auth::Password:
        request.setRawHeader("X-Auth-Token", m_token.toUtf8());
        break;
    case Connection::Auth::AkSk: {
        // The Host header is set by us and signed as sent; HTTP/2 would turn it into :authority,
        // so signed requests stay on HTTP/1.1.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
        if (host.contains(':'))
            host = '[' + host + ']';
        const int defaultPort = url.scheme() == QStringLiteral("https") ? 443 : 80;
        if (url.port() != -1 && url.port() != defaultPort)
            host += ':' + QByteArray::number(url.port());
        const QByteArray date = signing::sdkDate(QDateTime::currentDateTimeUtc());
        signing::HeaderList signedHeaders{
            {"content-type", "application/json"}, {"host", host}, {"x-sdk-date", date}};
        request.setRawHeader("Host", host);
        request.setRawHeader("X-Sdk-Date", date);
        const QString project = projectId();
        if (!project.isEmpty()) {
            request.setRawHeader("X-Project-Id", project.toUtf8());
            signedHeaders.append({"x-project-id", project.toUtf8()});
        }
        if (!m_connection.securityToken.isEmpty()) {
            request.setRawHeader("X-Security-Token", m_connection.securityToken.toUtf8());
            signedHeaders.append({"x-security-token", m_connection.securityToken.toUtf8()});
        }
        const signing::Key key{m_connection.accessKey, m_connection.secretKey,
                               m_connection.signingVariant, m_connection.signingRegion,
                               m_connection.signingService};
        const signing::Signature sig =
            signing::sign(signing::Request{method, url, signedHeaders, body}, key, date);
        request.setRawHeader("Authorization", sig.authorization);
        break;
    }
    }
    return request;
}

using detail::guarded;
using detail::launch;

ApiCall *SdrsClient::startCall(Spec spec, QObject *context,
                               std::function<void(const RawReply &)> done)
{
    return launch(new HttpCall(this, std::move(spec), std::move(done)), context, this,
                  &HttpCall::start);
}

template<class T>
ApiCall *SdrsClient::startTyped(Spec spec, QObject *context,
                                std::function<void(const Result<T> &)> done,
                                std::function<Result<T>(const RawReply &)> convert)
{
    return startCall(std::move(spec), context,
                     [deliver = guarded<Result<T>>(context, std::move(done)),
                      convert = std::move(convert)](const RawReply &raw) {
                         Result<T> r;
                         if (raw.error.isError())
                             r.error = raw.error;
                         else
                             r = convert(raw);
                         r.body = raw.body;
                         deliver(r);
                     });
}

ApiCall *SdrsClient::listFailureJobs(const FailureJobQuery &query, QObject *context,
                                     std::function<void(const Result<FailureJobPage> &)> done)
{
    Spec spec;
    spec.method = "GET";
    spec.retryable = true;
    spec.path = QStringLiteral("/task-center/failure-jobs");
    const auto add = [&spec](const QString &key, const QString &value) {
        if (!value.isEmpty())
            spec.query.addQueryItem(key, value);
    };
    add(QStringLiteral("failure_status"), query.failureStatus);
    add(QStringLiteral("resource_name"), query.resourceName);
    add(QStringLiteral("server_group_id"), query.serverGroupId);
    add(QStringLiteral("resource_type"), query.resourceType);
    if (query.limit >= 0)
        add(QStringLiteral("limit"), QString::number(query.limit));
    if (query.offset >= 0)
        add(QStringLiteral("offset"), QString::number(query.offset));
    const QString groupId = query.serverGroupId;
    const auto convert = [groupId](const RawReply &raw) {
        Result<FailureJobPage> r;
        json::Decoded<FailureJobPage> decoded = json::decodeFailureJobPage(raw.body);
        if (!decoded.ok()) {
            r.error = decodeError(raw, decoded.error);
            return r;
        }
        r.value = std::move(*decoded.value);
        for (FailureJob &job : r.value.jobs)
            job.serverGroupId = groupId;
        r.body = raw.body;
        return r;
    };
    // Pages of failed tasks are the big answers: decoded off the GUI thread.
    auto deliver = detail::guarded<Result<FailureJobPage>>(context, std::move(done));
    spec.decodeOffThread = [convert, deliver](const RawReply &raw) -> std::function<void()> {
        return [deliver, r = convert(raw)] {
            deliver(r);
        };
    };
    return startTyped<FailureJobPage>(std::move(spec), context, deliver, convert);
}

ApiCall *
SdrsClient::listProtectionGroups(const GroupQuery &query, QObject *context,
                                 std::function<void(const Result<ProtectionGroupPage> &)> done)
{
    Spec spec;
    spec.method = "GET";
    spec.retryable = true;
    spec.path = QStringLiteral("/server-groups");
    const auto add = [&spec](const QString &key, const QString &value) {
        if (!value.isEmpty())
            spec.query.addQueryItem(key, value);
    };
    add(QStringLiteral("status"), query.status);
    add(QStringLiteral("name"), query.name);
    add(QStringLiteral("query_type"), query.queryType);
    add(QStringLiteral("availability_zone"), query.availabilityZone);
    if (query.limit >= 0)
        add(QStringLiteral("limit"), QString::number(query.limit));
    if (query.offset >= 0)
        add(QStringLiteral("offset"), QString::number(query.offset));
    return startTyped<ProtectionGroupPage>(
        std::move(spec), context, std::move(done), [](const RawReply &raw) {
            Result<ProtectionGroupPage> r;
            json::Decoded<ProtectionGroupPage> decoded = json::decodeProtectionGroupPage(raw.body);
            if (decoded.ok())
                r.value = std::move(*decoded.value);
            else
                r.error = decodeError(raw, decoded.error);
            return r;
        });
}

ApiCall *
SdrsClient::listAllProtectionGroups(const GroupQuery &query, QObject *context,
                                    std::function<void(const Result<ProtectionGroupPage> &)> done)
{
    return launch(new PagedGroupsCall(
                      this, query, guarded<Result<ProtectionGroupPage>>(context, std::move(done))),
                  context, this, &PagedGroupsCall::next);
}

ApiCall *SdrsClient::getJob(const QString &jobId, QObject *context,
                            std::function<void(const Result<Job> &)> done)
{
    Spec spec;
    spec.method = "GET";
    spec.retryable = true;
    spec.path = QStringLiteral("/jobs/") + QString::fromLatin1(QUrl::toPercentEncoding(jobId));
    return startTyped<Job>(std::move(spec), context, std::move(done), [](const RawReply &raw) {
        Result<Job> r;
        json::Decoded<Job> decoded = json::decodeJob(raw.body);
        if (decoded.ok())
            r.value = std::move(*decoded.value);
        else
            r.error = decodeError(raw, decoded.error);
        return r;
    });
}

namespace {

std::function<Result<NoContent>(const RawReply &)> noContent()
{
    return [](const RawReply &) {
        return Result<NoContent>{};
    };
}

} // namespace

ApiCall *SdrsClient::deleteFailureJob(const QString &resourceId, QObject *context,
                                      std::function<void(const Result<NoContent> &)> done)
{
    Spec spec;
    spec.method = "DELETE";
    spec.path = QStringLiteral("/task-center/failure-jobs/") +
                QString::fromLatin1(QUrl::toPercentEncoding(resourceId));
    if (resourceId.isEmpty() || resourceId == QStringLiteral("batch")) {
        // "batch" would address every group-level failure: never send it as an id.
        //: %1 is the id given (empty or the reserved word "batch"); no request was sent.
        spec.refusal =
            makeError(ApiError::Kind::Http,
                      SdrsClient::tr("\"%1\" is not a failed task's resource id; nothing "
                                     "was sent.")
                          .arg(resourceId),
                      {});
    }
    return startTyped<NoContent>(std::move(spec), context, std::move(done), noContent());
}

ApiCall *
SdrsClient::deleteGroupLevelFailureJobs(QObject *context,
                                        std::function<void(const Result<NoContent> &)> done)
{
    Spec spec;
    spec.method = "DELETE";
    spec.path = QStringLiteral("/task-center/failure-jobs/batch");
    return startTyped<NoContent>(std::move(spec), context, std::move(done), noContent());
}

ApiCall *SdrsClient::deleteGroupFailureJobs(const QString &serverGroupId, QObject *context,
                                            std::function<void(const Result<NoContent> &)> done)
{
    Spec spec;
    spec.method = "DELETE";
    spec.path = QStringLiteral("/task-center/") +
                QString::fromLatin1(QUrl::toPercentEncoding(serverGroupId)) +
                QStringLiteral("/failure-jobs/batch");
    return startTyped<NoContent>(std::move(spec), context, std::move(done), noContent());
}

ApiCall *SdrsClient::signIn(QObject *context, std::function<void(const Result<NoContent> &)> done)
{
    // A token-free request that only waits for the token: the IAM login itself.
    struct SignInCall final : ApiCall
    {
        SignInCall(SdrsClient *client, std::function<void(const Result<NoContent> &)> done)
            : ApiCall(client)
            , m_client(client)
            , m_done(std::move(done))
        {}
        void start()
        {
            m_client->withToken(this, [this](const ApiError &error) { deliver(error); });
        }
        void abortWork() override {}
        void deliverCancelled() override
        {
            Result<NoContent> r;
            r.error = detail::cancelledError();
            m_done(r);
        }
        void deliver(const ApiError &error)
        {
            if (m_finished)
                return;
            Result<NoContent> r;
            r.error = error;
            finishWith([&] { m_done(r); });
        }
        SdrsClient *m_client;
        std::function<void(const Result<NoContent> &)> m_done;
    };
    return launch(new SignInCall(this, guarded<Result<NoContent>>(context, std::move(done))),
                  context, this, &SignInCall::start);
}

bool SdrsClient::tokenUsable() const
{
    if (m_token.isEmpty())
        return false;
    if (m_connection.auth != Connection::Auth::Password || !m_tokenExpiry.isValid())
        return true;
    // Renew five minutes before expiry, so that no request starts with a token about to lapse.
    return QDateTime::currentDateTimeUtc().secsTo(m_tokenExpiry) > 5 * 60;
}

void SdrsClient::withToken(QObject *waiter, std::function<void(const ApiError &)> then)
{
    if (m_connection.auth != Connection::Auth::Password || tokenUsable()) {
        then({});
        return;
    }
    m_tokenWaiters.append({QPointer<QObject>(waiter), std::move(then)});
    if (!m_loginRunning)
        startLogin();
}

void SdrsClient::invalidateToken(const QString &usedToken)
{
    if (m_token == usedToken) {
        m_token.clear();
        m_tokenExpiry = {};
    }
}

void SdrsClient::startLogin()
{
    m_loginRunning = true;
    ++m_loginCount;
    QJsonObject project;
    if (!m_connection.projectId.isEmpty())
        project.insert(QLatin1StringView("id"), m_connection.projectId);
    else
        project.insert(QLatin1StringView("name"), m_connection.projectName);
    const QJsonObject user{
        {QLatin1StringView("name"), m_connection.userName},
        {QLatin1StringView("password"), m_connection.password},
        {QLatin1StringView("domain"),
         QJsonObject{{QLatin1StringView("name"), m_connection.domainName}}},
    };
    const QJsonObject auth{
        {QLatin1StringView("identity"),
         QJsonObject{
             {QLatin1StringView("methods"), QJsonArray{QStringLiteral("password")}},
             {QLatin1StringView("password"), QJsonObject{{QLatin1StringView("user"), user}}}}},
        {QLatin1StringView("scope"), QJsonObject{{QLatin1StringView("project"), project}}},
    };
    Spec spec;
    spec.method = "POST";
    spec.target = Spec::Target::Iam;
    spec.path = QStringLiteral("/auth/tokens");
    spec.needsAuth = false;
    spec.body = QJsonDocument(QJsonObject{{QLatin1StringView("auth"), auth}})
                    .toJson(QJsonDocument::Compact);
    startCall(std::move(spec), this, [this](const RawReply &raw) { finishLogin(raw); });
}

void SdrsClient::finishLogin(const RawReply &raw)
{
    m_loginRunning = false;
    ApiError error = raw.error;
    if (error.isError()) {
        if (error.kind == ApiError::Kind::Http &&
            (error.httpStatus == 400 || error.httpStatus == 404))
            error.kind = ApiError::Kind::Auth;
        if (error.kind == ApiError::Kind::Auth)
            //: IAM: the cloud's identity service. %1 is its reason.
            error.message = SdrsClient::tr("IAM sign-in failed: %1").arg(error.message);
    } else {
        const QByteArray token = raw.header("X-Subject-Token");
        const QJsonObject root = QJsonDocument::fromJson(raw.body).object();
        const QJsonObject tokenObject = root.value(QLatin1StringView("token")).toObject();
        if (token.isEmpty()) {
            //: The end of "The answer could not be read: ...". X-Subject-Token is an HTTP header.
            error =
                decodeError(raw, SdrsClient::tr("the IAM answer has no X-Subject-Token header"));
            error.kind = ApiError::Kind::Auth;
        } else {
            m_token = QString::fromLatin1(token);
            m_tokenExpiry = QDateTime::fromString(
                json::lenientString(tokenObject.value(QLatin1StringView("expires_at"))),
                Qt::ISODateWithMs);
            const QString project =
                json::lenientString(tokenObject.value(QLatin1StringView("project"))
                                        .toObject()
                                        .value(QLatin1StringView("id")));
            if (!project.isEmpty())
                m_learnedProjectId = project;
            // The catalog's "sdrs" entry already ends in /v1/{project_id}; prefer the public one.
            QUrl catalogUrl;
            for (const QJsonValue &service :
                 tokenObject.value(QLatin1StringView("catalog")).toArray()) {
                const QJsonObject s = service.toObject();
                if (s.value(QLatin1StringView("type")).toString() != QStringLiteral("sdrs"))
                    continue;
                for (const QJsonValue &endpoint :
                     s.value(QLatin1StringView("endpoints")).toArray()) {
                    const QJsonObject e = endpoint.toObject();
                    QString url = e.value(QLatin1StringView("url")).toString();
                    const QString id = projectId();
                    url.replace(QStringLiteral("$(tenant_id)s"), id)
                        .replace(QStringLiteral("$(tenant_id)"), id)
                        .replace(QStringLiteral("$(project_id)s"), id)
                        .replace(QStringLiteral("$(project_id)"), id)
                        .replace(QStringLiteral("{project_id}"), id);
                    const QString iface = e.value(QLatin1StringView("interface")).toString();
                    if (catalogUrl.isEmpty() || iface == QStringLiteral("public"))
                        catalogUrl = QUrl(url);
                }
            }
            m_catalogBase = catalogUrl;
        }
    }
    const QList<TokenWaiter> waiters = std::exchange(m_tokenWaiters, {});
    for (const TokenWaiter &w : waiters) {
        if (w.waiter)
            w.then(error);
    }
}

} // namespace sdrs
