// `sdrs-failures groups`: the protection groups.
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
#include "models/protectiongroupfields.h"
#include "models/rowwriter.h"
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

} // namespace

int runGroups(Runner &runner, const QStringList &arguments)
{
    const QString command = QStringLiteral("groups");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Lists the protection groups: a table (id, name, status, counts, last update), "
                 "CSV (every field, named as the API names them) or JSON (the API's objects).") +
        u'\n' + u'\n' + connectionText() + u'\n' + u'\n' + exitCodesText());
    const CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("table (the default), csv or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Text::tr("Only groups whose name contains NAME (matched by "
                                           "the service)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    Text::tr("Only groups in STATUS (as the service names it, "
                                             "e.g. available, protected, error)."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption abnormal(QStringLiteral("abnormal"),
                                      Text::tr("Only groups in an abnormal state (the same as "
                                               "--query-type status_abnormal)."));
    const QCommandLineOption queryType(
        QStringLiteral("query-type"),
        Text::tr("The service's view: status_abnormal, stop_protected (protection stopped), "
                 "period_no_dr_drill (no DR drill for three months) or general."),
        QStringLiteral("TYPE"));
    const QCommandLineOption zone(QStringLiteral("availability-zone"),
                                  Text::tr("Only groups whose current production site is in "
                                           "ZONE."),
                                  QStringLiteral("ZONE"));
    parser.addOptions({format, name, status, abnormal, queryType, zone, output});
    if (const int rc = parseCommand(parser, common, arguments, command); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("groups: unexpected argument \"%1\" (see sdrs-failures groups "
                                   "--help)")
                              .arg(parser.positionalArguments().constFirst()));
    const QStringList &queryTypes = groupQueryTypes();
    if (parser.isSet(abnormal) && parser.isSet(queryType))
        return usageError(Text::tr("--abnormal and --query-type cannot be combined"));
    if (parser.isSet(queryType) && !queryTypes.contains(parser.value(queryType)))
        return usageError(Text::tr("--query-type must be one of %1, not \"%2\"")
                              .arg(queryTypes.join(QStringLiteral(", ")), parser.value(queryType)));
    const QString fmt = parser.value(format).toLower();
    if (fmt != QStringLiteral("table") && fmt != QStringLiteral("csv") &&
        fmt != QStringLiteral("json"))
        return usageError(
            Text::tr("--format must be table, csv or json, not \"%1\"").arg(parser.value(format)));
    const QString path = parser.value(output);
    if (const int rc = checkOutputPath(path); rc >= 0)
        return rc;

    Setup setup;
    if (const int rc = setUpConnection(runner, parser, common, setup); rc >= 0)
        return rc;
    SdrsClient client(setup.connection);
    GroupQuery query;
    query.name = parser.value(name);
    query.status = parser.value(status);
    query.queryType =
        parser.isSet(abnormal) ? QStringLiteral("status_abnormal") : parser.value(queryType);
    query.availabilityZone = parser.value(zone);
    const Result<ProtectionGroupPage> listed =
        runner.await<ProtectionGroupPage>([&](QObject *context, auto done) {
            return client.listAllProtectionGroups(query, context, std::move(done));
        });
    if (!listed.ok())
        return callFailed(Text::tr("cannot list the protection groups"), listed.error);
    const QList<ProtectionGroup> &groups = listed.value.groups;

    return writeOutput(path, [&](QIODevice &out, const std::function<bool()> &shouldStop) {
        if (fmt == QStringLiteral("json"))
            return writeGroupsJson(out, groups);
        if (fmt == QStringLiteral("csv"))
            return writeGroupsCsv(out, groups);
        return writeGroupsTable(out, groups, shouldStop);
    });
}

} // namespace sdrs::cli
