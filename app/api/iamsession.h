// Inside the client library only: the IAM token of a password sign-in.
#pragma once

#include "models/apierror.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

namespace sdrs {

class SdrsClient;
struct RawReply;

/// The token of a password sign-in: signs in when a call needs a token and none is usable (one
/// login at a time, shared by every call waiting), renews it five minutes before it expires, and
/// forgets it when the service refuses it. Token and AK/SK sign-ins need no session: their calls
/// go ahead at once.
class IamSession
{
public:
    explicit IamSession(SdrsClient *client);

    /// The token to send (for a token sign-in, the one configured); empty before a login.
    QString token() const { return m_token; }
    /// The project the token is scoped to, when IAM named it.
    QString learnedProjectId() const { return m_learnedProjectId; }
    /// The sign-in catalog's SDRS endpoint; empty when it named none.
    QUrl catalogBase() const { return m_catalogBase; }

    /// Runs `then` once a usable token exists (at once for token and AK/SK sign-in), with the
    /// login's error when it failed; not at all when `waiter` is gone by then.
    void withToken(QObject *waiter, std::function<void(const ApiError &)> then);
    /// Forgets `usedToken` if it is still current, so that the next call signs in again.
    void invalidate(const QString &usedToken);

private:
    struct Waiter
    {
        QPointer<QObject> waiter;
        std::function<void(const ApiError &)> then;
    };

    bool usable() const;
    void startLogin();
    void finishLogin(const RawReply &reply);
    /// The error of the login's answer; empty when the token was taken.
    ApiError takeToken(const RawReply &reply);

    SdrsClient *m_client;
    QString m_token;
    QDateTime m_expiry;
    QString m_learnedProjectId;
    QUrl m_catalogBase;
    bool m_loginRunning = false;
    QList<Waiter> m_waiters;
};

} // namespace sdrs
