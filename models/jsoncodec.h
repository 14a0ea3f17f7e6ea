#pragma once

#include "models/failurejob.h"
#include "models/job.h"
#include "models/protectiongroup.h"
#include "models/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace sdrs::json {

/// `{"count": N, "failure_jobs": [...]}`; an error is Kind::Decode with a sentence saying what was
/// wrong. Lenient about fields (missing, null, wrong type, unknown values); strict about the
/// envelope: no `failure_jobs` array, a non-object row or a `count` that is not a number is an
/// error, never an empty list. A missing `count` is taken as the row count.
Result<FailureJobPage> decodeFailureJobPage(const QByteArray &body);

/// `{"count": N, "server_groups": [...]}`, with the same rules.
Result<ProtectionGroupPage> decodeProtectionGroupPage(const QByteArray &body);

/// A job object with `job_id` or `status`, its `entities` and `sub_jobs` to any depth.
Result<Job> decodeJob(const QByteArray &body);

FailureJob failureJobFromJson(const QJsonObject &o);
ProtectionGroup protectionGroupFromJson(const QJsonObject &o);
Job jobFromJson(const QJsonObject &o);

/// The API's JSON for each type (used by the emulator and by "copy as JSON"). A failed task's
/// fields come from the field table: the fields of the API row, a nullable one null when its
/// text is null, `begin_time` formatted from `beginTime` when no text was received.
QJsonObject toJson(const FailureJob &job);
/// toJson() of a failed task appended to `out` as compact JSON text, the fields in the table's
/// order; the emulator's listings. Written by hand: QJsonDocument takes about ten times as long.
void appendJson(QByteArray &out, const FailureJob &job);
/// toJson() plus `server_group_id` when the row was asked for a group: a row as "copy as JSON"
/// gives it.
QJsonObject rowToJson(const FailureJob &job);
QJsonObject toJson(const ProtectionGroup &group);
QJsonObject toJson(const Job &job);

/// What an error body says, whichever of the three shapes it has.
struct ErrorBody
{
    QString code;
    QString message;
    QString requestId;
    QString encodedAuthorizationMessage; ///< IAM's why-refused, encoded (403 of a policy)
    bool recognised = false; ///< false: `message` holds the first bytes of an unknown body
};

/// Reads an error body as the SDK's exception handler does: at each level the pair
/// `error_code`/`error_msg` (API gateway, IAM), `errorCode`/`errorMsg` or `code`/`message`
/// (SDRS), else every object value (`{"badrequest": {...}}`, `{"error": {...}, "request_id": ...}`,
/// to any wrapper depth up to 8); then a lone code or message. `request_id` and
/// `encoded_authorization_message` are taken from any level. Anything else gives its first bytes
/// as text.
ErrorBody decodeErrorBody(const QByteArray &body);

/// Appends `text` to `out` as a JSON string literal in UTF-8, quotes included: `"` and `\` are
/// escaped with a backslash, newline, carriage return and tab as `\n`, `\r` and `\t`, every other
/// character below U+0020 as `\u00xx`; everything else is written as it is. A lone surrogate
/// becomes `?`, as in QString::toUtf8(). Written by hand for the large outputs (the emulator's
/// listings, the command line's JSON export): no allocation beyond the growth of `out`.
void appendQuoted(QByteArray &out, QStringView text);

/// A JSON value as text: strings as they are, numbers and booleans written out, null as a null
/// QString, objects and arrays as compact JSON.
QString lenientString(const QJsonValue &value);

} // namespace sdrs::json
