#include "app/historycontroller.h"

#include "ui/mainwindow.h"
#include "ui/overviewpanel.h"

#include <QDateTime>
#include <QDir>
#include <QSet>

namespace sdrs {

using Scope = BrowserFilter::Scope;

QStringList completeScopesOfPage(const BrowserFilter &filter, int page, qsizetype rows,
                                 qint64 total)
{
    if (filter.scope == Scope::AllGroups || !filter.failureStatus.isEmpty() ||
        !filter.resourceType.isEmpty() || !filter.resourceName.isEmpty())
        return {};
    if (page != 0 || rows < total)
        return {};
    return {filter.scope == Scope::Group ? filter.groupId : QString()};
}

QStringList completeScopesOfEveryGroup(const QList<ProtectionGroup> &groups,
                                       const BrowserFilter &filter, bool complete)
{
    if (!complete || !filter.resourceName.isEmpty())
        return {};
    // Status, type and time are filtered here: every row of the scope was read.
    if (filter.scope != Scope::AllGroups)
        return {filter.scope == Scope::Group ? filter.groupId : QString()};
    QStringList scopes{QString()};
    for (const ProtectionGroup &group : groups)
        scopes.append(group.id);
    return scopes;
}

QStringList quietNewRows(const HistoryReading &reading, const QStringList &newJobIds)
{
    if (newJobIds.isEmpty())
        return {};
    const QSet<QString> fresh(newJobIds.cbegin(), newJobIds.cend());
    qint64 newestKnown = std::numeric_limits<qint64>::min();
    bool anyKnown = false;
    for (const FailureJob &job : reading.rows) {
        if (fresh.contains(job.jobId))
            continue;
        anyKnown = true;
        if (job.beginTime.isValid())
            newestKnown = std::max(newestKnown, job.beginTime.toMSecsSinceEpoch());
    }
    if (!anyKnown || (reading.serverPaged && reading.page > 0))
        return newJobIds;
    if (!reading.serverPaged)
        return {};
    QStringList quiet;
    for (const FailureJob &job : reading.rows) {
        if (fresh.contains(job.jobId) &&
            (!job.beginTime.isValid() || job.beginTime.toMSecsSinceEpoch() < newestKnown))
            quiet.append(job.jobId);
    }
    return quiet;
}

bool inShownScope(const FailureJob &job, const BrowserFilter &filter)
{
    if (filter.scope == Scope::GroupLevel && !job.serverGroupId.isEmpty())
        return false;
    if (filter.scope == Scope::Group && job.serverGroupId != filter.groupId)
        return false;
    if (!filter.resourceName.isEmpty() &&
        !job.resourceName.contains(filter.resourceName, Qt::CaseInsensitive))
        return false;
    if (filter.scope == Scope::AllGroups)
        return true; // status and type are filtered in memory, gone rows too
    return (filter.failureStatus.isEmpty() || job.failureStatus == filter.failureStatus) &&
           (filter.resourceType.isEmpty() || job.resourceType == filter.resourceType);
}

QStringList deletedJobIds(const QList<DeleteOutcome> &outcomes, const QList<FailureJob> &rows)
{
    QSet<QString> resources, groups;
    bool groupLevel = false;
    for (const DeleteOutcome &o : outcomes) {
        if (o.state != DeleteOutcome::State::Deleted)
            continue;
        switch (o.target.kind) {
        case DeleteTarget::Kind::FailedTask:
            resources.insert(o.target.id);
            break;
        case DeleteTarget::Kind::GroupLevel:
            groupLevel = true;
            break;
        case DeleteTarget::Kind::Group:
            groups.insert(o.target.id);
            break;
        }
    }
    QStringList ids;
    for (const FailureJob &job : rows) {
        if (resources.contains(job.resourceId) || groups.contains(job.serverGroupId) ||
            (groupLevel && job.serverGroupId.isEmpty()))
            ids.append(job.jobId);
    }
    ids.removeDuplicates();
    return ids;
}

HistoryController::HistoryController(Session &session, ui::MainWindow *window, const QString &path,
                                     QObject *parent)
    : SessionController(session, window, parent)
{
    if (path.isEmpty()) {
        m_window->setHistoryAvailable(false, tr("The history is not in use."));
        return;
    }
    m_service = new history::HistoryService(path, this);
    m_window->setHistoryAvailable(true);
    connect(m_service, &history::HistoryService::unavailable, this,
            [this](const QString &sentence) {
                m_unavailable = sentence;
                m_window->setHistoryAvailable(false, sentence);
                reportProblem(sentence);
            });
    connect(m_service, &history::HistoryService::opened, this, [this](const QString &movedAsideTo) {
        if (movedAsideTo.isEmpty())
            return;
        //: %1 is the path of the damaged history file, kept under a dated name.
        m_pendingNotice = tr("The history on this computer was damaged; it was moved "
                             "aside to %1 and a new one was started.")
                              .arg(QDir::toNativeSeparators(movedAsideTo));
        m_window->showHistoryProblem(m_pendingNotice);
    });
    connectWindow();
}

HistoryController::~HistoryController() = default;

void HistoryController::connectWindow()
{
    connect(m_window, &ui::MainWindow::acknowledgeRequested, this, &HistoryController::acknowledge);
    connect(m_window, &ui::MainWindow::unacknowledgeRequested, this,
            &HistoryController::unacknowledge);
    connect(m_window, &ui::MainWindow::historyRowsSeen, this, [this](const QStringList &ids) {
        if (m_service && !key().isEmpty())
            m_service->markSeen(key(), ids);
    });
    connect(m_window, &ui::MainWindow::showGoneChanged, this, [this](bool show) {
        if (show)
            fetchGone(m_window->filter());
    });
}

QString HistoryController::key() const
{
    return m_session.client() ? history::connectionKey(m_session.connection()) : QString();
}

void HistoryController::reportProblem(const QString &sentence)
{
    if (m_problemSaid)
        return;
    m_problemSaid = true;
    m_window->showHistoryProblem(sentence);
}

void HistoryController::recordPage(const QList<FailureJob> &rows, const BrowserFilter &filter,
                                   int page, qint64 total)
{
    HistoryReading reading{rows, completeScopesOfPage(filter, page, rows.size(), total), true,
                           page};
    record(reading, filter);
}

void HistoryController::recordEveryGroup(const QList<FailureJob> &rows,
                                         const QList<ProtectionGroup> &groups,
                                         const BrowserFilter &filter, bool complete)
{
    record({rows, completeScopesOfEveryGroup(groups, filter, complete), false, 0}, filter);
}

void HistoryController::record(const HistoryReading &reading, const BrowserFilter &filter)
{
    const QString k = key();
    if (!m_service || k.isEmpty())
        return;
    m_service->record(k, reading.rows, reading.completeScopes, this,
                      [this, k, reading, filter](const Result<history::RecordOutcome> &r) {
                          onRecorded(k, reading, filter, r);
                      });
}

void HistoryController::onRecorded(const QString &recordedKey, const HistoryReading &reading,
                                   const BrowserFilter &filter,
                                   const Result<history::RecordOutcome> &r)
{
    if (!m_pendingNotice.isEmpty()) // the load's start cleared the bar: said again, once
        m_window->showHistoryProblem(std::exchange(m_pendingNotice, QString()));
    if (!r.ok()) {
        reportProblem(m_unavailable.isEmpty() ? r.error.message : m_unavailable);
        Q_EMIT recorded();
        return;
    }
    if (recordedKey != key()) {
        Q_EMIT recorded();
        return; // another connection meanwhile
    }
    HistoryAnnotations annotations = r.value.annotations;
    const QStringList quiet = quietNewRows(reading, r.value.newJobIds);
    for (const QString &id : quiet) {
        const auto it = annotations.find(id);
        if (it != annotations.end())
            it->unseen = false;
    }
    if (!quiet.isEmpty())
        m_service->markSeen(recordedKey, quiet);
    m_window->setHistoryAnnotations(annotations);
    fetchGone(filter); // the Overview's "gone in the last 24 hours", and Show gone failures
    Q_EMIT recorded();
}

void HistoryController::fetchGone(const BrowserFilter &filter)
{
    const QString k = key();
    if (!m_service || k.isEmpty())
        return;
    m_service->entries(k, QDateTime(), this,
                       [this, k, filter](const Result<QList<HistoryEntry>> &r) {
                           if (!r.ok()) {
                               reportProblem(r.error.message);
                               return;
                           }
                           if (k != key() || !(filter == m_window->filter()))
                               return; // the scope or the connection changed meanwhile
                           const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
                           QList<HistoryEntry> gone;
                           int lastDay = 0;
                           for (const HistoryEntry &entry : r.value) {
                               if (!entry.annotation.isGone() || !inShownScope(entry.job, filter))
                                   continue;
                               gone.append(entry);
                               lastDay += entry.annotation.goneAt >= dayAgo ? 1 : 0;
                           }
                           if (ui::OverviewPanel *overview = m_window->overview())
                               overview->setGoneLast24Hours(lastDay);
                           if (!m_window->showsGoneRows())
                               return;
                           m_window->setGoneRows(gone);
                           Q_EMIT goneRowsShown(int(gone.size()));
                       });
}

void HistoryController::showAcknowledgement(const QStringList &jobIds, const QDateTime &at,
                                            const QString &note)
{
    HistoryAnnotations changed;
    for (const QString &id : jobIds) {
        HistoryAnnotation a = m_window->jobModel()->annotations().value(id);
        a.acknowledgedAt = at;
        a.note = note;
        changed.insert(id, a);
    }
    m_window->setHistoryAnnotations(changed);
}

void HistoryController::acknowledge(const QStringList &jobIds, const QString &note)
{
    const QString k = key();
    if (!m_service || k.isEmpty() || jobIds.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_service->acknowledge(
        k, jobIds, note, this, [this, jobIds, note, now](const Result<NoContent> &r) {
            if (!r.ok()) {
                m_window->showHistoryProblem(
                    tr("The acknowledgement could not be saved. %1").arg(r.error.message));
                return;
            }
            showAcknowledgement(jobIds, now, note);
            //: In the status bar after Acknowledge….
            m_window->showStatusMessage(
                tr("Acknowledged %n failed task(s).", nullptr, int(jobIds.size())), 4000);
        });
}

void HistoryController::unacknowledge(const QStringList &jobIds)
{
    const QString k = key();
    if (!m_service || k.isEmpty() || jobIds.isEmpty())
        return;
    m_service->unacknowledge(k, jobIds, this, [this, jobIds](const Result<NoContent> &r) {
        if (!r.ok()) {
            m_window->showHistoryProblem(
                tr("The acknowledgement could not be taken back. %1").arg(r.error.message));
            return;
        }
        showAcknowledgement(jobIds, {}, {});
    });
}

void HistoryController::recordDeletes(const QList<DeleteOutcome> &outcomes)
{
    const QString k = key();
    if (!m_service || k.isEmpty())
        return;
    const QStringList ids = deletedJobIds(outcomes, m_window->jobModel()->jobs());
    if (!ids.isEmpty())
        m_service->markDeleted(k, ids);
}

} // namespace sdrs
