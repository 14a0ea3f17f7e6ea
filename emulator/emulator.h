#pragma once

#include "emulator/connectionguard.h"
#include "emulator/dataset.h"
#include "emulator/errorbodies.h"
#include "models/result.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QThread>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

class QHttpServerRequest;
class QHttpServerResponder;
class QUrlQuery;
class QTcpSocket;
class QTimer;

namespace sdrs::emulator {

/// A fault the emulator can answer with instead of the real answer.
enum class Fault {
    None,
    Http401,   ///< 401 with the API gateway's body, as for a rejected token
    Http403,   ///< 403 of an IAM policy, with an encoded_authorization_message
    Http500,   ///< 500 with an SDRS error body
    Http503,   ///< 503 with an SDRS error body
    Http429,   ///< 429 with a Retry-After header
    Malformed, ///< 200 with a body that is not JSON
    Truncated, ///< 200 with the real JSON cut in half (a complete HTTP answer)
    Stall,     ///< the status line and headers, then nothing: the client must time out
    Drop,      ///< the headers and a few bytes, then the connection is closed
};

/// Parses "401", "403", "500", "503", "429", "malformed", "truncated", "stall" or "drop".
std::optional<Fault> parseFault(QStringView name);

/// What the emulator accepts and how it misbehaves.
struct Options
{
    QString token;    ///< an X-Auth-Token accepted besides the ones it issued
    QString userName; ///< IAM password login accepted (with password and domain)
    QString password;
    QString domainName;
    QString accessKey; ///< AK/SK signatures accepted (both variants)
    QString secretKey;
    QString projectName = QStringLiteral("eu-de");
    QString region = QStringLiteral("eu-de");
    int latencyMs = 0;    ///< added to every answer
    double faultRate = 0; ///< share of requests answered with one of `faults`
    QList<Fault> faults{Fault::Http500, Fault::Http503, Fault::Http429};
    int retryAfterSeconds = 1; ///< the Retry-After of a 429
    int tokenTtlSeconds = 24 * 3600;
    quint64 seed = 1;        ///< for the fault-rate dice
    ConnectionLimits limits; ///< what one connection may cost
    /// `count` of a listing is the number of rows on the page rather than the filter's total (the
    /// SDK's words allow either reading).
    bool countIsPageLength = false;
    /// The SDRS base URL (ending in /v1/{project_id}) the sign-in catalog names; empty: this
    /// emulator's own.
    QUrl catalogUrl;
    /// Every `churnSeconds` (0: never) one churn step of `churnCount` (see Emulator::churn()).
    int churnSeconds = 0;
    int churnCount = 1;

    /// No credential configured: any non-empty X-Auth-Token and any password login are accepted.
    bool acceptsAnything() const
    {
        return token.isEmpty() && userName.isEmpty() && accessKey.isEmpty();
    }
};

/// What one churn step changed.
struct ChurnStep
{
    QList<FailureJob> added;   ///< newest first, begun at the step's time
    QList<FailureJob> removed; ///< the oldest rows listed before the step
};

/// Parses `SECONDS[:COUNT]` (seconds 1..86400, count 1..10000, default 1); nullopt when it is
/// not that.
std::optional<std::pair<int, int>> parseChurn(QStringView text);

class Frontend;

/// A local SDRS + IAM server over HTTP on loopback, answering as the SDRS and IAM API pages say.
/// Lives in one thread; use EmulatorThread to run it beside a GUI.
class Emulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Emulator)

public:
    Emulator(Dataset data, Options options, QObject *parent = nullptr);
    ~Emulator() override;

    /// Serves HTTPS with this PEM certificate and key (call before listen()). A file that cannot
    /// be read, or holds no certificate or key, fails with Kind::Io.
    Result<NoContent> useTls(const QString &certificateFile, const QString &keyFile);

    /// Starts listening (port 0: any free port). Fails with Kind::Network and why.
    Result<NoContent> listen(const QHostAddress &address, quint16 port);

    /// `http://127.0.0.1:PORT`, the base for both SDRS (`/v1/...`) and IAM (`/v3/...`).
    QUrl baseUrl() const { return m_baseUrl; }
    QString projectId() const { return m_data.projectId; }
    const Dataset &data() const { return m_data; }
    const Options &options() const { return m_options; }

    /// The next `times` SDRS requests (`/v1/...`, not IAM logins) get `fault`.
    void queueFault(Fault fault, int times = 1);
    /// Forgets every token it issued: the next request with one gets 401.
    void revokeTokens();
    void setRetryAfterSeconds(int seconds) { m_options.retryAfterSeconds = seconds; }
    /// Every failed-task listing of this protection group (empty: the group level) gets `fault`
    /// from now on; Fault::None ends it.
    void setListingFault(const QString &serverGroupId, Fault fault);
    /// Removes the failed tasks with this resource id, as a DELETE would, at once (for tests that
    /// change the data between two requests); false when there is none.
    bool removeFailure(const QString &resourceId);
    /// Adds a failed task as the newest of its scope (its serverGroupId; empty: the group level),
    /// as if it had just failed.
    void addFailure(const FailureJob &failure);
    /// One churn step, as `--churn` makes them: the `count` oldest failed tasks go and `count`
    /// new ones begin now, spread over the groups and the group level. Deterministic apart from
    /// the time: the n-th step of an emulator with the same seed and data adds the same rows.
    /// Also `POST /emulator/churn?count=N` (from loopback only).
    ChurnStep churn(int count);
    /// Churn steps taken so far.
    int churnSteps() const { return m_churnSteps; }

    int requestCount() const { return m_requestCount; }
    int loginCount() const { return m_loginCount; }
    /// Requests received and not answered yet (only the latency holds answers back).
    int concurrentRequests() const { return m_concurrent; }
    /// The most requests received and not answered yet at any one time.
    int maxConcurrentRequests() const { return m_maxConcurrent; }
    /// The headers of the last request received.
    const QList<QPair<QByteArray, QByteArray>> &lastRequestHeaders() const { return m_lastHeaders; }

