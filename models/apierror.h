#pragma once

#include <QString>

namespace sdrs {

/// Why a call failed, in a form the UI and the command line can show.
struct ApiError
{
    enum class Kind {
        None,      ///< no error
        Network,   ///< connection refused, reset, DNS, TLS, ...
        Timeout,   ///< no complete answer within the transfer timeout
        Auth,      ///< 401/403 or a failed sign-in
        Http,      ///< any other non-success HTTP status
        Decode,    ///< a success status with a body that is not what the API promises
        Cancelled, ///< the caller cancelled the call
        Invalid,   ///< nothing was sent: an id, a URL or a setting makes the request unsafe
        Io,        ///< a file or device could not be read or written
    };

    Kind kind = Kind::None;
    int httpStatus = 0; ///< 0 when no HTTP answer arrived
    QString code;       ///< service error code, e.g. "SDRS.0221" or "APIG.0301"
    QString message;    ///< the service's or the network layer's message
    QString requestId;  ///< the `X-Request-Id` header or the body's `request_id`
    QString endpoint;   ///< method and URL, never with credentials, e.g. "GET https://.../jobs/1"
    /// IAM's encoded reason for a refusal by a policy (`encoded_authorization_message`), which
    /// the account's administrator can decode; empty for most errors.
    QString authorizationMessage;

    bool isError() const { return kind != Kind::None; }

    /// One line for a status bar or stderr, e.g. "HTTP 400 SDRS.0221: limit ... (GET https://...)",
    /// in the language of the installed translators.
    QString toString() const;

    /// A stable lower-case name of the kind ("network", "timeout", ...).
    static QString kindName(Kind kind);
};

} // namespace sdrs
