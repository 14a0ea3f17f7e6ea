#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace sdrs::iam {

/// What IAM's answer to `POST /v3/auth/tokens` gives the client.
struct Token
{
    QString token;            ///< the `X-Subject-Token` header
    QDateTime expiresAt;      ///< invalid when the body names no readable `expires_at`
    QString projectId;        ///< the token's project, when the body names it
    QUrl catalogBase;         ///< the catalog's `sdrs` endpoint, placeholders filled; may be empty
    int skippedPlainHttp = 0; ///< `sdrs` entries ignored because they were plain `http://`
};

/// Reads the token from `subjectToken` (the header's value) and the rest from `body`. The catalog's
/// `sdrs` entries already end in `/v1/{project_id}` (placeholders such as `$(project_id)s` are
/// filled with `projectId`, or the token's own project when that is empty); the public one wins.
/// With `httpsOnly` (IAM was reached over HTTPS) plain `http://` entries are skipped: a token must
/// not leave an encrypted sign-in in clear text. nullopt and `error` (the end of a sentence) when
/// the header is missing, holds a control character or is unreasonably long (64 KiB).
std::optional<Token> parseToken(const QByteArray &subjectToken, const QByteArray &body,
                                const QString &projectId, bool httpsOnly, QString *error);

} // namespace sdrs::iam
