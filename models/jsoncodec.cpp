#include "models/jsoncodec.h"

#include "models/apitime.h"
#include "models/failurejobfields.h"
#include "models/overloaded.h"
#include "models/protectiongroupfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <array>

namespace sdrs::json {

namespace {

/// The translation context of the reasons an answer cannot be decoded. They end the sentence
/// "The answer could not be read: ...".
class JsonText
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::json)
};

QString str(const QJsonObject &o, QLatin1StringView key)
{
    return lenientString(o.value(key));
}

int integer(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toInt();
    if (v.isString())
        return v.toString().toInt();
    return 0;
}

QJsonValue nullable(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

/// The value of an API row's field: the member as received; `begin_time` formatted from the
/// parsed time (into `scratch`) when no text was received.
const QString &apiValue(const FailureJob &j, const FailureJobFieldInfo &field, QString &scratch)
{
    if (field.field == FailureJobField::BeginTime && j.beginTimeText.isEmpty()) {
        scratch = formatIsoTime(j.beginTime);
        return scratch;
    }
    return j.*field.member;
}

QJsonValue nullableTime(const QDateTime &t, QString (*format)(const QDateTime &))
{
    return t.isValid() ? QJsonValue(format(t)) : QJsonValue(QJsonValue::Null);
}

/// Parses `body` as a JSON object; fails with Kind::Decode and why.
Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        //: The end of "The answer could not be read: ...". %1 is a byte offset, %2 Qt's reason.
        return Result<QJsonObject>::failure(
            ApiError::Kind::Decode,
            JsonText::tr("malformed JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        //: The end of "The answer could not be read: ...".
        return Result<QJsonObject>::failure(ApiError::Kind::Decode,
                                            JsonText::tr("the body is not a JSON object"));
    return Result<QJsonObject>::success(doc.object());
}

/// The shared envelope of the two list answers: `count` and an array of objects under `listKey`.
template<class Page, class Item>
Result<Page> decodeList(const QByteArray &body, QLatin1StringView listKey,
                        Item (*fromJson)(const QJsonObject &), QList<Item> Page::*items)
{
    const Result<QJsonObject> root = parseObject(body);
    if (!root.ok())
        return Result<Page>::failure(root.error);
    const QJsonValue list = root.value.value(listKey);
    if (!list.isArray())
        //: The end of "The answer could not be read: ...". %1 is a JSON key, e.g. failure_jobs.
        return Result<Page>::failure(ApiError::Kind::Decode,
                                     JsonText::tr("the answer has no \"%1\" array").arg(listKey));
    const QJsonArray array = list.toArray();
    Page page;
    (page.*items).reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue row = array.at(i);
        if (!row.isObject())
            //: The end of "The answer could not be read: ...". %1 is a JSON key, %2 an index:
            //: "failure_jobs"[3].
            return Result<Page>::failure(
                ApiError::Kind::Decode,
                JsonText::tr("\"%1\"[%2] is not an object").arg(listKey).arg(i));
        (page.*items).append(fromJson(row.toObject()));
    }
    const QJsonValue count = root.value.value(QLatin1StringView("count"));
    if (count.isUndefined() || count.isNull())
        page.count = array.size();
    else if (const double n = count.toDouble(-1);
             count.isDouble() && n >= 0 && n <= 9.0e15 && n == static_cast<double>(qint64(n)))
        page.count = qint64(n);
    else
        //: The end of "The answer could not be read: ...". "count" is a JSON key.
        return Result<Page>::failure(
            ApiError::Kind::Decode, JsonText::tr("\"count\" is not a whole number from 0 to 9e15"));
    return Result<Page>::success(std::move(page));
}

/// How many bytes each ASCII character takes inside a JSON string literal: 1 as it is, 2 for a
/// backslash escape, 6 for `\u00xx`.
constexpr std::array<quint8, 0x80> asciiQuotedLength = [] {
    std::array<quint8, 0x80> lengths{};
    for (std::size_t c = 0; c < lengths.size(); ++c)
        lengths[c] = c < 0x20 ? 6 : 1;
    for (const char c : {'"', '\\', '\n', '\r', '\t'})
        lengths[std::size_t(c)] = 2;
    return lengths;
}();

/// Whether `p` starts a surrogate pair (a high surrogate followed by a low one before `end`).
bool startsPair(const char16_t *p, const char16_t *end)
{
    return QChar::isHighSurrogate(p[0]) && p + 1 != end && QChar::isLowSurrogate(p[1]);
}

} // namespace

