#include "app/api/allgroups.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <deque>
#include <limits>
#include <map>
#include <utility>
#include <vector>

namespace sdrs {

namespace {

/// What identifies a failed task within one listing: its job and its resource.
using RowKey = std::pair<QString, QString>;

/// The whole load: the group listing, then every page of every scope, at most `parallelism` at a
/// time. Scope 0 is the protection-group level, scope i > 0 is group i - 1 of the listing.
class AllGroupsCall final : public ApiCall
{
public:
    AllGroupsCall(SdrsClient *client, const AllGroupsQuery &query,
                  std::function<void(const AllGroupsProgress &)> progress,
                  std::function<void(const Result<AllGroupsResult> &)> done)
        : ApiCall(client)
        , m_client(client)
        , m_query(query)
        , m_progress(std::move(progress))
        , m_done(std::move(done))
    {
        m_query.parallelism = std::max(1, m_query.parallelism);
        m_query.pageSize = std::clamp(m_query.pageSize, 1, MaxPageSize);
        m_query.maxRows = std::max<qint64>(1, m_query.maxRows);
    }

    void start()
    {
        if (m_finished)
            return;
        if (m_query.knownGroups) {
            Result<ProtectionGroupPage> known;
            known.value.groups = *m_query.knownGroups;
            known.value.count = known.value.groups.size();
            m_state.requestsKnown = 1; // counted as the listing it replaces
            onGroups(known);
            return;
        }
        m_groupsCall = m_client->listAllProtectionGroups(
            {}, this, [this](const Result<ProtectionGroupPage> &r) { onGroups(r); });
    }

protected:
    void abortWork() override { stopAll(); }

    void deliverCancelled() override
    {
        Result<AllGroupsResult> r;
        r.error = detail::cancelledError();
        m_done(r);
    }

private:
    static constexpr int MaxPageSize = 1000;
    /// How often one scope is listed again from its start after it changed while being paged.
    static constexpr int MaxRechecks = 3;

    struct Scope
    {
        QString groupId;     ///< empty: the protection-group level
        qint64 count = -1;   ///< from the first page of the current attempt; -1 before it
        qint64 expected = 0; ///< rows to read: `count`, or fewer where the row limit cuts it
        qint64 pageCount = 0;
        qint64 nextPage = 0; ///< the next page not yet asked for
        qint64 rows = 0;     ///< rows held in `pages`
        int rechecks = 0;
        /// The first page was full and `count` no larger than it: `count` may be the page's
        /// length, so pages are read one after another until one comes back short.
        bool sequential = false;
        std::map<qint64, QList<FailureJob>> pages; ///< by page number
        QSet<RowKey> seen; ///< rows of this attempt, kept only for scopes of several pages
    };

    struct Request
    {
        QPointer<ApiCall> call;
        qsizetype scope = 0;
        qint64 page = 0;
    };

    void onGroups(const Result<ProtectionGroupPage> &r)
    {
        if (m_finished || m_stopping)
            return;
        if (!r.ok()) {
            fail(r.error);
            return;
        }
        m_groups = r.value.groups;
        if (m_query.onlyScope) {
            Scope only;
            only.groupId = *m_query.onlyScope;
            m_scopes.push_back(std::move(only));
        } else {
            m_scopes.resize(size_t(m_groups.size()) + 1);
            for (qsizetype i = 0; i < m_groups.size(); ++i)
                m_scopes[size_t(i) + 1].groupId = m_groups.at(i).id;
        }
        m_state.requestsDone = 1;
        m_state.requestsKnown = 1 + int(m_scopes.size());
        if (report())
            pump();
    }

