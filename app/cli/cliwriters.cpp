// Group resolution and the table and JSON writers of the command line.
#include "app/cli/clisupport.h"

#include "app/api/allgroups.h"
#include "app/api/deletes.h"
#include "app/api/sdrsclient.h"
#include "app/api/wiresafety.h"
#include "app/demo.h"
#include "app/profilestore.h"
#include "models/csvexport.h"
#include "models/jobtreemodel.h"
#include "models/jsoncodec.h"
#include "models/rowwriter.h"
#include "models/safefile.h"
#include "models/safetext.h"
#include "models/vocabulary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

namespace sdrs::cli {

// ---------------------------------------------------------------------------------------------
// Protection groups by id or name.

Result<ProtectionGroup> resolveGroup(const QList<ProtectionGroup> &groups, const QString &text)
{
    for (const ProtectionGroup &g : groups) {
        if (g.id == text)
            return Result<ProtectionGroup>::success(g);
    }
    const auto pick = [&](Qt::CaseSensitivity cs) -> std::optional<QList<ProtectionGroup>> {
        QList<ProtectionGroup> fits;
        for (const ProtectionGroup &g : groups) {
            if (g.name.compare(text, cs) == 0)
                fits.append(g);
        }
        if (fits.isEmpty())
            return std::nullopt;
        return fits;
    };
    std::optional<QList<ProtectionGroup>> fits = pick(Qt::CaseSensitive);
    if (!fits)
        fits = pick(Qt::CaseInsensitive);
    if (!fits)
        return usage<ProtectionGroup>(
            Text::tr("no protection group has the id or name \"%1\" (%2 groups listed)")
                .arg(text)
                .arg(groups.size()));
    if (fits->size() > 1) {
        QStringList ids;
        for (const ProtectionGroup &g : std::as_const(*fits))
            ids.append(g.id);
        return usage<ProtectionGroup>(
            Text::tr("the name \"%1\" fits %2 protection groups (%3): give the id")
                .arg(text)
                .arg(fits->size())
                .arg(ids.join(QStringLiteral(", "))));
    }
    return Result<ProtectionGroup>::success(fits->constFirst());
}

// ---------------------------------------------------------------------------------------------
// Writers: table, JSON. (CSV is csv::writeRows.)

/// A cell of a plain-text table: one line, at most `maxWidth` characters.
QString tableCell(QString text, qsizetype maxWidth)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    // No escape sequence from a server reaches the terminal.
    return text::elide(text::printable(text), maxWidth);
}

/// Writes an aligned plain-text table: a header line (unless `headerLine` is false), then `rows`
/// lines of `cell(row, column)`, columns two spaces apart. Reads every cell twice (widths, then
/// text) instead of keeping them.
WriteResult writeTable(QIODevice &out, const QStringList &headers, bool headerLine, qsizetype rows,
                       const std::function<QString(qsizetype, int)> &cell,
                       const std::function<qsizetype(int)> &maxWidth,
                       const std::function<bool()> &shouldStop)
{
    const int columns = int(headers.size());
    QList<qsizetype> widths(columns);
    for (int c = 0; c < columns; ++c)
        widths[c] = headerLine ? headers.at(c).size() : 0;
    for (qsizetype r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c)
            widths[c] = std::max(widths[c], tableCell(cell(r, c), maxWidth(c)).size());
    }
    RowWriter writer(out, shouldStop);
    const auto addLine = [&](const std::function<QString(int)> &text) {
        QString &line = writer.text();
        const qsizetype start = line.size();
        for (int c = 0; c < columns; ++c) {
            const QString t = text(c);
            line += t;
            if (c + 1 < columns)
                line += QString(widths.at(c) - t.size() + 2, u' ');
        }
        while (line.size() > start && line.endsWith(u' '))
            line.chop(1);
        line += u'\n';
    };
    if (headerLine)
        addLine([&](int c) { return headers.at(c); });
    for (qsizetype r = 0; r < rows && writer.nextRow(); ++r)
        addLine([&](int c) { return tableCell(cell(r, c), maxWidth(c)); });
    return writer.finish();
}

