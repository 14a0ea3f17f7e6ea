#include "models/safetext.h"

namespace sdrs::text {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x061C ||
           c == 0x200E || c == 0x200F;
}

/// `c` in upper-case hexadecimal, at least `digits` long.
QString hex(char16_t c, int digits)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(digits, u'0');
}

} // namespace

bool isUnsafe(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c) || c == 0x2028 || c == 0x2029;
}

QString printable(const QString &text, bool keepLineBreaks)
{
    const auto kept = [keepLineBreaks](const QChar *at, const QChar *end) {
        if (!keepLineBreaks)
            return false;
        const char16_t c = at->unicode();
        return c == u'\n' || c == u'\t' || (c == u'\r' && at + 1 != end && at[1] == u'\n');
    };
    // Most text needs nothing: look before copying. (Every unsafe character is in the BMP.)
    const QChar *begin = text.constData();
    const QChar *end = begin + text.size();
    const QChar *first = begin;
    while (first != end && (!isUnsafe(first->unicode()) || kept(first, end)))
        ++first;
    if (first == end)
        return text;

    QString out;
    out.reserve(text.size() + 16);
    out.append(begin, first - begin);
    for (const QChar *at = first; at != end; ++at) {
        const char16_t c = at->unicode();
        if (!isUnsafe(c) || kept(at, end))
            out += *at;
        else if (c <= 0xFF)
            out += QStringLiteral("\\x") + hex(c, 2);
        else
            out += QStringLiteral("\\u") + hex(c, 4);
    }
    return out;
}

QString elide(QString text, qsizetype maxLength)
{
    if (maxLength <= 0 || text.size() <= maxLength)
        return text;
    qsizetype keep = maxLength - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep; // never half a character
    text.truncate(keep);
    text += QChar(0x2026); // …
    return text;
}

} // namespace sdrs::text
