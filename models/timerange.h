#pragma once

#include <QDateTime>
#include <QString>

namespace sdrs {

/// A range of begin times the window shows: a preset relative to the clock, or two instants.
/// A relative preset ("the last 24 hours") is kept as the preset, not as instants, so that it
/// moves with the clock: bounds() resolves it at the moment asked.
struct TimeRange
{
    enum class Preset {
        All, ///< no bound: every row, also those without a begin time
        LastHour,
        Last24Hours,
        Last7Days,
        Last30Days,
        Custom, ///< from `from` to `to`
    };
    Preset preset = Preset::All;
    QDateTime from; ///< Custom: the earliest begin time kept (UTC); invalid: no lower bound
    QDateTime to;   ///< Custom: the latest begin time kept (UTC); invalid: no upper bound

    /// The instants of a range (invalid: that end is open). Both ends are kept.
    struct Bounds
    {
        QDateTime from;
        QDateTime to;

        /// Whether a row that began at `begin` is kept: with no bound every row (also one
        /// without a begin time), else one whose valid begin time lies within both ends.
        bool contains(const QDateTime &begin) const
        {
            if (!from.isValid() && !to.isValid())
                return true;
            return begin.isValid() && (!from.isValid() || begin >= from) &&
                   (!to.isValid() || begin <= to);
        }
    };

    /// Whether the range keeps only some rows (every preset but All).
    bool isBounded() const { return preset != Preset::All; }
    /// The range's instants at `now` (UTC): the relative presets end open (rows begun after
    /// `now` are kept), Custom gives its own, All none.
    Bounds bounds(const QDateTime &now) const;

    /// The preset's name in settings ("all", "1h", "24h", "7d", "30d", "custom").
    static QString presetKey(Preset preset);
    /// The preset of a settings name; All for anything else.
    static Preset presetFromKey(const QString &key);

    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

} // namespace sdrs
