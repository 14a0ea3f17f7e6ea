#include "app/api/wiresafety.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>

#include <limits>

namespace sdrs::wire {

namespace {

/// The translation context of this file's sentences.
class WireText
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::wire)
};

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

QString pathSegmentProblem(const QString &id)
{
    if (id.isEmpty())
        //: An id that would become part of a request's URL is empty; nothing was sent.
        return WireText::tr("The id is empty; nothing was sent.");
    if (id == QLatin1StringView(".") || id == QLatin1StringView(".."))
        //: %1 is "." or "..", which a URL would collapse; nothing was sent.
        return WireText::tr("\"%1\" cannot be an id: it would address another path; nothing "
                            "was sent.")
            .arg(id);
    if (id.compare(QLatin1StringView("batch"), Qt::CaseInsensitive) == 0)
        //: %1 is the id given, a spelling of "batch" (the API's reserved word for a batch delete).
        return WireText::tr("\"%1\" cannot be an id: \"batch\" addresses a batch delete; nothing "
                            "was sent.")
            .arg(id);
    for (const char32_t c : id.toUcs4()) {
        if (isControl(c))
            //: %1 is a character code such as U+001B.
            return WireText::tr("The id holds a control character (%1); nothing was sent.")
                .arg(QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper());
    }
    return {};
}

QString encodePathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

bool isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    if (h == QLatin1StringView("localhost") || h.endsWith(QLatin1StringView(".localhost")))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

QString cleartextProblem(const QUrl &url, bool allowHttp)
{
    if (allowHttp || url.scheme().compare(QLatin1StringView("http"), Qt::CaseInsensitive) != 0 ||
        isLoopbackHost(url.host()))
        return {};
    //: %1 is a host name. --allow-http is a command-line option; do not translate it.
    return WireText::tr("Refusing to send credentials over plain HTTP to %1: use https://, or "
                        "start the program with --allow-http.")
        .arg(url.host());
}

std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (isDigits(text)) {
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        if (!ok || seconds > max / 1000)
            return max; // more digits than any clock: "very long"
        return seconds * 1000;
    }
    // An HTTP date ends in "GMT", which Qt 6.4's RFC 2822 reader does not take: say +0000.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1StringView(" GMT")))
        date = date.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(when));
}

ContentLength parseContentLength(const QByteArray &value)
{
    ContentLength result;
    if (value.isNull())
        return result;
    result.present = true;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray number = part.trimmed();
        bool ok = false;
        const qint64 bytes = number.toLongLong(&ok);
        if (!isDigits(number) || !ok || (result.bytes >= 0 && bytes != result.bytes)) {
            result.valid = false;
            result.bytes = -1;
            return result;
        }
        result.bytes = bytes;
    }
    return result;
}

} // namespace sdrs::wire
