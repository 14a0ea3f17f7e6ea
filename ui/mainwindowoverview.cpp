// MainWindow's Overview: the dock with the Overview panel (View > Overview), the facet chips
// under the filter bar, and the facets they put on the table's filter proxy.
#include "ui/mainwindow.h"

#include "models/failurejobproxy.h"
#include "models/pageproxy.h"
#include "ui/facetchips.h"
#include "ui/failuretableview.h"
#include "ui/filterbar.h"
#include "ui/overviewpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QVBoxLayout>

namespace sdrs::ui {

namespace {

QString dockStateKey()
{
    return QStringLiteral("window/dockState");
}

} // namespace

void MainWindow::buildOverview()
{
    m_overview = new OverviewPanel;
    m_overviewDock = new QDockWidget(tr("Overview"), this);
    m_overviewDock->setObjectName(QStringLiteral("overviewDock"));
    m_overviewDock->setWidget(m_overview);
    m_overviewDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea |
                                    Qt::BottomDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_overviewDock);
    m_overviewDock->hide();
    m_overview->setSource(m_model, m_table->filterProxy());

    m_chips = new FacetChips(centralWidget());
    if (auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout()))
        layout->insertWidget(layout->indexOf(m_filters) + 1, m_chips);
    connect(m_overview, &OverviewPanel::facetChosen, this, [this](const OverviewFacet &facet) {
        setFacets(withFacet(m_table->filterProxy()->facets(), facet));
    });
    connect(m_chips, &FacetChips::facetsChanged, this, &MainWindow::setFacets);
    // The table overlay's "Clear filters" clears these too.
    connect(m_table, &FailureTableView::clearFiltersRequested, this, [this] { setFacets({}); });
}

void MainWindow::addOverviewAction(QMenu *view)
{
    QAction *toggle = m_overviewDock->toggleViewAction();
    toggle->setText(tr("&Overview"));
    toggle->setObjectName(QStringLiteral("overviewAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    toggle->setToolTip(tr("What is failing, at a glance: totals, top error codes, failures per "
                          "day; click to filter the table"));
    view->addAction(toggle);
}

void MainWindow::setFacets(const QList<OverviewFacet> &facets)
{
    m_table->filterProxy()->setFacets(facets);
    m_chips->setFacets(facets);
    if (m_paging.local())
        m_table->pageProxy()->setPage(0, pageSize());
    updatePaging();
    updateCounts();
}

QList<OverviewFacet> MainWindow::facets() const
{
    return m_table->filterProxy()->facets();
}

void MainWindow::saveOverviewState() const
{
    QSettings().setValue(dockStateKey(), saveState());
}

void MainWindow::restoreOverviewState()
{
    restoreState(QSettings().value(dockStateKey()).toByteArray());
}

} // namespace sdrs::ui
