#include "ui/newrowtracker.h"

#include "models/failurejobmodel.h"

#include <algorithm>
#include <limits>

namespace sdrs::ui {

namespace {

/// The query as far as new marks go: status, type and time range of rows read whole
/// (BrowserFilter::pagedHere()) are applied in memory to the same rows; one group read whole (for
/// a range) holds other rows than its service page.
BrowserFilter identity(BrowserFilter f)
{
    if (f.pagedHere()) {
        f.failureStatus.clear();
        f.resourceType.clear();
        f.range = {};
        if (f.scope != BrowserFilter::Scope::AllGroups)
            f.range.preset = TimeRange::Preset::Custom; // "every page", whatever the range
    }
    return f;
}

} // namespace

int NewRowTracker::update(const FailureJobModel &model, const BrowserFilter &filter, bool byTime)
{
    const BrowserFilter now = identity(filter);
    const bool sameQuery = m_queryValid && now == m_query;
    if (!sameQuery) {
        m_known.clear();
        m_unseen.clear();
        m_newestKnownMs = std::numeric_limits<qint64>::min();
    }
    const bool marking = sameQuery && m_refreshPending;
    const qint64 newestBefore = m_newestKnownMs;
    int fresh = 0;
    if (m_known.isEmpty())
        m_known.reserve(model.rowCount());
    const QList<quint64> &keys = model.rowKeys();
    // The gone rows the history adds after the rows read are never new.
    const qsizetype live = std::min<qsizetype>(keys.size(), model.liveRowCount());
    for (qsizetype row = 0; row < live; ++row) {
        const quint64 key = keys.at(row);
        const QDateTime &begin = model.job(int(row)).beginTime;
        const qint64 ms = begin.isValid() ? begin.toMSecsSinceEpoch() : 0;
        m_newestKnownMs = std::max(m_newestKnownMs, ms);
        const qsizetype before = m_known.size();
        m_known.insert(key);
        if (marking && m_known.size() != before && (!byTime || ms > newestBefore)) {
            m_unseen.insert(key);
            ++fresh;
        }
    }
    m_query = now;
    m_queryValid = true;
    m_refreshPending = false;
    return fresh;
}

bool NewRowTracker::markSeen(const QList<FailureJob> &jobs)
{
    bool changed = false;
    for (const FailureJob &job : jobs)
        changed |= m_unseen.remove(FailureJobModel::rowKey(job));
    return changed;
}

void NewRowTracker::clear()
{
    m_known.clear();
    m_unseen.clear();
    m_newestKnownMs = std::numeric_limits<qint64>::min();
    m_queryValid = false;
    m_refreshPending = false;
}

} // namespace sdrs::ui
