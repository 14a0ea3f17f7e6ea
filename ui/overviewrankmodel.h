#pragma once

#include "models/overviewfacet.h"
#include "models/overviewstats.h"

#include <QAbstractTableModel>

namespace sdrs::ui {

/// One of the Overview's small ranked tables (by error code, protection group, resource or job
/// type): the key in words, the count, the first and the last begin time.
class OverviewRankModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewRankModel)

public:
    enum Column { Name, Count, First, Last, ColumnCount };
    /// Qt::UserRole: the raw value a number sorts by (count, msecs).
    static constexpr int SortRole = Qt::UserRole;

    OverviewRankModel(OverviewFacet::Kind kind, QObject *parent = nullptr);

    OverviewFacet::Kind kind() const { return m_kind; }
    /// Replaces the rows (one model reset).
    void setRanks(QList<OverviewRank> ranks);
    const QList<OverviewRank> &ranks() const { return m_ranks; }
    /// The facet a row stands for (for the table's filter).
    OverviewFacet facet(int row) const;
    /// What a person reads for a rank of `kind`: "SDRS.1306 Quota exceeded", the group's name,
    /// "Protection-group level", the resource's name or id, the job type in words.
    static QString label(OverviewFacet::Kind kind, const OverviewRank &rank);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString toolTip(const OverviewRank &rank) const;

    OverviewFacet::Kind m_kind;
    QList<OverviewRank> m_ranks;
};

} // namespace sdrs::ui
