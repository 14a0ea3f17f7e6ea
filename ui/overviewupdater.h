#pragma once

#include "models/overviewstats.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QTimer;

namespace sdrs {
class FailureJobFilterProxy;
class FailureJobModel;
} // namespace sdrs

namespace sdrs::ui {

/// Keeps the Overview's statistics up to date with the rows: the rows passing the table's
/// filters (FailureJobFilterProxy, every page), recomputed after a model reset, a change of the
/// new marks or the group names, and a filter change, coalesced by a zero timer. From
/// OffThreadRows rows on, the computation runs on a worker (QtConcurrent) over a snapshot, and a
/// result that a newer change has overtaken is dropped.
class OverviewUpdater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewUpdater)

public:
    /// From this many rows the statistics are computed off the GUI thread.
    static constexpr int OffThreadRows = 5000;

    explicit OverviewUpdater(QObject *parent = nullptr);
    ~OverviewUpdater() override;

    /// The model and the proxy the rows are read from (not owned).
    void setSource(FailureJobModel *model, FailureJobFilterProxy *proxy);
    /// While inactive (the Overview is hidden), changes are only noted; activating computes.
    void setActive(bool active);
    /// The time range's days (local dates), for the per-day series; invalid: the rows' own.
    void setDayRange(QDate first, QDate last);
    /// Asks for a recomputation on the next turn of the event loop (several asks, one run).
    void schedule();
    /// The snapshot of the rows now.
    OverviewSnapshot snapshot() const;
    /// A computation runs on a worker now.
    bool isComputing() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /// New statistics for the rows as they are now.
    void statsReady(const sdrs::OverviewStats &stats);

private:
    void recompute();
    void finished();

    QPointer<FailureJobModel> m_model;
    QPointer<FailureJobFilterProxy> m_proxy;
    QList<QMetaObject::Connection> m_connections;
    QTimer *m_timer;
    QFutureWatcher<OverviewStats> m_watcher;
    QDate m_firstDay;
    QDate m_lastDay;
    quint64 m_generation = 0;    ///< counts the snapshots taken
    quint64 m_runGeneration = 0; ///< the snapshot the worker computes
    bool m_active = true;
    bool m_dirty = true;
};

} // namespace sdrs::ui
