// FailureJobModel's part that shows the local history: annotations of the rows (acknowledged,
// note, unseen) and the gone rows added after the rows read. The rows themselves are in
// failurejobmodel.cpp.
#include "models/failurejobmodel.h"

#include "models/apitime.h"
#include "models/safetext.h"

#include <QSet>

namespace sdrs {

const HistoryAnnotation *FailureJobModel::annotation(int row) const
{
    if (row < 0 || row >= m_jobs.size() || m_annotations.isEmpty())
        return nullptr;
    const auto it = m_annotations.constFind(m_jobs.at(row).jobId);
    return it == m_annotations.cend() ? nullptr : &it.value();
}

bool FailureJobModel::isAcknowledged(int row) const
{
    const HistoryAnnotation *a = annotation(row);
    return a && a->isAcknowledged();
}

QVariant FailureJobModel::historyData(int row, int role) const
{
    switch (role) {
    case AcknowledgedRole:
        return isAcknowledged(row);
    case GoneRole:
        return isGone(row);
    case NoteRole: {
        const HistoryAnnotation *a = annotation(row);
        return a ? text::printable(a->note) : QString();
    }
    default:
        return {};
    }
}

QString FailureJobModel::historyToolTip(int row) const
{
    const HistoryAnnotation *a = annotation(row);
    if (!a)
        return {};
    QStringList lines;
    if (isGone(row) && a->isGone())
        lines << (a->deletedHere()
                      //: Tooltip of a gone row: %1 when this program deleted the task.
                      ? tr("Gone: deleted by this program on %1.")
                            .arg(formatLocalTableTime(a->deletedAt))
                      //: Tooltip of a gone row: %1 when a complete reading no longer listed it.
                      : tr("Gone: no longer listed by the service since %1.")
                            .arg(formatLocalTableTime(a->goneAt)));
    if (a->isAcknowledged())
        //: Tooltip of an acknowledged row: %1 when it was acknowledged.
        lines << tr("Acknowledged on %1.").arg(formatLocalTableTime(a->acknowledgedAt));
    if (!a->note.isEmpty())
        //: Tooltip of an acknowledged row: %1 the note given with the acknowledgement.
        lines << tr("Note: %1").arg(text::printable(a->note));
    if (a->unseen && !isGone(row) && !(m_newKeys.contains(m_keys.at(row))))
        //: Tooltip of a row marked new by the local history.
        lines << tr("New since you last looked.");
    return lines.join(u'\n');
}

void FailureJobModel::historyChanged()
{
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_jobs.size()) - 1, ColumnCount - 1),
                           {NewRole, AcknowledgedRole, NoteRole, Qt::ToolTipRole});
}

void FailureJobModel::updateAnnotations(const HistoryAnnotations &annotations)
{
    bool changed = false;
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it) {
        auto at = m_annotations.find(it.key());
        if (at == m_annotations.end()) {
            m_annotations.insert(it.key(), it.value());
            changed = true;
        } else if (!(at.value() == it.value())) {
            at.value() = it.value();
            changed = true;
        }
    }
    if (changed)
        historyChanged();
}

void FailureJobModel::appendGoneRows()
{
    if (m_gone.jobs.isEmpty())
        return;
    QSet<QString> live;
    live.reserve(m_liveCount);
    for (int row = 0; row < m_liveCount; ++row)
        live.insert(m_jobs.at(row).jobId);
    for (qsizetype i = 0; i < m_gone.jobs.size(); ++i) {
        if (live.contains(m_gone.jobs.at(i).jobId))
            continue;
        m_jobs.append(m_gone.jobs.at(i));
        m_searchText.append(m_gone.searchText.at(i));
        m_keys.append(m_gone.keys.at(i));
        m_causes.append(m_gone.causes.at(i));
    }
}

void FailureJobModel::setGoneRows(const QList<HistoryEntry> &entries)
{
    if (entries.isEmpty() && m_gone.jobs.isEmpty())
        return;
    QList<FailureJob> jobs;
    jobs.reserve(entries.size());
    for (const HistoryEntry &entry : entries) {
        jobs.append(entry.job);
        m_annotations.insert(entry.job.jobId, entry.annotation);
    }
    beginResetModel();
    m_gone = prepare(std::move(jobs));
    m_jobs.resize(m_liveCount);
    m_searchText.resize(m_liveCount);
    m_keys.resize(m_liveCount);
    m_causes.resize(m_liveCount);
    appendGoneRows();
    endResetModel();
}

void FailureJobModel::clearHistory()
{
    m_annotations.clear();
    if (!m_gone.jobs.isEmpty()) {
        setGoneRows({});
    } else if (!m_jobs.isEmpty()) {
        historyChanged();
    }
}

QStringList FailureJobModel::markSeen(const QList<FailureJob> &jobs)
{
    QStringList seen;
    for (const FailureJob &job : jobs) {
        const auto it = m_annotations.find(job.jobId);
        if (it != m_annotations.end() && it->unseen) {
            it->unseen = false;
            seen.append(job.jobId);
        }
    }
    if (!seen.isEmpty())
        historyChanged();
    return seen;
}

QStringList FailureJobModel::markAllSeen()
{
    QStringList seen;
    for (int row = 0; row < m_liveCount; ++row) {
        const auto it = m_annotations.find(m_jobs.at(row).jobId);
        if (it != m_annotations.end() && it->unseen) {
            it->unseen = false;
            seen.append(it.key());
        }
    }
    if (!seen.isEmpty())
        historyChanged();
    return seen;
}

bool FailureJobModel::hasUnseen() const
{
    if (m_annotations.isEmpty())
        return false;
    for (int row = 0; row < m_liveCount; ++row) {
        const auto it = m_annotations.constFind(m_jobs.at(row).jobId);
        if (it != m_annotations.cend() && it->unseen)
            return true;
    }
    return false;
}

int FailureJobModel::newRowCount() const
{
    if (m_newKeys.isEmpty() && m_annotations.isEmpty())
        return 0;
    int count = 0;
    for (int row = 0; row < m_jobs.size(); ++row)
        count += isNew(row) ? 1 : 0;
    return count;
}

} // namespace sdrs
