#include "ui/overviewrankmodel.h"

#include "models/apitime.h"
#include "models/safetext.h"
#include "models/vocabulary.h"

namespace sdrs::ui {

namespace {

/// The local date of a time ("2026-11-20"); empty when invalid.
QString localDay(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().date().toString(Qt::ISODate) : QString();
}

} // namespace

OverviewRankModel::OverviewRankModel(OverviewFacet::Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void OverviewRankModel::setRanks(QList<OverviewRank> ranks)
{
    beginResetModel();
    m_ranks = std::move(ranks);
    endResetModel();
}

OverviewFacet OverviewRankModel::facet(int row) const
{
    if (row < 0 || row >= m_ranks.size())
        return {};
    const OverviewRank &rank = m_ranks.at(row);
    return OverviewFacet::make(m_kind, rank.key, label(m_kind, rank));
}

QString OverviewRankModel::label(OverviewFacet::Kind kind, const OverviewRank &rank)
{
    using K = OverviewFacet::Kind;
    switch (kind) {
    case K::ErrorCode:
        if (rank.key.isEmpty())
            //: An Overview entry: failed tasks without an error code.
            return tr("(no error code)");
        return rank.name.isEmpty() ? rank.key : rank.key + QLatin1Char(' ') + rank.name;
    case K::Group:
        if (rank.key.isEmpty())
            return tr("Protection-group level");
        return rank.name.isEmpty() ? rank.key : rank.name;
    case K::Resource:
        return rank.name.isEmpty() ? rank.key : rank.name;
    case K::JobType:
        if (rank.key.isEmpty())
            //: An Overview entry: failed tasks without a job type.
            return tr("(no job type)");
        return jobTypeName(rank.key);
    case K::Day:
        break;
    }
    return rank.key;
}

int OverviewRankModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ranks.size());
}

int OverviewRankModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OverviewRankModel::toolTip(const OverviewRank &rank) const
{
    QString text = label(m_kind, rank);
    if (!rank.key.isEmpty() && !text.startsWith(rank.key))
        text = tr("%1 (%2)").arg(text, rank.key);
    if (!rank.first.isValid())
        return text;
    //: Tooltip of a ranked row: the earliest and the latest begin time, local.
    return text + QLatin1Char('\n') +
           tr("First: %1, last: %2")
               .arg(formatLocalTableTime(rank.first), formatLocalTableTime(rank.last));
}

QVariant OverviewRankModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ranks.size())
        return {};
    const OverviewRank &rank = m_ranks.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Count)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return text::printable(toolTip(rank), true);
    if (role == SortRole) {
        switch (index.column()) {
        case Count:
            return rank.count;
        case First:
            return rank.first.isValid() ? rank.first.toMSecsSinceEpoch() : qint64(0);
        case Last:
            return rank.last.isValid() ? rank.last.toMSecsSinceEpoch() : qint64(0);
        default:
            return label(m_kind, rank);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return text::printable(label(m_kind, rank));
    case Count:
        return QLocale().toString(rank.count);
    case First:
        return localDay(rank.first);
    case Last:
        return localDay(rank.last);
    default:
        return {};
    }
}

QVariant OverviewRankModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    using K = OverviewFacet::Kind;
    switch (section) {
    case Name:
        switch (m_kind) {
        case K::ErrorCode:
            return tr("Error code");
        case K::Group:
            return tr("Protection group");
        case K::Resource:
            return tr("Resource");
        case K::JobType:
            return tr("Job type");
        case K::Day:
            return tr("Day");
        }
        return {};
    case Count:
        //: Column of the Overview's ranked tables: how many failed tasks.
        return tr("Failed");
    case First:
        //: Column of the Overview's ranked tables: the earliest begin time.
        return tr("First");
    case Last:
        //: Column of the Overview's ranked tables: the latest begin time.
        return tr("Last");
    default:
        return {};
    }
}

} // namespace sdrs::ui
