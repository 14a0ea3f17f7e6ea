#pragma once

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
    QString path;                  ///< absolute
    bool replaceConfirmed = false; ///< the file existed and the user agreed to replace it
};

} // namespace sdrs
