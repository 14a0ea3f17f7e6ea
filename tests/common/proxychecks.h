#pragma once

// Checks of the in-memory proxies against the obvious, slow answer.

#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "models/pageproxy.h"

#include <QTest>

#include <algorithm>

namespace sdrs::test {

inline bool bruteForceMatch(const QStringList &fields, const QString &query)
{
    return std::any_of(fields.cbegin(), fields.cend(), [&query](const QString &field) {
        return field.contains(query, Qt::CaseInsensitive);
    });
}

/// The source rows whose fields match `query` (all rows for an empty one).
inline QList<int> bruteForceRows(const QList<QStringList> &fields, const QString &query)
{
    QList<int> rows;
    for (int row = 0; row < fields.size(); ++row) {
        if (query.isEmpty() || bruteForceMatch(fields.at(row), query))
            rows << row;
    }
    return rows;
}

/// The source rows of the proxy's rows, in order.
inline QList<int> sourceRows(const FailureJobFilterProxy &proxy)
{
    QList<int> rows;
    rows.reserve(proxy.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows << proxy.mapToSource(proxy.index(row, 0)).row();
    return rows;
}

/// Checks that the page shows exactly rows [page * size, ...) of the proxy.
inline void checkSlice(const PageProxy &page, const QAbstractItemModel &proxy)
{
    const int size = page.pageSize();
    const int first = size == 0 ? 0 : page.page() * size;
    const int expected = size == 0 ? proxy.rowCount() : qBound(0, proxy.rowCount() - first, size);
    QCOMPARE(page.rowCount(), expected);
    QVERIFY(page.page() >= 0 && page.page() < page.pageCount());
    for (int row = 0; row < page.rowCount(); ++row) {
        const QModelIndex source = page.mapToSource(page.index(row, 0));
        QCOMPARE(source.row(), first + row);
        QCOMPARE(page.index(row, FailureJobModel::JobId).data(),
                 proxy.index(first + row, FailureJobModel::JobId).data());
    }
}

} // namespace sdrs::test
