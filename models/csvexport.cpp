#include "models/csvexport.h"

#include "models/apitime.h"
#include "models/vocabulary.h"

#include <QCoreApplication>
#include <QIODevice>

namespace sdrs::csv {

namespace {

/// The translation context of this file's messages.
class CsvText
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::csv)
};

/// A character a spreadsheet may read as the start of a formula, also in its full-width and
/// small forms (some spreadsheets fold them to ASCII).
bool isFormulaCharacter(char16_t c)
{
    switch (c) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\uFF1D': // ＝
    case u'\uFF0B': // ＋
    case u'\uFF0D': // －
    case u'\uFF20': // ＠
    case u'\uFE66': // ﹦
    case u'\uFE62': // ﹢
    case u'\uFE63': // ﹣
    case u'\uFE6B': // ﹫
        return true;
    default:
        return false;
    }
}

/// A character that may come before a formula and be skipped by a spreadsheet: white space of
/// any kind, invisible format characters (zero-width space, byte order mark) and NUL.
bool isSkippable(QChar c)
{
    return c.unicode() == 0 || c.isSpace() || c.category() == QChar::Other_Format ||
           c.unicode() == 0x200B;
}

/// OWASP's CSV-injection guidance and ASVS 5.0 (1.2.10): a cell that starts with a formula
/// character, or with one after leading white space or invisible characters, or that starts with
/// TAB, CR, LF or NUL, could be run by a spreadsheet.
bool startsFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'\t':
    case u'\r':
    case u'\n':
    case 0:
        return true;
    default:
        break;
    }
    for (const QChar c : text) {
        if (isFormulaCharacter(c.unicode()))
            return true;
        if (!isSkippable(c))
            return false;
    }
    return false;
}

/// RFC 4180 quoting, and also for `;` and `,` whatever the separator: Excel in many locales splits
/// on `;`, and an unquoted `x;=1+1` would give a cell that starts with `=`.
bool needsQuotes(QStringView text, QChar separator)
{
    const char16_t sep = separator.unicode();
    for (const char16_t *c = text.utf16(), *end = c + text.size(); c != end; ++c) {
        // Every special character is below '<' except an unusual separator.
        if ((*c <= u';' || *c == sep) &&
            (*c == sep || *c == u'"' || *c == u'\r' || *c == u'\n' || *c == u',' || *c == u';'))
            return true;
    }
    return false;
}

/// Appends one cell, neutralised when asked, then quoted when needed, without temporaries.
void appendCell(QString &out, QStringView text, QChar separator, bool neutralise)
{
    const bool prefix = neutralise && startsFormula(text);
    const bool quote = needsQuotes(text, separator);
    if (quote)
        out += u'"';
    if (prefix)
        out += u'\'';
    if (!quote) {
        out += text;
        return;
    }
    qsizetype start = 0;
    for (qsizetype at = text.indexOf(u'"'); at >= 0; at = text.indexOf(u'"', start)) {
        out += text.mid(start, at + 1 - start); // up to and including the quote
        out += u'"';
        start = at + 1;
    }
    out += text.mid(start);
    out += u'"';
}

void appendHeader(QString &out, const QList<Column> &columns, const Options &options)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out += options.separator;
        appendCell(out, columns[i].header, options.separator, false);
    }
    out += options.lineEnd;
}

void appendJob(QString &out, const FailureJob &job, const QList<Column> &columns,
               const QHash<QString, QString> &groupNames, const Options &options)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out += options.separator;
        appendCell(out, cellValue(job, columns[i], groupNames), options.separator,
                   options.neutraliseFormulas);
    }
    out += options.lineEnd;
}

} // namespace

QString fieldName(Field field)
{
    return fieldInfo(field).name;
}

std::optional<Field> fieldFromName(QStringView name)
{
    for (const Field field : allFields()) {
        if (name == fieldName(field))
            return field;
    }
    return std::nullopt;
}

QList<Field> defaultFields()
{
    QList<Field> fields = allFields();
    fields.removeOne(Field::BeginTimeLocal);
    return fields;
}

QList<Field> allFields()
{
    QList<Field> fields;
    for (const FailureJobFieldInfo &info : failureJobFields())
        fields += info.field;
    return fields;
}

