#include "models/failurejobproxy.h"

#include "models/failurejobmodel.h"
#include "models/vocabulary.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>
#include <numeric>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sdrs {

namespace {

/// How many recent quick-filter results are kept for typing on and deleting back.
constexpr qsizetype RecentMatches = 16;

QLatin1StringView protectedInstancesType()
{
    return QLatin1StringView("protected_instances");
}

QLatin1StringView protectedInstanceSingular()
{
    return QLatin1StringView("protectedInstance");
}

/// The resource type a filter compares: the singular spelling as the plural.
QString typeKey(const QString &type)
{
    return type == protectedInstanceSingular() ? QString(protectedInstancesType()) : type;
}

bool typeMatches(const QString &rowType, const QString &key)
{
    return rowType == key ||
           (rowType == protectedInstanceSingular() && key == protectedInstancesType());
}

/// Dense ranks of `count` items by `less` (equal items share a rank), in item order.
template<class Less> QList<int> denseRanks(qsizetype count, Less less)
{
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), less);
    QList<int> ranks(count);
    int rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && less(order[i - 1], order[i]))
            ++rank;
        ranks[order[i]] = rank;
    }
    return ranks;
}

/// Whether `text` contains `needle` (two bytes or more), exactly. Both are UTF-8 of folded
/// text, so a byte match is a character match. Candidates are the positions where both the
/// needle's first and last bytes match, found sixteen at a time with SSE2; only those are
/// compared in full.
bool containsText(QByteArrayView text, QByteArrayView needle)
{
    const qsizetype m = needle.size();
    const qsizetype starts = text.size() - m + 1; // candidate positions [0, starts)
    if (m < 2 || starts <= 0)
        return m == 0 || (m == 1 && text.contains(needle.front()));
    const char *h = text.data();
    const char *p = needle.data();
    const char first = p[0];
    const char last = p[m - 1];
    const auto rest = [h, p, m](qsizetype at) {
        return std::memcmp(h + at + 1, p + 1, size_t(m - 2)) == 0;
    };
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i firsts = _mm_set1_epi8(first);
    const __m128i lasts = _mm_set1_epi8(last);
    for (; i + 16 <= starts; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(h + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(h + i + m - 1));
        auto mask = unsigned(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, firsts), _mm_cmpeq_epi8(b, lasts))));
        while (mask) {
            const int bit = std::countr_zero(mask); // one mask bit per byte
            if (rest(i + bit))
                return true;
            mask &= mask - 1;
        }
    }
#endif
    for (; i < starts; ++i) {
        if (h[i] == first && h[i + m - 1] == last && rest(i))
            return true;
    }
    return false;
}

} // namespace

FailureJobFilterProxy::FailureJobFilterProxy(QObject *parent)
    : FlatProxy(parent)
{}

void FailureJobFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    disconnectSource();
    QAbstractProxyModel::setSourceModel(model);
    m_jobs = qobject_cast<FailureJobModel *>(model);
    if (model)
        connectRows(model);
    dropCaches();
    computeRows();
    endResetModel();
}

void FailureJobFilterProxy::connectRows(QAbstractItemModel *model)
{
    using M = QAbstractItemModel;
    // FailureJobModel changes its rows by resets only: any other change of rows is a reset here
    // too.
    const auto beginReset = [this] {
        beginResetModel();
    };
    const auto endReset = [this] {
        dropCaches();
        computeRows();
        endResetModel();
    };
    connectSource(model, beginReset, endReset);
    addSourceConnections({
        connect(model, &M::layoutAboutToBeChanged, this, beginReset),
        connect(model, &M::layoutChanged, this, endReset),
        connect(model, &M::rowsAboutToBeInserted, this, beginReset),
        connect(model, &M::rowsInserted, this, endReset),
        connect(model, &M::rowsAboutToBeRemoved, this, beginReset),
        connect(model, &M::rowsRemoved, this, endReset),
        connect(model, &M::rowsAboutToBeMoved, this, beginReset),
        connect(model, &M::rowsMoved, this, endReset),
        connect(model, &M::dataChanged, this, &FailureJobFilterProxy::sourceDataChanged),
        // After the base class has let go of the model (connected after it).
        connect(model, &QObject::destroyed, this,
                [this, beginReset, endReset] {
                    beginReset();
                    m_jobs = nullptr;
                    endReset();
                }),
    });
}

