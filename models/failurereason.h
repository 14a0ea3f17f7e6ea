#pragma once

#include <QString>

namespace sdrs {

/// The parts of a semi-structured `fail_reason`, as far as they are present. Forms seen:
/// `Task-fail:free text`, `Task-fail:SDRS.1306:Client error : {"badRequest": {"message": "...",
/// "code": 400}}`, multi-line text with a Java stack trace, or anything else.
struct FailReasonParts
{
    QString taskName;        ///< "SdrsGenerateNativeServerParamsTask" before "-fail:", or empty
    QString errorCode;       ///< a code like "SDRS.1306" or "EVS.2024" right after "-fail:"
    QString text;            ///< what follows the task and code (the whole reason when no parts)
    QString embeddedKey;     ///< the wrapper key of an embedded JSON error ("badRequest")
    QString embeddedMessage; ///< its "message"
    int embeddedStatus = 0;  ///< its "code" (an HTTP status), 0 when absent
    QString prettyJson;      ///< the embedded JSON object, indented; empty when none parses

    friend bool operator==(const FailReasonParts &, const FailReasonParts &) = default;
};

/// Splits a fail reason into its parts. Never fails: text it does not recognise stays in `text`.
FailReasonParts parseFailReason(const QString &reason);

} // namespace sdrs
