#include "app/api/iamsession.h"

#include "app/api/endpoints.h"
#include "app/api/httpcall.h"
#include "models/iamcodec.h"

namespace sdrs {

IamSession::IamSession(SdrsClient *client)
    : m_client(client)
{
    if (client->connection().auth == Connection::Auth::Token)
        m_token = client->connection().token;
}

bool IamSession::usable() const
{
    if (m_token.isEmpty())
        return false;
    if (m_client->connection().auth != Connection::Auth::Password || !m_expiry.isValid())
        return true;
    // Renew five minutes before expiry, so that no request starts with a token about to lapse.
    return QDateTime::currentDateTimeUtc().secsTo(m_expiry) > 5 * 60;
}

void IamSession::withToken(QObject *waiter, std::function<void(const ApiError &)> then)
{
    if (m_client->connection().auth != Connection::Auth::Password || usable()) {
        then({});
        return;
    }
    m_waiters.append({QPointer<QObject>(waiter), std::move(then)});
    if (!m_loginRunning)
        startLogin();
}

void IamSession::invalidate(const QString &usedToken)
{
    if (m_token == usedToken) {
        m_token.clear();
        m_expiry = {};
    }
}

void IamSession::startLogin()
{
    m_loginRunning = true;
    detail::launch(new HttpCall(m_client, endpoints::passwordLogin(m_client->connection()),
                                [this](const RawReply &raw) { finishLogin(raw); }),
                   m_client, m_client, &HttpCall::start);
}

void IamSession::finishLogin(const RawReply &raw)
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
        error = takeToken(raw);
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.waiter)
            w.then(error);
    }
}

ApiError IamSession::takeToken(const RawReply &raw)
{
    const Connection &c = m_client->connection();
    const bool httpsOnly =
        c.iamUrl.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0;
    const Result<iam::Token> read =
        iam::parseToken(raw.header("X-Subject-Token"), raw.body, c.projectId, httpsOnly);
    if (!read.ok()) {
        ApiError error = detail::decodeError(raw, read.error.message);
        error.kind = ApiError::Kind::Auth;
        return error;
    }
    m_token = read.value.token;
    m_expiry = read.value.expiresAt;
    if (!read.value.projectId.isEmpty())
        m_learnedProjectId = read.value.projectId;
    m_catalogBase = read.value.catalogBase;
    if (read.value.skippedPlainHttp > 0)
        qCWarning(lcSdrsApi) << "ignored" << read.value.skippedPlainHttp
                             << "plain-HTTP sdrs endpoint(s) of the sign-in catalog";
    return {};
}

} // namespace sdrs
