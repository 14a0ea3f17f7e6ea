#include "ui/overviewupdater.h"

#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace sdrs::ui {

OverviewUpdater::OverviewUpdater(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &OverviewUpdater::recompute);
    connect(&m_watcher, &QFutureWatcher<OverviewStats>::finished, this, &OverviewUpdater::finished);
}

OverviewUpdater::~OverviewUpdater()
{
    // The worker holds only its snapshot: waiting for it here keeps no thread past the window.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void OverviewUpdater::setSource(FailureJobModel *model, FailureJobFilterProxy *proxy)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    m_proxy = proxy;
    const auto changed = [this] {
        schedule();
    };
    if (model) {
        m_connections << connect(model, &QAbstractItemModel::modelReset, this, changed)
                      << connect(model, &QAbstractItemModel::dataChanged, this,
                                 [this](const QModelIndex &, const QModelIndex &,
                                        const QList<int> &roles) {
                                     // New marks, group names; not the stale mark alone.
                                     if (!roles.contains(FailureJobModel::StaleRole))
                                         schedule();
                                 });
    }
    if (proxy) {
        m_connections << connect(proxy, &QAbstractItemModel::modelReset, this, changed)
                      << connect(proxy, &QAbstractItemModel::layoutChanged, this, changed);
    }
    schedule();
}

void OverviewUpdater::setActive(bool active)
{
    m_active = active;
    if (active && m_dirty)
        schedule();
}

void OverviewUpdater::setDayRange(QDate first, QDate last)
{
    if (first == m_firstDay && last == m_lastDay)
        return;
    m_firstDay = first;
    m_lastDay = last;
    schedule();
}

void OverviewUpdater::schedule()
{
    m_dirty = true;
    ++m_generation; // whatever runs now is out of date
    if (m_active)
        m_timer->start();
}

OverviewSnapshot OverviewUpdater::snapshot() const
{
    OverviewSnapshot s;
    s.firstDay = m_firstDay;
    s.lastDay = m_lastDay;
    if (!m_model || !m_proxy)
        return s;
    s.jobs = m_model->jobs();
    s.rows = m_proxy->acceptedRows();
    s.groupNames = m_model->groupNames();
    bool anyNew = false;
    QBitArray marks(s.jobs.size());
    for (const int row : std::as_const(s.rows)) {
        if (m_model->isNew(row)) {
            marks.setBit(row);
            anyNew = true;
        }
    }
    if (anyNew)
        s.newRows = std::move(marks);
    return s;
}

void OverviewUpdater::recompute()
{
    if (!m_active || !m_dirty)
        return;
    if (m_watcher.isRunning())
        return; // finished() starts the next one
    m_dirty = false;
    OverviewSnapshot s = snapshot();
    if (s.rows.size() < OffThreadRows) {
        Q_EMIT statsReady(computeOverview(s));
        return;
    }
    m_runGeneration = m_generation;
    m_watcher.setFuture(QtConcurrent::run([s = std::move(s)] { return computeOverview(s); }));
}

void OverviewUpdater::finished()
{
    const QFuture<OverviewStats> future = m_watcher.future();
    if (m_runGeneration == m_generation && future.resultCount() > 0)
        Q_EMIT statsReady(future.result());
    if (m_dirty)
        m_timer->start(); // the rows changed meanwhile: their statistics next
}

} // namespace sdrs::ui
