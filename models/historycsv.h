#pragma once

#include "models/csvexport.h"
#include "models/historyentry.h"

namespace sdrs::csv {

/// The columns the local history adds to an export of the window, after the task's columns:
/// acknowledged_at (ISO 8601 UTC, empty when not acknowledged) and note.
QStringList historyColumnNames();
/// The history's cells of one task, in historyColumnNames()' order.
QStringList historyCells(const HistoryAnnotation &annotation);

/// writeRows() with the history's columns after `columns`, taken from `annotations` by job_id
/// (empty cells for a task the history does not know).
WriteResult writeRowsWithHistory(QIODevice &out, const QList<FailureJob> &jobs,
                                 const QList<Column> &columns,
                                 const QHash<QString, QString> &groupNames,
                                 const HistoryAnnotations &annotations, const Options &options,
                                 const std::function<bool()> &shouldStop = {});

} // namespace sdrs::csv
