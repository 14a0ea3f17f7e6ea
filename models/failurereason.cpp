#include "models/failurereason.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace sdrs {

namespace {

/// How many '{' the JSON search tries before giving up (a reason is short; this bounds the work on
/// a pathological one).
constexpr int MaxJsonAttempts = 16;

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// A task name: one word of letters, digits, '_', '.' or '$' ("SdrsCreateProtectedInstanceTask",
/// a Java class name at most).
bool isTaskName(QStringView s)
{
    if (s.isEmpty() || s.size() > 200)
        return false;
    for (const QChar c : s) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'_' && c != u'.' && c != u'$')
            return false;
    }
    return true;
}

/// The length of an error code like "SDRS.1306", "EVS.2024" or "Ecs.0000" (letters, a dot, 3 to 8
/// digits) at the start of `s` when a ':' follows it (blanks allowed before the ':'); 0 otherwise.
/// Returns the position after the ':' in `after`.
qsizetype errorCodeAt(QStringView s, qsizetype *after)
{
    qsizetype i = 0;
    while (i < s.size() && i < 16 && isAsciiLetter(s[i]))
        ++i;
    if (i == 0 || i >= s.size() || s[i] != u'.')
        return 0;
    const qsizetype dot = i++;
    while (i < s.size() && i - dot <= 8 && isAsciiDigit(s[i]))
        ++i;
    if (i - dot - 1 < 3)
        return 0;
    const qsizetype end = i;
    while (i < s.size() && s[i] == u' ')
        ++i;
    if (i >= s.size() || s[i] != u':')
        return 0;
    *after = i + 1;
    return end;
}

/// Parses `text` from `from` up to its last '}' as a JSON object.
bool parseObjectAt(QStringView text, qsizetype from, QJsonObject *object)
{
    const qsizetype last = text.lastIndexOf(u'}');
    if (last <= from)
        return false;
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(text.mid(from, last - from + 1).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *object = doc.object();
    return true;
}

/// The first JSON object embedded in `text`: the one after "Client error :" when there is one,
/// else the first '{' from which the rest of the text (up to its last '}') parses.
bool findEmbeddedObject(QStringView text, QJsonObject *object)
{
    const qsizetype marker =
        text.indexOf(QLatin1StringView("Client error"), 0, Qt::CaseInsensitive);
    if (marker >= 0) {
        const qsizetype brace = text.indexOf(u'{', marker);
        if (brace >= 0 && parseObjectAt(text, brace, object))
            return true;
    }
    qsizetype brace = text.indexOf(u'{');
    for (int attempt = 0; brace >= 0 && attempt < MaxJsonAttempts; ++attempt) {
        if (parseObjectAt(text, brace, object))
            return true;
        brace = text.indexOf(u'{', brace + 1);
    }
    return false;
}

/// An HTTP status from a JSON "code": a number or a string of digits; 0 for anything else.
int statusOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d >= 0 && d <= 999 && d == int(d) ? int(d) : 0;
    }
    if (value.isString()) {
        bool ok = false;
        const int status = value.toString().trimmed().toInt(&ok);
        return ok && status >= 0 && status <= 999 ? status : 0;
    }
    return 0;
}

void fillEmbedded(const QJsonObject &object, FailReasonParts *parts)
{
    QJsonObject inner = object;
    // The SDRS and Nova form: one wrapper key ("badRequest", "itemNotFound", "error", ...).
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject() &&
            (object.size() == 1 || it.value().toObject().contains(QLatin1StringView("message")))) {
            parts->embeddedKey = it.key();
            inner = it.value().toObject();
            break;
        }
    }
    QJsonValue message = inner.value(QLatin1StringView("message"));
    if (!message.isString())
        message = inner.value(QLatin1StringView("error_msg")); // the API gateway's form
    parts->embeddedMessage = message.toString();
    parts->embeddedStatus = statusOf(inner.value(QLatin1StringView("code")));
    parts->prettyJson =
        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

FailReasonParts parseFailReason(const QString &reason)
{
    FailReasonParts parts;
    const QStringView all(reason);
    QStringView rest = all;
    bool structured = false;

    const qsizetype fail = all.indexOf(QLatin1StringView("-fail:"));
    if (fail > 0 && isTaskName(all.left(fail))) {
        parts.taskName = all.left(fail).toString();
        rest = all.mid(fail + 6);
        structured = true;
    }
    const QStringView trimmedRest = rest.trimmed();
    qsizetype after = 0;
    if (const qsizetype codeLength = errorCodeAt(trimmedRest, &after); codeLength > 0) {
        parts.errorCode = trimmedRest.left(codeLength).toString();
        rest = trimmedRest.mid(after);
        structured = true;
    }

    parts.text = structured ? rest.trimmed().toString() : reason;

    QJsonObject object;
    if (findEmbeddedObject(rest, &object))
        fillEmbedded(object, &parts);
    return parts;
}

} // namespace sdrs
