#include "emulator/errorbodies.h"

#include "models/errorcatalog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sdrs::emulator {

namespace {

QLatin1StringView wrapperFor(int status)
{
    if (status == 400)
        return QLatin1StringView("badrequest");
    if (status == 404)
        return QLatin1StringView("itemNotFound");
    return QLatin1StringView("error");
}

QByteArray body(int status, const QString &code, const QString &message)
{
    const QJsonObject inner{{QLatin1StringView("code"), code},
                            {QLatin1StringView("message"), message}};
    return QJsonDocument(QJsonObject{{wrapperFor(status), inner}}).toJson(QJsonDocument::Compact);
}

} // namespace

ErrorAnswer sdrsError(const QString &code, const QString &message)
{
    const ErrorCodeInfo *info = ErrorCatalog::instance().find(code);
    const int status = info && info->httpStatus > 0 ? info->httpStatus : 500;
    return {status, body(status, code, message)};
}

ErrorAnswer httpError(int status, const QString &message)
{
    return {status, body(status, QString::number(status), message)};
}

QByteArray gatewayError(const QString &code, const QString &message, const QByteArray &requestId)
{
    return QJsonDocument(
               QJsonObject{{QLatin1StringView("error_code"), code},
                           {QLatin1StringView("error_msg"), message},
                           {QLatin1StringView("request_id"), QString::fromLatin1(requestId)}})
        .toJson(QJsonDocument::Compact);
}

QByteArray policyRefusal(const QString &action, const QByteArray &requestId)
{
    // What IAM encodes is opaque to the client; base64 of the denied action stands in for it.
    const QJsonObject inner{
        {QLatin1StringView("code"), QStringLiteral("403")},
        {QLatin1StringView("message"),
         QStringLiteral("Policy doesn't allow %1 to be performed.").arg(action)},
        {QLatin1StringView("encoded_authorization_message"),
         QString::fromLatin1(QByteArray("denied:" + action.toUtf8()).toBase64())}};
    return QJsonDocument(
               QJsonObject{{QLatin1StringView("error"), inner},
                           {QLatin1StringView("request_id"), QString::fromLatin1(requestId)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace sdrs::emulator
