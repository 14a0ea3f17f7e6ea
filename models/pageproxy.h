#pragma once

#include "models/flatproxy.h"

#include <QList>
#include <QPersistentModelIndex>

namespace sdrs {

/// Shows one page (a row range) of its source, in the source's order: paging done in memory for
/// "All protection groups". With page size 0 it passes every row through. Sorting requests
/// are forwarded to the source, so a header click sorts every row, not one page.
///
/// Any change of the source's rows (filtering, sorting, inserts, removals) becomes one layout
/// change here, with the page clamped to the pages that remain; a source reset is a reset.
class PageProxy final : public FlatProxy
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
    int rowCount(const QModelIndex &parent = {}) const override;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    /// The row's position in the source (page offset + 1).
    int firstRowNumber() const override { return m_offset + 1; }

Q_SIGNALS:
    /// page(), pageSize() or pageCount() changed: a new page, a clamp, or a source that grew or
    /// shrank across a page boundary.
    void pagingChanged();

private:
    /// Connects the source's row, layout and data changes (and the shared ones).
    void connectRows(QAbstractItemModel *model);
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
    /// During a source layout change: our persistent indexes and their source indexes.
    QModelIndexList m_layoutProxy;
    QList<QPersistentModelIndex> m_layoutSource;
    int m_layoutDepth = 0;
    /// One entry per announced row change: whether it affects the page.
    QList<bool> m_rowChanges;
};

} // namespace sdrs
