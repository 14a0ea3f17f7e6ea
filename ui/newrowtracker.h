#pragma once

#include "models/browserfilter.h"
#include "models/failurejob.h"

#include <QSet>

namespace sdrs {
class FailureJobModel;
} // namespace sdrs

namespace sdrs::ui {

/// The "new since the last refresh" marks, without widgets: which rows of the query shown were
/// known before, and which of those found by a refresh the user has not looked at yet.
///
/// Only a refresh of the same query marks rows: a new filter, scope or page is not "new".
class NewRowTracker
{
public:
    /// The next rows answer a refresh of the same query (or, with false, they do not).
    void setRefreshPending(bool pending) { m_refreshPending = pending; }

    /// Takes in the rows `model` now holds for `filter`. With `byTime` (server paging, which
    /// sees one page) only a row newer than every row seen so far counts as new: a row not seen
    /// before may just have moved up from a later page. Returns how many rows became new.
    int update(const FailureJobModel &model, const BrowserFilter &filter, bool byTime);

    /// The rows not looked at yet, as FailureJobModel::rowKey() values.
    const QSet<quint64> &unseen() const { return m_unseen; }
    /// These rows were looked at; returns whether any of them was unseen.
    bool markSeen(const QList<FailureJob> &jobs);
    void markAllSeen() { m_unseen.clear(); }
    /// Forgets everything (another connection).
    void clear();

private:
    QSet<quint64> m_known; ///< the rows known for the query shown
    QSet<quint64> m_unseen;
    BrowserFilter m_query;
    qint64 m_newestKnownMs = 0; ///< the newest begin time among m_known
    bool m_queryValid = false;
    bool m_refreshPending = false;
};

} // namespace sdrs::ui
