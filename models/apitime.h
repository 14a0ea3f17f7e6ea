#pragma once

#include <QDateTime>
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

} // namespace sdrs
