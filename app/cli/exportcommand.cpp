// `sdrs-failures export`: failed tasks as CSV, JSON or a table.
#include "app/api/sdrsclient.h"
#include "app/cli/clihistory.h"
#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/options.h"
#include "app/cli/scopereading.h"
#include "models/csvexport.h"
#include "models/historycsv.h"

#include <QCommandLineParser>
#include <QHash>

#include <functional>
#include <utility>

namespace sdrs::cli {

namespace {

/// What export does, at the top of its --help.
const char *const exportDescription = QT_TRANSLATE_NOOP(
    "sdrs::cli", "Writes failed tasks as CSV (RFC 4180, UTF-8, CRLF), JSON (an array of objects "
                 "keyed by the column names) or an aligned text table. Without --group or "
                 "--all-groups: the protection-group level. Without --all-pages or --all-groups: "
                 "one request (--limit, default 1000, the API's maximum; --offset). CSV cells "
                 "starting with = + - @, a tab or a carriage return get a leading ' so that "
                 "spreadsheets do not run them (--no-neutralise: as received). -o writes the "
                 "file only when everything succeeded (any format); nothing is left behind after "
                 "an error or an interruption.");

/// The options of export beyond the common ones: output and format (rowOutputOptions), then
/// the scope (scopereading.h), then the columns and the CSV.
const QList<OptionSpec> exportColumnOptions{
    {{QStringLiteral("columns")},
     QT_TRANSLATE_NOOP("sdrs::cli",
                       "Comma-separated columns, named as the API names them: job_id, job_type, "
                       "job_status, failure_status, resource_type, resource_id, resource_name, "
                       "begin_time, begin_time_local, error_code, fail_reason, server_group_id, "
                       "server_group_name (default: all but begin_time_local)."),
     QStringLiteral("LIST")},
    {{QStringLiteral("bom")},
     QT_TRANSLATE_NOOP("sdrs::cli", "CSV: start with a UTF-8 byte order mark (for Excel).")},
    {{QStringLiteral("no-neutralise")},
     QT_TRANSLATE_NOOP("sdrs::cli", "CSV: write cells as received, without the ' before = + - @.")},
    {{QStringLiteral("no-header")},
     QT_TRANSLATE_NOOP("sdrs::cli", "CSV and table: no header line.")},
    {{QStringLiteral("history-columns")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Add the local history's columns: first_seen, last_seen, "
                                    "gone_at, deleted_here, acknowledged_at and note.")},
};

/// --format and the CSV-only options; empty when they fit, else the usage error.
QString parseFormat(const QCommandLineParser &parser, ExportRequest &r)
{
    const QString formatText = parser.value(QStringLiteral("format")).toLower();
    if (formatText == QStringLiteral("json"))
        r.format = ExportFormat::Json;
    else if (formatText == QStringLiteral("table"))
        r.format = ExportFormat::Table;
    else if (formatText != QStringLiteral("csv"))
        return Text::tr("--format must be csv, json or table, not \"%1\"")
            .arg(parser.value(QStringLiteral("format")));
    if (r.format != ExportFormat::Csv &&
        (parser.isSet(QStringLiteral("bom")) || parser.isSet(QStringLiteral("no-neutralise"))))
        return Text::tr("--bom and --no-neutralise are for --format csv");
    if (r.format == ExportFormat::Json && parser.isSet(QStringLiteral("no-header")))
        return Text::tr("--no-header is for --format csv and table");
    r.csv.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    r.csv.neutraliseFormulas = !parser.isSet(QStringLiteral("no-neutralise"));
    r.csv.header = !parser.isSet(QStringLiteral("no-header"));
    return {};
}

QString parseColumns(const QCommandLineParser &parser, ExportRequest &r)
{
    QList<csv::Field> fields = csv::defaultFields();
    if (parser.isSet(QStringLiteral("columns"))) {
        const Result<QList<csv::Field>> parsed =
            csv::parseFieldList(parser.value(QStringLiteral("columns")));
        if (!parsed.ok())
            return QStringLiteral("--columns: ") + parsed.error.message;
        fields = parsed.value;
    }
    r.columns = csv::columnsNamedByApi(fields);
    r.historyColumns = parser.isSet(QStringLiteral("history-columns"));
    if (r.historyColumns &&
        (parser.isSet(QStringLiteral("no-history")) || parser.isSet(QStringLiteral("demo"))))
        return Text::tr("--history-columns needs the history: not with --no-history or --demo");
    return {};
}

WriteResult writeJobs(QIODevice &out, const ExportRequest &r, const QList<FailureJob> &jobs,
                      const QHash<QString, QString> &groupNames,
                      const std::function<bool()> &shouldStop)
{
    const QList<csv::Column> &columns = r.columns;
    switch (r.format) {
    case ExportFormat::Json:
        return writeJsonRows(out, jobs, columns, groupNames, shouldStop);
    case ExportFormat::Table: {
        QStringList headers;
        for (const csv::Column &c : columns)
            headers.append(c.header);
        return writeTable(
            out, headers, r.csv.header, jobs.size(),
            [&](qsizetype row, int column) {
                return csv::fieldValue(jobs.at(row), columns.at(column).field, groupNames);
            },
            [&](int column) -> qsizetype {
                return columns.at(column).field == csv::Field::FailReason ? 60 : 48;
            },
            shouldStop);
    }
    case ExportFormat::Csv:
        break;
    }
    return csv::writeRows(out, jobs, columns, groupNames, r.csv, shouldStop);
}

/// The rows with the history's columns after their own.
CellGrid withHistory(const ExportRequest &r, const ScopeRows &loaded,
                     const HistoryAnnotations &annotations)
{
    CellGrid g;
    for (const csv::Column &c : r.columns)
        g.headers.append(c.header);
    g.headers += csv::annotationColumnNames();
    g.rows.reserve(loaded.jobs.size());
    for (const FailureJob &job : loaded.jobs) {
        QStringList cells;
        for (const csv::Column &c : r.columns)
            cells.append(csv::cellValue(job, c, loaded.groupNames));
        cells += csv::annotationCells(annotations.value(job.jobId));
        g.rows.append(std::move(cells));
    }
    return g;
}

/// Reads the rows and writes them; the exit code.
int exportRows(Runner &runner, SdrsClient &client, const ExportRequest &r)
{
    ScopeRows loaded;
    if (const int rc = readScope(runner, client, r, loaded); rc >= 0)
        return rc;
    const std::optional<history::RecordOutcome> recorded =
        recordScope(r.common, client.connection(), r, loaded);
    if (r.historyColumns) {
        const CellGrid g =
            withHistory(r, loaded, recorded ? recorded->annotations : HistoryAnnotations());
        return writeOutput(r.output, [&](QIODevice &out, const std::function<bool()> &stop) {
            return writeGrid(out, r.format, g, r.csv, stop);
        });
    }
    return writeOutput(r.output, [&](QIODevice &out, const std::function<bool()> &shouldStop) {
        return writeJobs(out, r, loaded.jobs, loaded.groupNames, shouldStop);
    });
}

} // namespace

Result<ExportRequest> parseExport(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("export"), exportDescription,
                          rowOutputOptions() + scopeOptions(Paging::OnePageOrEvery) +
                              exportColumnOptions);
    const QCommandLineParser &parser = command.parser;
    return command.parse<ExportRequest>(arguments, [&](ExportRequest &r) {
        QString problem = command.unexpectedArguments();
        if (problem.isEmpty())
            problem = parseFormat(parser, r);
        if (problem.isEmpty())
            problem = parseScope(parser, r, Paging::OnePageOrEvery);
        if (problem.isEmpty())
            problem = parseColumns(parser, r);
        r.output = parser.value(QStringLiteral("output"));
        return problem;
    });
}

int runExport(Runner &runner, const QStringList &arguments)
{
    return runCommand(runner, parseExport(arguments), exportRows);
}

} // namespace sdrs::cli
