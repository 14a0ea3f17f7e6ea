#include "models/overviewstats.h"

#include "models/errorcatalog.h"
#include "models/vocabulary.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

namespace sdrs {

namespace {

constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

/// Counts of one ranked table while the rows are read: times in milliseconds, the key looked up
/// once per run of equal keys (rows come grouped).
class Ranking
{
public:
    void add(const QString &key, qint64 begin, const QString *name = nullptr)
    {
        if (m_last < 0 || key != m_ranks[m_last].key) {
            auto it = m_index.constFind(key);
            if (it == m_index.cend()) {
                it = m_index.insert(key, int(m_ranks.size()));
                m_ranks.append(Entry{key, {}, 0, NoTime, NoTime});
            }
            m_last = *it;
        }
        Entry &entry = m_ranks[m_last];
        ++entry.count;
        if (name && entry.name.isEmpty())
            entry.name = *name;
        if (begin != NoTime) {
            if (entry.first == NoTime || begin < entry.first)
                entry.first = begin;
            if (begin > entry.last)
                entry.last = begin;
        }
    }

    int size() const { return int(m_ranks.size()); }

    /// The MaxRanks most frequent, by count, then first seen; named by `name` where none was given.
    template<class Name> QList<OverviewRank> take(Name name)
    {
        // By count, then in the order the rows came (integers only: no string compares).
        std::vector<int> order(size_t(m_ranks.size()));
        std::iota(order.begin(), order.end(), 0);
        const qsizetype kept = std::min<qsizetype>(m_ranks.size(), OverviewStats::MaxRanks);
        std::partial_sort(order.begin(), order.begin() + kept, order.end(), [this](int a, int b) {
            const int ca = m_ranks[a].count;
            const int cb = m_ranks[b].count;
            return ca != cb ? ca > cb : a < b;
        });
        QList<OverviewRank> ranks;
        ranks.reserve(kept);
        const auto time = [](qint64 ms) {
            return ms == NoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        };
        for (qsizetype i = 0; i < kept; ++i) {
            const Entry &e = m_ranks[order[size_t(i)]];
            const QString named = e.name.isEmpty() ? name(e.key) : e.name;
            ranks.append(OverviewRank{e.key, named, e.count, time(e.first), time(e.last)});
        }
        return ranks;
    }

private:
    struct Entry
    {
        QString key;
        QString name;
        int count = 0;
        qint64 first = NoTime;
        qint64 last = NoTime;
    };
    QHash<QString, int> m_index;
    QList<Entry> m_ranks;
    qsizetype m_last = -1;
};

/// The statuses present, the documented ones first in their order.
QStringList orderedStatuses(const QStringList &present)
{
    QStringList ordered;
    for (const QString &status : failureStatuses()) {
        if (present.contains(status))
            ordered.append(status);
    }
    QStringList others;
    for (const QString &status : present) {
        if (!ordered.contains(status))
            others.append(status);
    }
    std::sort(others.begin(), others.end());
    return ordered + others;
}

/// Per (day, status) counts gathered while reading the rows.
class DayCounts
{
public:
    void add(QDate day, const QString &status)
    {
        if (m_lastStatus < 0 || status != m_statuses[m_lastStatus]) {
            auto it = m_index.constFind(status);
            if (it == m_index.cend()) {
                it = m_index.insert(status, m_statuses.size());
                m_statuses.append(status);
            }
            m_lastStatus = *it;
        }
        ++m_counts[day.toJulianDay() * MaxStatuses + m_lastStatus];
        if (!first.isValid() || day < first)
            first = day;
        if (!last.isValid() || day > last)
            last = day;
    }

    const QStringList &statuses() const { return m_statuses; }
    int count(QDate day, qsizetype status) const
    {
        return m_counts.value(day.toJulianDay() * MaxStatuses + status);
    }

    QDate first;
    QDate last;

private:
    static constexpr qint64 MaxStatuses = 1024; ///< statuses beyond are counted together
    QStringList m_statuses;                     ///< in order of appearance
    QHash<QString, qsizetype> m_index;          ///< status -> index in m_statuses
    qsizetype m_lastStatus = -1;
    QHash<qint64, int> m_counts; ///< day * MaxStatuses + status index -> rows
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
    QList<qsizetype> index; // statuses -> counts' own order
    for (const QString &status : statuses)
        index.append(counts.statuses().indexOf(status));
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        OverviewDay entry{day, QList<int>(statuses.size(), 0), 0};
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            entry.counts[i] = counts.count(day, index.at(i));
            entry.total += entry.counts[i];
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
    if (bucket == m_lastBucket)
        return m_lastDate;
    auto it = m_cache.constFind(bucket);
    if (it == m_cache.cend())
        it = m_cache.insert(bucket, utc.toLocalTime().date());
    m_lastBucket = bucket;
    m_lastDate = *it;
    return m_lastDate;
}

OverviewStats computeOverview(const OverviewSnapshot &snapshot)
{
    OverviewStats stats;
    Ranking codes, groups, resources, types;
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
        const qint64 begin = job.beginTime.isValid() ? job.beginTime.toMSecsSinceEpoch() : NoTime;
        codes.add(job.errorCode, begin);
        groups.add(job.serverGroupId, begin);
        resources.add(job.resourceId, begin, &job.resourceName);
        types.add(job.jobType, begin);
        if (begin != NoTime)
            days.add(localDays.dateOf(job.beginTime), job.failureStatus);
    }
    stats.errorCodes = codes.size();
    stats.groups = groups.size();
    stats.resources = resources.size();
    stats.jobTypes = types.size();
    const ErrorCatalog &catalog = ErrorCatalog::instance();
    stats.byErrorCode = codes.take([&catalog](const QString &code) {
        const ErrorCodeInfo *info = catalog.find(code);
        return info ? info->message : QString();
    });
    stats.byGroup =
        groups.take([&snapshot](const QString &id) { return snapshot.groupNames.value(id); });
    stats.byResource = resources.take([](const QString &) { return QString(); });
    stats.byJobType = types.take([](const QString &) { return QString(); });
    stats.statuses = orderedStatuses(days.statuses());
    const QDate first = snapshot.firstDay.isValid() ? snapshot.firstDay : days.first;
    const QDate last = snapshot.lastDay.isValid() ? snapshot.lastDay : days.last;
    stats.days = daySeries(days, stats.statuses, first, last);
    return stats;
}

} // namespace sdrs