    /// Starts requests until `parallelism` are in flight: first pages of scopes being listed
    /// again, then first pages in list order, then the remaining pages. Finishes when nothing is
    /// left.
    void pump()
    {
        while (m_inFlight.size() < m_query.parallelism) {
            qsizetype scope = -1;
            qint64 page = 0;
            if (!m_restart.empty()) {
                scope = m_restart.front();
                m_restart.pop_front();
            } else if (m_nextFirst < qsizetype(m_scopes.size())) {
                scope = m_nextFirst++;
            } else if (!m_continuing.empty()) {
                scope = m_continuing.front();
                Scope &s = m_scopes[size_t(scope)];
                page = s.nextPage++;
                if (s.nextPage >= s.pageCount)
                    m_continuing.pop_front();
            } else {
                break;
            }
            if (page == 0)
                m_scopes[size_t(scope)].nextPage = 1;
            request(scope, page);
        }
        if (m_inFlight.isEmpty())
            succeed();
    }

    void request(qsizetype scope, qint64 page)
    {
        FailureJobQuery q;
        q.failureStatus = m_query.failureStatus;
        q.resourceType = m_query.resourceType;
        q.resourceName = m_query.resourceName;
        q.serverGroupId = m_scopes[size_t(scope)].groupId;
        q.limit = m_query.pageSize;
        q.offset = int(page * m_query.pageSize); // checked against INT_MAX in onPage()
        const quint64 id = ++m_lastId;
        ApiCall *call = m_client->listFailureJobs(
            q, this, [this, id](const Result<FailureJobPage> &r) { onPage(id, r); });
        m_inFlight.insert(id, Request{call, scope, page});
    }

    void onPage(quint64 id, const Result<FailureJobPage> &r)
    {
        // Answers of requests dropped by stopAll() or recheck() are not in m_inFlight any more.
        const auto it = m_inFlight.constFind(id);
        if (m_finished || m_stopping || it == m_inFlight.cend())
            return;
        const Request req = *it;
        m_inFlight.erase(it);
        ++m_state.requestsDone;
        if (!r.ok()) {
            fail(r.error);
            return;
        }
        Scope &s = m_scopes[size_t(req.scope)];
        FailureJobPage page = r.value;
        const qint64 pageSize = m_query.pageSize;
        if (m_query.adopt)
            m_query.adopt(s.groupId, req.page * pageSize, page.jobs);
        if (req.page == 0 && page.jobs.size() >= pageSize && page.count <= pageSize) {
            s.sequential = true;
            s.pageCount = 1;
        } else if (req.page == 0 && !planScope(req.scope, page.count)) {
            return;
        }
        if (!isConsistent(s, req.page, page, pageSize)) {
            recheck(req.scope, page.count);
            return;
        }
        s.rows += page.jobs.size();
        m_state.rowsLoaded += page.jobs.size();
        if (s.sequential)
            extendSequential(req.scope, page.jobs.size());
        s.pages.emplace(req.page, std::move(page.jobs));
        if (report())
            pump();
    }

    /// Plans the pages of a scope from its first page's `count`: whole pages up to the row limit
    /// (what the server counts beyond it is not read). False when the load failed instead.
    bool planScope(qsizetype scope, qint64 count)
    {
        Scope &s = m_scopes[size_t(scope)];
        const qint64 pageSize = m_query.pageSize;
        const qint64 budget = std::max<qint64>(0, m_query.maxRows - m_state.rowsExpected);
        const qint64 counted = std::max<qint64>(0, count);
        qint64 pages = std::max<qint64>(1, (counted + pageSize - 1) / pageSize);
        if (counted > budget) {
            pages = std::max<qint64>(1, budget / pageSize);
            m_countedBeyondLimit += counted - std::min(counted, pages * pageSize);
        }
        constexpr qint64 intMax = std::numeric_limits<int>::max();
        if ((pages - 1) * pageSize > intMax || m_state.requestsKnown + pages - 1 > intMax) {
            //: The end of "The failed tasks of ... could not be read: ...". %1 is a very
            //: large number.
            fail(scopeError(scope, SdrsClient::tr("the server counts %1 failed tasks, more than "
                                                  "can be paged through")
                                       .arg(count)));
            return false;
        }
        s.count = count;
        s.expected = std::min(counted, pages * pageSize);
        s.pageCount = pages;
        m_state.rowsExpected += s.expected;
        m_state.requestsKnown += int(pages - 1);
        if (pages > 1)
            m_continuing.push_back(scope);
        return true;
    }