int FailureJobFilterProxy::sourceRows() const
{
    if (m_jobs)
        return int(m_jobs->jobs().size());
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

void FailureJobFilterProxy::dropCaches()
{
    m_matchesDirty = true;
    m_orderDirty = true;
    m_rankColumn = -1;
}

void FailureJobFilterProxy::setQuickFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QString needle = FailureJobModel::foldCase(trimmed);
    m_quick = trimmed;
    if (needle == m_needle)
        return;

    bool changed = true;
    if (m_jobs && !m_matchesDirty) {
        const qsizetype rows = m_jobs->jobs().size();
        const QuickMatch *old = m_needle.isEmpty() ? nullptr : &m_matches.first();
        const bool oldAll = !old || old->count == rows;
        QuickMatch next;
        if (!needle.isEmpty())
            next = match(needle);
        const bool nextAll = needle.isEmpty() || next.count == rows;
        changed = !(oldAll && nextAll) && !(old && !needle.isEmpty() && old->rows == next.rows);
        if (!needle.isEmpty()) {
            m_matches.removeIf([&needle](const QuickMatch &m) { return m.needle == needle; });
            m_matches.prepend(std::move(next));
            if (m_matches.size() > RecentMatches)
                m_matches.resize(RecentMatches);
        }
    }
    m_needle = needle;
    if (changed)
        relayout(QAbstractItemModel::NoLayoutChangeHint);
}

void FailureJobFilterProxy::setFailureStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    relayout(QAbstractItemModel::NoLayoutChangeHint);
}

void FailureJobFilterProxy::setResourceType(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    const QString key = typeKey(type);
    if (key == m_typeKey)
        return;
    m_typeKey = key;
    relayout(QAbstractItemModel::NoLayoutChangeHint);
}

void FailureJobFilterProxy::setHideAcknowledged(bool hide)
{
    if (hide == m_hideAcknowledged)
        return;
    m_hideAcknowledged = hide;
    relayout(QAbstractItemModel::NoLayoutChangeHint);
}

void FailureJobFilterProxy::setFacets(const QList<OverviewFacet> &facets)
{
    if (facets == m_facets)
        return;
    m_facets = facets;
    relayout(QAbstractItemModel::NoLayoutChangeHint);
}

void FailureJobFilterProxy::setBeginTimeRange(const QDateTime &from, const QDateTime &to)
{
    const bool ranged = from.isValid() || to.isValid();
    const qint64 fromMs =
        from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 toMs = to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (ranged == m_ranged && fromMs == m_fromMs && toMs == m_toMs)
        return;
    m_ranged = ranged;
    m_fromMs = fromMs;
    m_toMs = toMs;
    relayout(QAbstractItemModel::NoLayoutChangeHint);
}

void FailureJobFilterProxy::sort(int column, Qt::SortOrder order)
{
    column = qMax(-1, column);
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_orderDirty = true;
    relayout(QAbstractItemModel::VerticalSortHint);
}

FailureJobFilterProxy::QuickMatch FailureJobFilterProxy::match(const QString &needle) const
{
    const qsizetype rows = m_jobs ? m_jobs->jobs().size() : 0;
    const QuickMatch *base = nullptr;
    for (const QuickMatch &m : std::as_const(m_matches)) {
        if (m.rows.size() != rows)
            continue;
        if (m.needle == needle)
            return m;
        // A longer query keeps a subset of what a query it contains keeps.
        if (needle.contains(m.needle) && (!base || m.count < base->count))
            base = &m;
    }

    QuickMatch result{needle, QBitArray(rows), 0};
    const QByteArray utf8 = needle.toUtf8();
    const QByteArrayView n(utf8);
    // The groups whose name contains the query: their rows match too.
    QSet<QString> groups;
    if (m_jobs) {
        const QHash<QString, QString> &names = m_jobs->groupNames();
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (FailureJobModel::foldCase(it.value()).contains(needle))
                groups.insert(it.key());
        }
    }
    for (qsizetype row = 0; row < rows; ++row) {
        if (base && !base->rows.testBit(row))
            continue;
        if (containsText(m_jobs->searchText(int(row)), n) ||
            (!groups.isEmpty() && groups.contains(m_jobs->job(int(row)).serverGroupId))) {
            result.rows.setBit(row);
            ++result.count;
        }
    }
    return result;
}

