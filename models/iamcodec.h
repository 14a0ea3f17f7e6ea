// The IAM sign-in's JSON: the request body and the answer's token. No networking here, so that it
// can be tested and fuzzed on its own.
#pragma once

#include "models/connection.h"
#include "models/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

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

/// The body of a password sign-in (`POST /v3/auth/tokens`) for `connection`'s user, scoped to its
/// project by id, or by name when no id is set.
QByteArray passwordLoginBody(const Connection &connection);

/// Reads the token from `subjectToken` (the header's value) and the rest from `body`. The catalog's
/// `sdrs` entries already end in `/v1/{project_id}` (placeholders such as `$(project_id)s` are
/// filled with `projectId`, or the token's own project when that is empty); the public one wins.
/// With `httpsOnly` (IAM was reached over HTTPS) plain `http://` entries are skipped: a token must
/// not leave an encrypted sign-in in clear text. A Decode error, whose message is the end of a
/// sentence, when the header is missing, holds a control character or is unreasonably long
/// (64 KiB).
Result<Token> parseToken(const QByteArray &subjectToken, const QByteArray &body,
                         const QString &projectId, bool httpsOnly);

} // namespace sdrs::iam
