#include "app/api/deletes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

namespace sdrs {

namespace {

/// What makes two targets the same: their kind and id (the id of the group level is unused, so
/// every group-level target is the same one).
using TargetKey = std::pair<int, QString>;

TargetKey keyOf(const DeleteTarget &target)
{
    return {int(target.kind),
            target.kind == DeleteTarget::Kind::GroupLevel ? QString() : target.id};
}

/// The whole run: one DELETE per distinct target, at most `parallelism` at a time, in order.
class DeletesCall final : public ApiCall
{
public:
    DeletesCall(SdrsClient *client, const QList<DeleteTarget> &targets, int parallelism,
                std::function<void(const DeleteProgress &)> progress,
                std::function<void(const Result<QList<DeleteOutcome>> &)> done);

    void start();

protected:
    void abortWork() override;
    void deliverCancelled() override;

private:
    /// Sends targets until `parallelism` are in flight; finishes when nothing is left.
    void pump();
    void send(qsizetype index);
    /// Whether a refusal means the target is not there: a 404, or for a group's batch delete
    /// SDRS.1013 "Protection group not found", which the error table answers as 400.
    static bool isGone(const DeleteTarget &target, const ApiError &error);
    void onAnswer(qsizetype index, const Result<NoContent> &r);
    /// Reports progress; false when the callback ended the run.
    bool report();
    void succeed();
    void deliver(const Result<QList<DeleteOutcome>> &r);

    SdrsClient *m_client;
    int m_parallelism;
    std::function<void(const DeleteProgress &)> m_progress;
    std::function<void(const Result<QList<DeleteOutcome>> &)> m_done;
    QList<DeleteOutcome> m_outcomes;                ///< one per distinct target, in the order given
    QHash<qsizetype, QPointer<ApiCall>> m_inFlight; ///< by index into m_outcomes
    qsizetype m_next = 0;                           ///< the first target not yet sent
    DeleteProgress m_state;
    bool m_authFailed = false;
    bool m_stopping = false;
    bool m_delivered = false;
};

DeletesCall::DeletesCall(SdrsClient *client, const QList<DeleteTarget> &targets, int parallelism,
                         std::function<void(const DeleteProgress &)> progress,
                         std::function<void(const Result<QList<DeleteOutcome>> &)> done)
    : ApiCall(client)
    , m_client(client)
    , m_parallelism(std::max(1, parallelism))
    , m_progress(std::move(progress))
    , m_done(std::move(done))
{
    QSet<TargetKey> seen;
    for (const DeleteTarget &target : targets) {
        const qsizetype before = seen.size();
        seen.insert(keyOf(target));
        if (seen.size() == before)
            continue;
        DeleteOutcome outcome;
        outcome.target = target;
        m_outcomes.append(outcome);
    }
    m_state.total = int(m_outcomes.size());
}

void DeletesCall::start()
{
    if (m_finished)
        return;
    pump();
}

void DeletesCall::abortWork()
{
    m_stopping = true;
    // Each cancelled request answers at once (Cancelled, with its endpoint) through onAnswer(),
    // which records it; the copy keeps the iteration safe from those removals.
    const QHash<qsizetype, QPointer<ApiCall>> inFlight = m_inFlight;
    for (const QPointer<ApiCall> &call : inFlight) {
        if (call)
            call->cancel();
    }
    // A request that could not be told (already gone) was in flight all the same.
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        DeleteOutcome &o = m_outcomes[it.key()];
        o.state = DeleteOutcome::State::Failed;
        o.error = detail::cancelledError();
    }
    m_inFlight.clear();
}

void DeletesCall::deliverCancelled()
{
    if (m_delivered)
        return; // cancelled from inside the callback of a finished run
    Result<QList<DeleteOutcome>> r;
    r.value = m_outcomes;
    r.error = detail::cancelledError();
    deliver(r);
}

void DeletesCall::pump()
{
    while (!m_authFailed && m_inFlight.size() < m_parallelism && m_next < m_outcomes.size())
        send(m_next++);
    if (m_inFlight.isEmpty())
        succeed();
}

void DeletesCall::send(qsizetype index)
{
    const DeleteTarget &target = m_outcomes.at(index).target;
    auto answer = [this, index](const Result<NoContent> &r) {
        onAnswer(index, r);
    };
    ApiCall *call = nullptr;
    switch (target.kind) {
    case DeleteTarget::Kind::FailedTask:
        call = m_client->deleteFailureJob(target.id, this, answer);
        break;
    case DeleteTarget::Kind::GroupLevel:
        call = m_client->deleteGroupLevelFailureJobs(this, answer);
        break;
    case DeleteTarget::Kind::Group:
        call = m_client->deleteGroupFailureJobs(target.id, this, answer);
        break;
    }
    m_inFlight.insert(index, call);
}

bool DeletesCall::isGone(const DeleteTarget &target, const ApiError &error)
{
    if (error.kind != ApiError::Kind::Http)
        return false;
    if (error.httpStatus == 404)
        return true;
    return target.kind == DeleteTarget::Kind::Group && error.httpStatus == 400 &&
           error.code == QLatin1StringView("SDRS.1013");
}

void DeletesCall::onAnswer(qsizetype index, const Result<NoContent> &r)
{
    if (m_finished || !m_inFlight.remove(index))
        return;
    DeleteOutcome &o = m_outcomes[index];
    if (r.ok()) {
        o.state = DeleteOutcome::State::Deleted;
    } else {
        o.state = isGone(o.target, r.error) ? DeleteOutcome::State::NotFound
                                            : DeleteOutcome::State::Failed;
        o.error = r.error;
        if (r.error.kind == ApiError::Kind::Auth)
            m_authFailed = true; // every further request would be refused the same way
    }
    if (m_stopping)
        return; // being cancelled: abortWork() and deliverCancelled() take it from here
    ++m_state.done;
    if (report())
        pump();
}

bool DeletesCall::report()
{
    if (!m_progress)
        return true;
    const QPointer<DeletesCall> self(this);
    m_progress(m_state);
    return self && !m_finished;
}

void DeletesCall::succeed()
{
    Result<QList<DeleteOutcome>> r;
    r.value = m_outcomes;
    finishWith([&] { deliver(r); });
}

void DeletesCall::deliver(const Result<QList<DeleteOutcome>> &r)
{
    m_delivered = true;
    m_done(r);
}

} // namespace

