#include "app/api/sdrsclient.h"

#include "app/api/httpcall.h"
#include "app/api/iamtoken.h"
#include "app/api/pagedgroups.h"
#include "app/api/wiresafety.h"
#include "models/jsoncodec.h"
#include "models/signer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSdrsApi, "sdrs.api", QtInfoMsg)

namespace sdrs {

using detail::decodeError;
using detail::makeError;

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

ApiError detail::cancelledError(const QString &endpoint)
{
    //: The message of a request that was cancelled (by the user or by closing its window).
    return makeError(ApiError::Kind::Cancelled, SdrsClient::tr("Cancelled."), endpoint);
}

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
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    static const QRegularExpression versioned(QStringLiteral("/v1/[^/]+$"));
    if (!versioned.match(path).hasMatch()) {
        const QString project = projectId();
        if (project.isEmpty())
            return {};
        path += QStringLiteral("/v1/") + wire::encodePathSegment(project);
    }
    base.setPath(path, QUrl::TolerantMode);
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
    // A bodiless DELETE says so, as the SDK's requests do: some gateways refuse one that has a
    // Content-Type but no length.
    if (method == "DELETE" && body.isEmpty())
        request.setHeader(QNetworkRequest::ContentLengthHeader, 0);

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
        Result<FailureJobPage> decoded = json::decodeFailureJobPage(raw.body);
        if (!decoded.ok()) {
            r.error = decodeError(raw, decoded.error.message);
            return r;
        }
        r.value = std::move(decoded.value);
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
            Result<ProtectionGroupPage> decoded = json::decodeProtectionGroupPage(raw.body);
            if (decoded.ok())
                r.value = std::move(decoded.value);
            else
                r.error = decodeError(raw, decoded.error.message);
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

namespace {

/// `prefix`, the id as one percent-encoded segment, then `suffix`; an id that cannot be a segment
/// becomes the spec's refusal, and nothing is sent.
void setPathWithId(SdrsClient::Spec &spec, const QString &prefix, const QString &id,
                   const QString &suffix = {})
{
    const QString problem = wire::pathSegmentProblem(id);
    if (!problem.isEmpty())
        spec.refusal = makeError(ApiError::Kind::Invalid, problem, {});
    spec.path = prefix + wire::encodePathSegment(id) + suffix;
}

} // namespace

ApiCall *SdrsClient::getJob(const QString &jobId, QObject *context,
                            std::function<void(const Result<Job> &)> done)
{
    Spec spec;
    spec.method = "GET";
    spec.retryable = true;
    setPathWithId(spec, QStringLiteral("/jobs/"), jobId);
    return startTyped<Job>(std::move(spec), context, std::move(done), [](const RawReply &raw) {
        Result<Job> r;
        Result<Job> decoded = json::decodeJob(raw.body);
        if (decoded.ok())
            r.value = std::move(decoded.value);
        else
            r.error = decodeError(raw, decoded.error.message);
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
    setPathWithId(spec, QStringLiteral("/task-center/failure-jobs/"), resourceId);
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
    setPathWithId(spec, QStringLiteral("/task-center/"), serverGroupId,
                  QStringLiteral("/failure-jobs/batch"));
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
    spec.carriesSecret = true;
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
        QString why;
        const bool httpsOnly = m_connection.iamUrl.scheme().compare(QLatin1StringView("https"),
                                                                    Qt::CaseInsensitive) == 0;
        const std::optional<iam::Token> token = iam::parseToken(
            raw.header("X-Subject-Token"), raw.body, m_connection.projectId, httpsOnly, &why);
        if (!token) {
            error = decodeError(raw, why);
            error.kind = ApiError::Kind::Auth;
        } else {
            m_token = token->token;
            m_tokenExpiry = token->expiresAt;
            if (!token->projectId.isEmpty())
                m_learnedProjectId = token->projectId;
            m_catalogBase = token->catalogBase;
            if (token->skippedPlainHttp > 0)
                qCWarning(lcSdrsApi) << "ignored" << token->skippedPlainHttp
                                     << "plain-HTTP sdrs endpoint(s) of the sign-in catalog";
        }
    }
    const QList<TokenWaiter> waiters = std::exchange(m_tokenWaiters, {});
    for (const TokenWaiter &w : waiters) {
        if (w.waiter)
            w.then(error);
    }
}

} // namespace sdrs
