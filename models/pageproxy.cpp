#include "models/pageproxy.h"

namespace sdrs {

namespace {

int pagesFor(int rows, int pageSize)
{
    if (pageSize <= 0 || rows <= 0)
        return 1;
    return int((qint64(rows) + pageSize - 1) / pageSize);
}

} // namespace

PageProxy::PageProxy(QObject *parent)
    : FlatProxy(parent)
{}

void PageProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    disconnectSource();
    m_layoutDepth = 0;
    m_layoutProxy.clear();
    m_layoutSource.clear();
    m_rowChanges.clear();
    QAbstractProxyModel::setSourceModel(model);
    if (model)
        connectRows(model);
    updateWindow();
    endResetModel();
    emitPagingChangedIfNeeded();
}

void PageProxy::connectRows(QAbstractItemModel *model)
{
    using M = QAbstractItemModel;
    connectSource(
        model, [this] { beginResetModel(); },
        [this] {
            updateWindow();
            endResetModel();
            emitPagingChangedIfNeeded();
        });
    addSourceConnections({
        connect(model, &M::layoutAboutToBeChanged, this, [this] { beginSourceLayoutChange(); }),
        connect(model, &M::layoutChanged, this, [this] { endSourceLayoutChange(); }),
        connect(model, &M::rowsAboutToBeInserted, this,
                [this](const QModelIndex &parent, int first, int) {
                    // Rows inserted after a full page leave the page as it is.
                    rowsAboutToChange(!parent.isValid() &&
                                      (m_pageSize == 0 || first < m_offset + m_pageSize));
                }),
        connect(model, &M::rowsInserted, this, [this] { rowsChanged(); }),
        connect(model, &M::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &parent, int first, int) {
                    // Rows removed after the page leave it as it is.
                    rowsAboutToChange(!parent.isValid() && first < m_offset + m_count);
                }),
        connect(model, &M::rowsRemoved, this, [this] { rowsChanged(); }),
        connect(model, &M::rowsAboutToBeMoved, this, [this] { rowsAboutToChange(true); }),
        connect(model, &M::rowsMoved, this, [this] { rowsChanged(); }),
        connect(model, &M::dataChanged, this, &PageProxy::sourceDataChanged),
    });
}

void PageProxy::setPage(int page, int pageSize)
{
    pageSize = qMax(0, pageSize);
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    page = pageSize == 0 ? 0 : qBound(0, page, pagesFor(rows, pageSize) - 1);
    if (page == m_page && pageSize == m_pageSize)
        return;
    beginResetModel();
    m_page = page;
    m_pageSize = pageSize;
    updateWindow();
    endResetModel();
    emitPagingChangedIfNeeded();
}

int PageProxy::pageCount() const
{
    return pagesFor(sourceModel() ? sourceModel()->rowCount() : 0, m_pageSize);
}

void PageProxy::updateWindow()
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    if (m_pageSize <= 0) {
        m_page = 0;
        m_offset = 0;
        m_count = rows;
        return;
    }
    m_page = qBound(0, m_page, pagesFor(rows, m_pageSize) - 1);
    m_offset = m_page * m_pageSize;
    m_count = qBound(0, rows - m_offset, m_pageSize);
}

void PageProxy::emitPagingChangedIfNeeded()
{
    const int pages = pageCount();
    if (m_page == m_lastPage && m_pageSize == m_lastPageSize && pages == m_lastPageCount)
        return;
    m_lastPage = m_page;
    m_lastPageSize = m_pageSize;
    m_lastPageCount = pages;
    Q_EMIT pagingChanged();
}

void PageProxy::beginSourceLayoutChange()
{
    if (m_layoutDepth++ > 0)
        return;
    Q_EMIT layoutAboutToBeChanged();
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    m_layoutSource.reserve(m_layoutProxy.size());
    for (const QModelIndex &index : std::as_const(m_layoutProxy))
        m_layoutSource.append(QPersistentModelIndex(mapToSource(index)));
}

void PageProxy::endSourceLayoutChange()
{
    if (m_layoutDepth == 0)
        beginSourceLayoutChange(); // a source that did not announce its change
    if (--m_layoutDepth > 0)
        return;
    updateWindow();
    QModelIndexList to;
    to.reserve(m_layoutSource.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSource))
        to.append(mapFromSource(source));
    changePersistentIndexList(m_layoutProxy, to);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    Q_EMIT layoutChanged();
    emitPagingChangedIfNeeded();
}

void PageProxy::rowsAboutToChange(bool affectsPage)
{
    m_rowChanges.append(affectsPage);
    if (affectsPage)
        beginSourceLayoutChange();
}

void PageProxy::rowsChanged()
{
    const bool affectsPage = m_rowChanges.isEmpty() || m_rowChanges.takeLast();
    if (affectsPage) {
        endSourceLayoutChange();
    } else {
        // Only the number of pages can have changed; the rows shown did not.
        updateWindow();
        emitPagingChangedIfNeeded();
    }
}

void PageProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                  const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const int first = qMax(topLeft.row(), m_offset);
    const int last = qMin(bottomRight.row(), m_offset + m_count - 1);
    if (first > last)
        return;
    Q_EMIT dataChanged(index(first - m_offset, topLeft.column()),
                       index(last - m_offset, bottomRight.column()), roles);
}

QModelIndex PageProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    QAbstractItemModel *source = sourceModel();
    if (!source || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return source->index(m_offset + proxyIndex.row(), proxyIndex.column());
}

QModelIndex PageProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() ||
        sourceIndex.parent().isValid())
        return {};
    const int row = sourceIndex.row() - m_offset;
    if (row < 0 || row >= m_count)
        return {};
    return createIndex(row, sourceIndex.column());
}

int PageProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

void PageProxy::sort(int column, Qt::SortOrder order)
{
    if (QAbstractItemModel *source = sourceModel())
        source->sort(column, order);
}

} // namespace sdrs
