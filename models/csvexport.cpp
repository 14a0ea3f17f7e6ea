#include "models/csvexport.h"

#include "models/apitime.h"
#include "models/vocabulary.h"

#include <QCoreApplication>
#include <QDir>
#include <QIODevice>
#include <QSaveFile>

#include <sys/stat.h>

namespace sdrs::csv {

namespace {

/// Bytes gathered before they go to the device.
constexpr qsizetype FlushBytes = 1024 * 1024;
/// UTF-16 units gathered before they are converted to UTF-8 (at most 3 bytes each).
constexpr qsizetype ConvertChars = 256 * 1024;
/// Rows written between two questions to `shouldStop`.
constexpr qsizetype StopCheckRows = 256;

/// The translation context of this file's messages.
class CsvText
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::csv)
};

/// A reason as the end of a sentence: trimmed, with a full stop.
QString sentenceEnd(const QString &reason)
{
    QString text = reason.trimmed();
    if (text.isEmpty())
        //: The reason of a failed write when the system gave none.
        text = CsvText::tr("unknown error");
    if (!text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?'))
        text += u'.';
    return text;
}

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

/// Writes all of `data`, or returns false.
bool writeAll(QIODevice &out, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const qint64 written = out.write(data.constData() + done, data.size() - done);
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
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

std::optional<QList<Field>> parseFieldList(QStringView text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QList<Field>> {
        if (error)
            *error = message;
        return std::nullopt;
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
    if (error)
        error->clear();
    return fields;
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
    WriteResult result;
    QByteArray bytes;
    bytes.reserve(FlushBytes + 3 * ConvertChars + 4096);
    QString text;
    text.reserve(ConvertChars + 4096);

    // resize(0), unlike clear(), keeps the buffers' capacity.
    const auto convert = [&] {
        bytes += text.toUtf8();
        text.resize(0);
    };
    const auto flush = [&] {
        convert();
        const bool written = writeAll(out, bytes);
        bytes.resize(0);
        if (!written) {
            result.error = out.errorString();
            if (result.error.isEmpty())
                result.error = CsvText::tr("The data could not be written.");
        }
        return written;
    };

    if (options.byteOrderMark)
        bytes += QByteArrayView("\xEF\xBB\xBF");
    if (options.header)
        appendHeader(text, columns, options);

    for (qsizetype i = 0; i < jobs.size(); ++i) {
        if (i % StopCheckRows == 0 && shouldStop && shouldStop()) {
            result.cancelled = true;
            return result;
        }
        appendJob(text, jobs[i], columns, groupNames, options);
        ++result.rows;
        if (text.size() >= ConvertChars) {
            convert();
            if (bytes.size() >= FlushBytes && !flush())
                return result;
        }
    }
    if (!flush())
        return result;
    result.ok = true;
    return result;
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

Target targetOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Target::Missing;
    if (S_ISREG(st.st_mode))
        return Target::Regular;
    if (S_ISDIR(st.st_mode))
        return Target::Folder;
    if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))
        return Target::Stream;
    return Target::Other;
}

namespace {

/// Writes to a pipe or a character device as it is: there is nothing to replace safely.
QString writeStream(const QString &path, const QString &shown,
                    const std::function<bool(QIODevice &out, QString *error)> &write)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        //: %1 is a file path, %2 the reason (a sentence).
        return CsvText::tr("Cannot write \"%1\": %2").arg(shown, sentenceEnd(file.errorString()));
    QString error;
    const bool ok = write(file, &error);
    if (ok && file.error() == QFileDevice::NoError)
        return {};
    if (error.isEmpty() && !ok)
        //: %1 is a pipe or a device (not an ordinary file), written directly.
        return CsvText::tr("Writing \"%1\" was cancelled; what was already written to it stays "
                           "(it is not an ordinary file).")
            .arg(shown);
    if (error.isEmpty())
        error = file.errorString();
    //: %1 is a pipe or a device (not an ordinary file), %2 the reason (a sentence).
    return CsvText::tr("Cannot write \"%1\": %2 What was already written to it stays (it is not "
                       "an ordinary file).")
        .arg(shown, sentenceEnd(error));
}

} // namespace

QString writeFileSafely(const QString &path,
                        const std::function<bool(QIODevice &out, QString *error)> &write)
{
    const QString shown = QDir::toNativeSeparators(path);
    switch (targetOf(path)) {
    case Target::Missing:
    case Target::Regular:
        break;
    case Target::Stream:
        return writeStream(path, shown, write);
    case Target::Folder:
        //: %1 is a path.
        return CsvText::tr("Cannot write \"%1\": it is a folder.").arg(shown);
    case Target::Other:
        //: %1 is a path that is a block device or a socket.
        return CsvText::tr("Cannot write \"%1\": it is neither an ordinary file nor a pipe nor a "
                           "character device; nothing was written.")
            .arg(shown);
    }
    QSaveFile file(path);
    // Never write in place: a failure must leave an existing file as it was.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        //: %1 is a file path, %2 the reason (a sentence).
        return CsvText::tr("Cannot write \"%1\": %2").arg(shown, sentenceEnd(file.errorString()));

    QString error;
    if (!write(file, &error)) {
        file.cancelWriting();
        if (error.isEmpty())
            //: %1 is a file path.
            return CsvText::tr("Writing \"%1\" was cancelled; nothing was saved.").arg(shown);
        //: %1 is a file path, %2 the reason (a sentence).
        return CsvText::tr("Cannot write \"%1\": %2").arg(shown, sentenceEnd(error));
    }
    if (!file.commit())
        //: %1 is a file path, %2 the reason (a sentence).
        return CsvText::tr("Cannot write \"%1\": %2").arg(shown, sentenceEnd(file.errorString()));
    return {};
}

} // namespace sdrs::csv
