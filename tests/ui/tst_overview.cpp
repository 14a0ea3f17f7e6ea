// The Overview in the real window: its counts agree with the table's paging bar, a click on a
// ranked row or a bar narrows the table (a chip says so), removing the chip restores the rows;
// it follows the filters, computes off the GUI thread for many rows, and reads in light and dark.
#include "emulator/dataset.h"
#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "ui/facetchips.h"
#include "ui/failuretableview.h"
#include "ui/overviewpanel.h"
#include "ui/overviewupdater.h"
#include "windowharness.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace sdrs;
using namespace sdrs::testing;
using emulator::Dataset;

namespace {

/// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// A number as the window writes it ("1,500"), as an int.
int digits(const QString &text)
{
    QString only = text;
    only.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    return only.toInt();
}

} // namespace

class TstOverview : public QObject, private WindowHarness
{
    Q_OBJECT

    ui::FailureTableView *view() { return child<ui::FailureTableView>("failureTable"); }
    FailureJobFilterProxy *proxy() { return view()->filterProxy(); }
    ui::OverviewPanel *panel() { return child<ui::OverviewPanel>("overviewPanel"); }
    QList<QToolButton *> chips()
    {
        return child<ui::FacetChips>("facetChips")
            ->findChildren<QToolButton *>(QStringLiteral("facetChip"));
    }
    /// The total of the paging bar's row counter ("Rows 1–100 of 1,500").
    int pagingTotal()
    {
        const QString text = child<QLabel>("rowRange")->text();
        return digits(text.section(QLatin1Char(' '), -1));
    }
    int overviewTotal() { return digits(child<QLabel>("overviewFailedTotal")->text()); }

    void chooseAllGroups()
    {
        QVERIFY(rowsAfter([&] { choose(child<QComboBox>("groupFilter"), 1); }));
        QTRY_VERIFY(!m_controller->isLoading());
    }

    /// Shows the Overview (View > Overview) and waits for its numbers of the rows shown.
    void openOverview()
    {
        QAction *toggle = child<QAction>("overviewAction");
        if (!toggle->isChecked())
            toggle->trigger();
        QTRY_VERIFY(panel()->isVisible());
        QTRY_COMPARE(overviewTotal(), proxy()->rowCount());
    }

    void clickRow(const char *table, int row)
    {
        auto *ranks = child<QTableView>(table);
        child<QTabWidget>("overviewRanks")->setCurrentWidget(ranks);
        QTRY_VERIFY(ranks->isVisible());
        const QRect cell = ranks->visualRect(ranks->model()->index(row, 0));
        QVERIFY(cell.isValid());
        QTest::mouseClick(ranks->viewport(), Qt::LeftButton, {}, cell.center());
    }

    /// Every row the table keeps has `code`.
    void allRowsHaveCode(const QString &code)
    {
        for (const int source : proxy()->acceptedRows())
            QCOMPARE(model()->job(source).errorCode, code);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_overview"));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QSettings().clear();
    }

    void cleanup()
    {
        endAll();
        QSettings().clear();
    }

