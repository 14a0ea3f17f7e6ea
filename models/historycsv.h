#pragma once

#include "models/csvexport.h"
#include "models/historyentry.h"

namespace sdrs::csv {

/// Every column the local history knows of a task: first_seen, last_seen, gone_at,
/// deleted_here (the time of the delete), acknowledged_at (times ISO 8601 UTC, empty when not
/// known) and note. `sdrs-failures history` and `export --history-columns` write them.
QStringList annotationColumnNames();
/// The cells of one task, in annotationColumnNames()' order.
QStringList annotationCells(const HistoryAnnotation &annotation);

/// The columns the window's export adds after the task's columns: the last two of
/// annotationColumnNames(), acknowledged_at and note.
QStringList historyColumnNames();
/// The window export's history cells of one task, in historyColumnNames()' order.
QStringList historyCells(const HistoryAnnotation &annotation);

/// writeRows() with the history's columns after `columns`, taken from `annotations` by job_id
/// (empty cells for a task the history does not know).
WriteResult writeRowsWithHistory(QIODevice &out, const QList<FailureJob> &jobs,
                                 const QList<Column> &columns,
                                 const QHash<QString, QString> &groupNames,
                                 const HistoryAnnotations &annotations, const Options &options,
                                 const std::function<bool()> &shouldStop = {});

} // namespace sdrs::csv
