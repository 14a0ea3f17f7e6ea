#pragma once

#include <QString>
#include <QStringView>

/// Text from a server made safe to show to a person: on a terminal, where control characters are
/// commands (an escape sequence can retitle the terminal, clear it or hide lines), and in the
/// window, where bidirectional overrides can make a label read backwards. Not for JSON or CSV,
/// which carry the text as received.
namespace sdrs::text {

/// True when `c` would be replaced by printable().
bool isUnsafe(char32_t c);

/// `text` with every control character and invisible direction mark written out in ASCII, so that
/// it shows in any font and is obeyed by nothing: C0 and C1 controls and DEL as `\xHH` (ESC as
/// `\x1B`), bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069),
/// the directional marks and the line and paragraph separators as `\uHHHH`. With
/// `keepLineBreaks`, LF (and a CR before it) and TAB stay as they are. Returns `text` itself (no
/// copy) when nothing needs replacing.
QString printable(const QString &text, bool keepLineBreaks = false);

/// `text` cut to at most `maxLength` characters, ending in "…" when cut (never half a surrogate
/// pair); as it is when short enough.
QString elide(QString text, qsizetype maxLength);

} // namespace sdrs::text
