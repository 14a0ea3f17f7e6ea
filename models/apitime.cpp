#include "models/apitime.h"

#include <QTimeZone>

namespace sdrs {

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

} // namespace sdrs