QString lenientString(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d > -9.2e18 && d < 9.2e18 && d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

FailureJob failureJobFromJson(const QJsonObject &o)
{
    FailureJob j;
    for (const FailureJobFieldInfo &field : failureJobFields()) {
        if (field.inApiRow)
            j.*field.member = str(o, field.name);
    }
    j.beginTime = parseApiTime(j.beginTimeText);
    return j;
}

ProtectionGroup protectionGroupFromJson(const QJsonObject &o)
{
    using G = ProtectionGroup;
    ProtectionGroup g;
    for (const ProtectionGroupField &field : protectionGroupFields()) {
        std::visit(Overloaded{[&](QString G::*m) { g.*m = str(o, field.name); },
                              [&](int G::*m) { g.*m = integer(o, field.name); },
                              [&](QDateTime G::*m) {
                                  g.*m = parseApiTime(str(o, field.name));
                              }},
                   field.member);
    }
    return g;
}

Job jobFromJson(const QJsonObject &o)
{
    Job j;
    j.status = str(o, QLatin1StringView("status"));
    j.jobId = str(o, QLatin1StringView("job_id"));
    j.jobType = str(o, QLatin1StringView("job_type"));
    j.beginTime = parseApiTime(str(o, QLatin1StringView("begin_time")));
    j.endTime = parseApiTime(str(o, QLatin1StringView("end_time")));
    j.errorCode = str(o, QLatin1StringView("error_code"));
    j.failReason = str(o, QLatin1StringView("fail_reason"));
    j.message = str(o, QLatin1StringView("message"));
    j.code = str(o, QLatin1StringView("code"));
    const QJsonObject e = o.value(QLatin1StringView("entities")).toObject();
    j.entities.serverGroupId = str(e, QLatin1StringView("server_group_id"));
    j.entities.protectedInstanceId = str(e, QLatin1StringView("protected_instance_id"));
    j.entities.replicationPairId = str(e, QLatin1StringView("replication_pair_id"));
    j.entities.nativeServerId = str(e, QLatin1StringView("native_server_id"));
    j.entities.nicId = str(e, QLatin1StringView("nic_id"));
    const QJsonValue volumes = e.value(QLatin1StringView("volume_ids"));
    if (volumes.isArray()) {
        for (const QJsonValue &v : volumes.toArray())
            j.entities.volumeIds.append(lenientString(v));
    } else if (volumes.isString()) {
        // Some services send a comma-separated string.
        for (const QString &id : volumes.toString().split(u',', Qt::SkipEmptyParts)) {
            if (!id.trimmed().isEmpty())
                j.entities.volumeIds.append(id.trimmed());
        }
    }
    for (const QJsonValue &sub : e.value(QLatin1StringView("sub_jobs")).toArray()) {
        if (sub.isObject())
            j.subJobs.append(jobFromJson(sub.toObject()));
    }
    return j;
}

Result<FailureJobPage> decodeFailureJobPage(const QByteArray &body)
{
    Result<FailureJobPage> page = decodeList<FailureJobPage, FailureJob>(
        body, QLatin1StringView("failure_jobs"), &failureJobFromJson, &FailureJobPage::jobs);
    // Statuses, types, codes and many reasons repeat from row to row: let equal values share one
    // string. At 100,000 rows held in memory this saves tens of megabytes.
    QSet<QString> pool;
    auto intern = [&pool](QString &s) {
        if (s.isEmpty())
            return;
        const auto it = pool.constFind(s);
        if (it != pool.cend())
            s = *it;
        else
            pool.insert(s);
    };
    if (!page.ok())
        return page;
    for (FailureJob &job : page.value.jobs) {
        intern(job.jobStatus);
        intern(job.resourceType);
        intern(job.failureStatus);
        intern(job.jobType);
        intern(job.errorCode);
        intern(job.failReason);
        intern(job.resourceName);
    }
    return page;
}

Result<ProtectionGroupPage> decodeProtectionGroupPage(const QByteArray &body)
{
    return decodeList<ProtectionGroupPage, ProtectionGroup>(
        body, QLatin1StringView("server_groups"), &protectionGroupFromJson,
        &ProtectionGroupPage::groups);
}

Result<Job> decodeJob(const QByteArray &body)
{
    const Result<QJsonObject> root = parseObject(body);
    if (!root.ok())
        return Result<Job>::failure(root.error);
    if (!root.value.contains(QLatin1StringView("job_id")) &&
        !root.value.contains(QLatin1StringView("status")))
        //: The end of "The answer could not be read: ...". job_id and status are JSON keys.
        return Result<Job>::failure(
            ApiError::Kind::Decode,
            JsonText::tr("the answer has neither \"job_id\" nor \"status\""));
    return Result<Job>::success(jobFromJson(root.value));
}

QJsonObject rowToJson(const FailureJob &job)
{
    QJsonObject object = toJson(job);
    if (!job.serverGroupId.isEmpty())
        object.insert(QLatin1StringView("server_group_id"), job.serverGroupId);
    return object;
}

QJsonObject toJson(const FailureJob &j)
{
    QJsonObject object;
    for (const FailureJobFieldInfo &field : failureJobFields()) {
        if (field.inApiRow) {
            QString scratch;
            const QString &value = apiValue(j, field, scratch);
            object.insert(field.name, field.nullable ? nullable(value) : QJsonValue(value));
        }
    }
    return object;
}

void appendJson(QByteArray &out, const FailureJob &j)
{
    // The key in three appends, as written: one append of the whole key (`,"name":`) measured
    // a third slower per row.
    const char *opening = "{\"";
    QString scratch;
    for (const FailureJobFieldInfo &field : failureJobFields()) {
        if (!field.inApiRow)
            continue;
        out += opening;
        opening = ",\"";
        out += QByteArrayView(field.name.data(), field.name.size());
        out += "\":";
        const QString &value = apiValue(j, field, scratch);
        if (field.nullable && value.isNull())
            out += "null";
        else
            appendQuoted(out, value);
    }
    out += '}';
}

QJsonObject toJson(const ProtectionGroup &g)
{
    using G = ProtectionGroup;
    QJsonObject object;
    for (const ProtectionGroupField &field : protectionGroupFields()) {
        const QJsonValue value =
            std::visit(Overloaded{[&](QString G::*m) {
                                      return field.nullable ? nullable(g.*m) : QJsonValue(g.*m);
                                  },
                                  [&](int G::*m) { return QJsonValue(g.*m); },
                                  [&](QDateTime G::*m) {
                                      return nullableTime(g.*m, &formatGroupTime);
                                  }},
                       field.member);
        object.insert(field.name, value);
    }
    return object;
}

QJsonObject toJson(const Job &j)
{
    QJsonObject entities;
    const auto put = [&entities](QLatin1StringView key, const QString &value) {
        if (!value.isEmpty())
            entities.insert(key, value);
    };
    put(QLatin1StringView("server_group_id"), j.entities.serverGroupId);
    put(QLatin1StringView("protected_instance_id"), j.entities.protectedInstanceId);
    put(QLatin1StringView("replication_pair_id"), j.entities.replicationPairId);
    put(QLatin1StringView("native_server_id"), j.entities.nativeServerId);
    put(QLatin1StringView("nic_id"), j.entities.nicId);
    // A string, as the SDK models it (`JobEntities.volume_ids: str`); several ids comma-joined.
    put(QLatin1StringView("volume_ids"), j.entities.volumeIds.join(u','));
    if (!j.subJobs.isEmpty()) {
        QJsonArray subs;
        for (const Job &sub : j.subJobs)
            subs.append(toJson(sub));
        entities.insert(QLatin1StringView("sub_jobs"), subs);
    }
    QJsonObject o{
        {QLatin1StringView("status"), j.status},
        {QLatin1StringView("job_id"), j.jobId},
        {QLatin1StringView("job_type"), j.jobType},
        {QLatin1StringView("begin_time"), nullableTime(j.beginTime, &formatIsoTime)},
        {QLatin1StringView("end_time"), nullableTime(j.endTime, &formatIsoTime)},
        {QLatin1StringView("error_code"), nullable(j.errorCode)},
        {QLatin1StringView("fail_reason"), nullable(j.failReason)},
        {QLatin1StringView("entities"), entities},
    };
    if (!j.message.isNull())
        o.insert(QLatin1StringView("message"), j.message);
    if (!j.code.isNull())
        o.insert(QLatin1StringView("code"), j.code);
    return o;
}

namespace {

/// One level of an error body, the way the SDK's exception handler reads it: the
/// `encoded_authorization_message`, then the first complete pair of `error_code`/`error_msg`,
/// `errorCode`/`errorMsg` or `code`/`message`, else every object value in turn (any wrapper key,
/// siblings too); a lone code or message counts last. `request_id` is kept wherever it is.
bool readErrorLevel(const QJsonObject &o, ErrorBody &e, int depth)
{
    static constexpr std::pair<const char *, const char *> Pairs[] = {
        {"error_code", "error_msg"}, {"errorCode", "errorMsg"}, {"code", "message"}};
    const auto text = [&o](const char *key) {
        return lenientString(o.value(QLatin1StringView(key)));
    };
    if (e.encodedAuthorizationMessage.isEmpty())
        e.encodedAuthorizationMessage = text("encoded_authorization_message");
    if (e.requestId.isEmpty())
        e.requestId = text("request_id");
    for (const auto &[code, message] : Pairs) {
        if (o.contains(QLatin1StringView(code)) && o.contains(QLatin1StringView(message))) {
            e.code = text(code);
            e.message = text(message);
            return true;
        }
    }
    constexpr int MaxDepth = 8;
    if (depth < MaxDepth) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it->isObject() && readErrorLevel(it->toObject(), e, depth + 1))
                return true;
        }
    }
    for (const auto &[code, message] : Pairs) {
        if (o.contains(QLatin1StringView(code)) || o.contains(QLatin1StringView(message))) {
            e.code = text(code);
            e.message = text(message);
            return true;
        }
    }
    return false;
}

} // namespace

