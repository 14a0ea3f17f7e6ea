#include "ui/overviewpanel.h"

#include "ui/overviewcharts.h"
#include "ui/overviewrankmodel.h"
#include "ui/overviewupdater.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sdrs::ui {

namespace {

QLabel *numberLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(name));
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

OverviewPanel::OverviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_updater(new OverviewUpdater(this))
{
    setObjectName(QStringLiteral("overviewPanel"));
    setMinimumWidth(440);        // the charts' labels and the ranked tables need it
    m_updater->setActive(false); // until shown
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(buildTotals());
    m_codeView = buildChart("overviewCodeChart", tr("Top error codes"), 240);
    layout->addWidget(m_codeView);
    m_dayView = buildChart("overviewDayChart", tr("Failures per day"), 300);
    layout->addWidget(m_dayView);
    layout->addWidget(buildRanks(), 1);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    connect(m_updater, &OverviewUpdater::statsReady, this, &OverviewPanel::showStats);
    showStats({});
}

QWidget *OverviewPanel::buildTotals()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_failed = numberLabel("overviewFailedTotal", box);
    m_new = numberLabel("overviewNewTotal", box);
    m_goneLabel = numberLabel("overviewGoneTotal", box);
    const QList<std::pair<QLabel *, QString>> totals{
        {m_failed, tr("Failed tasks")},
        {m_new, tr("New since last look")},
        {m_goneLabel, tr("Gone in the last 24 hours")},
    };
    for (int i = 0; i < int(totals.size()); ++i) {
        auto *caption = new QLabel(totals[i].second, box);
        caption->setWordWrap(true);
        caption->setBuddy(totals[i].first);
        grid->addWidget(totals[i].first, 0, i);
        grid->addWidget(caption, 1, i, Qt::AlignTop);
        grid->setColumnStretch(i, 1);
    }
    return box;
}

QChartView *OverviewPanel::buildChart(const char *name, const QString &title, int minimumHeight)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart, this);
    view->setObjectName(QLatin1StringView(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    view->setAccessibleName(title);
    return view;
}

QWidget *OverviewPanel::buildRanks()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("overviewRanks"));
    using K = OverviewFacet::Kind;
    const QList<std::pair<K, const char *>> kinds{{K::ErrorCode, "overviewByErrorCode"},
                                                  {K::Group, "overviewByGroup"},
                                                  {K::Resource, "overviewByResource"},
                                                  {K::JobType, "overviewByJobType"}};
    for (const auto &[kind, name] : kinds) {
        auto *model = new OverviewRankModel(kind, this);
        auto *view = new QTableView(m_tabs);
        view->setObjectName(QLatin1StringView(name));
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        view->setWordWrap(false);
        view->horizontalHeader()->setSectionResizeMode(OverviewRankModel::Name,
                                                       QHeaderView::Stretch);
        view->horizontalHeader()->setSectionResizeMode(OverviewRankModel::Count,
                                                       QHeaderView::ResizeToContents);
        view->setMinimumHeight(160);
        const auto choose = [this, model](const QModelIndex &index) {
            if (index.isValid())
                Q_EMIT facetChosen(model->facet(index.row()));
        };
        connect(view, &QAbstractItemView::clicked, this, choose);
        connect(view, &QAbstractItemView::activated, this, choose);
        m_tabs->addTab(view, QString());
        m_rankModels.append(model);
    }
    retranslate();
    return m_tabs;
}

void OverviewPanel::retranslate()
{
    const QStringList titles{tr("Error codes"), tr("Protection groups"), tr("Resources"),
                             tr("Job types")};
    for (int i = 0; i < m_tabs->count() && i < titles.size(); ++i)
        m_tabs->setTabText(i, titles.at(i));
}

void OverviewPanel::setSource(FailureJobModel *model, FailureJobFilterProxy *proxy)
{
    m_updater->setSource(model, proxy);
}

void OverviewPanel::setGoneLast24Hours(int count)
{
    m_gone = count;
    updateTotals();
}

void OverviewPanel::setDayRange(QDate first, QDate last)
{
    m_updater->setDayRange(first, last);
}

void OverviewPanel::showStats(const OverviewStats &stats)
{
    m_stats = stats;
    updateTotals();
    const QPalette pal = palette();
    QAbstractBarSeries *codes =
        overviewcharts::showTopCodes(m_codeView->chart(), m_stats.byErrorCode, pal);
    connect(codes, &QAbstractBarSeries::clicked, this,
            [this](int index, QBarSet *) { codeClicked(index); });
    QAbstractBarSeries *days = overviewcharts::showDays(m_dayView->chart(), m_stats, pal);
    connect(days, &QAbstractBarSeries::clicked, this,
            [this](int index, QBarSet *) { dayClicked(index); });
    m_rankModels[0]->setRanks(m_stats.byErrorCode);
    m_rankModels[1]->setRanks(m_stats.byGroup);
    m_rankModels[2]->setRanks(m_stats.byResource);
    m_rankModels[3]->setRanks(m_stats.byJobType);
    Q_EMIT statsShown();
}

void OverviewPanel::updateTotals()
{
    const QLocale locale;
    m_failed->setText(locale.toString(m_stats.total));
    m_new->setText(locale.toString(m_stats.newCount));
    //: The Overview's count of gone failures when the history cannot tell.
    m_goneLabel->setText(m_gone < 0 ? tr("\u2014") : locale.toString(m_gone));
}

void OverviewPanel::codeClicked(int index)
{
    // Bars run bottom to top: index 0 is the last code shown.
    const int shown =
        int(std::min<qsizetype>(m_stats.byErrorCode.size(), overviewcharts::TopCodes));
    const int rank = shown - 1 - index;
    if (rank >= 0 && rank < shown)
        Q_EMIT facetChosen(m_rankModels[0]->facet(rank));
}

void OverviewPanel::dayClicked(int index)
{
    if (index >= 0 && index < m_stats.days.size())
        Q_EMIT facetChosen(OverviewFacet::day(m_stats.days.at(index).day));
}

void OverviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_updater->setActive(true);
}

void OverviewPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_updater->setActive(false);
}

void OverviewPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        overviewcharts::applyPalette(m_codeView->chart(), palette());
        overviewcharts::applyPalette(m_dayView->chart(), palette());
    } else if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

} // namespace sdrs::ui
