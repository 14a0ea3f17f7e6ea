#pragma once

#include "app/api/sdrsclient.h"

#include <optional>

namespace sdrs {

/// Filters of an "All protection groups" load; each is sent to the server with every request.
struct AllGroupsQuery
{
    QString failureStatus;
    QString resourceType;
    QString resourceName;
    int parallelism = 6; ///< requests in flight at most (at least 1 is used)
    int pageSize = 1000; ///< `limit` of every failed-task request (the API's maximum; 1..1000)
    /// Optional: handed the rows of each page as they arrive (the group's id, empty for the
    /// protection-group level, and the page's offset), on the caller's thread. It may replace a
    /// row by an equal one it already holds, so that a refresh shares the strings of the rows
    /// that did not change instead of holding them twice.
    std::function<void(const QString &serverGroupId, qint64 offset, QList<FailureJob> &rows)> adopt;
    /// Set: only this scope is read (empty string: the protection-group level, else a group's
    /// id), every page of it, with the same consistency checks. The groups are still listed
    /// (for their names) unless `knownGroups` is set.
    std::optional<QString> onlyScope;
    /// Set: these are the protection groups, and they are not listed again.
    std::optional<QList<ProtectionGroup>> knownGroups;
    /// The most failed tasks one load reads, over all scopes (a server that counts more, or whose
    /// list never ends, is read only so far: see AllGroupsResult::incomplete).
    qint64 maxRows = DefaultMaxRows;
    static constexpr qint64 DefaultMaxRows = 2'000'000;
};

/// What an "All protection groups" load hands back.
struct AllGroupsResult
{
    QList<ProtectionGroup> groups; ///< every protection group, as listed
    /// Every failed task: the protection-group level first, then each group in list order, each
    /// row once, its serverGroupId set to the group it was asked for.
    QList<FailureJob> jobs;
    /// Empty when every row was read; otherwise a sentence saying that the load stopped at
    /// AllGroupsQuery::maxRows and how many rows the server counted: `jobs` then holds whole pages
    /// up to that limit and is a partial result.
    QString incomplete;
};

/// How far a load has come, reported after each answer (the group listing counts as one
/// request). When a group is listed again (see loadAllGroups), its rows and pages leave the
/// counts and come back as they are read again. When the load succeeds, the last report has
/// requestsDone == requestsKnown and rowsLoaded == rowsExpected.
struct AllGroupsProgress
{
    int requestsDone = 0;
    int requestsKnown = 0; ///< grows as first pages reveal how many more pages a group has
    qint64 rowsLoaded = 0;
    qint64 rowsExpected = 0; ///< sum of the `count`s seen so far
};

/// Lists every protection group, then asks for the failed tasks of the protection-group level
/// and of each group, every page, with at most `query.parallelism` requests in flight, and
/// merges the answers. The first pages go out first (group level, then the groups in list
/// order), so that `rowsExpected` soon holds the total; each answer reveals the remaining pages
/// of its scope.
///
/// The first error stops the load (the requests still in flight are cancelled) and is handed
/// back once, with the endpoint that failed; there are no partial results, except that a load
/// reads no more than `query.maxRows` rows (each scope's pages are bounded by its first page's
/// count, and the sum by the limit): then it succeeds with whole pages up to the limit and says
/// so in AllGroupsResult::incomplete. `cancel()` on the
/// returned call, or the destruction of `context`, cancels the load as for every ApiCall.
///
/// A scope (the group level or one group) whose rows change while it is paged is listed again
/// from its first page, and what it brought before is dropped: a page whose `count` differs
/// from its first page's, a page with more or fewer rows than that count promised (rows deleted
/// or added meanwhile shift the later pages), or a row that came on an earlier page already
/// (same job_id and resource_id). So every row is delivered once, as the server held it at one
/// moment, never twice and never patched together from two states of the list. After three such
/// re-checks in a row the scope is a decode error naming the group.
///
/// `progress` may be empty. The result's `body` stays empty.
ApiCall *loadAllGroups(SdrsClient *client, const AllGroupsQuery &query, QObject *context,
                       std::function<void(const AllGroupsProgress &)> progress,
                       std::function<void(const Result<AllGroupsResult> &)> done);

} // namespace sdrs
