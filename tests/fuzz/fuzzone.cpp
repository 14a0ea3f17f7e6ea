#include "tests/fuzz/fuzzone.h"

#include "app/api/redactor.h"
#include "app/api/wiresafety.h"
#include "models/apitime.h"
#include "models/connection.h"
#include "models/csvexport.h"
#include "models/errorcatalog.h"
#include "models/failurereason.h"
#include "models/iamcodec.h"
#include "models/jsoncodec.h"
#include "models/safetext.h"
#include "models/signer.h"

#include <QBuffer>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace sdrs::fuzz {

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz check failed: %s\n", what);
        std::abort();
    }
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void decoders(const QByteArray &bytes)
{
    const Result<FailureJobPage> page = json::decodeFailureJobPage(bytes);
    check(page.ok() != !page.error.message.isEmpty(), "a page decodes or says why");
    if (page.ok()) {
        for (const FailureJob &job : page.value.jobs) {
            const FailureJob again = json::failureJobFromJson(
                QJsonDocument::fromJson(compact(json::toJson(job))).object());
            check(again == job, "a failed task survives toJson and decoding");
        }
    }
    const Result<ProtectionGroupPage> groups = json::decodeProtectionGroupPage(bytes);
    check(groups.ok() != !groups.error.message.isEmpty(), "a group page decodes or says why");
    const Result<Job> job = json::decodeJob(bytes);
    if (job.ok()) {
        // volume_ids goes out as one comma-joined string (as the SDK has it), so ids are
        // normalised on the first pass; from then on a job survives toJson and decoding.
        const Result<Job> once = json::decodeJob(compact(json::toJson(job.value)));
        check(once.ok(), "a job's JSON decodes again");
        if (once.ok()) {
            const Result<Job> twice = json::decodeJob(compact(json::toJson(once.value)));
            check(twice.ok() && twice.value == once.value, "a job survives toJson and decoding");
        }
    }
    const json::ErrorBody error = json::decodeErrorBody(bytes);
    check(error.recognised || error.message.size() <= 201, "an unknown error body is cut");
}

/// The first line is the X-Subject-Token header, the rest IAM's body.
void iamToken(const QByteArray &bytes)
{
    const qsizetype lineEnd = bytes.indexOf('\n');
    const QByteArray header = lineEnd < 0 ? bytes : bytes.left(lineEnd);
    const QByteArray body = lineEnd < 0 ? QByteArray() : bytes.mid(lineEnd + 1);
    const Result<iam::Token> read = iam::parseToken(header, body, {}, true);
    check(read.ok() == read.error.message.isEmpty(), "a token is read or the reason is given");
    if (read.ok()) {
        const iam::Token *token = &read.value;
        check(!token->token.contains(u'\r') && !token->token.contains(u'\n'),
              "a token never holds a line break");
        check(token->catalogBase.isEmpty() ||
                  token->catalogBase.scheme() == QLatin1StringView("https"),
              "an HTTPS sign-in never takes a plain-HTTP catalog entry");
    }
}

/// The text as a cell, written and read back with RFC 4180's rules.
void csvCell(const QString &text)
{
    FailureJob job;
    job.resourceName = text;
    job.failReason = text;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    csv::Options options;
    options.header = false;
    options.lineEnd = QString();
    const WriteResult r = csv::writeRows(
        buffer, {job}, csv::columnsNamedByApi({csv::Field::ResourceName, csv::Field::FailReason}),
        {}, options);
    check(r.ok(), "a row is written");
    const QString written = QString::fromUtf8(buffer.data());
    const QString cell = csv::formatRow({text}, options);
    check(written == cell + u',' + cell, "writeRows and formatRow agree");
    // Read the cell back.
    QString read = cell;
    const bool quoted = cell.startsWith(u'"');
    if (quoted) {
        check(cell.size() >= 2 && cell.endsWith(u'"'), "a quoted cell ends in a quote");
        read = cell.mid(1, cell.size() - 2);
        check(!read.replace(QStringLiteral("\"\""), QString()).contains(u'"'),
              "quotes inside a cell are doubled");
        read = cell.mid(1, cell.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    } else {
        for (const char16_t c : {u',', u';', u'"', u'\r', u'\n'})
            check(!cell.contains(QChar(c)), "a cell with , ; \" CR or LF is quoted");
    }
    check(read == text || read == u'\'' + text, "a cell reads back as it was, maybe neutralised");
    if (read == text && !text.isEmpty())
        check(csv::neutraliseFormula(text) == text, "what could run is neutralised");
}

void texts(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const QDateTime time = parseApiTime(text);
    if (time.isValid())
        check(parseApiTime(formatIsoTime(time)) == time, "a time survives formatting");
    (void)signing::parseAuthorization(bytes);
    (void)signing::parseSdkDate(bytes);
    (void)ErrorCatalog::fromTsv(bytes);
    (void)signing::canonicalQuery(QUrl(text));

    const FailReasonParts parts = parseFailReason(text);
    check(parts.errorCode.isEmpty() || text.contains(parts.errorCode),
          "a fail reason's code comes from its text");
    check(parts.taskName.isEmpty() || text.contains(parts.taskName),
          "a fail reason's task comes from its text");

    csvCell(text);

    for (const QChar c : text::printable(text))
        check(!text::isUnsafe(c.unicode()), "printable text has no control character");
}

} // namespace

void fuzzOne(QByteArrayView view)
{
    const QByteArray bytes = view.toByteArray();
    decoders(bytes);
    iamToken(bytes);
    texts(bytes);

    // Wire checks: never negative waits, a Content-Length is one size or invalid.
    const std::optional<qint64> wait = wire::retryAfterMs(bytes.left(64), QDateTime());
    check(!wait || *wait >= 0, "a Retry-After is never negative");
    const wire::ContentLength length = wire::parseContentLength(bytes.left(64));
    check(!length.valid || length.bytes >= -1, "a Content-Length is never negative");

    // Redaction: a secret taken from the input never survives in it.
    const QString text = QString::fromUtf8(bytes);
    const QString secret = text.left(8);
    // (A secret with a bracket could be completed by the mark's own brackets next to it.)
    if (secret.size() >= 4 && !secret.contains(u'[') && !secret.contains(u']') &&
        !Redactor::mark().contains(secret)) {
        Connection c;
        c.password = secret;
        check(!Redactor(c).apply(text, 0).contains(secret), "no secret survives redaction");
    }
}

} // namespace sdrs::fuzz