Result<QList<Field>> parseFieldList(QStringView text)
{
    const auto fail = [](const QString &message) {
        return Result<QList<Field>>::failure(ApiError::Kind::Invalid, message);
    };
    const auto validNames = [] {
        QStringList names;
        for (const Field field : allFields())
            names += fieldName(field);
        return names.join(QLatin1StringView(", "));
    };

    if (text.trimmed().isEmpty())
        //: %1 lists the valid column names (API field names, not translated).
        return fail(
            CsvText::tr("The list of columns is empty; the columns are: %1.").arg(validNames()));

    QList<Field> fields;
    for (const QStringView part : text.split(u',')) {
        const QStringView name = part.trimmed();
        if (name.isEmpty())
            //: %1 is the list of columns as given, %2 lists the valid column names.
            return fail(
                CsvText::tr("The list of columns \"%1\" has an empty name; the columns are: %2.")
                    .arg(text.toString(), validNames()));
        const std::optional<Field> field = fieldFromName(name);
        if (!field)
            //: %1 is the unknown name, %2 lists the valid column names.
            return fail(CsvText::tr("There is no column named \"%1\"; the columns are: %2.")
                            .arg(name.toString(), validNames()));
        fields += *field;
    }
    return Result<QList<Field>>::success(fields);
}

QString cellValue(const FailureJob &job, const Column &column,
                  const QHash<QString, QString> &groupNames)
{
    if (column.inWords) {
        switch (column.field) {
        case Field::FailureStatus:
            return failureStatusName(job.failureStatus);
        case Field::ResourceType:
            return resourceTypeName(job.resourceType);
        case Field::JobType:
            return jobTypeName(job.jobType);
        case Field::ServerGroupName:
            // As the table's Protection group column: the id of a group not listed.
            return groupNames.value(job.serverGroupId, job.serverGroupId);
        default:
            break;
        }
    }
    return fieldValue(job, column.field, groupNames);
}

QString fieldValue(const FailureJob &job, Field field, const QHash<QString, QString> &groupNames)
{
    switch (field) {
    case Field::BeginTime:
        return job.beginTime.isValid() ? formatIsoTime(job.beginTime) : job.beginTimeText;
    case Field::BeginTimeLocal:
        return formatLocalIsoTime(job.beginTime);
    case Field::ServerGroupName:
        return job.serverGroupId.isEmpty() ? QString() : groupNames.value(job.serverGroupId);
    default:
        return job.*fieldInfo(field).member;
    }
}

QList<Column> columnsNamedByApi(const QList<Field> &fields)
{
    QList<Column> columns;
    columns.reserve(fields.size());
    for (const Field field : fields)
        columns += Column{fieldName(field), field};
    return columns;
}

QString neutraliseFormula(const QString &text)
{
    if (!startsFormula(text))
        return text;
    return QString(u'\'') + text;
}

QString quoteCell(const QString &text, QChar separator)
{
    if (!needsQuotes(text, separator))
        return text;
    QString quoted;
    appendCell(quoted, text, separator, false);
    return quoted;
}

QString formatRow(const QStringList &cells, const Options &options)
{
    QString row;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            row += options.separator;
        appendCell(row, cells[i], options.separator, options.neutraliseFormulas);
    }
    row += options.lineEnd;
    return row;
}

WriteResult writeRows(QIODevice &out, const QList<FailureJob> &jobs, const QList<Column> &columns,
                      const QHash<QString, QString> &groupNames, const Options &options,
                      const std::function<bool()> &shouldStop)
{
    RowWriter writer(out, shouldStop);
    if (options.byteOrderMark)
        writer.bytes() += QByteArrayView("\xEF\xBB\xBF");
    if (options.header)
        appendHeader(writer.text(), columns, options);
    for (const FailureJob &job : jobs) {
        if (!writer.nextRow())
            break;
        appendJob(writer.text(), job, columns, groupNames, options);
    }
    return writer.finish();
}

QString formatTable(const QList<FailureJob> &jobs, const QList<Column> &columns,
                    const QHash<QString, QString> &groupNames, const Options &options)
{
    QString table;
    if (options.byteOrderMark)
        table += QChar(0xFEFF);
    if (options.header)
        appendHeader(table, columns, options);
    for (const FailureJob &job : jobs)
        appendJob(table, job, columns, groupNames, options);
    return table;
}

} // namespace sdrs::csv
