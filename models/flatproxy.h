#pragma once

#include <QAbstractProxyModel>
#include <QList>

#include <functional>

namespace sdrs {

/// What the in-memory proxies over a flat (list) model have in common: indexes without parents,
/// the source's columns and horizontal header, a vertical header that numbers the rows, and the
/// bookkeeping of the connections to the source.
class FlatProxy : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlatProxy)

public:
    using QAbstractProxyModel::QAbstractProxyModel;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    /// Horizontal: the source's. Vertical: the row's number, counted from firstRowNumber().
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    /// The number the vertical header shows on the first row.
    virtual int firstRowNumber() const { return 1; }

    /// Drops every connection made to the previous source.
    void disconnectSource();
    /// Connects what both proxies treat alike: the source's resets and column changes to
    /// `beginReset` and `endReset`, and its horizontal header changes passed on.
    void connectSource(QAbstractItemModel *model, const std::function<void()> &beginReset,
                       const std::function<void()> &endReset);
    /// Keeps connections to the source so that disconnectSource() drops them too.
    void addSourceConnections(const QList<QMetaObject::Connection> &connections);

private:
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace sdrs
