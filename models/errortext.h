// The words for an error, written once for the window (the message bar) and the command line
// (its one line on stderr and its exit code).
#pragma once

#include "models/apierror.h"

#include <QCoreApplication>
#include <QString>

namespace sdrs::errortext {

/// The translation context of the error texts.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::ErrorText)
};

/// A plain sentence for an error, for people on call: what went wrong and what to try.
QString sentence(const ApiError &error);
/// The facts behind it, one per line: HTTP status, error code (with the catalog's message when
/// known), message, request id and the URL (never with secrets).
QString details(const ApiError &error);
/// "<what>: <the error>", the command line's one line for a failed call.
QString line(const QString &what, const ApiError &error);

/// What kind of failure an error is, as the command line's exit codes tell them apart.
enum class ErrorClass {
    None,
    Usage,     ///< the request was not sent (an id that cannot be sent, plain HTTP refused, ...)
    SignIn,    ///< sign-in refused, 401/403, a missing secret
    Network,   ///< no connection, TLS, timeout
    Service,   ///< the service answered with an error, or an answer that cannot be read
    Cancelled, ///< the caller cancelled
    Other,     ///< a file or device error
};
ErrorClass errorClass(const ApiError &error);

} // namespace sdrs::errortext
