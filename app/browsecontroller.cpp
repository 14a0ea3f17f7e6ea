#include "app/browsecontroller.h"

#include "app/api/allgroups.h"
#include "app/api/sdrsclient.h"
#include "app/browserquery.h"
#include "app/session.h"
#include "ui/jobdialog.h"
#include "ui/mainwindow.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSdrsApp, "sdrs.app", QtInfoMsg)

namespace sdrs {

BrowseController::BrowseController(Session &session, ui::MainWindow *window, QObject *parent)
    : SessionController(session, window, parent)
{
    connect(m_window, &ui::MainWindow::loadRequested, this, &BrowseController::load);
    connect(m_window, &ui::MainWindow::refreshRequested, this, [this] {
        loadGroups();
        load();
    });
    connect(m_window, &ui::MainWindow::inspectRequested, this, &BrowseController::inspect);
}

void BrowseController::cancel()
{
    // Esc stops everything that loads: the group list of a refresh as well as the rows.
    m_session.cancelGroupsCall();
    if (m_session.cancelLoad())
        return; // its callback shows that it was cancelled
    // Preparing rows, or reading a profile: nothing to abort, but their results are dropped.
    const bool preparing = m_session.isPreparing();
    m_session.newLoadGeneration();
    m_session.newProfileRequest();
    m_window->setBusy(false);
    if (preparing) {
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        m_window->showError(cancelled);
    }
}

void BrowseController::load()
{
    if (!m_session.client())
        return;
    const quint64 generation = m_session.newLoadGeneration();
    m_session.cancelLoad();
    m_window->beginLoad();          // the bar speaks of this load's failures only
    m_session.setLoaderRequests(0); // a replaced load of every group no longer counts
    const BrowserFilter filter = m_window->filter();
    if (filter.pagedHere()) // every page: the service filters no time
        loadEveryGroup(generation, filter);
    else
        loadPage(generation, filter);
}

bool BrowseController::finishLoad(quint64 generation, const ApiError &error)
{
    if (!m_session.isCurrentLoad(generation))
        return false; // a newer load replaced this one
    m_window->setBusy(false);
    if (error.isError()) {
        m_window->showError(error);
        Q_EMIT loadFailed(error);
        return false;
    }
    return true;
}

void BrowseController::loadPage(quint64 generation, const BrowserFilter &filter)
{
    const FailureJobQuery query = pageQuery(filter, m_window->page(), m_window->pageSize());
    //: Busy indicator while a page of failed tasks is requested.
    m_window->setBusy(true, tr("Loading\u2026"));
    m_session.addRequests(1);
    m_session.setLoad(m_session.client()->listFailureJobs(
        query, this,
        [this, generation, filter, page = m_window->page()](const Result<FailureJobPage> &r) {
            m_session.addRequests(-1);
            if (!finishLoad(generation, r.error))
                return;
            if (m_window->showServerPage(r.value.jobs, r.value.count)) {
                qCDebug(lcSdrsApp, "rows shown: %lld of %lld", qlonglong(r.value.jobs.size()),
                        qlonglong(r.value.count));
                Q_EMIT pageShown(r.value.jobs, filter, page, r.value.count);
                Q_EMIT rowsShown(false);
            }
        }));
}

void BrowseController::loadEveryGroup(quint64 generation, const BrowserFilter &filter)
{
    AllGroupsQuery query = allGroupsQuery(filter);
    // A refresh shares the strings of every row that did not change with the rows shown:
    // 100,000 rows are then held about once, not twice, while the new answer comes in.
    const FailureJobModel::PreparedJobs previous = m_window->currentRows();
    if (!previous.jobs.isEmpty()) {
        auto positions = std::make_shared<const GroupPositions>(previous.jobs);
        query.adopt = [positions, rows = previous.jobs](const QString &groupId, qint64 offset,
                                                        QList<FailureJob> &page) {
            positions->share(rows, groupId, offset, page);
        };
    }
    m_window->setBusy(true, filter.scope == BrowserFilter::Scope::AllGroups
                                ? tr("Loading every protection group\u2026")
                                : tr("Loading every page\u2026"));
    m_session.setLoad(loadAllGroups(
        m_session.client(), query, this,
        [this, generation, parallel = query.parallelism](const AllGroupsProgress &p) {
            if (!m_session.isCurrentLoad(generation))
                return;
            //: Progress: %1 requests answered of %2 known so far; %Ln rows loaded so far.
            m_window->setBusy(true, tr("Loading every protection group: %1 of %2 requests, "
                                       "%Ln rows",
                                       nullptr, int(std::min<qint64>(p.rowsLoaded, INT_MAX)))
                                        .arg(p.requestsDone)
                                        .arg(p.requestsKnown));
            m_session.setLoaderRequests(
                std::min(parallel, std::max(0, p.requestsKnown - p.requestsDone)));
        },
        [this, generation,
         whole = filter.resourceName.isEmpty()](const Result<AllGroupsResult> &r) {
            if (m_session.isCurrentLoad(generation))
                m_session.setLoaderRequests(0);
            if (finishLoad(generation, r.error))
                prepareRows(generation, r.value, whole && r.value.incomplete.isEmpty());
        }));
    m_session.setLoaderRequests(1);
}

void BrowseController::prepareRows(quint64 generation, const AllGroupsResult &result, bool complete)
{
    m_window->setBusy(true, tr("Preparing %Ln rows\u2026", nullptr, int(result.jobs.size())));
    // The search text of 100,000 rows takes about 100 ms: built on the worker, so that the
    // window keeps answering.
    m_session.addPreparing(1);
    m_session.workers().start([this, generation, groups = result.groups, jobs = result.jobs,
                               incomplete = result.incomplete, complete,
                               previous = m_window->currentRows()]() mutable {
        auto prepared = FailureJobModel::prepare(std::move(jobs), previous);
        previous = {};
        // Delivered by the event loop; dropped if the controller is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, generation, groups = std::move(groups), incomplete, complete,
             prepared = std::move(prepared)]() mutable {
                showPreparedRows(generation, groups, incomplete, complete, std::move(prepared));
            },
            Qt::QueuedConnection);
    });
}