ErrorBody decodeErrorBody(const QByteArray &body)
{
    ErrorBody e;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error == QJsonParseError::NoError && doc.isObject()) {
        e.recognised = readErrorLevel(doc.object(), e, 0);
        if (e.recognised || !e.encodedAuthorizationMessage.isEmpty()) {
            e.recognised = true;
            return e;
        }
        e.requestId.clear();
    }
    // Anything else: the first bytes as text, on one line.
    constexpr qsizetype maxChars = 200;
    QString text = QString::fromUtf8(body.left(maxChars * 4)).simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars) + QChar(0x2026);
    e.message = text;
    return e;
}

namespace {

/// The length of `text` in UTF-8 JSON string syntax, the quotes included.
qsizetype quotedLength(const char16_t *begin, const char16_t *end)
{
    qsizetype length = 2;
    for (const char16_t *p = begin; p != end; ++p) {
        const char16_t u = *p;
        if (u < 0x80) {
            length += asciiQuotedLength[u];
        } else if (u < 0x800) {
            length += 2;
        } else if (startsPair(p, end)) {
            length += 4;
            ++p;
        } else {
            length += QChar::isSurrogate(u) ? 1 : 3; // a lone surrogate is written as '?'
        }
    }
    return length;
}

/// Writes the escape of an ASCII character that JSON does not take as it is; returns the end.
char *writeEscape(char *d, char16_t u)
{
    static constexpr char hex[] = "0123456789abcdef";
    *d++ = '\\';
    switch (u) {
    case u'"':
        *d++ = '"';
        break;
    case u'\\':
        *d++ = '\\';
        break;
    case u'\n':
        *d++ = 'n';
        break;
    case u'\r':
        *d++ = 'r';
        break;
    case u'\t':
        *d++ = 't';
        break;
    default:
        *d++ = 'u';
        *d++ = '0';
        *d++ = '0';
        *d++ = hex[u >> 4];
        *d++ = hex[u & 0xf];
    }
    return d;
}

} // namespace

