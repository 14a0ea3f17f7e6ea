#include "ui/overviewcharts.h"

#include "models/safetext.h"
#include "models/vocabulary.h"
#include "ui/overviewrankmodel.h"
#include "ui/statusstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace sdrs::ui::overviewcharts {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/// Removes the series and axes of an earlier build.
void clear(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// A value axis of whole counts from 0 to at least `max`.
QValueAxis *countAxis(int max)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::max(1, max));
    axis->setTickCount(std::min(std::max(2, max + 1), 5));
    if (max > 4)
        axis->applyNiceNumbers();
    return axis;
}

/// A date axis under the day bars, from the start of `first` to the end of `last`, carried by
/// an invisible series (an axis needs one).
void addDateAxis(QChart *chart, QDate first, QDate last, QAbstractAxis *axisY)
{
    const QDateTime from = first.startOfDay();
    const QDateTime to = last.addDays(1).startOfDay();
    auto *span = new QLineSeries;
    span->append(qreal(from.toMSecsSinceEpoch()), 0);
    span->append(qreal(to.toMSecsSinceEpoch()), 0);
    span->setPen(Qt::NoPen);
    chart->addSeries(span);
    auto *dates = new QDateTimeAxis;
    dates->setFormat(first.year() == last.year() ? QStringLiteral("MM-dd")
                                                 : QStringLiteral("yyyy-MM-dd"));
    dates->setRange(from, to);
    dates->setTickCount(int(std::clamp<qint64>(first.daysTo(last) + 2, 2, 4)));
    dates->setGridLineVisible(false);
    chart->addAxis(dates, Qt::AlignBottom);
    span->attachAxis(dates);
    span->attachAxis(axisY);
    const QList<QLegendMarker *> markers = chart->legend()->markers(span);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
}

} // namespace

QColor seriesColor(int index, const QPalette &palette)
{
    if (index == 0)
        return toneColor(StatusTone::Failed, palette);
    // Okabe-Ito, distinguishable with colour blindness; lighter on a dark base.
    static const QList<QRgb> light{0xe69f00, 0x0072b2, 0x009e73, 0xcc79a7,
                                   0x56b4e9, 0xd55e00, 0xf0e442, 0x000000};
    QColor color(light.at((index - 1) % light.size()));
    if (isDark(palette))
        color = color.lightness() < 60 ? QColor(0xe0, 0xe0, 0xe0) : color.lighter(125);
    return color;
}

void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    QFont small = chart->font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    chart->legend()->setFont(small);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(palette.color(QPalette::Midlight));
        axis->setTitleBrush(text);
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (qsizetype i = 0; i < sets.size(); ++i) {
                const QColor fill = qobject_cast<QHorizontalBarSeries *>(bars)
                                        ? palette.color(QPalette::Highlight)
                                        : seriesColor(int(i), palette);
                sets[i]->setColor(fill);
                sets[i]->setBorderColor(fill);
                sets[i]->setLabelColor(text);
            }
        }
    }
}

QAbstractBarSeries *showTopCodes(QChart *chart, const QList<OverviewRank> &codes,
                                 const QPalette &palette)
{
    clear(chart);
    auto *set = new QBarSet(OverviewRankModel::tr("Failed tasks"));
    QStringList categories;
    int max = 0;
    // Bottom to top: the most frequent code last, so that it is drawn on top.
    const qsizetype shown = std::min<qsizetype>(codes.size(), TopCodes);
    for (qsizetype i = shown - 1; i >= 0; --i) {
        const OverviewRank &rank = codes.at(i);
        const QString label = OverviewRankModel::label(OverviewFacet::Kind::ErrorCode, rank);
        // Categories must be unique, also when two labels elide alike.
        categories.append(text::elide(text::printable(label), CodeLabelChars) +
                          QString(QChar(0x200b)).repeated(int(i)));
        set->append(rank.count);
        max = std::max(max, rank.count);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = countAxis(max);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(false);
    applyPalette(chart, palette);
    return series;
}

QAbstractBarSeries *showDays(QChart *chart, const OverviewStats &stats, const QPalette &palette)
{
    clear(chart);
    auto *series = new QStackedBarSeries;
    QList<QBarSet *> sets;
    for (const QString &status : stats.statuses)
        sets.append(new QBarSet(text::printable(failureStatusName(status))));
    QStringList categories;
    int max = 0;
    for (const OverviewDay &day : stats.days) {
        categories.append(day.day.toString(Qt::ISODate));
        for (qsizetype i = 0; i < sets.size(); ++i)
            sets[i]->append(day.counts.value(i));
        max = std::max(max, day.total);
    }
    series->append(sets);
    chart->addSeries(series);
    // The bars' own axis stays unlabelled (a label per day does not fit): a date axis over the
    // same span names a few days.
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsVisible(false);
    axisX->setGridLineVisible(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = countAxis(max);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    if (!stats.days.isEmpty())
        addDateAxis(chart, stats.days.first().day, stats.days.last().day, axisY);
    chart->legend()->setVisible(!sets.isEmpty());
    chart->legend()->setAlignment(Qt::AlignRight);
    applyPalette(chart, palette);
    return series;
}

} // namespace sdrs::ui::overviewcharts
