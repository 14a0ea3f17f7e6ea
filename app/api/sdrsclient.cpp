#include "app/api/sdrsclient.h"

#include "app/api/endpoints.h"
#include "app/api/httpcall.h"
#include "app/api/iamsession.h"
#include "app/api/pagedgroups.h"
#include "app/api/wiresafety.h"
#include "models/jsoncodec.h"
#include "models/signer.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>

Q_LOGGING_CATEGORY(lcSdrsApi, "sdrs.api", QtInfoMsg)

namespace sdrs {

using detail::decodeError;

// ---------------------------------------------------------------------------------------------
// SdrsClient

SdrsClient::SdrsClient(Connection connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_nam(new QNetworkAccessManager(this))
    , m_iam(std::make_unique<IamSession>(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
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
    if (const QString learned = m_iam->learnedProjectId(); !learned.isEmpty())
        return learned;
    static const QRegularExpression v1(QStringLiteral("/v1/([^/]+)/*$"));
    const QRegularExpressionMatch m = v1.match(m_connection.endpoint.path());
    return m.hasMatch() ? m.captured(1) : QString();
}

QUrl SdrsClient::serviceBase() const
{
    QUrl base = m_connection.endpoint.isEmpty() ? m_iam->catalogBase() : m_connection.endpoint;
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

Result<QNetworkRequest> SdrsClient::buildRequest(const QByteArray &method, const QUrl &url,
                                                 const QByteArray &body, bool withAuth) const
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
            return Result<QNetworkRequest>::failure(
                ApiError::Kind::Network,
                //: %1 is the path of the file with the certificate authorities to trust.
                SdrsClient::tr("The CA file \"%1\" holds no readable PEM certificate.")
                    .arg(m_connection.caFile));
        }
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(certs);
        request.setSslConfiguration(ssl);
    }
#endif

    if (withAuth && m_connection.auth == Connection::Auth::AkSk)
        signAkSk(request, method, url, body);
    else if (withAuth)
        request.setRawHeader("X-Auth-Token", m_iam->token().toUtf8());
    return Result<QNetworkRequest>::success(std::move(request));
}

void SdrsClient::signAkSk(QNetworkRequest &request, const QByteArray &method, const QUrl &url,
                          const QByteArray &body) const
{
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
}

using detail::guarded;
using detail::launch;

namespace {

/// The decoder's value, or a Decode error naming the answer `raw`.
template<class T> Result<T> fromDecoded(const RawReply &raw, Result<T> decoded)
{
    Result<T> r;
    if (decoded.ok())
        r.value = std::move(decoded.value);
    else
        r.error = decodeError(raw, decoded.error.message);
    return r;
}

} // namespace

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
    Spec spec = endpoints::failureJobs(query);
    const QString groupId = query.serverGroupId;
    const auto convert = [groupId](const RawReply &raw) {
        Result<FailureJobPage> r = fromDecoded(raw, json::decodeFailureJobPage(raw.body));
        if (!r.ok())
            return r;
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
    return startTyped<ProtectionGroupPage>(
        endpoints::protectionGroups(query), context, std::move(done), [](const RawReply &raw) {
            return fromDecoded(raw, json::decodeProtectionGroupPage(raw.body));
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
    return startTyped<Job>(
        endpoints::job(jobId), context, std::move(done),
        [](const RawReply &raw) { return fromDecoded(raw, json::decodeJob(raw.body)); });
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
    return startTyped<NoContent>(endpoints::deleteFailureJob(resourceId), context, std::move(done),
                                 noContent());
}

ApiCall *
SdrsClient::deleteGroupLevelFailureJobs(QObject *context,
                                        std::function<void(const Result<NoContent> &)> done)
{
    return startTyped<NoContent>(endpoints::deleteGroupLevelFailureJobs(), context, std::move(done),
                                 noContent());
}

ApiCall *SdrsClient::deleteGroupFailureJobs(const QString &serverGroupId, QObject *context,
                                            std::function<void(const Result<NoContent> &)> done)
{
    return startTyped<NoContent>(endpoints::deleteGroupFailureJobs(serverGroupId), context,
                                 std::move(done), noContent());
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
            m_client->m_iam->withToken(this, [this](const ApiError &error) { deliver(error); });
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

} // namespace sdrs
