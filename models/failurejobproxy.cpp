#include "failurejobproxy.h"

// STUB: to be written (issue 3).
namespace sdrs {
FailureJobFilterProxy::FailureJobFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{}
void FailureJobFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    QSortFilterProxyModel::setSourceModel(model);
}
void FailureJobFilterProxy::setQuickFilter(const QString &) {}
void FailureJobFilterProxy::setFailureStatus(const QString &) {}
void FailureJobFilterProxy::setResourceType(const QString &) {}
bool FailureJobFilterProxy::filterAcceptsRow(int, const QModelIndex &) const
{
    return true;
}
bool FailureJobFilterProxy::lessThan(const QModelIndex &l, const QModelIndex &r) const
{
    return QSortFilterProxyModel::lessThan(l, r);
}
PageProxy::PageProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{}
void PageProxy::setPage(int, int) {}
int PageProxy::pageCount() const
{
    return 1;
}
void PageProxy::sort(int column, Qt::SortOrder order)
{
    QSortFilterProxyModel::sort(column, order);
}
bool PageProxy::filterAcceptsRow(int, const QModelIndex &) const
{
    return true;
}
} // namespace sdrs