    /// Whether page `index` of `s` fits what the scope's first page promised: the same count,
    /// the rows it should hold, and no row seen on an earlier page.
    static bool isConsistent(Scope &s, qint64 index, const FailureJobPage &page, qint64 pageSize)
    {
        const qint64 promised = std::min(pageSize, s.count - index * pageSize);
        if (!s.sequential && (page.count != s.count || page.jobs.size() != promised))
            return false;
        if (s.pageCount <= 1 && !s.sequential)
            return true;
        for (const FailureJob &job : page.jobs) {
            if (job.jobId.isEmpty() && job.resourceId.isEmpty())
                continue;
            const qsizetype before = s.seen.size();
            s.seen.insert(RowKey(job.jobId, job.resourceId));
            if (s.seen.size() == before)
                return false; // the same row on two pages: the rows moved
        }
        return true;
    }

    /// A page of a scope read one page after another arrived with `received` rows: a full one
    /// asks for the next, within the row limit.
    void extendSequential(qsizetype scope, qsizetype received)
    {
        Scope &s = m_scopes[size_t(scope)];
        s.expected += received;
        m_state.rowsExpected += received;
        if (received < m_query.pageSize)
            return; // the last page
        if (m_state.rowsExpected + m_query.pageSize > m_query.maxRows ||
            (s.pageCount + 1) * qint64(m_query.pageSize) > std::numeric_limits<int>::max()) {
            m_moreBeyondLimit = true;
            return;
        }
        ++s.pageCount;
        ++m_state.requestsKnown;
        m_continuing.push_back(scope);
    }

    /// The rows of `scope` changed while it was paged: forget what it brought so far and list it
    /// again from its first page, a few times at most.
    void recheck(qsizetype scope, qint64 newCount)
    {
        Scope &s = m_scopes[size_t(scope)];
        if (s.rechecks >= MaxRechecks) {
            //: The end of "The failed tasks of ... could not be read: ...". %n is how often
            //: they were read again, %1 the number of failed tasks the server counted last.
            fail(scopeError(scope, SdrsClient::tr("its failed tasks kept changing while they "
                                                  "were read, %n times in a row (the last count "
                                                  "was %1). Try again.",
                                                  nullptr, s.rechecks + 1)
                                       .arg(newCount)));
            return;
        }
        ++s.rechecks;
        QList<ApiCall *> dropped;
        for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
            if (it->scope == scope) {
                if (it->call)
                    dropped.append(it->call);
                it = m_inFlight.erase(it);
                --m_state.requestsKnown;
            } else {
                ++it;
            }
        }
        if (s.pageCount > 0) {
            m_state.requestsKnown -= int(s.pageCount - s.nextPage);
            m_continuing.erase(std::remove(m_continuing.begin(), m_continuing.end(), scope),
                               m_continuing.end());
        }
        m_state.rowsLoaded -= s.rows;
        m_state.rowsExpected -= s.expected;
        if (s.count > s.expected)
            m_countedBeyondLimit -= std::max<qint64>(0, s.count) - s.expected;
        s.count = -1;
        s.expected = 0;
        s.sequential = false;
        s.pageCount = 0;
        s.nextPage = 0;
        s.rows = 0;
        s.pages.clear();
        s.seen.clear();
        m_restart.push_back(scope);
        ++m_state.requestsKnown;
        for (ApiCall *call : std::as_const(dropped))
            call->cancel(); // its answer is ignored: it is no longer in m_inFlight
        if (report())
            pump();
    }

    /// Reports progress; false when the callback ended the load.
    bool report()
    {
        if (!m_progress)
            return true;
        const QPointer<AllGroupsCall> self(this);
        m_progress(m_state);
        return self && !m_finished;
    }

