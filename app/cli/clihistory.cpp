#include "app/cli/clihistory.h"

#include "app/cli/clisupport.h"
#include "models/apitime.h"
#include "models/jsoncodec.h"
#include "models/rowwriter.h"

namespace sdrs::cli {

namespace {

void warnUnused(const QString &reason)
{
    //: %1 is the reason, a sentence; --no-history is an option.
    printError(Text::tr("warning: the history is not used: %1 (--no-history: leave it alone)")
                   .arg(reason));
}

} // namespace

std::unique_ptr<history::HistoryStore> openHistory(const CommonRequest &request)
{
    if (request.noHistory || request.demo)
        return nullptr;
    history::OpenReport report;
    Result<std::unique_ptr<history::HistoryStore>> opened =
        history::HistoryStore::open(history::HistoryStore::defaultPath(), &report);
    if (!report.movedAsideTo.isEmpty())
        printError(Text::tr("note: the history file was damaged; it was moved to %1 and a new one "
                            "was started")
                       .arg(report.movedAsideTo));
    if (!opened.ok()) {
        warnUnused(opened.error.message);
        return nullptr;
    }
    return std::move(opened.value);
}

std::optional<history::RecordOutcome> recordReading(const CommonRequest &request,
                                                    const Connection &connection,
                                                    const QList<FailureJob> &rows,
                                                    const QStringList &completeScopes)
{
    std::unique_ptr<history::HistoryStore> store = openHistory(request);
    if (!store)
        return std::nullopt;
    Result<history::RecordOutcome> recorded = store->record(
        history::connectionKey(connection), rows, completeScopes, QDateTime::currentDateTimeUtc());
    if (!recorded.ok()) {
        warnUnused(recorded.error.message);
        return std::nullopt;
    }
    return std::move(recorded.value);
}

std::optional<history::RecordOutcome> recordScope(const CommonRequest &request,
                                                  const Connection &connection,
                                                  const ScopeRequest &scope, const ScopeRows &rows)
{
    return recordReading(request, connection, rows.jobs,
                         scope.since.isValid() ? QStringList() : rows.completeScopes);
}

void recordDeletes(const CommonRequest &request, const Connection &connection,
                   const QList<DeleteOutcome> &outcomes)
{
    QStringList resources;
    QStringList scopes;
    for (const DeleteOutcome &outcome : outcomes) {
        if (outcome.state != DeleteOutcome::State::Deleted)
            continue;
        if (outcome.target.kind == DeleteTarget::Kind::FailedTask)
            resources.append(outcome.target.id);
        else
            scopes.append(outcome.target.id); // the group level's id is empty
    }
    if (resources.isEmpty() && scopes.isEmpty())
        return;
    std::unique_ptr<history::HistoryStore> store = openHistory(request);
    if (!store)
        return;
    const QString key = history::connectionKey(connection);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<int> byResource = store->markResourcesDeleted(key, resources, now);
    const Result<int> byScope = store->markScopesDeleted(key, scopes, now);
    if (!byResource.ok() || !byScope.ok())
        warnUnused(byResource.ok() ? byScope.error.message : byResource.error.message);
}

WriteResult writeGrid(QIODevice &out, ExportFormat format, const CellGrid &g,
                      const csv::Options &options, const std::function<bool()> &shouldStop)
{
    if (format == ExportFormat::Table) {
        return writeTable(
            out, g.headers, options.header, g.rows.size(),
            [&g](qsizetype row, int column) { return g.rows.at(row).at(column); },
            [](int) -> qsizetype { return 48; }, shouldStop);
    }
    RowWriter writer(out, shouldStop);
    if (format == ExportFormat::Csv) {
        if (options.byteOrderMark)
            writer.text() += QChar(0xfeff);
        if (options.header)
            writer.text() += csv::formatRow(g.headers, options);
        for (qsizetype i = 0; i < g.rows.size() && writer.nextRow(); ++i)
            writer.text() += csv::formatRow(g.rows.at(i), options);
        return writer.finish();
    }
    writer.bytes() += '[';
    for (qsizetype i = 0; i < g.rows.size() && writer.nextRow(); ++i) {
        QByteArray &chunk = writer.bytes();
        chunk += i == 0 ? "\n{" : ",\n{";
        for (qsizetype c = 0; c < g.headers.size(); ++c) {
            if (c > 0)
                chunk += ", ";
            json::appendQuoted(chunk, g.headers.at(c));
            chunk += ": ";
            json::appendQuoted(chunk, g.rows.at(i).at(c));
        }
        chunk += '}';
    }
    writer.bytes() += g.rows.isEmpty() ? "]\n" : "\n]\n";
    return writer.finish();
}

} // namespace sdrs::cli
