#include "models/overviewstats.h"

#include "models/errorcatalog.h"
#include "models/vocabulary.h"

#include <algorithm>

namespace sdrs {

namespace {

/// Counts of one ranked table while the rows are read.
class Ranking
{
public:
    void add(const QString &key, const QDateTime &begin)
    {
        auto it = m_index.constFind(key);
        if (it == m_index.cend()) {
            it = m_index.insert(key, int(m_ranks.size()));
            m_ranks.append(OverviewRank{key, {}, 0, {}, {}});
        }
        OverviewRank &rank = m_ranks[*it];
        ++rank.count;
        if (begin.isValid()) {
            if (!rank.first.isValid() || begin < rank.first)
                rank.first = begin;
            if (!rank.last.isValid() || begin > rank.last)
                rank.last = begin;
        }
    }

    /// The ranks by count, then key, each named by `name`.
    template<class Name> QList<OverviewRank> take(Name name)
    {
        for (OverviewRank &rank : m_ranks)
            rank.name = name(rank.key);
        std::sort(m_ranks.begin(), m_ranks.end(), [](const OverviewRank &a, const OverviewRank &b) {
            return a.count != b.count ? a.count > b.count : a.key < b.key;
        });
        return std::move(m_ranks);
    }

private:
    QHash<QString, int> m_index;
    QList<OverviewRank> m_ranks;
};

/// The statuses present, the documented ones first in their order.
QStringList orderedStatuses(const QHash<QString, int> &present)
{
    QStringList ordered;
    for (const QString &status : failureStatuses()) {
        if (present.contains(status))
            ordered.append(status);
    }
    QStringList others;
    for (auto it = present.cbegin(); it != present.cend(); ++it) {
        if (!ordered.contains(it.key()))
            others.append(it.key());
    }
    std::sort(others.begin(), others.end());
    return ordered + others;
}

/// Per (day, status) counts gathered while reading the rows.
struct DayCounts
{
    QHash<QDate, QHash<QString, int>> counts;
    QHash<QString, int> statuses;
    QDate first;
    QDate last;

    void add(QDate day, const QString &status)
    {
        ++counts[day][status];
        ++statuses[status];
        if (!first.isValid() || day < first)
            first = day;
        if (!last.isValid() || day > last)
            last = day;
    }
};

/// Every day from `first` to `last` (the latest MaxDays), with its counts per status.
QList<OverviewDay> daySeries(const DayCounts &counts, const QStringList &statuses, QDate first,
                             QDate last)
{
    QList<OverviewDay> days;
    if (!first.isValid() || !last.isValid() || first > last)
        return days;
    first = std::max(first, last.addDays(1 - OverviewStats::MaxDays));
    days.reserve(first.daysTo(last) + 1);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        OverviewDay entry{day, QList<int>(statuses.size(), 0), 0};
        const auto it = counts.counts.constFind(day);
        if (it != counts.counts.cend()) {
            for (qsizetype i = 0; i < statuses.size(); ++i) {
                entry.counts[i] = it->value(statuses.at(i));
                entry.total += entry.counts[i];
            }
        }
        days.append(std::move(entry));
    }
    return days;
}

} // namespace

QDate LocalDays::dateOf(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    constexpr qint64 Quarter = 15 * 60 * 1000;
    const qint64 ms = utc.toMSecsSinceEpoch();
    const qint64 bucket = ms >= 0 ? ms / Quarter : (ms - Quarter + 1) / Quarter;
    auto it = m_cache.constFind(bucket);
    if (it == m_cache.cend())
        it = m_cache.insert(bucket, utc.toLocalTime().date());
    return *it;
}

OverviewStats computeOverview(const OverviewSnapshot &snapshot)
{
    OverviewStats stats;
    Ranking codes, groups, resources, types;
    QHash<QString, QString> resourceNames;
    DayCounts days;
    LocalDays localDays;
    const bool marks = !snapshot.newRows.isEmpty();
    for (const int row : snapshot.rows) {
        if (row < 0 || row >= snapshot.jobs.size())
            continue;
        const FailureJob &job = snapshot.jobs.at(row);
        ++stats.total;
        if (marks && row < snapshot.newRows.size() && snapshot.newRows.testBit(row))
            ++stats.newCount;
        codes.add(job.errorCode, job.beginTime);
        groups.add(job.serverGroupId, job.beginTime);
        resources.add(job.resourceId, job.beginTime);
        types.add(job.jobType, job.beginTime);
        if (!job.resourceName.isEmpty())
            resourceNames.insert(job.resourceId, job.resourceName);
        const QDate day = localDays.dateOf(job.beginTime);
        if (day.isValid())
            days.add(day, job.failureStatus);
    }
    const ErrorCatalog &catalog = ErrorCatalog::instance();
    stats.byErrorCode = codes.take([&catalog](const QString &code) {
        const ErrorCodeInfo *info = catalog.find(code);
        return info ? info->message : QString();
    });
    stats.byGroup =
        groups.take([&snapshot](const QString &id) { return snapshot.groupNames.value(id); });
    stats.byResource =
        resources.take([&resourceNames](const QString &id) { return resourceNames.value(id); });
    stats.byJobType = types.take([](const QString &) { return QString(); });
    stats.statuses = orderedStatuses(days.statuses);
    const QDate first = snapshot.firstDay.isValid() ? snapshot.firstDay : days.first;
    const QDate last = snapshot.lastDay.isValid() ? snapshot.lastDay : days.last;
    stats.days = daySeries(days, stats.statuses, first, last);
    return stats;
}

} // namespace sdrs
