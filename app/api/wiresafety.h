#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

/// Checks of what goes on the wire and what comes back, before the client trusts either: ids
/// that become path segments, plain HTTP, Retry-After and Content-Length. Qt Core only.
namespace sdrs::wire {

/// Why `id` cannot be one segment of a request's path, or an empty string when it can. Refused:
/// the empty string, `.` and `..` (a URL collapses them, so the request would address the parent
/// path: a group's batch delete would become the group level's), any control character (C0, DEL,
/// C1), and `batch` in any letter case (the batch delete shares the one-task delete's path).
QString pathSegmentProblem(const QString &id);

/// `id` percent-encoded as one path segment: every byte but `A-Za-z0-9-._~` as `%XX`, so that a
/// `/`, `?`, `#`, `%` or space in an id stays inside its segment. Check pathSegmentProblem() first.
QString encodePathSegment(const QString &id);

/// True for `localhost` (and its subdomains), 127.0.0.0/8 and ::1.
bool isLoopbackHost(const QString &host);

/// Why credentials must not be sent to `url`, or an empty string when they may: plain `http://`
/// to a host that is not loopback, unless `allowHttp`.
QString cleartextProblem(const QUrl &url, bool allowHttp);

/// The longest single wait the client accepts, whatever a server or a setting asks for.
inline constexpr qint64 MaxSingleWaitMs = 60'000;

/// `Retry-After` as milliseconds: delta-seconds (saturating: a number too large for any clock is
/// taken as "very long") or an HTTP date; nullopt when absent or unreadable (then the client's own
/// backoff applies). Never negative.
std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now);

/// A Content-Length header taken apart. Qt joins repeated headers with ", ".
struct ContentLength
{
    bool present = false;
    bool valid = true; ///< false: not a number, negative, or several values that differ
    qint64 bytes = -1; ///< when present and valid
};
ContentLength parseContentLength(const QByteArray &value);

} // namespace sdrs::wire
