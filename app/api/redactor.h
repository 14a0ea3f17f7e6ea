#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sdrs {

struct Connection;

/// Removes the secrets of a connection from text a server sent back before it is shown or
/// logged: a service or a proxy may echo the request (its `X-Auth-Token`, the IAM login's
/// password, a signature). Each secret is replaced wherever it appears as it is, JSON-escaped or
/// percent-encoded; the text is then cut to a length a person can read.
class Redactor final
{
public:
    /// What replaces a secret.
    static QString mark() { return QStringLiteral("[redacted]"); }
    /// The longest text kept (in characters); longer text ends in "…".
    static constexpr qsizetype MaxLength = 500;

    Redactor() = default;
    /// The connection's token, password, secret key and security token.
    explicit Redactor(const Connection &connection);

    /// Adds a secret (e.g. the current IAM token, a request's signature). Short secrets (fewer
    /// than four characters) would hide ordinary words and are ignored.
    void add(const QString &secret);

    /// `text` with every secret replaced, cut to `maxLength` characters.
    QString apply(QString text, qsizetype maxLength = MaxLength) const;
    /// The same for raw bytes (a body): secrets replaced, length unchanged otherwise.
    QByteArray apply(QByteArray bytes) const;

private:
    QList<QString> m_forms; ///< every form of every secret, longest first
};

} // namespace sdrs