void BrowseController::showPreparedRows(quint64 generation, const QList<ProtectionGroup> &groups,
                                        const QString &incomplete, bool complete,
                                        FailureJobModel::PreparedJobs prepared)
{
    m_session.addPreparing(-1);
    if (!m_session.isCurrentLoad(generation))
        return;
    m_window->setBusy(false);
    m_window->setGroups(groups);
    const QList<FailureJob> rows = prepared.jobs;
    m_window->showAllRows(std::move(prepared));
    if (!incomplete.isEmpty())
        m_window->showNotice(incomplete, ui::MessageKind::Warning); // some groups were not read
    Q_EMIT everyGroupShown(rows, groups, m_window->filter(), complete);
    Q_EMIT rowsShown(complete);
}

void BrowseController::loadGroups()
{
    if (!m_session.client())
        return;
    m_session.cancelGroupsCall();
    const quint64 connection = m_session.connectionGeneration();
    m_session.addRequests(1);
    m_session.setGroupsCall(m_session.client()->listAllProtectionGroups(
        {}, this, [this, connection](const Result<ProtectionGroupPage> &r) {
            m_session.addRequests(-1);
            if (r.error.kind == ApiError::Kind::Cancelled ||
                connection != m_session.connectionGeneration())
                return;
            if (!r.ok()) {
                m_window->showGroupsError(r.error);
                return;
            }
            m_window->setGroups(r.value.groups);
            Q_EMIT groupsShown();
        }));
}

void BrowseController::inspect(const QString &jobId)
{
    if (!m_session.client() || jobId.isEmpty())
        return;
    auto *dialog = new ui::JobDialog(jobId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setResourceNames(m_window->resourceNames());
    auto fetch = [this, dialog](const QString &id) {
        if (!m_session.client())
            return;
        dialog->setLoading();
        m_session.client()->getJob(id, dialog, [dialog](const Result<Job> &r) {
            if (r.ok())
                dialog->setJob(r.value, r.body);
            else
                dialog->setError(r.error);
        });
    };
    connect(dialog, &ui::JobDialog::refreshRequested, this, fetch);
    dialog->show();
    fetch(jobId);
}

} // namespace sdrs
