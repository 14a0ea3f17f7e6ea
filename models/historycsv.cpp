#include "models/historycsv.h"

#include "models/apitime.h"

namespace sdrs::csv {

namespace {

/// The window's export takes the acknowledgement and the note, the last of the columns.
constexpr qsizetype WindowColumns = 2;

} // namespace

QStringList annotationColumnNames()
{
    return {QStringLiteral("first_seen"),      QStringLiteral("last_seen"),
            QStringLiteral("gone_at"),         QStringLiteral("deleted_here"),
            QStringLiteral("acknowledged_at"), QStringLiteral("note")};
}

QStringList annotationCells(const HistoryAnnotation &a)
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? formatIsoTime(t) : QString();
    };
    return {time(a.firstSeen), time(a.lastSeen),       time(a.goneAt),
            time(a.deletedAt), time(a.acknowledgedAt), a.note};
}

QStringList historyColumnNames()
{
    return annotationColumnNames().last(WindowColumns);
}

QStringList historyCells(const HistoryAnnotation &annotation)
{
    return annotationCells(annotation).last(WindowColumns);
}

WriteResult writeRowsWithHistory(QIODevice &out, const QList<FailureJob> &jobs,
                                 const QList<Column> &columns,
                                 const QHash<QString, QString> &groupNames,
                                 const HistoryAnnotations &annotations, const Options &options,
                                 const std::function<bool()> &shouldStop)
{
    RowWriter writer(out, shouldStop);
    if (options.byteOrderMark)
        writer.bytes() += QByteArrayView("\xEF\xBB\xBF");
    if (options.header) {
        QStringList headers;
        for (const Column &column : columns)
            headers.append(column.header);
        writer.text() += formatRow(headers + historyColumnNames(), options);
    }
    const HistoryAnnotation unknown;
    for (const FailureJob &job : jobs) {
        if (!writer.nextRow())
            break;
        QStringList cells;
        cells.reserve(columns.size() + 2);
        for (const Column &column : columns)
            cells.append(cellValue(job, column, groupNames));
        const auto it = annotations.constFind(job.jobId);
        cells += historyCells(it != annotations.cend() ? it.value() : unknown);
        writer.text() += formatRow(cells, options);
    }
    return writer.finish();
}

} // namespace sdrs::csv
