// `sdrs-failures export`: failed tasks as CSV, JSON or a table.
#include "app/api/allgroups.h"
#include "app/api/deletes.h"
#include "app/api/sdrsclient.h"
#include "app/api/wiresafety.h"
#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/demo.h"
#include "app/profilestore.h"
#include "models/csvexport.h"
#include "models/jobtreemodel.h"
#include "models/jsoncodec.h"
#include "models/safetext.h"
#include "models/vocabulary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

namespace sdrs::cli {

// ---------------------------------------------------------------------------------------------
// export

int runExport(Runner &runner, const QStringList &arguments)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Writes failed tasks as CSV (RFC 4180, UTF-8, CRLF), JSON (an array of objects "
                 "keyed by the column names) or an aligned text table. Without --group or "
                 "--all-groups: the protection-group level. Without --all-pages or --all-groups: "
                 "one request (--limit, default 1000, the API's maximum; --offset). CSV cells "
                 "starting with = + - @, a tab or a carriage return get a leading ' so that "
                 "spreadsheets do not run them (--no-neutralise: as received). -o writes the "
                 "file only when everything succeeded (any format); nothing is left behind after "
                 "an error or an interruption.") +
        u'\n' + u'\n' + connectionText() + u'\n' + u'\n' + exitCodesText());
    const CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("Write to FILE instead of standard output (\"-\": "
                                             "standard output)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("csv (the default), json or table."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    Text::tr("Only this failure_status, e.g. createFail."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   Text::tr("A protection group by id or name (exact, then in "
                                            "any letter case) instead of the group level."),
                                   QStringLiteral("GROUP"));
    const QCommandLineOption allGroups(QStringLiteral("all-groups"),
                                       Text::tr("Every protection group and the group level, "
                                                "every page."));
    const QCommandLineOption resourceType(
        QStringLiteral("resource-type"),
        Text::tr("Only this resource_type (server_groups, protected_instances, replications, "
                 "disaster_recovery_drills)."),
        QStringLiteral("TYPE"));
    const QCommandLineOption resourceName(QStringLiteral("resource-name"),
                                          Text::tr("Only resources whose name contains NAME."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Text::tr("Rows of the one request, 1 to 1000 (default 1000)."),
                                   QStringLiteral("N"));
    const QCommandLineOption offset(QStringLiteral("offset"),
                                    Text::tr("Rows to skip in the one request (default 0)."),
                                    QStringLiteral("N"));
    const QCommandLineOption allPages(QStringLiteral("all-pages"),
                                      Text::tr("Every page of the group level or of --group."));
    const QCommandLineOption columnsOption(
        QStringLiteral("columns"),
        Text::tr("Comma-separated columns, named as the API names them: job_id, job_type, "
                 "job_status, failure_status, resource_type, resource_id, resource_name, "
                 "begin_time, begin_time_local, error_code, fail_reason, server_group_id, "
                 "server_group_name (default: all but begin_time_local)."),
        QStringLiteral("LIST"));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 Text::tr("CSV: start with a UTF-8 byte order mark (for Excel)."));
    const QCommandLineOption noNeutralise(
        QStringLiteral("no-neutralise"),
        Text::tr("CSV: write cells as received, without the ' before = + - @."));
    const QCommandLineOption noHeader(QStringLiteral("no-header"),
                                      Text::tr("CSV and table: no header line."));
    const QCommandLineOption maxRows(
        QStringLiteral("max-rows"),
        Text::tr("--all-pages and --all-groups: read at most N rows (default 2000000); a server "
                 "that counts more is an error and nothing is written."),
        QStringLiteral("N"));
    parser.addOptions({output, format, status, group, allGroups, resourceType, resourceName, limit,
                       offset, allPages, columnsOption, bom, noNeutralise, noHeader, maxRows});
    if (const int rc = parseCommand(parser, common, arguments, command); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("export: unexpected argument \"%1\" (see sdrs-failures export "
                                   "--help)")
                              .arg(parser.positionalArguments().constFirst()));

    enum class Format { Csv, Json, Table };
    const QString formatText = parser.value(format).toLower();
    Format fmt = Format::Csv;
    if (formatText == QStringLiteral("json"))
        fmt = Format::Json;
    else if (formatText == QStringLiteral("table"))
        fmt = Format::Table;
    else if (formatText != QStringLiteral("csv"))
        return usageError(
            Text::tr("--format must be csv, json or table, not \"%1\"").arg(parser.value(format)));
    if (fmt != Format::Csv && (parser.isSet(bom) || parser.isSet(noNeutralise)))
        return usageError(Text::tr("--bom and --no-neutralise are for --format csv"));
    if (fmt == Format::Json && parser.isSet(noHeader))
        return usageError(Text::tr("--no-header is for --format csv and table"));

    const QString statusValue = parser.value(status);
    if (parser.isSet(status) && !failureStatuses().contains(statusValue))
        return usageError(Text::tr("unknown --status \"%1\"; valid: %2")
                              .arg(statusValue, failureStatuses().join(QStringLiteral(", "))));
    if (parser.isSet(allGroups) && parser.isSet(group))
        return usageError(Text::tr("--all-groups and --group exclude each other"));
    const bool everyPage = parser.isSet(allPages) || parser.isSet(allGroups);
    if (everyPage && (parser.isSet(limit) || parser.isSet(offset)))
        return usageError(Text::tr("--limit and --offset choose one page; --all-pages and "
                                   "--all-groups read every page"));
    if (!everyPage && parser.isSet(maxRows))
        return usageError(Text::tr("--max-rows is for --all-pages and --all-groups"));
    qint64 maxRowsValue = AllGroupsQuery::DefaultMaxRows;
    if (parser.isSet(maxRows)) {
        const std::optional<qint64> v = numberOption(parser, maxRows, 1, 100'000'000);
        if (!v)
            return UsageError;
        maxRowsValue = *v;
    }
    int limitValue = 1000;
    int offsetValue = -1;
    if (parser.isSet(limit)) {
        const std::optional<qint64> v = numberOption(parser, limit, 1, 1000);
        if (!v)
            return UsageError;
        limitValue = int(*v);
    }
    if (parser.isSet(offset)) {
        const std::optional<qint64> v = numberOption(parser, offset, 0, 2147483647);
        if (!v)
            return UsageError;
        offsetValue = int(*v);
    }
    QList<csv::Field> fields = csv::defaultFields();
    if (parser.isSet(columnsOption)) {
        QString why;
        const std::optional<QList<csv::Field>> parsed =
            csv::parseFieldList(parser.value(columnsOption), &why);
        if (!parsed)
            return usageError(QStringLiteral("--columns: ") + why);
        fields = *parsed;
    }
    const QList<csv::Column> columns = csv::columnsNamedByApi(fields);

    const QString path = parser.value(output);
    if (const int rc = checkOutputPath(path); rc >= 0)
        return rc;

    Setup setup;
    if (const int rc = setUpConnection(runner, parser, common, setup); rc >= 0)
        return rc;
    SdrsClient client(setup.connection);

    // The groups: to resolve --group (its name also names the rows).
    QList<ProtectionGroup> groups;
    QString groupId;
    if (parser.isSet(group)) {
        Result<ProtectionGroupPage> listed =
            runner.await<ProtectionGroupPage>([&](QObject *context, auto done) {
                return client.listAllProtectionGroups({}, context, std::move(done));
            });
        if (!listed.ok())
            return callFailed(Text::tr("cannot list the protection groups"), listed.error);
        groups = std::move(listed.value.groups);
        QString why;
        const std::optional<ProtectionGroup> found =
            resolveGroup(groups, parser.value(group), &why);
        if (!found)
            return usageError(why);
        groupId = found->id;
        groups = {*found}; // the rows are this group's: its name is the only one needed
    }

    QList<FailureJob> jobs;
    if (everyPage) {
        AllGroupsQuery query;
        query.failureStatus = statusValue;
        query.resourceType = parser.value(resourceType);
        query.resourceName = parser.value(resourceName);
        query.maxRows = maxRowsValue;
        if (!parser.isSet(allGroups)) {
            query.onlyScope = groupId;
            // The group level has no names to look up; a group's list is known already.
            query.knownGroups = groups;
        }
        ProgressLine progress;
        Result<AllGroupsResult> loaded =
            runner.await<AllGroupsResult>([&](QObject *context, auto done) {
                return loadAllGroups(
                    &client, query, context,
                    [&progress](const AllGroupsProgress &p) {
                        progress.show(
                            Text::tr("%1 of %2 requests, %3 of %4 rows")
                                .arg(formatNumber(p.requestsDone), formatNumber(p.requestsKnown),
                                     formatNumber(p.rowsLoaded), formatNumber(p.rowsExpected)));
                    },
                    std::move(done));
            });
        progress.end();
        if (!loaded.ok())
            return callFailed(Text::tr("cannot read the failed tasks"), loaded.error);
        if (!loaded.value.incomplete.isEmpty()) {
            //: %1 says how many rows were read of how many; --max-rows is an option.
            printError(Text::tr("%1 Nothing was written; --max-rows raises the limit.")
                           .arg(loaded.value.incomplete));
            return ServiceError;
        }
        jobs = std::move(loaded.value.jobs);
        groups = std::move(loaded.value.groups);
    } else {
        FailureJobQuery query;
        query.failureStatus = statusValue;
        query.resourceType = parser.value(resourceType);
        query.resourceName = parser.value(resourceName);
        query.serverGroupId = groupId;
        query.limit = limitValue;
        query.offset = offsetValue;
        Result<FailureJobPage> page =
            runner.await<FailureJobPage>([&](QObject *context, auto done) {
                return client.listFailureJobs(query, context, std::move(done));
            });
        if (!page.ok())
            return callFailed(Text::tr("cannot read the failed tasks"), page.error);
        jobs = std::move(page.value.jobs);
        const qint64 first = std::max(0, offsetValue);
        if (stderrIsTerminal() && page.value.count > first + jobs.size())
            printError(Text::tr("note: rows %1 to %2 of %3; --all-pages reads every page")
                           .arg(formatNumber(jobs.isEmpty() ? first : first + 1),
                                formatNumber(first + jobs.size()), formatNumber(page.value.count)));
        else if (stderrIsTerminal() && query.limit > 0 && jobs.size() >= query.limit)
            // A full page whose count says no more: the count may be the page's length.
            printError(Text::tr("note: rows %1 to %2, and there may be more; --all-pages reads "
                                "every page")
                           .arg(formatNumber(first + 1), formatNumber(first + jobs.size())));
    }
    const QHash<QString, QString> groupNames = groupNamesById(groups);
    groups.clear();

    csv::Options options;
    options.byteOrderMark = parser.isSet(bom);
    options.neutraliseFormulas = !parser.isSet(noNeutralise);
    options.header = !parser.isSet(noHeader);
    const auto write = [&](QIODevice &out, const std::function<bool()> &shouldStop) {
        switch (fmt) {
        case Format::Json:
            return writeJsonRows(out, jobs, columns, groupNames, shouldStop);
        case Format::Table: {
            QStringList headers;
            for (const csv::Column &c : columns)
                headers.append(c.header);
            return writeTable(
                out, headers, options.header, jobs.size(),
                [&](qsizetype row, int column) {
                    return csv::fieldValue(jobs.at(row), columns.at(column).field, groupNames);
                },
                [&](int column) -> qsizetype {
                    return columns.at(column).field == csv::Field::FailReason ? 60 : 48;
                },
                shouldStop);
        }
        case Format::Csv:
            break;
        }
        return csv::writeRows(out, jobs, columns, groupNames, options, shouldStop);
    };
    return writeOutput(path, write);
}

} // namespace sdrs::cli