    void clickToFilterAndChipRemoval_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1000x650") << QSize(1000, 650);
        QTest::newRow("large") << QSize(1900, 1000);
    }

    void clickToFilterAndChipRemoval()
    {
        QFETCH(QSize, size);
        start();
        m_window->resize(size);
        chooseAllGroups();
        openOverview();
        const int all = proxy()->rowCount();
        QCOMPARE(pagingTotal(), all);
        QVERIFY(chips().isEmpty());

        // A ranked row: the table keeps its rows, and both counters say how many.
        const OverviewRank top = panel()->stats().byErrorCode.first();
        clickRow("overviewByErrorCode", 0);
        QTRY_COMPARE(proxy()->rowCount(), top.count);
        allRowsHaveCode(top.key);
        QTRY_COMPARE(overviewTotal(), top.count);
        QCOMPARE(pagingTotal(), top.count);
        QCOMPARE(chips().size(), 1);
        QVERIFY(chips().first()->text().startsWith(QStringLiteral("Error code: ") + top.key));

        // A second facet of another kind combines with it.
        const OverviewRank group = panel()->stats().byGroup.first();
        clickRow("overviewByGroup", 0);
        QTRY_COMPARE(proxy()->rowCount(), group.count);
        QTRY_COMPARE(chips().size(), 2);
        QTRY_COMPARE(overviewTotal(), group.count);
        QCOMPARE(pagingTotal(), group.count);

        // Esc on a chip removes it; a click on the other removes that one.
        QToolButton *groupChip = chips().last();
        groupChip->setFocus();
        QTest::keyClick(groupChip, Qt::Key_Escape);
        QTRY_COMPARE(chips().size(), 1);
        QCOMPARE(proxy()->rowCount(), top.count);
        QTest::mouseClick(chips().first(), Qt::LeftButton);
        QTRY_VERIFY(chips().isEmpty());
        QCOMPARE(proxy()->rowCount(), all);
        QTRY_COMPARE(overviewTotal(), all);
        QCOMPARE(pagingTotal(), all);
        QVERIFY(!child<ui::FacetChips>("facetChips")->isVisible());
    }

    /// A click on a bar of the top error codes narrows the table to that code.
    void barClickFilters()
    {
        start();
        chooseAllGroups();
        openOverview();
        auto *chartView = child<QChartView>("overviewCodeChart");
        QChart *chart = chartView->chart();
        auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        const QList<OverviewRank> codes = panel()->stats().byErrorCode;
        const int shown = int(series->barSets().first()->count());
        QVERIFY(shown >= 2);
        // The second most frequent code: bars run bottom to top.
        const int index = shown - 2;
        const qreal value = series->barSets().first()->at(index);
        const QPointF inBar = chart->mapToPosition(QPointF(value / 2, index), series);
        QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {},
                          chartView->mapFromScene(inBar));
        QTRY_COMPARE(proxy()->rowCount(), codes.at(1).count);
        allRowsHaveCode(codes.at(1).key);
        QTRY_COMPARE(overviewTotal(), codes.at(1).count);
        QCOMPARE(chips().size(), 1);

        // The overlay's "Clear filters" clears the facets too.
        m_window->setFacets(
            {OverviewFacet::make(OverviewFacet::Kind::ErrorCode, QStringLiteral("NO.SUCH"))});
        QCOMPARE(proxy()->rowCount(), 0);
        QTRY_VERIFY(child<QPushButton>("tableOverlayButton")->isVisible());
        QTest::mouseClick(child<QPushButton>("tableOverlayButton"), Qt::LeftButton);
        QTRY_VERIFY(chips().isEmpty());
        QCOMPARE(proxy()->rowCount(), model()->rowCount());
    }

    /// The Overview follows the quick filter and the status filter; a day bar filters by day.
    void followsFiltersAndDays()
    {
        start();
        chooseAllGroups();
        openOverview();
        child<QLineEdit>("quickFilter")->setText(QStringLiteral("quota"));
        QTRY_COMPARE(proxy()->quickFilter(), QStringLiteral("quota"));
        QVERIFY(proxy()->rowCount() < model()->rowCount());
        QTRY_COMPARE(overviewTotal(), proxy()->rowCount());
        const OverviewStats stats = panel()->stats();
        int perDay = 0;
        for (const OverviewDay &day : stats.days)
            perDay += day.total;
        QCOMPARE(perDay, stats.total);
        // The busiest day, as a click on its bar would choose it.
        auto *days = qobject_cast<QAbstractBarSeries *>(
            child<QChartView>("overviewDayChart")->chart()->series().value(0));
        QVERIFY(days && !days->barSets().isEmpty());
        const auto busiest = std::max_element(
            stats.days.cbegin(), stats.days.cend(),
            [](const OverviewDay &a, const OverviewDay &b) { return a.total < b.total; });
        Q_EMIT days->clicked(int(busiest - stats.days.cbegin()), days->barSets().first());
        QTRY_COMPARE(proxy()->rowCount(), busiest->total);
        QTRY_COMPARE(overviewTotal(), busiest->total);
        QVERIFY(chips().first()->text().contains(busiest->day.toString(Qt::ISODate)));
    }

    /// From OffThreadRows rows on, a worker computes; the result is the same.
    void manyRowsOffThread()
    {
        start(Dataset::generate(11, 6, 7000));
        chooseAllGroups();
        QVERIFY(model()->rowCount() >= ui::OverviewUpdater::OffThreadRows);
        QSignalSpy shown(panel(), &ui::OverviewPanel::statsShown);
        child<QAction>("overviewAction")->trigger();
        QTRY_VERIFY(panel()->updater()->isComputing() || shown.size() > 0);
        QTRY_COMPARE(overviewTotal(), proxy()->rowCount());
        const OverviewStats here = computeOverview(panel()->updater()->snapshot());
        QCOMPARE(panel()->stats().byErrorCode, here.byErrorCode);
        QCOMPARE(panel()->stats().days, here.days);
        // Two changes in a row: only the rows as they are last count.
        proxy()->setFacets(
            {OverviewFacet::make(OverviewFacet::Kind::ErrorCode, here.byErrorCode.at(0).key)});
        proxy()->setFacets(
            {OverviewFacet::make(OverviewFacet::Kind::ErrorCode, here.byErrorCode.at(1).key)});
        QTRY_COMPARE(overviewTotal(), here.byErrorCode.at(1).count);
        QTRY_VERIFY(!panel()->updater()->isComputing());
        QCOMPARE(overviewTotal(), here.byErrorCode.at(1).count);
    }

    void goneAndNewTotals()
    {
        // Without a history nothing tells the panel the gone count: it shows "—" until told.
        m_withHistory = false;
        start();
        m_withHistory = true;
        openOverview();
        QCOMPARE(child<QLabel>("overviewGoneTotal")->text(), QStringLiteral("\u2014"));
        panel()->setGoneLast24Hours(3);
        QCOMPARE(child<QLabel>("overviewGoneTotal")->text(), QStringLiteral("3"));
        panel()->setGoneLast24Hours(-1);
        QCOMPARE(child<QLabel>("overviewGoneTotal")->text(), QStringLiteral("\u2014"));
        QCOMPARE(digits(child<QLabel>("overviewNewTotal")->text()), m_window->newRowCount());
    }

    /// With a history, the load's recording tells the panel how many went in the last 24 hours
    /// (none in a first reading).
    void goneTotalFromTheHistory()
    {
        start();
        openOverview();
        QTRY_COMPARE(child<QLabel>("overviewGoneTotal")->text(), QStringLiteral("0"));
    }

    /// The charts' labels contrast with their background in a light and a dark palette.
    void readableInLightAndDark_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void readableInLightAndDark()
    {
        QFETCH(bool, dark);
        start();
        QPalette palette = QApplication::style()->standardPalette();
        if (dark) {
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
            palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        }
        panel()->setPalette(palette);
        openOverview();
        for (const char *name : {"overviewCodeChart", "overviewDayChart"}) {
            QChart *chart = child<QChartView>(name)->chart();
            const QColor background = chart->backgroundBrush().color();
            QCOMPARE(background.lightness() < 128, dark);
            QVERIFY(contrast(chart->titleBrush().color(), background) >= 4.5);
            QVERIFY(!chart->axes().isEmpty());
            for (QAbstractAxis *axis : chart->axes())
                QVERIFY2(contrast(axis->labelsColor(), background) >= 4.5, name);
            if (chart->legend()->isVisible())
                QVERIFY(contrast(chart->legend()->labelColor(), background) >= 4.5);
        }
    }

    /// The dock's visibility is remembered with the window.
    void rememberedWithTheWindow()
    {
        start();
        openOverview();
        m_window->saveSettings();
        endAll();
        openWindow();
        QTRY_VERIFY(panel()->isVisible());
        child<QAction>("overviewAction")->trigger();
        QVERIFY(!panel()->isVisible());
    }
};

QTEST_MAIN(TstOverview)
#include "tst_overview.moc"
