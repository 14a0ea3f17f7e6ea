// The rows export, summary and check read (see scopereading.h).
#include "app/cli/scopereading.h"

#include "app/api/allgroups.h"
#include "app/api/sdrsclient.h"
#include "app/cli/clisupport.h"
#include "models/sinceparser.h"
#include "models/vocabulary.h"

#include <algorithm>
#include <functional>
#include <utility>

namespace sdrs::cli {

namespace {

/// The filters of the service and --since, which every reading command has.
const QList<OptionSpec> filterOptions{
    {{QStringLiteral("status")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Only this failure_status, e.g. createFail."),
     QStringLiteral("STATUS")},
    {{QStringLiteral("group")},
     QT_TRANSLATE_NOOP("sdrs::cli", "A protection group by id or name (exact, then in any letter "
                                    "case) instead of the group level."),
     QStringLiteral("GROUP")},
    {{QStringLiteral("all-groups")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Every protection group and the group level, every page.")},
    {{QStringLiteral("resource-type")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Only this resource_type (server_groups, protected_instances, "
                                    "replications, disaster_recovery_drills)."),
     QStringLiteral("TYPE")},
    {{QStringLiteral("resource-name")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Only resources whose name contains NAME."),
     QStringLiteral("NAME")},
    {{QStringLiteral("since")},
     QT_TRANSLATE_NOOP("sdrs::cli",
                       "Only tasks that began at or after WHEN: a duration back from now (30m, "
                       "24h, 7d, 2w, or added up as 1d12h) or an ISO 8601 time "
                       "(2026-11-20T11:00:00Z, 2026-11-20T12:00:00+01:00; without an offset: "
                       "local time). The service cannot filter by time: the rows are read, "
                       "then counted."),
     QStringLiteral("WHEN")},
};

/// One page or every page.
const QList<OptionSpec> pageOptions{
    {{QStringLiteral("limit")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Rows of the one request, 1 to 1000 (default 1000)."),
     QStringLiteral("N")},
    {{QStringLiteral("offset")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Rows to skip in the one request (default 0)."),
     QStringLiteral("N")},
    {{QStringLiteral("all-pages")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Every page of the group level or of --group.")},
};

const OptionSpec maxRowsOption{
    {QStringLiteral("max-rows")},
    QT_TRANSLATE_NOOP("sdrs::cli", "--all-pages and --all-groups: read at most N rows (default "
                                   "2000000); a server that counts more is an error and nothing "
                                   "is written."),
    QStringLiteral("N")};

/// What is read: the filters, the group, the page or every page.
QString parseSelection(const QCommandLineParser &parser, ScopeRequest &r, Paging paging)
{
    r.status = parser.value(QStringLiteral("status"));
    if (parser.isSet(QStringLiteral("status")) && !failureStatuses().contains(r.status))
        return Text::tr("unknown --status \"%1\"; valid: %2")
            .arg(r.status, failureStatuses().join(QStringLiteral(", ")));
    r.resourceType = parser.value(QStringLiteral("resource-type"));
    r.resourceName = parser.value(QStringLiteral("resource-name"));
    r.allGroups = parser.isSet(QStringLiteral("all-groups"));
    if (parser.isSet(QStringLiteral("group")))
        r.group = parser.value(QStringLiteral("group"));
    if (r.allGroups && r.group)
        return Text::tr("--all-groups and --group exclude each other");
    if (paging == Paging::EveryPage) {
        r.everyPage = true;
        r.allGroups = !r.group;
        return {};
    }
    r.everyPage = parser.isSet(QStringLiteral("all-pages")) || r.allGroups;
    if (r.everyPage &&
        (parser.isSet(QStringLiteral("limit")) || parser.isSet(QStringLiteral("offset"))))
        return Text::tr("--limit and --offset choose one page; --all-pages and "
                        "--all-groups read every page");
    if (!r.everyPage && parser.isSet(QStringLiteral("max-rows")))
        return Text::tr("--max-rows is for --all-pages and --all-groups");
    return {};
}

/// --max-rows, --limit and --offset.
QString parseNumbers(const QCommandLineParser &parser, ScopeRequest &r, Paging paging)
{
    const struct
    {
        QString name;
        qint64 min, max;
        std::function<void(qint64)> store;
    } numbers[] = {
        {QStringLiteral("max-rows"), 1, 100'000'000,
         [&r](qint64 v) {
             r.maxRows = v;
         }},
        {QStringLiteral("limit"), 1, 1000,
         [&r](qint64 v) {
             r.limit = int(v);
         }},
        {QStringLiteral("offset"), 0, 2147483647,
         [&r](qint64 v) {
             r.offset = int(v);
         }},
    };
    for (const auto &n : numbers) {
        if ((paging == Paging::EveryPage && n.name != QStringLiteral("max-rows")) ||
            !parser.isSet(n.name))
            continue;
        const Result<qint64> v = numberOption(parser, n.name, n.min, n.max);
        if (!v.ok())
            return v.error.message;
        n.store(v.value);
    }
    return {};
}

/// The one page asked for; on a terminal, a note when there are more rows.
Result<QList<FailureJob>> loadPage(Runner &runner, SdrsClient &client, const ScopeRequest &r,
                                   const QString &groupId)
{
    FailureJobQuery query;
    query.failureStatus = r.status;
    query.resourceType = r.resourceType;
    query.resourceName = r.resourceName;
    query.serverGroupId = groupId;
    query.limit = r.limit;
    query.offset = r.offset;
    Result<FailureJobPage> page = runner.await<FailureJobPage>([&](QObject *context, auto done) {
        return client.listFailureJobs(query, context, std::move(done));
    });
    if (!page.ok())
        return {{}, page.error, {}};
    const QList<FailureJob> &jobs = page.value.jobs;
    const qint64 first = std::max(0, r.offset);
    if (stderrIsTerminal() && page.value.count > first + jobs.size())
        printError(Text::tr("note: rows %1 to %2 of %3; --all-pages reads every page")
                       .arg(formatNumber(jobs.isEmpty() ? first : first + 1),
                            formatNumber(first + jobs.size()), formatNumber(page.value.count)));
    else if (stderrIsTerminal() && query.limit > 0 && jobs.size() >= query.limit)
        // A full page whose count says no more: the count may be the page's length.
        printError(Text::tr("note: rows %1 to %2, and there may be more; --all-pages reads "
                            "every page")
                       .arg(formatNumber(first + 1), formatNumber(first + jobs.size())));
    return Result<QList<FailureJob>>::success(std::move(page.value.jobs));
}

/// Every page, with a progress line; `groups` are the known groups and become the groups read.
Result<AllGroupsResult> loadEveryPage(Runner &runner, SdrsClient &client, const ScopeRequest &r,
                                      const QString &groupId, const QList<ProtectionGroup> &groups)
{
    AllGroupsQuery query;
    query.failureStatus = r.status;
    query.resourceType = r.resourceType;
    query.resourceName = r.resourceName;
    query.maxRows = r.maxRows;
    if (!r.allGroups) {
        query.onlyScope = groupId;
        // The group level has no names to look up; a group's list is known already.
        query.knownGroups = groups;
    }
    ProgressLine progress;
    const auto showProgress = [&progress](const AllGroupsProgress &p) {
        progress.show(Text::tr("%1 of %2 requests, %3 of %4 rows")
                          .arg(formatNumber(p.requestsDone), formatNumber(p.requestsKnown),
                               formatNumber(p.rowsLoaded), formatNumber(p.rowsExpected)));
    };
    Result<AllGroupsResult> loaded =
        runner.await<AllGroupsResult>([&](QObject *context, auto done) {
            return loadAllGroups(&client, query, context, showProgress, std::move(done));
        });
    progress.end();
    return loaded;
}

/// The scopes read completely by an every-page reading without the service's filters.
QStringList completeScopesOf(const ScopeRequest &r, const QString &groupId,
                             const QList<ProtectionGroup> &groupsRead)
{
    if (!r.status.isEmpty() || !r.resourceType.isEmpty() || !r.resourceName.isEmpty())
        return {};
    if (!r.allGroups)
        return {groupId};
    QStringList scopes{QString()};
    for (const ProtectionGroup &g : groupsRead)
        scopes.append(g.id);
    return scopes;
}

/// Reads every page of the scope into `rows`. Returns -1 to go on, else the exit code.
int readEveryPage(Runner &runner, SdrsClient &client, const ScopeRequest &r, const QString &groupId,
                  const QList<ProtectionGroup> &groups, ScopeRows &rows)
{
    Result<AllGroupsResult> every = loadEveryPage(runner, client, r, groupId, groups);
    if (!every.ok())
        return callFailed(Text::tr("cannot read the failed tasks"), every.error);
    if (!every.value.incomplete.isEmpty()) {
        //: %1 says how many rows were read of how many; --max-rows is an option.
        printError(Text::tr("%1 Nothing was written; --max-rows raises the limit.")
                       .arg(every.value.incomplete));
        return ServiceError;
    }
    rows.jobs = std::move(every.value.jobs);
    rows.groupNames = groupNamesById(every.value.groups);
    rows.completeScopes = completeScopesOf(r, groupId, every.value.groups);
    return -1;
}

/// Reads the rows into `rows`, before --since. Returns -1 to go on, else the exit code.
int readRows(Runner &runner, SdrsClient &client, const ScopeRequest &r, ScopeRows &rows)
{
    // The groups: to resolve --group (its name also names the rows).
    QList<ProtectionGroup> groups;
    QString groupId;
    if (r.group) {
        if (const int rc = listGroups(runner, client, {}, groups); rc >= 0)
            return rc;
        const Result<ProtectionGroup> found = resolveGroup(groups, *r.group);
        if (!found.ok())
            return usageError(found.error.message);
        groupId = found.value.id;
        groups = {found.value}; // the rows are this group's: its name is the only one needed
    }
    if (r.everyPage)
        return readEveryPage(runner, client, r, groupId, groups, rows);
    Result<QList<FailureJob>> page = loadPage(runner, client, r, groupId);
    if (!page.ok())
        return callFailed(Text::tr("cannot read the failed tasks"), page.error);
    rows.jobs = std::move(page.value);
    rows.groupNames = groupNamesById(groups);
    return -1;
}

} // namespace

QList<OptionSpec> scopeOptions(Paging paging)
{
    QList<OptionSpec> options = filterOptions;
    if (paging == Paging::OnePageOrEvery)
        options += pageOptions;
    options.append(maxRowsOption);
    return options;
}

QString parseScope(const QCommandLineParser &parser, ScopeRequest &r, Paging paging,
                   const QDateTime &now)
{
    QString problem = parseSelection(parser, r, paging);
    if (problem.isEmpty())
        problem = parseNumbers(parser, r, paging);
    if (problem.isEmpty() && parser.isSet(QStringLiteral("since"))) {
        const Result<QDateTime> since = parseSince(parser.value(QStringLiteral("since")), now);
        if (!since.ok())
            return QStringLiteral("--since: ") + since.error.message;
        r.since = since.value;
    }
    return problem;
}

void keepSince(QList<FailureJob> &jobs, const QDateTime &since)
{
    if (!since.isValid())
        return;
    jobs.removeIf([&since](const FailureJob &job) {
        return !job.beginTime.isValid() || job.beginTime < since;
    });
}

int readScope(Runner &runner, SdrsClient &client, const ScopeRequest &r, ScopeRows &rows)
{
    if (const int rc = readRows(runner, client, r, rows); rc >= 0)
        return rc;
    rows.rowsRead = rows.jobs.size();
    keepSince(rows.jobs, r.since);
    return -1;
}

} // namespace sdrs::cli