/// A JSON array of objects, one a line, each with the columns' headers as keys in column order.
WriteResult writeJsonRows(QIODevice &out, const QList<FailureJob> &jobs,
                          const QList<csv::Column> &columns,
                          const QHash<QString, QString> &groupNames,
                          const std::function<bool()> &shouldStop)
{
    RowWriter writer(out, shouldStop);
    writer.bytes() += '[';
    for (qsizetype i = 0; i < jobs.size() && writer.nextRow(); ++i) {
        QByteArray &chunk = writer.bytes();
        chunk += i == 0 ? "\n{" : ",\n{";
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (c > 0)
                chunk += ", ";
            json::appendQuoted(chunk, columns.at(c).header);
            chunk += ": ";
            json::appendQuoted(chunk, csv::fieldValue(jobs.at(i), columns.at(c).field, groupNames));
        }
        chunk += '}';
    }
    writer.bytes() += jobs.isEmpty() ? "]\n" : "\n]\n";
    return writer.finish();
}

/// Where a command's output goes: standard output (with `-o -` or no -o) or a file written
/// safely. `write` returns a WriteResult for the device it is handed. Returns the exit code.
int writeOutput(const QString &path,
                const std::function<WriteResult(QIODevice &, const std::function<bool()> &)> &write)
{
    const std::function<bool()> shouldStop = [] {
        return g_signal != 0;
    };
    if (path.isEmpty() || path == QStringLiteral("-")) {
        StdoutDevice out;
        const WriteResult r = write(out, shouldStop);
        if (r.error.kind == ApiError::Kind::Cancelled || g_signal != 0)
            return interrupted();
        if (!r.ok()) {
            printError(Text::tr("cannot write to standard output: %1")
                           .arg(r.error.message.isEmpty() ? out.errorString() : r.error.message));
            return OutputError;
        }
        return finishStdout(out);
    }
    const Result<NoContent> written = writeFileSafely(path, [&](QIODevice &out) {
        const WriteResult r = write(out, shouldStop);
        if (r.error.kind == ApiError::Kind::Cancelled || g_signal != 0)
            return Result<NoContent>::failure(ApiError::Kind::Cancelled, {}); // nothing left behind
        if (!r.ok())
            return Result<NoContent>::failure(ApiError::Kind::Io, r.error.message.isEmpty()
                                                                      ? out.errorString()
                                                                      : r.error.message);
        return Result<NoContent>{};
    });
    // A signal that came after the last row was written is too late: the file is complete and in
    // place, and the run succeeded.
    if (written.error.kind == ApiError::Kind::Cancelled)
        return interrupted();
    if (!written.ok()) {
        printError(written.error.message);
        return OutputError;
    }
    return Success;
}

/// Checks before any request that `-o` can be written: a file (not a folder) in a folder that
/// exists and is writable. Returns -1 to go on, else OutputError (the line printed).
int checkOutputPath(const QString &path)
{
    if (path.isEmpty() || path == QStringLiteral("-"))
        return -1;
    const QFileInfo info(path);
    switch (targetOf(path)) {
    case Target::Folder:
        printError(Text::tr("cannot write %1: it is a folder").arg(path));
        return OutputError;
    case Target::Other:
        printError(Text::tr("cannot write %1: it is neither an ordinary file nor a pipe nor a "
                            "character device")
                       .arg(path));
        return OutputError;
    case Target::Stream:
        // A pipe or a device is written as it is (never replaced): its folder does not matter.
        if (!info.isWritable()) {
            printError(Text::tr("cannot write %1: permission denied").arg(path));
            return OutputError;
        }
        return -1;
    case Target::Missing:
    case Target::Regular:
        break;
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        printError((folder.exists() ? Text::tr("cannot write %1: %2 is not a folder")
                                    : Text::tr("cannot write %1: the folder %2 does not exist"))
                       .arg(path, QDir::toNativeSeparators(folder.filePath())));
        return OutputError;
    }
    if (!folder.isWritable()) {
        printError(Text::tr("cannot write %1: the folder %2 is not writable")
                       .arg(path, QDir::toNativeSeparators(folder.filePath())));
        return OutputError;
    }
    return -1;
}

QString formatNumber(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace sdrs::cli
