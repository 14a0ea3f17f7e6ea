#pragma once

#include "models/overviewstats.h"

#include <QColor>

class QAbstractBarSeries;
class QChart;
class QPalette;

namespace sdrs::ui {

/// The Overview's two charts (Qt Charts), built from its statistics and coloured from the palette.
namespace overviewcharts {

/// How many error codes the bar chart shows.
constexpr int TopCodes = 8;
/// The longest label of an error code's bar, in characters (then elided with "…").
constexpr int CodeLabelChars = 30;

/// The top error codes as horizontal bars (the most frequent on top), each labelled with its code
/// and meaning. Returns the series (its clicked() gives the bar: index 0 is the bottom one).
QAbstractBarSeries *showTopCodes(QChart *chart, const QList<OverviewRank> &codes,
                                 const QPalette &palette);
/// The failures per day as bars stacked by failure status (named in words), one set per
/// OverviewStats::statuses entry. Returns the series (clicked() gives the day's index).
QAbstractBarSeries *showDays(QChart *chart, const OverviewStats &stats, const QPalette &palette);
/// Background, labels, grid and legend from the palette (Base and Text), also after a change of
/// the palette.
void applyPalette(QChart *chart, const QPalette &palette);
/// The colour of the `index`-th status series, readable on the palette's base.
QColor seriesColor(int index, const QPalette &palette);

} // namespace overviewcharts

} // namespace sdrs::ui
