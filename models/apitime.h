#pragma once

#include <QDateTime>
#include <QHash>
#include <QStringView>

namespace sdrs {

/// Parses the API's two time formats: `2019-01-21T12:56:35.754Z` (jobs, failed tasks; other ISO
/// 8601 offsets too) and `2019-05-23 03:51:58.256` (protection groups, no zone: UTC). Milliseconds
/// are optional. Returns an invalid QDateTime for anything else.
QDateTime parseApiTime(QStringView text);

/// Formats as the job API does: `yyyy-MM-ddTHH:mm:ss.zzzZ` in UTC.
QString formatIsoTime(const QDateTime &time);

/// Formats as the protection-group API does: `yyyy-MM-dd HH:mm:ss.zzz` in UTC.
QString formatGroupTime(const QDateTime &time);

/// `yyyy-MM-dd HH:mm:ss` of a valid time as it is (no zone conversion), as the tables show times;
/// fast enough to format every row of a large list.
QString formatTableTime(const QDateTime &time);

/// formatTableTime() of the time in local time; empty for an invalid time.
QString formatLocalTableTime(const QDateTime &time);

/// formatLocalTableTime() followed by the local offset from UTC, e.g. `2026-11-20 11:00:00
/// UTC+01:00` (never the zone's abbreviation: "CST" is China, Cuba and US Central time alike);
/// empty for an invalid time.
QString formatLocalTableTimeWithZone(const QDateTime &time);

/// The offset of `time` from UTC as `UTC+08:00`, `UTC-03:30` or `UTC+00:00`.
QString formatUtcOffset(int offsetSeconds);

/// How long ago `time` was at `now`, short: "just now" (under a minute), "5 min ago",
/// "3 h ago" (under two days), "12 d ago"; "in the future" for a time more than a minute after
/// `now`; empty for an invalid time. Translated (context "sdrs::RelativeTime").
QString formatRelative(const QDateTime &time,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());

/// `yyyyMMdd-HHmm` in local time, e.g. `20261120-1100`: the time stamp of a file name.
QString formatFileNameStamp(const QDateTime &time);

/// ISO 8601 local time with milliseconds and the offset, e.g. `2026-11-20T11:00:00.000+01:00`;
/// empty for an invalid time.
QString formatLocalIsoTime(const QDateTime &time);

/// formatLocalTableTime() of many times. QDateTime::toLocalTime() asks the C library every time
/// (microseconds each); the offset from UTC is the same for a whole hour unless a transition
/// falls inside it, so it is looked up once per hour, both ends checked, and exactly where they
/// differ.
class LocalTimeCache
{
public:
    /// formatLocalTableTime() of a valid time.
    QString text(const QDateTime &time);

private:
    QHash<qint64, int> m_offsets;
};

} // namespace sdrs