void FailureJobFilterProxy::ensureMatches()
{
    if (!m_matchesDirty)
        return;
    m_matches.clear();
    if (m_jobs && !m_needle.isEmpty())
        m_matches.append(match(m_needle));
    m_matchesDirty = false;
}

bool FailureJobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_jobs)
        return true;
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_jobs->jobs().size())
        return false;
    const FailureJob &job = m_jobs->job(sourceRow);
    if (!m_status.isEmpty() && job.failureStatus != m_status)
        return false;
    if (!m_typeKey.isEmpty() && !typeMatches(job.resourceType, m_typeKey))
        return false;
    if (m_ranged && (!job.beginTime.isValid() || job.beginTime.toMSecsSinceEpoch() < m_fromMs ||
                     job.beginTime.toMSecsSinceEpoch() > m_toMs))
        return false;
    if (!m_facets.isEmpty() && !matchesFacets(m_facets, job))
        return false;
    if (m_hideAcknowledged && m_jobs->isAcknowledged(sourceRow))
        return false;
    if (m_needle.isEmpty())
        return true;
    Q_ASSERT(!m_matchesDirty && !m_matches.isEmpty() && m_matches.first().needle == m_needle);
    return m_matches.first().rows.testBit(sourceRow);
}

QList<int> FailureJobFilterProxy::ranks(int column) const
{
    const QList<FailureJob> &jobs = m_jobs->jobs();
    const qsizetype n = jobs.size();
    if (column == FailureJobModel::BeginTime) {
        std::vector<qint64> keys(static_cast<size_t>(n));
        for (qsizetype i = 0; i < n; ++i) {
            const QDateTime &t = jobs.at(i).beginTime;
            keys[size_t(i)] =
                t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        }
        return denseRanks(n, [&keys](int a, int b) { return keys[a] < keys[b]; });
    }
    // Case-insensitive: compare case-folded copies (the order of QString::compare with
    // Qt::CaseInsensitive, without folding again on every comparison).
    std::vector<QString> keys(static_cast<size_t>(n));
    if (column == FailureJobModel::FailureStatus || column == FailureJobModel::ResourceType ||
        column == FailureJobModel::JobType || column == FailureJobModel::ProtectionGroup) {
        // By the readable name the column shows; each distinct code translated once.
        const QHash<QString, QString> &groups = m_jobs->groupNames();
        const auto nameOf = [column, &groups](const QString &code) {
            switch (column) {
            case FailureJobModel::FailureStatus:
                return failureStatusName(code);
            case FailureJobModel::ResourceType:
                return resourceTypeName(code);
            case FailureJobModel::JobType:
                return jobTypeName(code);
            default:
                return groups.value(code, code); // the group's name, else its id
            }
        };
        QHash<QString, QString> names;
        for (qsizetype i = 0; i < n; ++i) {
            const QString &code = FailureJobModel::rawText(jobs.at(i), column);
            auto it = names.find(code);
            if (it == names.end())
                it = names.insert(code, FailureJobModel::foldCase(nameOf(code)));
            keys[size_t(i)] = it.value();
        }
    } else if (column == FailureJobModel::FailReason) {
        for (qsizetype i = 0; i < n; ++i) // by the cause the column shows
            keys[size_t(i)] = FailureJobModel::foldCase(m_jobs->cause(int(i)));
    } else {
        for (qsizetype i = 0; i < n; ++i)
            keys[size_t(i)] =
                FailureJobModel::foldCase(FailureJobModel::rawText(jobs.at(i), column));
    }
    return denseRanks(n, [&keys](int a, int b) { return keys[a] < keys[b]; });
}

