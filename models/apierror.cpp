#include "apierror.h"

namespace sdrs {

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
    }
    return {};
}

QString ApiError::toString() const
{
    if (kind == Kind::None)
        return {};
    QString text;
    if (httpStatus > 0)
        text = QStringLiteral("HTTP %1").arg(httpStatus);
    else
        text = kindName(kind);
    if (!code.isEmpty())
        text += u' ' + code;
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    if (!endpoint.isEmpty())
        text += QStringLiteral(" (") + endpoint + u')';
    if (!requestId.isEmpty())
        text += QStringLiteral(" [request id ") + requestId + u']';
    return text;
}

} // namespace sdrs
