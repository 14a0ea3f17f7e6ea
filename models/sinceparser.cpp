#include "models/sinceparser.h"

#include <QCoreApplication>

namespace sdrs {

namespace {

class Since
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::Since)
};

constexpr qint64 MaxSeconds = qint64(100) * 366 * 24 * 3600;

/// The seconds of one unit letter; 0 for anything else.
qint64 unitSeconds(QChar unit)
{
    switch (unit.unicode()) {
    case u's':
        return 1;
    case u'm':
        return 60;
    case u'h':
        return 3600;
    case u'd':
        return 24 * 3600;
    case u'w':
        return 7 * 24 * 3600;
    default:
        return 0;
    }
}

/// The seconds of a duration such as `1d12h`; -1 when `text` is not one (units must come
/// largest first, each at most once).
qint64 durationSeconds(QStringView text)
{
    qint64 total = 0;
    qint64 lastUnit = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype digitsStart = at;
        while (at < text.size() && at - digitsStart < 10 && text.at(at) >= u'0' &&
               text.at(at) <= u'9')
            ++at;
        const qsizetype digits = at - digitsStart;
        if (digits == 0 || digits > 9 || at >= text.size())
            return -1;
        const qint64 unit = unitSeconds(text.at(at));
        if (unit == 0 || (lastUnit != 0 && unit >= lastUnit))
            return -1;
        lastUnit = unit;
        total += text.mid(digitsStart, digits).toLongLong() * unit;
        if (total > MaxSeconds)
            return -1;
        ++at;
    }
    return at == 0 ? -1 : total;
}

} // namespace

Result<QDateTime> parseSince(QStringView text, const QDateTime &now)
{
    const QStringView trimmed = text.trimmed();
    if (const qint64 seconds = durationSeconds(trimmed); seconds >= 0)
        return Result<QDateTime>::success(now.addSecs(-seconds));
    // ISO 8601: Qt reads "Z" and offsets; without them the time is local.
    const QDateTime time = QDateTime::fromString(trimmed.toString(), Qt::ISODateWithMs);
    if (!trimmed.isEmpty() && trimmed.front().isDigit() && time.isValid())
        return Result<QDateTime>::success(time);
    //: %1 is what the user gave. Keep the examples (30m, 24h, ...) as they are.
    return Result<QDateTime>::failure(
        ApiError::Kind::Invalid,
        Since::tr("\"%1\" is neither a duration (30m, 24h, 7d, 2w, or added up as 1d12h) nor an "
                  "ISO 8601 time (2026-11-20T11:00:00Z; with an offset 2026-11-20T12:00:00+01:00; "
                  "without one, local time)")
            .arg(text));
}

} // namespace sdrs
