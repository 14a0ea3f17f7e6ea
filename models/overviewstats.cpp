#include "models/overviewstats.h"

#include "models/errorcatalog.h"
#include "models/vocabulary.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sdrs {

namespace {

constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

/// A fast hash of the UTF-16 text of a view (Qt 6.4's qHash of a QString is several times
/// slower on ids of 36 characters, the resource ids).
struct ViewHash
{
    size_t operator()(QStringView text) const noexcept
    {
        return std::hash<std::u16string_view>{}(std::u16string_view(
            reinterpret_cast<const char16_t *>(text.data()), size_t(text.size())));
    }
};

/// Whether two strings are equal (shared data or equal code units; faster than Qt 6.4's
/// operator==, which compares as for ordering).
bool same(const QString &a, const QString &b)
{
    return a.size() == b.size() &&
           (a.constData() == b.constData() ||
            std::memcmp(a.constData(), b.constData(), size_t(a.size()) * sizeof(QChar)) == 0);
}

/// Counts of one ranked table while the rows are read: keys and names point into the snapshot
/// (which outlives the computation), times are milliseconds, and the key is looked up once per
/// run of equal keys (rows often come grouped).
class Ranking
{
public:
    void add(const QString &key, qint64 begin, const QString *name = nullptr)
    {
        if (m_last < 0 || !same(key, *m_ranks[size_t(m_last)].key))
            m_last = indexOf(key);
        Entry &entry = m_ranks[size_t(m_last)];
        ++entry.count;
        if (name && !entry.name && !name->isEmpty())
            entry.name = name;
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
        std::vector<int> order(m_ranks.size());
        std::iota(order.begin(), order.end(), 0);
        const qsizetype kept =
            std::min<qsizetype>(qsizetype(m_ranks.size()), OverviewStats::MaxRanks);
        std::partial_sort(order.begin(), order.begin() + kept, order.end(), [this](int a, int b) {
            const int ca = m_ranks[size_t(a)].count;
            const int cb = m_ranks[size_t(b)].count;
            return ca != cb ? ca > cb : a < b;
        });
        QList<OverviewRank> ranks;
        ranks.reserve(kept);
        const auto time = [](qint64 ms) {
            return ms == NoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        };
        for (qsizetype i = 0; i < kept; ++i) {
            const Entry &e = m_ranks[size_t(order[size_t(i)])];
            const QString named = e.name ? *e.name : name(*e.key);
            ranks.append(OverviewRank{*e.key, named, e.count, time(e.first), time(e.last)});
        }
        return ranks;
    }

private:
    struct Entry
    {
        const QString *key;
        const QString *name;
        int count = 0;
        qint64 first = NoTime;
        qint64 last = NoTime;
    };

    /// The entry of `key`, added when new: an open-addressing table of entry indexes with their
    /// hashes (no allocation per key, and a key's text is read only when the hashes match; 100,000
    /// resource ids are the case it is built for).
    int indexOf(const QString &key)
    {
        if (m_ranks.size() * 2 >= m_slots.size())
            grow();
        const size_t hash = ViewHash{}(key);
        const auto tag = quint32(hash);
        const size_t mask = m_slots.size() - 1;
        for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
            Slot &at = m_slots[slot];
            if (at.index < 0) {
                at = Slot{int(m_ranks.size()), tag};
                m_ranks.push_back(Entry{&key, nullptr, 0, NoTime, NoTime});
                return at.index;
            }
            if (at.tag == tag && same(*m_ranks[size_t(at.index)].key, key))
                return at.index;
        }
    }

    void grow()
    {
        m_slots.assign(std::max<size_t>(64, m_slots.size() * 2), Slot{});
        const size_t mask = m_slots.size() - 1;
        for (size_t i = 0; i < m_ranks.size(); ++i) {
            const size_t hash = ViewHash{}(*m_ranks[i].key);
            size_t slot = hash & mask;
            while (m_slots[slot].index >= 0)
                slot = (slot + 1) & mask;
            m_slots[slot] = Slot{int(i), quint32(hash)};
        }
    }

    struct Slot
    {
        int index = -1;  ///< into m_ranks; -1: free
        quint32 tag = 0; ///< the low bits of the key's hash
    };
    std::vector<Slot> m_slots; ///< a power of two, at most half full
    std::vector<Entry> m_ranks;
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
        if (m_lastStatus < 0 || !same(status, m_statuses[m_lastStatus])) {
            const auto [it, added] = m_index.try_emplace(QStringView(status), m_statuses.size());
            if (added)
                m_statuses.append(status);
            m_lastStatus = it->second;
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
    static constexpr qint64 MaxStatuses = 1024; ///< far more than the statuses there are
    QStringList m_statuses;                     ///< in order of appearance
    /// status (in the snapshot) -> index in m_statuses
    std::unordered_map<QStringView, qsizetype, ViewHash> m_index;
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
