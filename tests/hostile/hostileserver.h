// A server that misbehaves on purpose, one way per mode: the hostile half of the hardening
// tests (tst_hostile_client drives the client against it, tst_hostile_cli the command line).
// It speaks just enough HTTP/1.1 for the client: SDRS's list, groups, job and delete calls and
// IAM's token call, answered sensibly except where its mode says otherwise.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QTcpServer>
#include <QThread>
#include <QUrl>

#include <memory>

namespace sdrs::testing {

/// One way to misbehave.
enum class Mode {
    // Classes that held before the hardening issue (kept so that they stay held).
    Malformed,          ///< 200, a body that is not JSON
    TruncatedJson,      ///< 200, half of a JSON body (a complete HTTP answer)
    CutBody,            ///< Content-Length 4096, 10 bytes, then the connection closes
    HtmlError,          ///< 502 with a proxy's HTML page
    Silence,            ///< the request is read, nothing ever comes back
    SlowDrip,           ///< the headers, then one byte of the body every 200 ms, for ever
    Reset,              ///< the connection is reset as soon as the request arrives
    RedirectAway,       ///< 302 to another origin
    RedirectLoop,       ///< 302 to the same URL, for ever
    RetryAfterDate,     ///< 503 with Retry-After an HTTP date in 2099
    RetryAfterNegative, ///< 503 with Retry-After -5
    RetryAfterGarbage,  ///< 503 with Retry-After "soon"
    // The defects of the hardening issue.
    RetryAfterHuge,    ///< 503 with Retry-After 9223372036854775807
    HugeLength,        ///< 200 with Content-Length 2 GiB, then a trickle of bytes
    Endless,           ///< 200 without a length, bytes until the client closes
    CompressedBomb,    ///< 200, Content-Encoding deflate: 200 KiB that unpack to 256 MiB
    ConflictingLength, ///< 200 with Content-Length 10 and Content-Length 20
    NegativeLength,    ///< 200 with Content-Length -5
    EndlessPaging,     ///< failed tasks: count 2,147,483,000, new rows on every page
    EndlessGroups,     ///< protection groups: count 9e15, new groups on every page
    Escapes,           ///< terminal escape sequences and bidi overrides in every text
    EchoSecrets,       ///< errors whose message echoes the request: headers and body
};

/// The mode's name in test output ("retry-after-huge", ...).
QString modeName(Mode mode);

/// A request as it arrived.
struct SeenRequest
{
    QByteArray method;
    QByteArray target; ///< path and query, as sent
    QByteArray headers;
    QByteArray body;
};

/// The server, in the thread that creates it. For command-line tests, whose QProcess waits block
/// the test's own thread, run it in a HostileThread.
class HostileServer final : public QTcpServer
{
public:
    explicit HostileServer(Mode mode);
    ~HostileServer() override;

    QUrl url() const;
    /// The project id the server answers for.
    static QString projectId() { return QStringLiteral("0123456789abcdef0123456789abcdef"); }
    /// Every request so far (any thread).
    QList<SeenRequest> requests() const;

private:
    class Connection;
    friend class Connection;
    void record(const SeenRequest &request);

    Mode m_mode;
    mutable QMutex m_mutex;
    QList<SeenRequest> m_requests;
};

/// A HostileServer in a thread of its own.
class HostileThread final
{
public:
    explicit HostileThread(Mode mode);
    ~HostileThread();

    QUrl url() const { return m_url; }
    QList<SeenRequest> requests() const;

private:
    QThread m_thread;
    QObject m_anchor; ///< lives in the thread: what work is sent to
    HostileServer *m_server = nullptr;
    QUrl m_url;
};

} // namespace sdrs::testing
