#pragma once

#include "models/apierror.h"
#include "models/result.h"
#include "models/connection.h"
#include "models/failurejob.h"
#include "models/job.h"
#include "models/protectiongroup.h"

#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcSdrsApi)

namespace sdrs {

struct RawReply;

/// A call in flight. It finishes exactly once (its callback runs, then `finished()` is emitted) and
/// then deletes itself: hold it in a QPointer.
class ApiCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ~ApiCall() override;

    /// Stops the call; its callback then receives an error of kind Cancelled. No-op once finished.
    void cancel();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

protected:
    explicit ApiCall(QObject *parent);
    /// Stops whatever the call is waiting for (a reply, a timer, an inner call).
    virtual void abortWork() = 0;
    /// Delivers the cancellation to the callback.
    virtual void deliverCancelled() = 0;
    /// Marks the call finished, emits finished() and schedules deletion.
    void finish();
    /// Hands the result over by running `deliver` (which calls the callback), then finishes,
    /// unless the callback destroyed the call (e.g. by destroying the client). A cancel() from
    /// inside the callback is ignored: the result has been given.
    template<class F> void finishWith(F &&deliver)
    {
        if (m_finished || m_delivering)
            return;
        m_delivering = true;
        const QPointer<ApiCall> self(this);
        deliver();
        if (self)
            finish();
    }

    bool m_finished = false;
    bool m_delivering = false; ///< the callback is running: cancel() does nothing
};

/// Building blocks of calls, for ApiCall subclasses outside this file (the all-groups loader).
namespace detail {

/// The error a cancelled call ends with (kind Cancelled, a translated message).
ApiError cancelledError(const QString &endpoint = {});

/// `done`, run only while `context` lives (always when there is none).
template<class R>
std::function<void(const R &)> guarded(QObject *context, std::function<void(const R &)> done)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    return [hasContext, guard, done = std::move(done)](const R &result) {
        if (!hasContext || guard)
            done(result);
    };
}

/// Ties `call` to `context`: the context's destruction cancels the call (unless the context is
/// the call's owner `client`). Then starts the call from the event loop, so that the caller holds
/// it before anything happens; `start` must do nothing once the call is finished.
template<class Call>
Call *launch(Call *call, QObject *context, QObject *client, void (Call::*start)())
{
    if (context && context != client)
        QObject::connect(context, &QObject::destroyed, call, &ApiCall::cancel);
    QTimer::singleShot(0, call, start);
    return call;
}

} // namespace detail

/// The SDRS client: one QNetworkAccessManager, one place that builds every request, sign-in by
/// token, IAM password or AK/SK, transfer timeouts, retries of GETs, error decoding. Hands back
/// value types.
///
/// Every call takes a `context`: the callback runs only while it lives, and its destruction cancels
/// the call.
class SdrsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SdrsClient)

public:
    explicit SdrsClient(Connection connection, QObject *parent = nullptr);
    ~SdrsClient() override;

    const Connection &connection() const { return m_connection; }

    /// `GET /task-center/failure-jobs`: one page of failed tasks. Each row's serverGroupId is set
    /// to the query's group.
    ApiCall *listFailureJobs(const FailureJobQuery &query, QObject *context,
                             std::function<void(const Result<FailureJobPage> &)> done);

    /// `GET /server-groups`: one page of protection groups.
    ApiCall *listProtectionGroups(const GroupQuery &query, QObject *context,
                                  std::function<void(const Result<ProtectionGroupPage> &)> done);

    /// Every protection group matching `query`, paging through 1000 at a time. `count` is the
    /// number of groups read; the list holds every group, each once. The result's `body` stays
    /// empty.
    ApiCall *listAllProtectionGroups(const GroupQuery &query, QObject *context,
                                     std::function<void(const Result<ProtectionGroupPage> &)> done);

    /// `GET /jobs/{job_id}` with the whole sub-job tree.
    ApiCall *getJob(const QString &jobId, QObject *context,
                    std::function<void(const Result<Job> &)> done);

    /// `DELETE /task-center/failure-jobs/{resource_id}`: one failed task, named by the row's
    /// `resource_id` (see the API notes). Never retried.
    ApiCall *deleteFailureJob(const QString &resourceId, QObject *context,
                              std::function<void(const Result<NoContent> &)> done);

    /// `DELETE /task-center/failure-jobs/batch`: every protection-group-level failed task.
    ApiCall *deleteGroupLevelFailureJobs(QObject *context,
                                         std::function<void(const Result<NoContent> &)> done);

    /// `DELETE /task-center/{server_group_id}/failure-jobs/batch`: every failed task of one group.
    ApiCall *deleteGroupFailureJobs(const QString &serverGroupId, QObject *context,
                                    std::function<void(const Result<NoContent> &)> done);

    /// Signs in now (password sign-in only; others finish at once) to check the credentials.
    ApiCall *signIn(QObject *context, std::function<void(const Result<NoContent> &)> done);

    /// The project id in use (from the settings, or learned from the token when scoped by name).
    QString projectId() const;
    /// The base every SDRS path is appended to, ending in `/v1/{project_id}`; empty before a
    /// password sign-in has named it.
    QUrl serviceBase() const;
    /// When the current IAM token expires (invalid when there is none).
    QDateTime tokenExpiry() const { return m_tokenExpiry; }
    /// How many IAM logins this client has made.
    int loginCount() const { return m_loginCount; }

    /// The User-Agent sent with every request.
    static QByteArray userAgent();

    /// The most protection groups one listing reads (a server whose list never ends is stopped).
    static constexpr qint64 MaxGroups = 100'000;

    /// One request as the endpoint functions describe it (defined in httpcall.h, for this library
    /// only).
    struct Spec;

private:
    friend class HttpCall;
    struct TokenWaiter;

    ApiCall *startCall(Spec spec, QObject *context, std::function<void(const RawReply &)> done);
    template<class T>
    ApiCall *startTyped(Spec spec, QObject *context, std::function<void(const Result<T> &)> done,
                        std::function<Result<T>(const RawReply &)> convert);

    /// Runs `then` once a usable token exists (at once for token and AK/SK sign-in).
    void withToken(QObject *waiter, std::function<void(const ApiError &)> then);
    void startLogin();
    void finishLogin(const RawReply &reply);
    /// Forgets `usedToken` if it is still current, so that the next call signs in again.
    void invalidateToken(const QString &usedToken);
    bool tokenUsable() const;
    /// The request every call sends, with auth headers. `error` is set when it cannot be built.
    QNetworkRequest buildRequest(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                 bool withAuth, ApiError *error) const;

    Connection m_connection;
    QNetworkAccessManager *m_nam = nullptr;

    QString m_token;
    QDateTime m_tokenExpiry;
    QString m_learnedProjectId;
    QUrl m_catalogBase;
    bool m_loginRunning = false;
    int m_loginCount = 0;
    QList<TokenWaiter> m_tokenWaiters;
};

} // namespace sdrs
