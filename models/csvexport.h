#pragma once

#include "models/failurejob.h"
#include "models/failurejobfields.h"
#include "models/rowwriter.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace sdrs::csv {

/// A value of a failed task that can be exported. begin_time is written as ISO 8601 UTC
/// `yyyy-MM-ddTHH:mm:ss.zzzZ` (as received when it could not be parsed), begin_time_local as ISO
/// 8601 local time with its offset.
using Field = FailureJobField;

/// The API's name of a field ("job_id", ..., "begin_time_local", "server_group_name").
QString fieldName(Field field);
/// The field of an API name (exact, case-sensitive), or nullopt.
std::optional<Field> fieldFromName(QStringView name);
/// The command line's default columns, in this order: job_id, job_type, job_status,
/// failure_status, resource_type, resource_id, resource_name, begin_time, error_code,
/// fail_reason, server_group_id, server_group_name.
QList<Field> defaultFields();
/// Every field: the default ones with begin_time_local after begin_time.
QList<Field> allFields();
/// Parses a `--columns` list ("job_id,resource_name"; spaces around names allowed). Fails with
/// Kind::Invalid and a sentence naming the unknown field, or an empty list.
Result<QList<Field>> parseFieldList(QStringView text);

/// The text of one field of a row. `groupNames` maps a group id to its name (for
/// ServerGroupName); a missing id gives an empty name.
QString fieldValue(const FailureJob &job, Field field, const QHash<QString, QString> &groupNames);

/// A column of an export: the text of its header cell and the field it holds.
struct Column
{
    QString header;
    Field field;
    /// Values as the window's table shows them: codes in words (failure_status, resource_type
    /// and job_type: "Add NIC" for addNicNew), a group's id for its name when the group is not
    /// listed; false: the API's value.
    bool inWords = false;
};

/// The text of one cell: fieldValue(), or for a column `inWords` the translated name.
QString cellValue(const FailureJob &job, const Column &column,
                  const QHash<QString, QString> &groupNames);
/// Columns headed by the API's field names.
QList<Column> columnsNamedByApi(const QList<Field> &fields);

/// Prefixes `'` so that a spreadsheet shows the text instead of running it as a formula (CSV
/// injection, after OWASP and ASVS 5.0 1.2.10): when it starts with TAB, CR, LF or NUL, or with
/// `=`, `+`, `-`, `@` (or their full-width and small forms `＝＋－＠﹦﹢﹣﹫`), also after any
/// leading white space (space, NBSP, VT, FF, ...) and invisible characters (zero-width space,
/// byte order mark). Anything else is returned unchanged.
QString neutraliseFormula(const QString &text);

/// RFC 4180: the text as it is when it has no separator, `,`, `;`, quote, CR or LF; otherwise in
/// double quotes with each quote doubled. (`;` because Excel splits on it in many locales.)
QString quoteCell(const QString &text, QChar separator = u',');

/// How rows are written.
struct Options
{
    QChar separator = u',';                   ///< ',' for CSV, '\t' for the clipboard's TSV
    QString lineEnd = QStringLiteral("\r\n"); ///< RFC 4180 uses CRLF; the clipboard uses "\n"
    bool byteOrderMark = false;               ///< UTF-8 BOM first, for Excel
    bool header = true;                       ///< a first row of the columns' headers
    bool neutraliseFormulas = true;
};

/// One row, quoted and neutralised, ending in `lineEnd`.
QString formatRow(const QStringList &cells, const Options &options);

/// Writes a whole table of rows as UTF-8 to `out`. `shouldStop` (may be empty) is asked every
/// few hundred rows; when it returns true, writing stops and the result is Kind::Cancelled.
WriteResult writeRows(QIODevice &out, const QList<FailureJob> &jobs, const QList<Column> &columns,
                      const QHash<QString, QString> &groupNames, const Options &options,
                      const std::function<bool()> &shouldStop = {});

/// The rows as one string (for the clipboard): header then rows, nothing neutralised when
/// options say so.
QString formatTable(const QList<FailureJob> &jobs, const QList<Column> &columns,
                    const QHash<QString, QString> &groupNames, const Options &options);

} // namespace sdrs::csv
