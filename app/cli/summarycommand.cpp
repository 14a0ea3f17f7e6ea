// `sdrs-failures summary`: the failed tasks counted per error code, group, resource, status, job
// type or day, as a table, CSV or JSON.
#include "app/api/sdrsclient.h"
#include "app/cli/clihistory.h"
#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/options.h"
#include "app/cli/scopereading.h"
#include "models/apitime.h"
#include "models/csvexport.h"
#include "models/failuresummary.h"
#include "models/rowwriter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace sdrs::cli {

namespace {

/// What summary does, at the top of its --help.
const char *const summaryDescription = QT_TRANSLATE_NOOP(
    "sdrs::cli",
    "Counts failed tasks per key (--by): error_code (with its meaning from the error table), "
    "group (server_group_id, with the group's name; empty: the protection-group level), "
    "resource (resource_id, with its name), status (failure_status), type (job_type) or day "
    "(the local date of the begin time). Prints per key the count and the first and last begin "
    "time (UTC, ISO 8601), most first, then by key: an aligned table, CSV or JSON. It reads as "
    "export does: without --group or --all-groups the protection-group level, without "
    "--all-pages or --all-groups one request.");

/// The options of summary beyond the common ones, before the scope's.
const QList<OptionSpec> summaryOptions{
    {{QStringLiteral("by")},
     QT_TRANSLATE_NOOP("sdrs::cli",
                       "error_code (the default), group, resource, status, type or day."),
     QStringLiteral("KEY"),
     QStringLiteral("error_code")},
    {{QStringLiteral("format")},
     QT_TRANSLATE_NOOP("sdrs::cli", "table (the default), csv or json."),
     QStringLiteral("FORMAT"),
     QStringLiteral("table")},
    {{QStringLiteral("o"), QStringLiteral("output")},
     QT_TRANSLATE_NOOP("sdrs::cli",
                       "Write to FILE instead of standard output (\"-\": standard output)."),
     QStringLiteral("FILE")},
};

/// --by and --format; empty when they fit, else the usage error.
QString parseSummaryOptions(const QCommandLineParser &parser, SummaryRequest &r)
{
    const std::optional<SummaryKey> by = summaryKeyNamed(parser.value(QStringLiteral("by")));
    if (!by)
        return Text::tr("--by must be one of %1, not \"%2\"")
            .arg(summaryKeyNames().join(QStringLiteral(", ")), parser.value(QStringLiteral("by")));
    r.by = *by;
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format == QStringLiteral("csv"))
        r.format = ExportFormat::Csv;
    else if (format == QStringLiteral("json"))
        r.format = ExportFormat::Json;
    else if (format != QStringLiteral("table"))
        return Text::tr("--format must be table, csv or json, not \"%1\"")
            .arg(parser.value(QStringLiteral("format")));
    r.output = parser.value(QStringLiteral("output"));
    return {};
}

/// The headers of a summary by `key`: the key, its name (not for day), count, first, last.
QStringList headersOf(SummaryKey key)
{
    static const char *const keyHeaders[] = {"error_code",     "server_group_id", "resource_id",
                                             "failure_status", "job_type",        "day"};
    static const char *const nameHeaders[] = {"meaning",     "server_group_name", "resource_name",
                                              "status_name", "job_type_name",     nullptr};
    QStringList headers{QString::fromLatin1(keyHeaders[int(key)])};
    if (nameHeaders[int(key)])
        headers.append(QString::fromLatin1(nameHeaders[int(key)]));
    return headers + QStringList{QStringLiteral("count"), QStringLiteral("first_begin_time"),
                                 QStringLiteral("last_begin_time")};
}

/// The cells of one line, in the order of headersOf().
QStringList cellsOf(const SummaryLine &line, SummaryKey key)
{
    QStringList cells{line.key};
    if (key != SummaryKey::Day)
        cells.append(line.name);
    return cells + QStringList{QString::number(line.count), formatIsoTime(line.first),
                               formatIsoTime(line.last)};
}

WriteResult writeSummaryJson(QIODevice &out, const QList<SummaryLine> &lines, SummaryKey key)
{
    const QStringList headers = headersOf(key);
    QJsonArray array;
    for (const SummaryLine &line : lines) {
        const QStringList cells = cellsOf(line, key);
        QJsonObject object;
        for (qsizetype c = 0; c < headers.size(); ++c) {
            if (headers.at(c) == QStringLiteral("count"))
                object.insert(headers.at(c), line.count);
            else
                object.insert(headers.at(c), cells.at(c));
        }
        array.append(object);
    }
    const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    if (out.write(bytes) != bytes.size())
        return WriteResult::failure(ApiError::Kind::Io, out.errorString());
    return WriteResult::success(lines.size());
}

WriteResult writeSummary(QIODevice &out, const QList<SummaryLine> &lines, const SummaryRequest &r,
                         const std::function<bool()> &shouldStop)
{
    if (r.format == ExportFormat::Json)
        return writeSummaryJson(out, lines, r.by);
    const QStringList headers = headersOf(r.by);
    if (r.format == ExportFormat::Table)
        return writeTable(
            out, headers, true, lines.size(),
            [&](qsizetype row, int column) { return cellsOf(lines.at(row), r.by).at(column); },
            [](int) -> qsizetype { return 60; }, shouldStop);
    const csv::Options options;
    RowWriter writer(out, shouldStop);
    writer.text() += csv::formatRow(headers, options);
    for (qsizetype i = 0; i < lines.size() && writer.nextRow(); ++i)
        writer.text() += csv::formatRow(cellsOf(lines.at(i), r.by), options);
    return writer.finish();
}

/// Reads the rows, counts them and writes the summary; the exit code.
int summarizeRows(Runner &runner, SdrsClient &client, const SummaryRequest &r)
{
    ScopeRows rows;
    if (const int rc = readScope(runner, client, r, rows); rc >= 0)
        return rc;
    recordScope(r.common, client.connection(), r, rows);
    const QList<SummaryLine> lines = summarize(rows.jobs, r.by, rows.groupNames);
    return writeOutput(r.output, [&](QIODevice &out, const std::function<bool()> &shouldStop) {
        return writeSummary(out, lines, r, shouldStop);
    });
}

} // namespace

Result<SummaryRequest> parseSummary(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("summary"), summaryDescription,
                          summaryOptions + scopeOptions(Paging::OnePageOrEvery));
    return command.parse<SummaryRequest>(arguments, [&](SummaryRequest &r) {
        QString problem = command.unexpectedArguments();
        if (problem.isEmpty())
            problem = parseSummaryOptions(command.parser, r);
        if (problem.isEmpty())
            problem = parseScope(command.parser, r, Paging::OnePageOrEvery);
        return problem;
    });
}

int runSummary(Runner &runner, const QStringList &arguments)
{
    return runCommand(runner, parseSummary(arguments), summarizeRows);
}

} // namespace sdrs::cli
