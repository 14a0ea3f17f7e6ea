#include "models/apitime.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace sdrs {

namespace {

/// Appends `value` with at least `digits` digits, zero-padded.
void appendNumber(QString &text, int value, int digits)
{
    char buffer[12];
    int length = 0;
    do {
        buffer[length++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 || length < digits);
    while (length > 0)
        text += QLatin1Char(buffer[--length]);
}

/// Appends `yyyy-MM-dd` `separator` `HH:mm:ss` (a negative year with its sign).
void appendDateTime(QString &text, const QDateTime &time, QChar separator)
{
    const QDate date = time.date();
    const QTime clock = time.time();
    const int year = date.year();
    if (year < 0)
        text += u'-';
    appendNumber(text, year < 0 ? -year : year, 4);
    text += u'-';
    appendNumber(text, date.month(), 2);
    text += u'-';
    appendNumber(text, date.day(), 2);
    text += separator;
    appendNumber(text, clock.hour(), 2);
    text += u':';
    appendNumber(text, clock.minute(), 2);
    text += u':';
    appendNumber(text, clock.second(), 2);
}

/// Appends an offset from UTC as `+08:00` or `-03:30`.
void appendOffset(QString &text, int offsetSeconds)
{
    const int minutes = (offsetSeconds < 0 ? -offsetSeconds : offsetSeconds) / 60;
    text += offsetSeconds < 0 ? u'-' : u'+';
    appendNumber(text, minutes / 60, 2);
    text += u':';
    appendNumber(text, minutes % 60, 2);
}

constexpr qint64 HourMs = 3600 * 1000;
constexpr int OffsetVaries = std::numeric_limits<int>::min();

int localOffsetAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime().offsetFromUtc();
}

} // namespace

QDateTime parseApiTime(QStringView text)
{
    QString s = text.trimmed().toString();
    if (s.size() < 19)
        return {};
    // "yyyy-MM-dd HH:mm:ss[.zzz]" -> ISO 8601 in UTC.
    if (s.at(10) == u' ')
        s[10] = u'T';
    if (s.at(10) != u'T')
        return {};
    const QStringView tail = QStringView(s).mid(19);
    const bool hasZone = tail.contains(u'Z') || tail.contains(u'+') || tail.contains(u'-');
    if (!hasZone)
        s += u'Z';
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return t.toUTC();
}

QString formatIsoTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString formatGroupTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString formatTableTime(const QDateTime &time)
{
    // QLocale's format parser is slow for 100,000 rows; it stays for the years it is needed for.
    if (time.date().year() < 0 || time.date().year() > 9999)
        return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QString text;
    text.reserve(19);
    appendDateTime(text, time, u' ');
    return text;
}

QString formatLocalTableTime(const QDateTime &time)
{
    return time.isValid() ? formatTableTime(time.toLocalTime()) : QString();
}

QString formatLocalTableTimeWithZone(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return formatTableTime(local) + u' ' + formatUtcOffset(local.offsetFromUtc());
}

QString formatUtcOffset(int offsetSeconds)
{
    QString text = QStringLiteral("UTC");
    appendOffset(text, offsetSeconds);
    return text;
}

QString formatRelative(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid() || !now.isValid())
        return {};
    // Clamped so that the counts below fit an int (about 68 years of seconds).
    const qint64 seconds = std::clamp<qint64>(time.secsTo(now), -3600, 2000000000);
    if (seconds < -60) {
        //: A time after the present (the clocks differ).
        return QCoreApplication::translate("sdrs::RelativeTime", "in the future");
    }
    if (seconds < 60) {
        //: A time less than a minute ago.
        return QCoreApplication::translate("sdrs::RelativeTime", "just now");
    }
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int days = int(seconds / 86400);
    if (seconds < 3600) {
        //: Minutes ago, short.
        return QCoreApplication::translate("sdrs::RelativeTime", "%n min ago", nullptr, minutes);
    }
    if (seconds < 48 * 3600) {
        //: Hours ago, short.
        return QCoreApplication::translate("sdrs::RelativeTime", "%n h ago", nullptr, hours);
    }
    //: Days ago, short.
    return QCoreApplication::translate("sdrs::RelativeTime", "%n d ago", nullptr, days);
}

QString formatFileNameStamp(const QDateTime &time)
{
    return time.toLocalTime().toString(u"yyyyMMdd-HHmm");
}

QString formatLocalIsoTime(const QDateTime &time)
{
    // Qt 6.4's Qt::ISODateWithMs leaves the offset out of a local time, and QDateTime::toString()
    // with a format is slow for 100,000 rows.
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    QString text;
    text.reserve(29);
    appendDateTime(text, local, u'T');
    text += u'.';
    appendNumber(text, local.time().msec(), 3);
    appendOffset(text, local.offsetFromUtc());
    return text;
}

QString LocalTimeCache::text(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 hour = ms >= 0 ? ms / HourMs : (ms + 1) / HourMs - 1;
    auto it = m_offsets.constFind(hour);
    if (it == m_offsets.constEnd()) {
        const int start = localOffsetAt(hour * HourMs);
        const int end = localOffsetAt(hour * HourMs + HourMs - 1);
        it = m_offsets.insert(hour, start == end ? start : OffsetVaries);
    }
    if (it.value() == OffsetVaries)
        return formatTableTime(time.toLocalTime());
    return formatTableTime(QDateTime::fromMSecsSinceEpoch(ms + qint64(it.value()) * 1000, Qt::UTC));
}

} // namespace sdrs
