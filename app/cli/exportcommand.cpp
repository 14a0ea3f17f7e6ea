// `sdrs-failures export`: failed tasks as CSV, JSON or a table.
#include "app/api/allgroups.h"
#include "app/api/sdrsclient.h"
#include "app/cli/clihistory.h"
#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/options.h"
#include "models/csvexport.h"
#include "models/vocabulary.h"

#include <QCommandLineParser>
#include <QHash>

#include <algorithm>
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

/// The options of export beyond the common ones.
const QList<OptionSpec> exportOptions =
    rowOutputOptions() +
    QList<OptionSpec>{
        {{QStringLiteral("status")},
         QT_TRANSLATE_NOOP("sdrs::cli", "Only this failure_status, e.g. createFail."),
         QStringLiteral("STATUS")},
        {{QStringLiteral("group")},
         QT_TRANSLATE_NOOP("sdrs::cli",
                           "A protection group by id or name (exact, then in any letter "
                           "case) instead of the group level."),
         QStringLiteral("GROUP")},
        {{QStringLiteral("all-groups")},
         QT_TRANSLATE_NOOP("sdrs::cli", "Every protection group and the group level, every page.")},
        {{QStringLiteral("resource-type")},
         QT_TRANSLATE_NOOP("sdrs::cli",
                           "Only this resource_type (server_groups, protected_instances, "
                           "replications, disaster_recovery_drills)."),
         QStringLiteral("TYPE")},
        {{QStringLiteral("resource-name")},
         QT_TRANSLATE_NOOP("sdrs::cli", "Only resources whose name contains NAME."),
         QStringLiteral("NAME")},
        {{QStringLiteral("limit")},
         QT_TRANSLATE_NOOP("sdrs::cli", "Rows of the one request, 1 to 1000 (default 1000)."),
         QStringLiteral("N")},
        {{QStringLiteral("offset")},
         QT_TRANSLATE_NOOP("sdrs::cli", "Rows to skip in the one request (default 0)."),
         QStringLiteral("N")},
        {{QStringLiteral("all-pages")},
         QT_TRANSLATE_NOOP("sdrs::cli", "Every page of the group level or of --group.")},
        {{QStringLiteral("columns")},
         QT_TRANSLATE_NOOP(
             "sdrs::cli", "Comma-separated columns, named as the API names them: job_id, job_type, "
                          "job_status, failure_status, resource_type, resource_id, resource_name, "
                          "begin_time, begin_time_local, error_code, fail_reason, server_group_id, "
                          "server_group_name (default: all but begin_time_local)."),
         QStringLiteral("LIST")},
        {{QStringLiteral("bom")},
         QT_TRANSLATE_NOOP("sdrs::cli", "CSV: start with a UTF-8 byte order mark (for Excel).")},
        {{QStringLiteral("no-neutralise")},
         QT_TRANSLATE_NOOP("sdrs::cli",
                           "CSV: write cells as received, without the ' before = + - @.")},
        {{QStringLiteral("no-header")},
         QT_TRANSLATE_NOOP("sdrs::cli", "CSV and table: no header line.")},
        {{QStringLiteral("max-rows")},
         QT_TRANSLATE_NOOP("sdrs::cli",
                           "--all-pages and --all-groups: read at most N rows (default "
                           "2000000); a server that counts more is an error and nothing "
                           "is written."),
         QStringLiteral("N")},
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

/// What is read: the filters, the group, the page or every page.
QString parseSelection(const QCommandLineParser &parser, ExportRequest &r)
{
    r.status = parser.value(QStringLiteral("status"));
    if (parser.isSet(QStringLiteral("status")) && !failureStatuses().contains(r.status))
        return Text::tr("unknown --status \"%1\"; valid: %2")
            .arg(r.status, failureStatuses().join(QStringLiteral(", ")));
    r.resourceType = parser.value(QStringLiteral("resource-type"));
    r.resourceName = parser.value(QStringLiteral("resource-name"));
    r.allGroups = parser.isSet(QStringLiteral("all-groups"));
    if (parser.isSet(QStringLiteral("group")))
        r.group = parser.value(QStringLiteral("group"));
    if (r.allGroups && r.group)
        return Text::tr("--all-groups and --group exclude each other");
    r.everyPage = parser.isSet(QStringLiteral("all-pages")) || r.allGroups;
    if (r.everyPage &&
        (parser.isSet(QStringLiteral("limit")) || parser.isSet(QStringLiteral("offset"))))
        return Text::tr("--limit and --offset choose one page; --all-pages and "
                        "--all-groups read every page");
    if (!r.everyPage && parser.isSet(QStringLiteral("max-rows")))
        return Text::tr("--max-rows is for --all-pages and --all-groups");
    return {};
}

/// --max-rows, --limit and --offset.
QString parseNumbers(const QCommandLineParser &parser, ExportRequest &r)
{
    const struct
    {
        QString name;
        qint64 min, max;
        std::function<void(qint64)> store;
    } numbers[] = {
        {QStringLiteral("max-rows"), 1, 100'000'000,
         [&r](qint64 v) {
             r.maxRows = v;
         }},
        {QStringLiteral("limit"), 1, 1000,
         [&r](qint64 v) {
             r.limit = int(v);
         }},
        {QStringLiteral("offset"), 0, 2147483647,
         [&r](qint64 v) {
             r.offset = int(v);
         }},
    };
    for (const auto &n : numbers) {
        if (!parser.isSet(n.name))
            continue;
        const Result<qint64> v = numberOption(parser, n.name, n.min, n.max);
        if (!v.ok())
            return v.error.message;
        n.store(v.value);
    }
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
    return {};
}

/// The one page asked for; on a terminal, a note when there are more rows.
Result<QList<FailureJob>> loadPage(Runner &runner, SdrsClient &client, const ExportRequest &r,
                                   const QString &groupId)
{
    FailureJobQuery query;
    query.failureStatus = r.status;
    query.resourceType = r.resourceType;
    query.resourceName = r.resourceName;
    query.serverGroupId = groupId;
    query.limit = r.limit;
    query.offset = r.offset;
    Result<FailureJobPage> page = runner.await<FailureJobPage>([&](QObject *context, auto done) {
        return client.listFailureJobs(query, context, std::move(done));
    });
    if (!page.ok())
        return {{}, page.error, {}};
    const QList<FailureJob> &jobs = page.value.jobs;
    const qint64 first = std::max(0, r.offset);
    if (stderrIsTerminal() && page.value.count > first + jobs.size())
        printError(Text::tr("note: rows %1 to %2 of %3; --all-pages reads every page")
                       .arg(formatNumber(jobs.isEmpty() ? first : first + 1),
                            formatNumber(first + jobs.size()), formatNumber(page.value.count)));
    else if (stderrIsTerminal() && query.limit > 0 && jobs.size() >= query.limit)
        // A full page whose count says no more: the count may be the page's length.
        printError(Text::tr("note: rows %1 to %2, and there may be more; --all-pages reads "
                            "every page")
                       .arg(formatNumber(first + 1), formatNumber(first + jobs.size())));
    return Result<QList<FailureJob>>::success(std::move(page.value.jobs));
}

/// Every page, with a progress line; `groups` are the known groups and become the groups read.
Result<AllGroupsResult> loadEveryPage(Runner &runner, SdrsClient &client, const ExportRequest &r,
                                      const QString &groupId, const QList<ProtectionGroup> &groups)
{
    AllGroupsQuery query;
    query.failureStatus = r.status;
    query.resourceType = r.resourceType;
    query.resourceName = r.resourceName;
    query.maxRows = r.maxRows;
    if (!r.allGroups) {
        query.onlyScope = groupId;
        // The group level has no names to look up; a group's list is known already.
        query.knownGroups = groups;
    }
    ProgressLine progress;
    const auto showProgress = [&progress](const AllGroupsProgress &p) {
        progress.show(Text::tr("%1 of %2 requests, %3 of %4 rows")
                          .arg(formatNumber(p.requestsDone), formatNumber(p.requestsKnown),
                               formatNumber(p.rowsLoaded), formatNumber(p.rowsExpected)));
    };
    Result<AllGroupsResult> loaded =
        runner.await<AllGroupsResult>([&](QObject *context, auto done) {
            return loadAllGroups(&client, query, context, showProgress, std::move(done));
        });
    progress.end();
    return loaded;
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

/// The rows to write and the names of their groups.
struct Loaded
{
    QList<FailureJob> jobs;
    QHash<QString, QString> groupNames;
    /// The scopes read completely with no narrowing filter, for the history.
    QStringList completeScopes;
};

/// Reads the rows into `loaded`. Returns -1 to go on, else the exit code.
int load(Runner &runner, SdrsClient &client, const ExportRequest &r, Loaded &loaded)
{
    // The groups: to resolve --group (its name also names the rows).
    QList<ProtectionGroup> groups;
    QString groupId;
    if (r.group) {
        if (const int rc = listGroups(runner, client, {}, groups); rc >= 0)
            return rc;
        const Result<ProtectionGroup> found = resolveGroup(groups, *r.group);
        if (!found.ok())
            return usageError(found.error.message);
        groupId = found.value.id;
        groups = {found.value}; // the rows are this group's: its name is the only one needed
    }
    if (!r.everyPage) {
        Result<QList<FailureJob>> page = loadPage(runner, client, r, groupId);
        if (!page.ok())
            return callFailed(Text::tr("cannot read the failed tasks"), page.error);
        loaded.jobs = std::move(page.value);
        loaded.groupNames = groupNamesById(groups);
        return -1;
    }
    Result<AllGroupsResult> every = loadEveryPage(runner, client, r, groupId, groups);
    if (!every.ok())
        return callFailed(Text::tr("cannot read the failed tasks"), every.error);
    if (!every.value.incomplete.isEmpty()) {
        //: %1 says how many rows were read of how many; --max-rows is an option.
        printError(Text::tr("%1 Nothing was written; --max-rows raises the limit.")
                       .arg(every.value.incomplete));
        return ServiceError;
    }
    loaded.jobs = std::move(every.value.jobs);
    loaded.groupNames = groupNamesById(every.value.groups);
    if (r.status.isEmpty() && r.resourceType.isEmpty() && r.resourceName.isEmpty()) {
        loaded.completeScopes = {groupId};
        if (r.allGroups) {
            for (const ProtectionGroup &g : std::as_const(every.value.groups))
                loaded.completeScopes.append(g.id);
        }
    }
    return -1;
}

/// Reads the rows and writes them; the exit code.
int exportRows(Runner &runner, SdrsClient &client, const ExportRequest &r)
{
    Loaded loaded;
    if (const int rc = load(runner, client, r, loaded); rc >= 0)
        return rc;
    recordReading(r.common, client.connection(), loaded.jobs, loaded.completeScopes);
    return writeOutput(r.output, [&](QIODevice &out, const std::function<bool()> &shouldStop) {
        return writeJobs(out, r, loaded.jobs, loaded.groupNames, shouldStop);
    });
}

} // namespace

Result<ExportRequest> parseExport(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("export"), exportDescription, exportOptions);
    const QCommandLineParser &parser = command.parser;
    return command.parse<ExportRequest>(arguments, [&](ExportRequest &r) {
        QString problem = command.unexpectedArguments();
        for (const auto parse : {parseFormat, parseSelection, parseNumbers, parseColumns}) {
            if (problem.isEmpty())
                problem = parse(parser, r);
        }
        r.output = parser.value(QStringLiteral("output"));
        return problem;
    });
}

int runExport(Runner &runner, const QStringList &arguments)
{
    return runCommand(runner, parseExport(arguments), exportRows);
}

} // namespace sdrs::cli
