#include "models/flatproxy.h"

namespace sdrs {

QModelIndex FlatProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex FlatProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex FlatProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int FlatProxy::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return sourceModel()->columnCount();
}

bool FlatProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant FlatProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    QAbstractItemModel *source = sourceModel();
    if (!source)
        return {};
    if (orientation == Qt::Horizontal)
        return source->headerData(section, orientation, role);
    if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return firstRowNumber() + section;
    return {};
}

void FlatProxy::disconnectSource()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
}

void FlatProxy::connectSource(QAbstractItemModel *model, const std::function<void()> &beginReset,
                              const std::function<void()> &endReset)
{
    using M = QAbstractItemModel;
    addSourceConnections({
        connect(model, &M::modelAboutToBeReset, this, beginReset),
        connect(model, &M::modelReset, this, endReset),
        connect(model, &M::columnsAboutToBeInserted, this, beginReset),
        connect(model, &M::columnsInserted, this, endReset),
        connect(model, &M::columnsAboutToBeRemoved, this, beginReset),
        connect(model, &M::columnsRemoved, this, endReset),
        connect(model, &M::columnsAboutToBeMoved, this, beginReset),
        connect(model, &M::columnsMoved, this, endReset),
        connect(model, &M::headerDataChanged, this,
                [this](Qt::Orientation orientation, int first, int last) {
                    const int columns = columnCount();
                    if (orientation == Qt::Horizontal && first < columns)
                        Q_EMIT headerDataChanged(orientation, qMax(0, first),
                                                 qMin(last, columns - 1));
                }),
    });
}

void FlatProxy::addSourceConnections(const QList<QMetaObject::Connection> &connections)
{
    m_sourceConnections += connections;
}

} // namespace sdrs
