#pragma once

#include <QByteArray>
#include <QString>

/// The emulator's error answers, in one shape: as the API pages and the SDRS error table say,
/// and where they are silent, the same shape with the HTTP status as the code.
namespace sdrs::emulator {

struct ErrorAnswer
{
    int status = 500;
    QByteArray body;
};

/// An SDRS error by its code in the error table (`SDRS.0221`): the table's HTTP status, and
/// `{"<wrapper>": {"code": "SDRS.0221", "message": ...}}`, the wrapper `badrequest` for 400,
/// `itemNotFound` for 404 and `error` otherwise (the pages' three wrappers).
ErrorAnswer sdrsError(const QString &code, const QString &message);

/// An error the table has no code for (404 for an unknown job or failed task, 405, 503): the same
/// shape, with the HTTP status as the code ("404"), always a string.
ErrorAnswer httpError(int status, const QString &message);

/// The API gateway's shape for sign-in and throttling errors: `{"error_code", "error_msg",
/// "request_id"}`, the request id the same as the answer's `X-Request-Id`.
QByteArray gatewayError(const QString &code, const QString &message, const QByteArray &requestId);

/// A refusal by an IAM policy, in the shape the SDK's exception handler also reads: a wrapper
/// with a sibling request id, `{"error": {"code": "403", "message",
/// "encoded_authorization_message"}, "request_id"}`.
QByteArray policyRefusal(const QString &action, const QByteArray &requestId);

} // namespace sdrs::emulator
