// `sdrs-failures history`: the local record of the connection's failed tasks, gone ones and
// notes included, as CSV, JSON or a table. Reads only the history file: no request is sent.
#include "app/cli/clihistory.h"
#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/options.h"
#include "models/csvexport.h"
#include "models/historycsv.h"

#include <QCommandLineParser>

namespace sdrs::cli {

namespace {

const char *const historyDescription = QT_TRANSLATE_NOOP(
    "sdrs::cli",
    "Writes the local history of the connection: every failed task this program has read (by "
    "the window or by a command that reads failed tasks, unless --no-history), with its fields "
    "as last read and first_seen, last_seen, gone_at (when a complete reading of its scope no "
    "longer listed it), deleted_here (when this program deleted it), acknowledged_at and note. "
    "Times are ISO 8601 UTC; empty when not known. Sends no request.");

const QList<OptionSpec> historyOptions =
    rowOutputOptions() + QList<OptionSpec>{
                             {{QStringLiteral("gone-only")},
                              QT_TRANSLATE_NOOP("sdrs::cli", "Only the tasks that are gone.")},
                         };

/// The task fields of the history: the export's default columns without the group's name, which
/// the history does not keep.
QList<csv::Column> fieldColumns()
{
    QList<csv::Field> fields = csv::defaultFields();
    fields.removeAll(csv::Field::ServerGroupName);
    return csv::columnsNamedByApi(fields);
}

CellGrid grid(const QList<HistoryEntry> &entries, bool goneOnly)
{
    const QList<csv::Column> columns = fieldColumns();
    CellGrid g;
    for (const csv::Column &c : columns)
        g.headers.append(c.header);
    g.headers += csv::annotationColumnNames();
    for (const HistoryEntry &entry : entries) {
        if (goneOnly && !entry.annotation.isGone())
            continue;
        QStringList cells;
        for (const csv::Column &c : columns)
            cells.append(csv::fieldValue(entry.job, c.field, {}));
        cells += csv::annotationCells(entry.annotation);
        g.rows.append(std::move(cells));
    }
    return g;
}

/// Reads the record and writes it; the exit code.
int writeHistory(const HistoryRequest &r, const Connection &connection)
{
    CommonRequest common = r.common;
    common.noHistory = false;
    std::unique_ptr<history::HistoryStore> store = openHistory(common);
    if (!store) {
        printError(Text::tr("history: no history to read"));
        return Failure;
    }
    Result<QList<HistoryEntry>> entries = store->entries(history::connectionKey(connection));
    if (!entries.ok()) {
        printError(entries.error.message);
        return Failure;
    }
    const CellGrid g = grid(entries.value, r.goneOnly);
    return writeOutput(r.output, [&](QIODevice &out, const std::function<bool()> &shouldStop) {
        return writeGrid(out, r.format, g, csv::Options(), shouldStop);
    });
}

} // namespace

Result<HistoryRequest> parseHistory(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("history"), historyDescription, historyOptions);
    const QCommandLineParser &parser = command.parser;
    return command.parse<HistoryRequest>(arguments, [&](HistoryRequest &r) {
        if (QString problem = command.unexpectedArguments(); !problem.isEmpty())
            return problem;
        const QString format = parser.value(QStringLiteral("format")).toLower();
        if (format == QStringLiteral("json"))
            r.format = ExportFormat::Json;
        else if (format == QStringLiteral("table"))
            r.format = ExportFormat::Table;
        else if (format != QStringLiteral("csv"))
            return Text::tr("--format must be csv, json or table, not \"%1\"")
                .arg(parser.value(QStringLiteral("format")));
        if (r.common.noHistory)
            return Text::tr("history: --no-history leaves nothing to read");
        r.output = parser.value(QStringLiteral("output"));
        r.goneOnly = parser.isSet(QStringLiteral("gone-only"));
        return QString();
    });
}

int runHistory(Runner &runner, const QStringList &arguments)
{
    const Result<HistoryRequest> parsed = parseHistory(arguments);
    Setup setup;
    if (const int rc = startCommand(runner, parsed, setup); rc >= 0)
        return rc;
    return writeHistory(parsed.value, setup.connection);
}

} // namespace sdrs::cli