private:
    friend class Frontend;
    struct Response;

    /// Answers one request (possibly later, possibly with a fault).
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    /// The answer `fault` calls for, `request`'s own answer for the faults that spoil a body.
    Response faultedResponse(const QHttpServerRequest &request, Fault fault,
                             const QByteArray &requestId);
    /// Writes `response` to the socket, or for Stall and Drop the start of one that never ends.
    static void write(QTcpSocket *socket, QHttpServerResponder &responder, const Response &response,
                      Fault fault, const QByteArray &requestId);
    Response route(const QHttpServerRequest &request);
    /// The SDRS resources below `/v1/{project_id}/`: `rest` is the path's segments after it.
    Response routeResource(const QHttpServerRequest &request, const QStringList &rest);
    /// An error answer as a response.
    static Response answer(const ErrorAnswer &error);
    std::optional<Response> checkCredentials(const QHttpServerRequest &request);
    Response login(const QHttpServerRequest &request);
    /// A new token for the user `name` of `domain`, with the catalog unless the request asks
    /// for none.
    Response issueToken(const QHttpServerRequest &request, const QString &name,
                        const QString &domain);
    /// Validates limit and offset as the service does: an error answer, or nothing.
    static std::optional<Response> checkPaging(const QUrlQuery &q, qint64 *limit, qint64 *offset);
    Response listFailures(const QHttpServerRequest &request);
    Response listGroups(const QHttpServerRequest &request);
    Response getJob(const QString &jobId);
    Response deleteOne(const QString &resourceId);
    Response deleteWhere(const QString &serverGroupId);
    /// `POST /emulator/churn?count=N`: one churn step; its rows' job ids as JSON.
    Response churnRequest(const QHttpServerRequest &request);
    /// Starts the timer of Options::churnSeconds.
    void startChurnTimer();
    Fault pickFault(const QHttpServerRequest &request, int *extraLatencyMs);
    void rebuildIndex();
    const QByteArray &rowJson(qsizetype index);

    Dataset m_data;
    Options m_options;
    Frontend *m_frontend = nullptr;
    QUrl m_baseUrl;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;

    QHash<QString, QList<qsizetype>> m_byScope; ///< group id ("" = group level) -> row indexes
    QHash<QString, qsizetype> m_byJobId;
    std::vector<QByteArray> m_rowJson; ///< each row's JSON, made on first use

    QHash<QString, QDateTime> m_tokens; ///< issued token -> expiry
    QList<QPair<Fault, int>> m_faultQueue;
    QHash<QString, Fault> m_listingFaults; ///< server_group_id ("" = group level) -> fault
    quint64 m_dice;
    QByteArray m_requestId; ///< of the request being answered: its header and any body's
    QList<QPair<QByteArray, QByteArray>> m_lastHeaders;
    int m_requestCount = 0;
    int m_loginCount = 0;
    int m_concurrent = 0;
    int m_maxConcurrent = 0;
    int m_churnSteps = 0;
    QTimer *m_churnTimer = nullptr;
};

/// Runs an Emulator in a thread of its own, for the in-process demo.
class EmulatorThread final
{
public:
    /// Starts the thread and the server on 127.0.0.1 (any free port), or says why not.
    static Result<std::unique_ptr<EmulatorThread>> start(Dataset data, Options options);
    ~EmulatorThread();

    QUrl baseUrl() const { return m_baseUrl; }
    QString projectId() const { return m_projectId; }

private:
    EmulatorThread() = default;
    QThread m_thread;
    QUrl m_baseUrl;
    QString m_projectId;
};

} // namespace sdrs::emulator