    ApiError scopeError(qsizetype scope, const QString &why) const
    {
        ApiError e;
        e.kind = ApiError::Kind::Decode;
        const QString &id = m_scopes[size_t(scope)].groupId;
        if (id.isEmpty()) {
            //: %1 is the reason.
            e.message =
                SdrsClient::tr("The protection-group-level failed tasks could not be read: %1")
                    .arg(why);
        } else {
            const auto g = std::find_if(m_groups.cbegin(), m_groups.cend(),
                                        [&id](const ProtectionGroup &p) { return p.id == id; });
            //: %1 is the name of the protection group, %2 its id, %3 the reason.
            e.message = SdrsClient::tr("The failed tasks of protection group \"%1\" (%2) could "
                                       "not be read: %3")
                            .arg(g == m_groups.cend() ? id : g->name, id, why);
        }
        return e;
    }

    void stopAll()
    {
        m_stopping = true;
        if (m_groupsCall)
            m_groupsCall->cancel();
        const QHash<quint64, Request> inFlight = std::exchange(m_inFlight, {});
        for (const Request &r : inFlight) {
            if (r.call)
                r.call->cancel();
        }
    }

    void fail(const ApiError &error)
    {
        stopAll();
        Result<AllGroupsResult> r;
        r.error = error;
        finishWith([&] { m_done(r); });
    }

    void succeed()
    {
        Result<AllGroupsResult> r;
        qsizetype total = 0;
        for (const Scope &s : m_scopes)
            total += qsizetype(s.rows);
        r.value.jobs.reserve(total);
        for (Scope &s : m_scopes) {
            for (auto &[number, rows] : s.pages) {
                // Each page is held here only: moving its rows out does not copy them.
                for (FailureJob &job : rows)
                    r.value.jobs.append(std::move(job));
            }
            s.pages.clear();
            s.seen.clear();
        }
        r.value.groups = std::move(m_groups);
        if (m_countedBeyondLimit > 0)
            //: %1 rows read of %2 the server counts; %3 is the limit of one load. Numbers have
            //: digit grouping.
            r.value.incomplete =
                SdrsClient::tr("Only %1 of the %2 failed tasks the server counts were read: one "
                               "load stops at %3 rows. The list is incomplete.")
                    .arg(QLocale().toString(qint64(r.value.jobs.size())),
                         QLocale().toString(qint64(r.value.jobs.size()) + m_countedBeyondLimit),
                         QLocale().toString(m_query.maxRows));
        else if (m_moreBeyondLimit)
            //: %1 rows read; %2 is the limit of one load. Numbers have digit grouping.
            r.value.incomplete =
                SdrsClient::tr("Only %1 failed tasks were read, and the server has more: one "
                               "load stops at %2 rows. The list is incomplete.")
                    .arg(QLocale().toString(qint64(r.value.jobs.size())),
                         QLocale().toString(m_query.maxRows));
        finishWith([&] { m_done(r); });
    }

    SdrsClient *m_client;
    AllGroupsQuery m_query;
    std::function<void(const AllGroupsProgress &)> m_progress;
    std::function<void(const Result<AllGroupsResult> &)> m_done;
    QPointer<ApiCall> m_groupsCall;
    QList<ProtectionGroup> m_groups;
    std::vector<Scope> m_scopes;
    QHash<quint64, Request> m_inFlight;
    std::deque<qsizetype> m_restart;    ///< scopes to be listed again from their first page
    std::deque<qsizetype> m_continuing; ///< scopes with pages not yet asked for, in order
    qsizetype m_nextFirst = 0;          ///< the first scope whose first page was not asked for
    quint64 m_lastId = 0;
    AllGroupsProgress m_state;
    qint64 m_countedBeyondLimit = 0; ///< rows the server counts that the row limit leaves out
    bool m_moreBeyondLimit = false;  ///< a scope read page by page had more past the row limit
    bool m_stopping = false;
};

} // namespace

ApiCall *loadAllGroups(SdrsClient *client, const AllGroupsQuery &query, QObject *context,
                       std::function<void(const AllGroupsProgress &)> progress,
                       std::function<void(const Result<AllGroupsResult> &)> done)
{
    if (progress)
        progress = detail::guarded<AllGroupsProgress>(context, std::move(progress));
    auto *call =
        new AllGroupsCall(client, query, std::move(progress),
                          detail::guarded<Result<AllGroupsResult>>(context, std::move(done)));
    return detail::launch(call, context, client, &AllGroupsCall::start);
}

} // namespace sdrs
