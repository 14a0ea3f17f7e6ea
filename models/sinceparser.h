// `--since DURATION|ISO-TIME`: the earliest begin time a command counts.
#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QStringView>

namespace sdrs {

/// The time `text` names, seen from `now`:
/// - a duration back from `now`: a whole number and a unit, s (seconds), m (minutes), h (hours),
///   d (days) or w (weeks), e.g. `30m`, `24h`, `7d`, `2w`, or several added up, largest first,
///   e.g. `1d12h`; at most 100 years;
/// - an ISO 8601 time: `2026-11-20T11:00:00Z`, with an offset `2026-11-20T12:00:00+01:00`,
///   milliseconds optional, a space for the `T` allowed; without `Z` or an offset it is local
///   time; a date alone (`2026-11-20`) is its local midnight.
/// Fails with Kind::Invalid and a sentence saying which forms are understood (translated,
/// context "sdrs::Since").
Result<QDateTime> parseSince(QStringView text, const QDateTime &now);

} // namespace sdrs
