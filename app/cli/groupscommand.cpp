// `sdrs-failures groups`: the protection groups.
#include "app/api/sdrsclient.h"
#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/options.h"
#include "models/csvexport.h"
#include "models/jsoncodec.h"
#include "models/protectiongroupfields.h"
#include "models/rowwriter.h"
#include "models/safetext.h"
#include "models/vocabulary.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <functional>
#include <optional>

namespace sdrs::cli {

// ---------------------------------------------------------------------------------------------
// groups

namespace {

/// The API's objects, as a JSON array.
WriteResult writeGroupsJson(QIODevice &out, const QList<ProtectionGroup> &groups)
{
    QJsonArray array;
    for (const ProtectionGroup &g : groups)
        array.append(json::toJson(g));
    const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    if (out.write(bytes) != bytes.size())
        return WriteResult::failure(ApiError::Kind::Io, out.errorString());
    return WriteResult::success(groups.size());
}

/// Every field, named as the API names it.
WriteResult writeGroupsCsv(QIODevice &out, const QList<ProtectionGroup> &groups)
{
    const QList<ProtectionGroupField> &fields = protectionGroupFields();
    const csv::Options options;
    RowWriter writer(out, {});
    writer.text() += csv::formatRow(fieldNames(fields), options);
    for (qsizetype i = 0; i < groups.size() && writer.nextRow(); ++i)
        writer.text() += csv::formatRow(fieldTexts(groups.at(i), fields), options);
    return writer.finish();
}

/// The columns an operator scans: id, name, status, counts, last update.
WriteResult writeGroupsTable(QIODevice &out, const QList<ProtectionGroup> &groups,
                             const std::function<bool()> &shouldStop)
{
    static const QList<ProtectionGroupField> fields = protectionGroupFields(
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"),
         QStringLiteral("protected_instance_num"), QStringLiteral("replication_num"),
         QStringLiteral("disaster_recovery_drill_num"), QStringLiteral("updated_at")});
    return writeTable(
        out, fieldNames(fields), true, groups.size(),
        [&](qsizetype row, int column) { return fields.at(column).text(groups.at(row)); },
        [](int) -> qsizetype { return 60; }, shouldStop);
}

/// Lists the groups and writes them; the exit code.
int listAndWrite(Runner &runner, SdrsClient &client, const GroupsRequest &r)
{
    QList<ProtectionGroup> groups;
    if (const int rc = listGroups(runner, client, r.query, groups); rc >= 0)
        return rc;
    return writeOutput(r.output, [&](QIODevice &out, const std::function<bool()> &shouldStop) {
        if (r.format == QStringLiteral("json"))
            return writeGroupsJson(out, groups);
        if (r.format == QStringLiteral("csv"))
            return writeGroupsCsv(out, groups);
        return writeGroupsTable(out, groups, shouldStop);
    });
}

/// What groups does, at the top of its --help.
const char *const groupsDescription =
    QT_TRANSLATE_NOOP("sdrs::cli", "Lists the protection groups: a table (id, name, status, "
                                   "counts, last update), CSV (every field, named as the API "
                                   "names them) or JSON (the API's objects).");

/// The options of groups beyond the common ones.
const QList<OptionSpec> groupsOptions{
    {{QStringLiteral("format")},
     QT_TRANSLATE_NOOP("sdrs::cli", "table (the default), csv or json."),
     QStringLiteral("FORMAT"),
     QStringLiteral("table")},
    {{QStringLiteral("name")},
     QT_TRANSLATE_NOOP("sdrs::cli",
                       "Only groups whose name contains NAME (matched by the service)."),
     QStringLiteral("NAME")},
    {{QStringLiteral("status")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Only groups in STATUS (as the service names it, e.g. "
                                    "available, protected, error)."),
     QStringLiteral("STATUS")},
    {{QStringLiteral("abnormal")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Only groups in an abnormal state (the same as --query-type "
                                    "status_abnormal).")},
    {{QStringLiteral("query-type")},
     QT_TRANSLATE_NOOP("sdrs::cli",
                       "The service's view: status_abnormal, stop_protected (protection stopped), "
                       "period_no_dr_drill (no DR drill for three months) or general."),
     QStringLiteral("TYPE")},
    {{QStringLiteral("availability-zone")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Only groups whose current production site is in ZONE."),
     QStringLiteral("ZONE")},
    {{QStringLiteral("o"), QStringLiteral("output")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Write to FILE instead of standard output."),
     QStringLiteral("FILE")},
};

/// The options of groups into `r`; empty when they fit, else the usage error.
QString parseGroupsOptions(const QCommandLineParser &parser, GroupsRequest &r)
{
    const QStringList &queryTypes = groupQueryTypes();
    if (parser.isSet(QStringLiteral("abnormal")) && parser.isSet(QStringLiteral("query-type")))
        return Text::tr("--abnormal and --query-type cannot be combined");
    if (parser.isSet(QStringLiteral("query-type")) &&
        !queryTypes.contains(parser.value(QStringLiteral("query-type"))))
        return Text::tr("--query-type must be one of %1, not \"%2\"")
            .arg(queryTypes.join(QStringLiteral(", ")), parser.value(QStringLiteral("query-type")));
    r.format = parser.value(QStringLiteral("format")).toLower();
    if (r.format != QStringLiteral("table") && r.format != QStringLiteral("csv") &&
        r.format != QStringLiteral("json"))
        return Text::tr("--format must be table, csv or json, not \"%1\"")
            .arg(parser.value(QStringLiteral("format")));
    r.output = parser.value(QStringLiteral("output"));
    r.query.name = parser.value(QStringLiteral("name"));
    r.query.status = parser.value(QStringLiteral("status"));
    r.query.queryType = parser.isSet(QStringLiteral("abnormal"))
                            ? QStringLiteral("status_abnormal")
                            : parser.value(QStringLiteral("query-type"));
    r.query.availabilityZone = parser.value(QStringLiteral("availability-zone"));
    return {};
}

} // namespace

Result<GroupsRequest> parseGroups(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("groups"), groupsDescription, groupsOptions);
    return command.parse<GroupsRequest>(arguments, [&](GroupsRequest &r) {
        const QString problem = command.unexpectedArguments();
        return problem.isEmpty() ? parseGroupsOptions(command.parser, r) : problem;
    });
}

int runGroups(Runner &runner, const QStringList &arguments)
{
    return runCommand(runner, parseGroups(arguments), listAndWrite);
}

} // namespace sdrs::cli
