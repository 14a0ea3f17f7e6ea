#pragma once

#include "models/signingvariant.h"

#include <QString>
#include <QUrl>

namespace sdrs {

/// Where and how to reach SDRS. Secrets live here only in memory.
struct Connection
{
    enum class Auth {
        Token,    ///< a fixed project-scoped IAM token (`X-Auth-Token`)
        Password, ///< IAM user/password/domain login, token renewed as needed
        AkSk,     ///< AK/SK request signing, variant A or B
    };

    /// The SDRS endpoint, e.g. `https://sdrs.eu-de.otc.t-systems.com`, or a URL that already ends
    /// in
    /// `/v1/{project_id}`. Empty with password sign-in: taken from the token's catalog.
    QUrl endpoint;
    QString projectId;   ///< required except with a password sign-in scoped by projectName
    QString projectName; ///< password sign-in only: scope by name (e.g. "eu-de") instead of id

    Auth auth = Auth::Token;
    QString token; ///< Auth::Token

    QUrl iamUrl;        ///< Auth::Password: e.g. `https://iam.eu-de.otc.t-systems.com/v3`
    QString userName;   ///< Auth::Password
    QString password;   ///< Auth::Password
    QString domainName; ///< Auth::Password: the account (domain) name

    QString accessKey;     ///< Auth::AkSk
    QString secretKey;     ///< Auth::AkSk
    QString securityToken; ///< Auth::AkSk with temporary credentials (`X-Security-Token`)
    signing::Variant signingVariant = signing::Variant::A;
    QString signingRegion;  ///< variant B scope, normally empty
    QString signingService; ///< variant B scope, normally empty

    QString caFile; ///< extra PEM CA certificates trusted for this connection

    int timeoutMs = 30000;        ///< per attempt: no complete answer by then is a timeout
    int maxRetries = 3;           ///< extra attempts for a GET after a transient failure
    int retryBaseDelayMs = 500;   ///< first backoff step; doubles each retry, with jitter
    int maxRetryAfterMs = 60000;  ///< a longer Retry-After is not waited for (60 s at most)
    int maxRetryTotalMs = 120000; ///< retries end when their waits would pass this, per call
    qint64 maxAnswerBytes = qint64(64) << 20; ///< a larger answer is stopped while it arrives
    /// Credentials may go over plain `http://` to a host that is not loopback (never by default).
    bool allowHttp = false;

    /// Empty when the settings can work; otherwise a sentence naming what is missing.
    QString validate() const;
};

/// Filters and paging of `GET /task-center/failure-jobs`. Empty strings and negative numbers are
/// not sent.
struct FailureJobQuery
{
    QString failureStatus;
    QString resourceName;
    QString serverGroupId; ///< empty: the protection-group level only
    QString resourceType;
    int limit = -1;
    int offset = -1;
};

/// Filters and paging of `GET /server-groups`.
struct GroupQuery
{
    QString status;
    QString name; ///< fuzzy match on the server
    QString queryType;
    QString availabilityZone;
    int limit = -1;
    int offset = -1;
};

} // namespace sdrs
