#include "models/apierror.h"

#include <QCoreApplication>

namespace sdrs {

namespace {

/// The translation context of the error texts.
class ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::ApiError)
};

/// The kind as the start of an error line: kindName(), translated.
QString kindLabel(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Network:
        //: Kind of error at the start of an error line ("network: Connection refused").
        return ApiErrorText::tr("network");
    case ApiError::Kind::Timeout:
        //: Kind of error at the start of an error line: no answer in time.
        return ApiErrorText::tr("timeout");
    case ApiError::Kind::Auth:
        //: Kind of error at the start of an error line: sign-in refused (authentication).
        return ApiErrorText::tr("auth");
    case ApiError::Kind::Http:
        //: Kind of error at the start of an error line: an HTTP error status.
        return ApiErrorText::tr("http");
    case ApiError::Kind::Decode:
        //: Kind of error at the start of an error line: the answer could not be read.
        return ApiErrorText::tr("decode");
    case ApiError::Kind::Cancelled:
        //: Kind of error at the start of an error line: the request was cancelled.
        return ApiErrorText::tr("cancelled");
    case ApiError::Kind::Invalid:
        //: Kind of error at the start of an error line: the request was refused before it was
        //: sent (a bad id, plain HTTP).
        return ApiErrorText::tr("not sent");
    case ApiError::Kind::Io:
        //: Kind of error at the start of an error line: a file or device could not be written.
        return ApiErrorText::tr("file");
    }
    return {};
}

} // namespace

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Decode:
        return QStringLiteral("decode");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Invalid:
        return QStringLiteral("invalid");
    case Kind::Io:
        return QStringLiteral("io");
    }
    return {};
}

QString ApiError::toString() const
{
    if (kind == Kind::None)
        return {};
    QString text;
    if (httpStatus > 0)
        //: An HTTP status at the start of an error line, e.g. "HTTP 404".
        text = ApiErrorText::tr("HTTP %1").arg(httpStatus);
    else
        text = kindLabel(kind);
    // A code that only repeats the status ({"code": 404}) is not printed twice.
    if (!code.isEmpty() && code != QString::number(httpStatus))
        text += u' ' + code;
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    if (!endpoint.isEmpty())
        text += QStringLiteral(" (") + endpoint + u')';
    if (!requestId.isEmpty())
        //: %1 is the id the service gave the request (X-Request-Id), for its support.
        text += u' ' + ApiErrorText::tr("[request id %1]").arg(requestId);
    return text;
}

} // namespace sdrs
