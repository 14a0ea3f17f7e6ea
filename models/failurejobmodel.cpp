#include "failurejobmodel.h"

// STUB: to be written (issue 3).
namespace sdrs {
FailureJobModel::FailureJobModel(QObject *parent)
    : QAbstractTableModel(parent)
{}
void FailureJobModel::setJobs(QList<FailureJob> jobs)
{
    beginResetModel();
    m_jobs = std::move(jobs);
    m_searchText = QList<QString>(m_jobs.size());
    endResetModel();
}
void FailureJobModel::setStale(bool stale)
{
    m_stale = stale;
}
int FailureJobModel::rowCount(const QModelIndex &p) const
{
    return p.isValid() ? 0 : int(m_jobs.size());
}
int FailureJobModel::columnCount(const QModelIndex &p) const
{
    return p.isValid() ? 0 : ColumnCount;
}
QVariant FailureJobModel::data(const QModelIndex &, int) const
{
    return {};
}
QVariant FailureJobModel::headerData(int, Qt::Orientation, int) const
{
    return {};
}
} // namespace sdrs
