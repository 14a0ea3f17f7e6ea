// The command line's use of the local history (app/history): commands that read failed tasks
// record them, delete records what it deleted, and `history` writes the record out. With
// --no-history or --demo the user's history is left alone; a history that cannot be opened is a
// warning on stderr, never a failure of the command.
#pragma once

#include "app/api/deletes.h"
#include "app/cli/commands.h"
#include "app/cli/scopereading.h"
#include "app/history/historystore.h"
#include "models/connection.h"
#include "models/failurejob.h"

#include <QIODevice>

#include <functional>
#include <memory>

namespace sdrs::cli {

/// The user's history for this command; nullptr with --no-history or --demo, or when it cannot
/// be opened (then a warning is printed). A damaged file moved aside is a note on stderr.
std::unique_ptr<history::HistoryStore> openHistory(const CommonRequest &request);

/// Records the rows a command read; `completeScopes` as HistoryStore::record. A failure is a
/// warning on stderr. Returns the outcome when it was recorded.
std::optional<history::RecordOutcome> recordReading(const CommonRequest &request,
                                                    const Connection &connection,
                                                    const QList<FailureJob> &rows,
                                                    const QStringList &completeScopes);

/// Records what a reading command (export, summary, check) read: the scopes `rows` read
/// completely count as complete only without --since (a time filter narrows the reading too).
/// The outcome's newJobIds (empty when baseline) are the tasks no earlier reading, by a command
/// or the window, had listed: what `check --new` counts.
std::optional<history::RecordOutcome> recordScope(const CommonRequest &request,
                                                  const Connection &connection,
                                                  const ScopeRequest &scope, const ScopeRows &rows);

/// Records what a delete removed (deleted, or already gone).
void recordDeletes(const CommonRequest &request, const Connection &connection,
                   const QList<DeleteOutcome> &outcomes);

/// Rows of text cells under headers, written as CSV (`options`), JSON (an array of objects keyed
/// by the headers) or a table: what `history` and `export --history-columns` write.
struct CellGrid
{
    QStringList headers;
    QList<QStringList> rows;
};
WriteResult writeGrid(QIODevice &out, ExportFormat format, const CellGrid &grid,
                      const csv::Options &options, const std::function<bool()> &shouldStop);

} // namespace sdrs::cli
