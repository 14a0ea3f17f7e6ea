#pragma once

#include "app/api/apicall.h"
#include "models/apierror.h"
#include "models/connection.h"
#include "models/failurejob.h"
#include "models/job.h"
#include "models/protectiongroup.h"
#include "models/result.h"

#include <QList>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcSdrsApi)

namespace sdrs {

class IamSession;
struct RawReply;

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

    /// The base every SDRS path is appended to, ending in `/v1/{project_id}`; empty before a
    /// password sign-in has named it.
    QUrl serviceBase() const;

    /// The User-Agent sent with every request.
    static QByteArray userAgent();

    /// The most protection groups one listing reads (a server whose list never ends is stopped).
    static constexpr qint64 MaxGroups = 100'000;

    /// One request as the endpoint functions describe it (defined in httpcall.h, for this library
    /// only).
    struct Spec;

private:
    friend class HttpCall;
    friend class IamSession;

    ApiCall *startCall(Spec spec, QObject *context, std::function<void(const RawReply &)> done);
    template<class T>
    ApiCall *startTyped(Spec spec, QObject *context, std::function<void(const Result<T> &)> done,
                        std::function<Result<T>(const RawReply &)> convert);

    /// The project id in use (from the settings, or learned from the token when scoped by name).
    QString projectId() const;
    /// The request every call sends, with auth headers; an error when it cannot be built.
    Result<QNetworkRequest> buildRequest(const QByteArray &method, const QUrl &url,
                                         const QByteArray &body, bool withAuth) const;
    /// Signs `request` with the AK/SK of the connection.
    void signAkSk(QNetworkRequest &request, const QByteArray &method, const QUrl &url,
                  const QByteArray &body) const;

    Connection m_connection;
    QNetworkAccessManager *m_nam = nullptr;
    std::unique_ptr<IamSession> m_iam;
};

} // namespace sdrs
