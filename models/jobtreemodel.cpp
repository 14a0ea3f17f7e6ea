#include "jobtreemodel.h"

// STUB: to be written (issue 3).
namespace sdrs {
JobTreeModel::JobTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}
void JobTreeModel::setJob(Job) {}
const Job *JobTreeModel::jobAt(const QModelIndex &) const
{
    return nullptr;
}
QModelIndex JobTreeModel::index(int, int, const QModelIndex &) const
{
    return {};
}
QModelIndex JobTreeModel::parent(const QModelIndex &) const
{
    return {};
}
int JobTreeModel::rowCount(const QModelIndex &) const
{
    return 0;
}
int JobTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}
QVariant JobTreeModel::data(const QModelIndex &, int) const
{
    return {};
}
QVariant JobTreeModel::headerData(int, Qt::Orientation, int) const
{
    return {};
}
QString formatDuration(const QDateTime &, const QDateTime &)
{
    return {};
}
} // namespace sdrs
