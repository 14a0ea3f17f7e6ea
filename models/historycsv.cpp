#include "models/historycsv.h"

#include "models/apitime.h"

namespace sdrs::csv {

QStringList historyColumnNames()
{
    return {QStringLiteral("acknowledged_at"), QStringLiteral("note")};
}

QStringList historyCells(const HistoryAnnotation &annotation)
{
    return {annotation.isAcknowledged() ? formatIsoTime(annotation.acknowledgedAt) : QString(),
            annotation.note};
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
