#pragma once

#include "models/flatproxy.h"
#include "models/overviewfacet.h"

#include <QBitArray>
#include <QDateTime>
#include <QList>

#include <limits>

namespace sdrs {

class FailureJobModel;

/// Sorts and filters the failed-task model in memory: the quick text filter (case-insensitive,
/// over every column including the whole fail reason and the error code) and, for "All
/// protection groups" where the server filters cannot be used per page, exact status/type
/// filters. Sorting follows FailureJobModel::SortRole, read straight from the jobs: times by
/// milliseconds (invalid first), the status and type columns by the readable name they show,
/// other columns by their text, case-insensitively; equal keys keep the source order (in both
/// directions).
///
/// Built for 100,000 rows, so not a QSortFilterProxyModel (which re-sorts the visible rows on every
/// filter change): the source rows are sorted once per sort column and source change, a filter
/// change is one linear pass over that order inside one layout change, and typing a longer query
/// only searches the rows the shorter one kept. A source reset or row change is a reset here.
class FailureJobFilterProxy final : public FlatProxy
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureJobFilterProxy)

public:
    explicit FailureJobFilterProxy(QObject *parent = nullptr);

    /// The source should be a FailureJobModel; any other model is passed through unfiltered and
    /// unsorted.
    void setSourceModel(QAbstractItemModel *model) override;

    /// Rows whose search text, or whose protection group's name (FailureJobModel::groupNames()),
    /// contains `text` (case-insensitive; surrounding blanks ignored).
    /// Empty: every row.
    void setQuickFilter(const QString &text);
    QString quickFilter() const { return m_quick; }

    /// Exact failure_status to keep; empty: every status.
    void setFailureStatus(const QString &status);
    QString failureStatus() const { return m_status; }
    /// Exact resource_type to keep; empty: every type. "protectedInstance" (the singular spelling
    /// of the API's example rows) counts as "protected_instances", both ways.
    void setResourceType(const QString &type);
    QString resourceType() const { return m_type; }

    /// Hides the rows acknowledged in the local history (FailureJobModel::isAcknowledged()).
    void setHideAcknowledged(bool hide);
    bool hidesAcknowledged() const { return m_hideAcknowledged; }
    /// The Overview's facets (error code, group, resource, job type, day): rows must match every
    /// one. Empty: every row.
    void setFacets(const QList<OverviewFacet> &facets);
    const QList<OverviewFacet> &facets() const { return m_facets; }

    /// The source rows shown, in the order shown (every row that passes the filters).
    const QList<int> &acceptedRows() const { return m_proxyToSource; }
    /// Rows that began from `from` to `to`, both kept (an invalid end is open); with either end
    /// set, rows without a valid begin time are left out. Both invalid: every row.
    void setBeginTimeRange(const QDateTime &from, const QDateTime &to);
    bool hasBeginTimeRange() const { return m_ranged; }

    /// Sorts every row by `column` (FailureJobModel::Column); -1 restores the source order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    /// Whether the status, type, facet and quick filters keep a source row.
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const;

private:
    /// The source rows one case-folded query keeps.
    struct QuickMatch
    {
        QString needle;
        QBitArray rows;
        qsizetype count = 0;
    };

    /// Connects the source's row, layout and data changes (and the shared ones).
    void connectRows(QAbstractItemModel *model);
    int sourceRows() const;
    /// Forgets everything computed from the source's data.
    void dropCaches();
    /// The rows `needle` keeps: from the cache, by narrowing a cached shorter query's rows, or by
    /// searching every row.
    QuickMatch match(const QString &needle) const;
    void ensureMatches();
    void ensureOrder();
    /// Dense ranks of the source rows by `column`'s sort key (equal keys, equal ranks).
    QList<int> ranks(int column) const;
    /// Recomputes which rows show, in which order (no signals).
    void computeRows();
    /// computeRows() inside one layout change, keeping persistent indexes on their rows.
    void relayout(QAbstractItemModel::LayoutChangeHint hint);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    FailureJobModel *m_jobs = nullptr;
    QString m_quick;
    QString m_needle; ///< m_quick case-folded
    QString m_status;
    QString m_type;
    QString m_typeKey;     ///< m_type with the singular spelling mapped to the plural
    bool m_hideAcknowledged = false;
    bool m_ranged = false; ///< a begin-time range is set: m_fromMs..m_toMs
    qint64 m_fromMs = std::numeric_limits<qint64>::min();
    qint64 m_toMs = std::numeric_limits<qint64>::max();
    QList<OverviewFacet> m_facets;
    /// m_matches.first() is the current needle's (when there is one); the rest recent ones, for
    /// typing on and deleting back.
    QList<QuickMatch> m_matches;
    bool m_matchesDirty = true;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    /// Every source row in sort order, and the column m_ranks were computed for.
    QList<int> m_order;
    bool m_orderDirty = true;
    QList<int> m_ranks;
    int m_rankColumn = -1;
    QList<int> m_proxyToSource;
    QList<int> m_sourceToProxy; ///< -1: filtered out
};

} // namespace sdrs
