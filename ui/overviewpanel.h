#pragma once

#include "models/overviewfacet.h"
#include "models/overviewstats.h"

#include <QPointer>
#include <QWidget>

class QAbstractBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QTableView;
class QTabWidget;

namespace sdrs {
class FailureJobFilterProxy;
class FailureJobModel;
} // namespace sdrs

namespace sdrs::ui {

class OverviewRankModel;
class OverviewUpdater;

/// The Overview: what is failing, at a glance, over the rows passing the table's filters (every
/// page held): the totals (failed tasks, new since the last look, gone in the last 24 hours), a
/// bar chart of the top error codes, the failures per day stacked by failure status, and small
/// ranked tables by error code, protection group, resource and job type. Clicking a bar or a
/// ranked row asks for the table to be narrowed to those rows (facetChosen()). Computed only
/// while shown (OverviewUpdater).
class OverviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPanel)

public:
    explicit OverviewPanel(QWidget *parent = nullptr);

    /// The rows: the model and the filter proxy the table shows them through (not owned).
    void setSource(FailureJobModel *model, FailureJobFilterProxy *proxy);
    /// The failed tasks gone in the last 24 hours, from the history; -1: unknown ("—").
    void setGoneLast24Hours(int count);
    /// The time range's days (local dates) for the per-day chart; invalid: the rows' own.
    void setDayRange(QDate first, QDate last);
    /// The statistics shown now.
    const OverviewStats &stats() const { return m_stats; }
    OverviewUpdater *updater() const { return m_updater; }

Q_SIGNALS:
    /// A bar or a ranked row was clicked: narrow the table to its rows.
    void facetChosen(const sdrs::OverviewFacet &facet);
    /// New statistics are shown.
    void statsShown();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildTotals();
    QChartView *buildChart(const char *name, const QString &title, int minimumHeight);
    QWidget *buildRanks();
    void showStats(const OverviewStats &stats);
    void updateTotals();
    void codeClicked(int index);
    void dayClicked(int index);
    void retranslate();

    OverviewUpdater *m_updater;
    OverviewStats m_stats;
    int m_gone = -1;
    QLabel *m_failed = nullptr;
    QLabel *m_new = nullptr;
    QLabel *m_goneLabel = nullptr;
    QChartView *m_codeView = nullptr;
    QChartView *m_dayView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<OverviewRankModel *> m_rankModels;
};

} // namespace sdrs::ui
