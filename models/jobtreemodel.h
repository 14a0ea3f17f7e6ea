#pragma once

#include "models/job.h"

#include <QAbstractItemModel>

namespace sdrs {

/// A job and its sub-job tree: the job is the one top-level row, its sub-jobs its children, at
/// any depth.
class JobTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTreeModel)

public:
    enum Column {
        Status, ///< readable (jobStatusName); ToolTipRole the raw value
        JobType,
        BeginTime, ///< local; ToolTipRole local and UTC
        EndTime,
        Duration, ///< "1 h 02 min", "45 s"; empty when either time is missing
        ErrorCode,
        FailReason, ///< first line; ToolTipRole the whole reason
        JobId,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        StatusRole = Qt::UserRole + 1, ///< the raw job status of the row (any column)
        SortRole,                      ///< raw value (msecs for times, seconds for duration)
    };

    explicit JobTreeModel(QObject *parent = nullptr);

    /// Replaces the tree (one reset). An empty Job (no id) gives an empty model.
    void setJob(Job job);
    const Job &job() const { return m_root; }
    /// The job of a row.
    const Job *jobAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /// data() before the display text is made safe.
    QVariant unfilteredData(const QModelIndex &index, int role) const;
    /// One row of the tree, flattened: the job it shows, its parent node (-1 for the top row), its
    /// row under that parent, and its children's node numbers.
    struct Node
    {
        const Job *job = nullptr;
        int parent = -1;
        int row = 0;
        QList<int> children;
    };
    /// Appends the node of `job` and, depth first, those of its sub-jobs; returns its number.
    int addNode(const Job *job, int parent, int row);

    Job m_root;
    QList<Node> m_nodes;
};

/// "2 h 05 min", "3 min 07 s", "45 s"; empty when either time is invalid or end < begin.
QString formatDuration(const QDateTime &begin, const QDateTime &end);

} // namespace sdrs
