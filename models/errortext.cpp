#include "models/errortext.h"

#include "models/errorcatalog.h"

namespace sdrs::errortext {

QString sentence(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return ErrorText::tr("The request was cancelled.");
    case Kind::Invalid:
        //: %1 says why the request was not sent, e.g. "The id is empty; nothing was sent."
        return ErrorText::tr("The request was not sent. %1").arg(error.message);
    case Kind::Io:
        //: %1 is the device's error, e.g. "No space left on device".
        return ErrorText::tr("The file could not be written: %1").arg(error.message);
    case Kind::Network:
        return ErrorText::tr("The SDRS service could not be reached. Check the network, the "
                             "endpoint and the proxy settings, then refresh.");
    case Kind::Timeout:
        return ErrorText::tr("SDRS did not answer in time. The service or the network may be "
                             "slow; refresh to try again.");
    case Kind::Auth:
        if (error.httpStatus == 403)
            return ErrorText::tr("Access was denied: this account may not read the failed tasks "
                                 "of this project.");
        return ErrorText::tr("Sign-in was refused: the token has expired or the credentials "
                             "are wrong. Edit the connection profile and sign in again.");
    case Kind::Decode:
        return ErrorText::tr("SDRS answered with something that is not a valid answer (a proxy "
                             "page or a cut-off response). Refresh to try again.");
    case Kind::Http:
        break;
    }
    if (error.httpStatus == 404)
        return ErrorText::tr("SDRS does not know what was asked for (HTTP 404); it may have been "
                             "deleted meanwhile.");
    if (error.httpStatus == 429)
        return ErrorText::tr("SDRS is limiting the request rate. Wait a minute, then refresh.");
    if (error.httpStatus >= 500)
        return ErrorText::tr("SDRS reported a problem on its side (HTTP %1). Refresh to try "
                             "again; if it persists, report the request id.")
            .arg(error.httpStatus);
    if (const ErrorCodeInfo *info = ErrorCatalog::instance().find(error.code))
        return ErrorText::tr("SDRS refused the request: %1").arg(info->message);
    return ErrorText::tr("SDRS refused the request (HTTP %1).").arg(error.httpStatus);
}

QString details(const ApiError &error)
{
    if (!error.isError())
        return {};
    QStringList lines;
    if (error.httpStatus > 0)
        lines << ErrorText::tr("HTTP status: %1").arg(error.httpStatus);
    else
        lines << ErrorText::tr("Kind: %1").arg(ApiError::kindName(error.kind));
    if (!error.code.isEmpty()) {
        lines << ErrorText::tr("Error code: %1").arg(error.code);
        if (const ErrorCodeInfo *info = ErrorCatalog::instance().find(error.code)) {
            if (!info->handling.isEmpty())
                lines << ErrorText::tr("What to do: %1").arg(info->handling);
        }
    }
    if (!error.message.isEmpty())
        lines << ErrorText::tr("Message: %1").arg(error.message);
    if (!error.requestId.isEmpty())
        lines << ErrorText::tr("Request id: %1").arg(error.requestId);
    if (!error.endpoint.isEmpty())
        lines << ErrorText::tr("Request: %1").arg(error.endpoint);
    if (!error.authorizationMessage.isEmpty())
        //: %1 is IAM's encoded_authorization_message, which an administrator can decode.
        lines << ErrorText::tr("Encoded authorization message: %1").arg(error.authorizationMessage);
    return lines.join(QLatin1Char('\n'));
}

QString line(const QString &what, const ApiError &error)
{
    return what + QStringLiteral(": ") + error.toString();
}

ErrorClass errorClass(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return ErrorClass::None;
    case ApiError::Kind::Auth:
        return ErrorClass::SignIn;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return ErrorClass::Network;
    case ApiError::Kind::Http:
        return error.httpStatus == 401 || error.httpStatus == 403 ? ErrorClass::SignIn
                                                                  : ErrorClass::Service;
    case ApiError::Kind::Decode:
        return ErrorClass::Service;
    case ApiError::Kind::Cancelled:
        return ErrorClass::Cancelled;
    case ApiError::Kind::Invalid:
        return ErrorClass::Usage;
    case ApiError::Kind::Io:
        return ErrorClass::Other;
    }
    return ErrorClass::Other;
}

} // namespace sdrs::errortext