void FailureJobFilterProxy::ensureOrder()
{
    if (!m_orderDirty)
        return;
    const int n = sourceRows();
    m_order.resize(n);
    if (!m_jobs || m_sortColumn < 0) {
        std::iota(m_order.begin(), m_order.end(), 0);
    } else {
        if (m_rankColumn != m_sortColumn || m_ranks.size() != n) {
            m_ranks = ranks(m_sortColumn);
            m_rankColumn = m_sortColumn;
        }
        // A counting sort by rank: rows of equal rank stay in source order, in both directions.
        const int rankCount = n == 0 ? 0 : *std::max_element(m_ranks.cbegin(), m_ranks.cend()) + 1;
        QList<int> next(rankCount, 0);
        for (const int rank : std::as_const(m_ranks))
            ++next[rank];
        int position = 0;
        for (int i = 0; i < rankCount; ++i) {
            const int rank = m_sortOrder == Qt::AscendingOrder ? i : rankCount - 1 - i;
            const int count = next[rank];
            next[rank] = position;
            position += count;
        }
        for (int row = 0; row < n; ++row)
            m_order[next[m_ranks[row]]++] = row;
    }
    m_orderDirty = false;
}

void FailureJobFilterProxy::computeRows()
{
    ensureMatches();
    ensureOrder();
    const int n = sourceRows();
    const bool filtering = m_jobs && (!m_status.isEmpty() || !m_typeKey.isEmpty() ||
                                      !m_needle.isEmpty() || m_ranged || !m_facets.isEmpty() ||
                                      m_hideAcknowledged);
    m_proxyToSource.clear();
    m_proxyToSource.reserve(filtering ? 0 : n);
    const QModelIndex root;
    for (const int row : std::as_const(m_order)) {
        if (!filtering || filterAcceptsRow(row, root))
            m_proxyToSource.append(row);
    }
    m_sourceToProxy.fill(-1, n);
    for (qsizetype i = 0; i < m_proxyToSource.size(); ++i)
        m_sourceToProxy[m_proxyToSource[i]] = int(i);
}

void FailureJobFilterProxy::relayout(QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    QList<int> rows;
    rows.reserve(from.size());
    for (const QModelIndex &index : from)
        rows.append(m_proxyToSource.value(index.row(), -1));
    computeRows();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = rows[i] >= 0 ? m_sourceToProxy.value(rows[i], -1) : -1;
        to.append(row >= 0 ? createIndex(row, from[i].column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
}

void FailureJobFilterProxy::sourceDataChanged(const QModelIndex &topLeft,
                                              const QModelIndex &bottomRight,
                                              const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const bool keysChanged = m_jobs && (roles.isEmpty() || roles.contains(Qt::DisplayRole) ||
                                        roles.contains(FailureJobModel::RawRole) ||
                                        roles.contains(FailureJobModel::SortRole));
    // An acknowledgement given or taken back shows or hides rows.
    const bool hiding = m_hideAcknowledged && roles.contains(FailureJobModel::AcknowledgedRole);
    if (keysChanged || hiding) {
        // The rows may now sort or filter differently.
        dropCaches();
        relayout(QAbstractItemModel::NoLayoutChangeHint);
        if (!m_proxyToSource.isEmpty())
            Q_EMIT dataChanged(index(0, topLeft.column()),
                               index(int(m_proxyToSource.size()) - 1, bottomRight.column()), roles);
        return;
    }
    // Only other roles (setStale): the rows stay where they are.
    int first = std::numeric_limits<int>::max();
    int last = -1;
    const int end = qMin(bottomRight.row(), int(m_sourceToProxy.size()) - 1);
    for (int row = qMax(0, topLeft.row()); row <= end; ++row) {
        const int proxyRow = m_sourceToProxy[row];
        if (proxyRow >= 0) {
            first = qMin(first, proxyRow);
            last = qMax(last, proxyRow);
        }
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()),
                           roles);
}

QModelIndex FailureJobFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    QAbstractItemModel *source = sourceModel();
    if (!source || !proxyIndex.isValid() || proxyIndex.model() != this ||
        proxyIndex.row() >= m_proxyToSource.size())
        return {};
    return source->index(m_proxyToSource[proxyIndex.row()], proxyIndex.column());
}

QModelIndex FailureJobFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() ||
        sourceIndex.parent().isValid())
        return {};
    const int row = m_sourceToProxy.value(sourceIndex.row(), -1);
    return row >= 0 ? createIndex(row, sourceIndex.column()) : QModelIndex();
}

int FailureJobFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

} // namespace sdrs
