#pragma once

#include "sdrsclient.h"

namespace sdrs {

/// Filters of an "All protection groups" load; each is sent to the server with every request.
struct AllGroupsQuery
{
    QString failureStatus;
    QString resourceType;
    QString resourceName;
    int parallelism = 6; ///< requests in flight at most
    int pageSize = 1000; ///< `limit` of every failed-task request (the API's maximum)
};

/// What an "All protection groups" load hands back.
struct AllGroupsResult
{
    QList<ProtectionGroup> groups; ///< every protection group, as listed
    /// Every failed task: the protection-group level first, then each group in list order, each
    /// row once, its serverGroupId set to the group it was asked for.
    QList<FailureJob> jobs;
};

/// How far a load has come, reported after each answer.
struct AllGroupsProgress
{
    int requestsDone = 0;
    int requestsKnown = 0; ///< grows as first pages reveal how many more pages a group has
    qint64 rowsLoaded = 0;
    qint64 rowsExpected = 0; ///< sum of the `count`s seen so far
};

/// Lists every protection group, then asks for the failed tasks of the protection-group level
/// and of each group, every page, with at most `query.parallelism` requests in flight, and
/// merges the answers. The first error stops the load (the requests still in flight are
/// cancelled) and is handed back with the endpoint that failed; there are no partial results.
/// A group whose rows change while it is paged (a page short of what its count promised) is a
/// decode error naming the group.
ApiCall *loadAllGroups(SdrsClient *client, const AllGroupsQuery &query, QObject *context,
                       std::function<void(const AllGroupsProgress &)> progress,
                       std::function<void(const Result<AllGroupsResult> &)> done);

} // namespace sdrs