void appendQuoted(QByteArray &out, QStringView text)
{
    const char16_t *const begin = text.utf16();
    const char16_t *const end = begin + text.size();
    // The exact length first, so that the bytes are written in place after a single resize.
    const qsizetype at = out.size();
    out.resize(at + quotedLength(begin, end));
    char *d = out.data() + at;
    *d++ = '"';
    for (const char16_t *p = begin; p != end; ++p) {
        const char16_t u = *p;
        if (u < 0x80) {
            if (asciiQuotedLength[u] == 1)
                *d++ = char(u);
            else
                d = writeEscape(d, u);
        } else if (u < 0x800) {
            *d++ = char(0xc0 | (u >> 6));
            *d++ = char(0x80 | (u & 0x3f));
        } else if (startsPair(p, end)) {
            const char32_t c = QChar::surrogateToUcs4(u, p[1]);
            ++p;
            *d++ = char(0xf0 | (c >> 18));
            *d++ = char(0x80 | ((c >> 12) & 0x3f));
            *d++ = char(0x80 | ((c >> 6) & 0x3f));
            *d++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            *d++ = '?';
        } else {
            *d++ = char(0xe0 | (u >> 12));
            *d++ = char(0x80 | ((u >> 6) & 0x3f));
            *d++ = char(0x80 | (u & 0x3f));
        }
    }
    *d++ = '"';
    Q_ASSERT(d == out.constData() + out.size());
}

} // namespace sdrs::json
