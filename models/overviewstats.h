#pragma once

#include "models/failurejob.h"

#include <QBitArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <limits>

namespace sdrs {

/// What the Overview is computed from: the rows passing the table's filters (not one page), held
/// as a shallow copy of the model's rows and their indexes, so that it can be handed to another
/// thread while the model moves on.
struct OverviewSnapshot
{
    QList<FailureJob> jobs; ///< every row of the model (shared, not copied)
    QList<int> rows;        ///< the indexes into `jobs` of the rows counted
    QBitArray newRows;      ///< per index into `jobs`: marked new (NewRole); may be empty
    QHash<QString, QString> groupNames; ///< server_group_id -> name (FailureJobModel::groupNames())
    /// The time range's days, when one is set (local dates); invalid: the rows' first and last.
    QDate firstDay;
    QDate lastDay;
};

/// One line of a ranked table: a key, what it is called, how many rows and when they began.
struct OverviewRank
{
    QString key;  ///< the raw value: error code, group id, resource id or job type
    QString name; ///< the code's meaning, the group's or resource's name; empty: none known
    int count = 0;
    QDateTime first; ///< earliest valid begin time (UTC); invalid: none
    QDateTime last;  ///< latest valid begin time (UTC)

    friend bool operator==(const OverviewRank &, const OverviewRank &) = default;
};

/// The failures of one local day, per failure status (OverviewStats::statuses).
struct OverviewDay
{
    QDate day;
    QList<int> counts; ///< one per OverviewStats::statuses entry
    int total = 0;

    friend bool operator==(const OverviewDay &, const OverviewDay &) = default;
};

/// The Overview's numbers. Ranked lists are by count (most first), then in the order of the
/// snapshot's rows (the table's order).
struct OverviewStats
{
    int total = 0;                   ///< failed tasks counted
    int newCount = 0;                ///< of them marked new
    QList<OverviewRank> byErrorCode; ///< each list at most MaxRanks long
    QList<OverviewRank> byGroup;     ///< key "" is the protection-group level
    QList<OverviewRank> byResource;
    QList<OverviewRank> byJobType;
    /// The failure statuses present: the documented ones in their order, then others by name.
    QStringList statuses;
    /// Every day from the first to the last (at most MaxDays, the latest ones), empty days
    /// included.
    QList<OverviewDay> days;

    /// How many different keys each ranked list had before it was cut to MaxRanks.
    int errorCodes = 0;
    int groups = 0;
    int resources = 0;
    int jobTypes = 0;

    /// The most days the per-day series holds.
    static constexpr int MaxDays = 366;
    /// The most entries a ranked list keeps (the most frequent ones).
    static constexpr int MaxRanks = 200;
};

/// Computes the Overview from a snapshot. Pure: safe on any thread (the error catalog is loaded
/// once, thread-safely); about 100,000 rows in tens of milliseconds.
OverviewStats computeOverview(const OverviewSnapshot &snapshot);

/// The local date of a UTC time, cached by quarter hour (every time zone's offset is a multiple
/// of 15 minutes), for many calls on one thread.
class LocalDays final
{
public:
    QDate dateOf(const QDateTime &utc);

private:
    QHash<qint64, QDate> m_cache;
    qint64 m_lastBucket = std::numeric_limits<qint64>::min();
    QDate m_lastDate;
};

} // namespace sdrs
