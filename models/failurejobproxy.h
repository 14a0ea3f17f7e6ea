#pragma once

#include <QAbstractProxyModel>
#include <QBitArray>
#include <QList>
#include <QPersistentModelIndex>

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
class FailureJobFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureJobFilterProxy)

public:
    explicit FailureJobFilterProxy(QObject *parent = nullptr);

    /// The source should be a FailureJobModel; any other model is passed through unfiltered and
    /// unsorted.
    void setSourceModel(QAbstractItemModel *model) override;

    /// Rows whose search text contains `text` (case-insensitive; surrounding blanks ignored).
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

    /// Sorts every row by `column` (FailureJobModel::Column); -1 restores the source order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    /// Horizontal: the source's. Vertical: the row number here (1-based).
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    /// Whether the status, type and quick filters keep a source row.
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const;

private:
    /// The source rows one case-folded query keeps.
    struct QuickMatch
    {
        QString needle;
        QBitArray rows;
        qsizetype count = 0;
    };

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
    QList<QMetaObject::Connection> m_sourceConnections;
    QString m_quick;
    QString m_needle; ///< m_quick case-folded
    QString m_status;
    QString m_type;
    QString m_typeKey; ///< m_type with the singular spelling mapped to the plural
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

/// Shows one page (a row range) of its source, in the source's order: paging done in memory for
/// "All protection groups". With page size 0 it passes every row through. Sorting requests
/// are forwarded to the source, so a header click sorts every row, not one page.
///
/// Any change of the source's rows (filtering, sorting, inserts, removals) becomes one layout
/// change here, with the page clamped to the pages that remain; a source reset is a reset.
class PageProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageProxy)

public:
    explicit PageProxy(QObject *parent = nullptr);

    /// Shows rows [page * pageSize, (page + 1) * pageSize) of the source. pageSize 0: all rows.
    /// A page past the last one shows the last one. One model reset when anything changes.
    void setPage(int page, int pageSize);
    int page() const { return m_page; }
    int pageSize() const { return m_pageSize; }
    /// Number of pages the source's rows fill (at least 1).
    int pageCount() const;

    void setSourceModel(QAbstractItemModel *model) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    /// Horizontal: the source's. Vertical: the row's position in the source (page offset + 1).
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// page(), pageSize() or pageCount() changed: a new page, a clamp, or a source that grew or
    /// shrank across a page boundary.
    void pagingChanged();

private:
    /// Recomputes the row window from the source's row count, clamping the page.
    void updateWindow();
    /// Emits pagingChanged() when page, page size or page count differ from the last emitted.
    void emitPagingChangedIfNeeded();
    /// A source change of rows or order: one layout change here (nested ones collapse).
    void beginSourceLayoutChange();
    void endSourceLayoutChange();
    /// Source rows about to be inserted, removed or moved; `affectsPage` when the page's rows
    /// can change (otherwise only the page count can).
    void rowsAboutToChange(bool affectsPage);
    void rowsChanged();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    int m_page = 0;
    int m_pageSize = 0;
    int m_offset = 0; ///< first source row shown
    int m_count = 0;  ///< rows shown
    int m_lastPage = 0;
    int m_lastPageSize = 0;
    int m_lastPageCount = 1;
    QList<QMetaObject::Connection> m_sourceConnections;
    /// During a source layout change: our persistent indexes and their source indexes.
    QModelIndexList m_layoutProxy;
    QList<QPersistentModelIndex> m_layoutSource;
    int m_layoutDepth = 0;
    /// One entry per announced row change: whether it affects the page.
    QList<bool> m_rowChanges;
};

} // namespace sdrs
