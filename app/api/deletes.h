#pragma once

#include "app/api/sdrsclient.h"

namespace sdrs {

/// One thing a clean-up deletes.
struct DeleteTarget
{
    enum class Kind {
        FailedTask, ///< `DELETE /task-center/failure-jobs/{resource_id}`: `id` is the row's
                    ///< resource_id
        GroupLevel, ///< `DELETE /task-center/failure-jobs/batch`: every protection-group-level
                    ///< failed task (`id` unused)
        Group,      ///< `DELETE /task-center/{server_group_id}/failure-jobs/batch`: `id` is the
                    ///< group's id
    };
    Kind kind = Kind::FailedTask;
    QString id;
    /// What the user knows it by (resource name, group name); shown in results, may be empty.
    QString label;

    friend bool operator==(const DeleteTarget &, const DeleteTarget &) = default;
};

/// What became of one target.
struct DeleteOutcome
{
    enum class State {
        Deleted,
        NotFound,     ///< 404: nothing by that id (already gone)
        Failed,       ///< any other error: see `error`
        NotAttempted, ///< the run was cancelled or stopped before this target was sent
    };
    DeleteTarget target;
    State state = State::NotAttempted;
    ApiError error; ///< State::Failed (and NotFound: the server's answer)
};

/// How far a run has come: after each answer.
struct DeleteProgress
{
    int done = 0;
    int total = 0;
};

/// Sends one DELETE per target, at most `parallelism` at a time, each exactly once (never
/// retried, as every DELETE of the client). Targets with the same kind and id are sent once; the
/// outcomes list holds one entry per distinct target, in the order given.
///
/// A failure of one target does not stop the others, except an authentication failure (every
/// further request would fail the same way): then the rest are NotAttempted.
/// The result's `value` always holds every outcome; its `error` is set (kind Cancelled) only when
/// the run was cancelled (`cancel()`, or `context` destroyed): targets still in flight are then
/// Failed with a Cancelled error, the others NotAttempted.
ApiCall *runDeletes(SdrsClient *client, QList<DeleteTarget> targets, int parallelism,
                    QObject *context, std::function<void(const DeleteProgress &)> progress,
                    std::function<void(const Result<QList<DeleteOutcome>> &)> done);

/// How many outcomes of a run are in each state.
struct DeleteCounts
{
    int deleted = 0;
    int notFound = 0;
    int failed = 0;
    int notAttempted = 0;

    friend bool operator==(const DeleteCounts &, const DeleteCounts &) = default;
};

/// Counts `outcomes` by their state, for a summary line.
DeleteCounts countOutcomes(const QList<DeleteOutcome> &outcomes);

/// A sentence per outcome for a results list: "Deleted", "Not found (already gone)",
/// "Failed: <reason>", "Not attempted".
QString describeOutcome(const DeleteOutcome &outcome);

} // namespace sdrs
