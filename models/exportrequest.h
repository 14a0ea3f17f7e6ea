#pragma once

#include "models/browserfilter.h"
#include "models/csvexport.h"
#include "models/failurejob.h"
#include "models/historyentry.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sdrs {

/// What an export writes, as chosen in the export dialog.
struct ExportOptions
{
    enum class Rows {
        Selected, ///< the rows selected in the table
        Shown,    ///< every row that passes the quick filter (all pages held here)
        AllPages, ///< every page of the current query, fetched from the service for the export
    };
    Rows rows = Rows::Shown;
    bool allFields = false;        ///< every field under its API name; else the visible columns
    bool byteOrderMark = false;    ///< UTF-8 BOM for Excel
    bool localTimeColumn = false;  ///< an extra column with the begin time in local time
    bool historyColumns = false;   ///< acknowledged_at and note columns from the local history
    QString path;                  ///< absolute
    bool replaceConfirmed = false; ///< the file existed and the user agreed to replace it
};

/// An export the user asked for: the rows (for Selected and Shown; empty for AllPages, which the
/// controller fetches for `filter`), the columns and where to write them.
struct ExportJob
{
    ExportOptions options;
    QList<FailureJob> rows;
    QList<csv::Column> columns;
    BrowserFilter filter;
    QHash<QString, QString> groupNames; ///< group id -> name, as listed
    HistoryAnnotations annotations;     ///< for historyColumns: what the history knows, by job_id
};

} // namespace sdrs
