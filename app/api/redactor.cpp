#include "app/api/redactor.h"

#include "models/connection.h"
#include "models/jsoncodec.h"
#include "models/safetext.h"

#include <QUrl>

#include <algorithm>

namespace sdrs {

Redactor::Redactor(const Connection &connection)
{
    add(connection.token);
    add(connection.password);
    add(connection.secretKey);
    add(connection.securityToken);
}

void Redactor::add(const QString &secret)
{
    if (secret.size() < 4)
        return;
    QByteArray quoted;
    json::appendQuoted(quoted, secret);
    const QStringList forms{
        secret,
        QString::fromUtf8(quoted.mid(1, quoted.size() - 2)), // as inside a JSON string
        QString::fromLatin1(QUrl::toPercentEncoding(secret)),
    };
    for (const QString &form : forms) {
        if (!m_forms.contains(form))
            m_forms.append(form);
    }
    // Longest first: a secret that contains another is replaced whole.
    std::sort(m_forms.begin(), m_forms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::apply(QString text, qsizetype maxLength) const
{
    for (const QString &form : m_forms)
        text.replace(form, mark());
    return text::elide(std::move(text), maxLength);
}

QByteArray Redactor::apply(QByteArray bytes) const
{
    const QByteArray replacement = mark().toUtf8();
    for (const QString &form : m_forms)
        bytes.replace(form.toUtf8(), replacement);
    return bytes;
}

} // namespace sdrs
