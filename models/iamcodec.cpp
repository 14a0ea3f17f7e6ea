#include "models/iamcodec.h"

#include "models/jsoncodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sdrs::iam {

namespace {

/// The translation context of this file's sentences.
class IamText
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::iam)
};

constexpr qsizetype MaxTokenBytes = 64 * 1024;

bool isHeaderSafe(const QByteArray &value)
{
    for (const char c : value) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x21 || b == 0x7F)
            return false;
    }
    return true;
}

} // namespace

QByteArray passwordLoginBody(const Connection &connection)
{
    QJsonObject project;
    if (!connection.projectId.isEmpty())
        project.insert(QLatin1StringView("id"), connection.projectId);
    else
        project.insert(QLatin1StringView("name"), connection.projectName);
    const QJsonObject user{
        {QLatin1StringView("name"), connection.userName},
        {QLatin1StringView("password"), connection.password},
        {QLatin1StringView("domain"),
         QJsonObject{{QLatin1StringView("name"), connection.domainName}}},
    };
    const QJsonObject auth{
        {QLatin1StringView("identity"),
         QJsonObject{
             {QLatin1StringView("methods"), QJsonArray{QStringLiteral("password")}},
             {QLatin1StringView("password"), QJsonObject{{QLatin1StringView("user"), user}}}}},
        {QLatin1StringView("scope"), QJsonObject{{QLatin1StringView("project"), project}}},
    };
    return QJsonDocument(QJsonObject{{QLatin1StringView("auth"), auth}})
        .toJson(QJsonDocument::Compact);
}

Result<Token> parseToken(const QByteArray &subjectToken, const QByteArray &body,
                         const QString &projectId, bool httpsOnly)
{
    if (subjectToken.isEmpty()) {
        return Result<Token>::failure(
            ApiError::Kind::Decode,
            //: The end of "The answer could not be read: ...". X-Subject-Token is an HTTP header.
            IamText::tr("the IAM answer has no X-Subject-Token header"));
    }
    if (subjectToken.size() > MaxTokenBytes || !isHeaderSafe(subjectToken)) {
        return Result<Token>::failure(
            ApiError::Kind::Decode,
            //: The end of "The answer could not be read: ...". X-Subject-Token is an HTTP header.
            IamText::tr("the IAM answer's X-Subject-Token header is not a usable token"));
    }
    Token t;
    t.token = QString::fromLatin1(subjectToken);
    const QJsonObject token =
        QJsonDocument::fromJson(body).object().value(QLatin1StringView("token")).toObject();
    t.expiresAt = QDateTime::fromString(
        json::lenientString(token.value(QLatin1StringView("expires_at"))), Qt::ISODateWithMs);
    t.projectId = json::lenientString(
        token.value(QLatin1StringView("project")).toObject().value(QLatin1StringView("id")));
    const QString id = projectId.isEmpty() ? t.projectId : projectId;
    for (const QJsonValue &service : token.value(QLatin1StringView("catalog")).toArray()) {
        const QJsonObject s = service.toObject();
        if (s.value(QLatin1StringView("type")).toString() != QLatin1StringView("sdrs"))
            continue;
        for (const QJsonValue &endpoint : s.value(QLatin1StringView("endpoints")).toArray()) {
            const QJsonObject e = endpoint.toObject();
            QString text = e.value(QLatin1StringView("url")).toString();
            text.replace(QStringLiteral("$(tenant_id)s"), id)
                .replace(QStringLiteral("$(tenant_id)"), id)
                .replace(QStringLiteral("$(project_id)s"), id)
                .replace(QStringLiteral("$(project_id)"), id)
                .replace(QStringLiteral("{project_id}"), id);
            const QUrl url(text, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid() || url.host().isEmpty() ||
                (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http")))
                continue;
            if (httpsOnly && scheme == QLatin1StringView("http")) {
                ++t.skippedPlainHttp;
                continue;
            }
            const QString iface = e.value(QLatin1StringView("interface")).toString();
            if (t.catalogBase.isEmpty() || iface == QLatin1StringView("public"))
                t.catalogBase = url;
        }
    }
    return Result<Token>::success(std::move(t));
}

} // namespace sdrs::iam