ApiCall *runDeletes(SdrsClient *client, QList<DeleteTarget> targets, int parallelism,
                    QObject *context, std::function<void(const DeleteProgress &)> progress,
                    std::function<void(const Result<QList<DeleteOutcome>> &)> done)
{
    if (progress)
        progress = detail::guarded<DeleteProgress>(context, std::move(progress));
    auto *call =
        new DeletesCall(client, targets, parallelism, std::move(progress),
                        detail::guarded<Result<QList<DeleteOutcome>>>(context, std::move(done)));
    return detail::launch(call, context, client, &DeletesCall::start);
}

QString describeOutcome(const DeleteOutcome &outcome)
{
    switch (outcome.state) {
    case DeleteOutcome::State::Deleted:
        //: The outcome of one delete: the failed tasks were deleted.
        return QCoreApplication::translate("sdrs::DeleteOutcome", "Deleted");
    case DeleteOutcome::State::NotFound:
        //: The outcome of one delete: the service did not know the failed task (HTTP 404).
        return QCoreApplication::translate("sdrs::DeleteOutcome", "Not found (already gone)");
    case DeleteOutcome::State::Failed: {
        QString reason = outcome.error.message;
        if (reason.isEmpty())
            reason = outcome.error.toString();
        if (reason.isEmpty())
            //: The reason of a failed delete when none is known.
            reason = QCoreApplication::translate("sdrs::DeleteOutcome", "unknown error");
        //: The outcome of one delete: it failed; %1 is the reason.
        return QCoreApplication::translate("sdrs::DeleteOutcome", "Failed: %1").arg(reason);
    }
    case DeleteOutcome::State::NotAttempted:
        //: The outcome of one delete: the request was not sent (the run stopped before it).
        return QCoreApplication::translate("sdrs::DeleteOutcome", "Not attempted");
    }
    return {};
}

DeleteCounts countOutcomes(const QList<DeleteOutcome> &outcomes)
{
    DeleteCounts counts;
    const auto counter = [&counts](DeleteOutcome::State state) -> int & {
        switch (state) {
        case DeleteOutcome::State::Deleted:
            return counts.deleted;
        case DeleteOutcome::State::NotFound:
            return counts.notFound;
        case DeleteOutcome::State::Failed:
            return counts.failed;
        case DeleteOutcome::State::NotAttempted:
            break;
        }
        return counts.notAttempted;
    };
    for (const DeleteOutcome &outcome : outcomes)
        ++counter(outcome.state);
    return counts;
}

} // namespace sdrs
