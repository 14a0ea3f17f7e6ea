// The "All protection groups" loader against the emulator over real loopback HTTP: the merged rows
// are exactly the server's, in order; paging, filters, the parallelism bound, errors, cancelling,
// progress, and rows that change while a group is paged.
#include "app/api/allgroups.h"
#include "emulator/emulator.h"
#include "tests/api/smalldataset.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTest>
#include <QTestEventLoop>

#include <algorithm>
#include <optional>

using namespace sdrs;
using namespace sdrs::emulator;
using namespace sdrs::testing;

namespace {

int distinctRows(const QList<FailureJob> &rows)
{
    QSet<std::pair<QString, QString>> seen;
    for (const FailureJob &f : rows)
        seen.insert({f.jobId, f.resourceId});
    return int(seen.size());
}

/// One load's callbacks as they came.
struct Load
{
    QList<AllGroupsProgress> progress;
    std::optional<Result<AllGroupsResult>> result;
    int doneCalls = 0;
    QPointer<ApiCall> call;
    std::function<void(const AllGroupsProgress &)> onProgress; ///< runs inside each report
    std::function<void()> onDone;                              ///< runs inside the callback
    bool finished = false;
    QTestEventLoop *loop = nullptr;

    void start(SdrsClient *client, const AllGroupsQuery &query, QObject *context)
    {
        call = loadAllGroups(
            client, query, context,
            [this](const AllGroupsProgress &p) {
                progress.append(p);
                if (onProgress)
                    onProgress(p);
            },
            [this](const Result<AllGroupsResult> &r) {
                ++doneCalls;
                result = r;
                finished = true;
                if (onDone)
                    onDone();
                if (loop)
                    loop->exitLoop();
            });
    }

    bool wait(int ms = 30000) { return runUntil(finished, loop, ms); }
};

bool allCallsFinished(const SdrsClient &client)
{
    return unfinishedCalls(client) == 0;
}

} // namespace

class TestAllGroups final : public QObject, protected EmulatorHarness
{
    Q_OBJECT

private:
    /// Lists one scope page by page with plain listFailureJobs calls.
    QList<FailureJob> listScope(SdrsClient &client, FailureJobQuery q)
    {
        QList<FailureJob> rows;
        q.limit = 1000;
        for (q.offset = 0;; q.offset += 1000) {
            std::optional<Result<FailureJobPage>> page;
            bool done = false;
            QTestEventLoop *loop = nullptr;
            client.listFailureJobs(q, this, [&](const Result<FailureJobPage> &r) {
                page = r;
                done = true;
                if (loop)
                    loop->exitLoop();
            });
            if (!runUntil(done, loop, 30000) || !page->ok()) {
                qWarning("direct listing failed");
                return {};
            }
            rows += page->value.jobs;
            if (page->value.jobs.isEmpty() || q.offset + 1000 >= page->value.count)
                return rows;
        }
    }

    /// The group level, then every group, each listed directly with the same filters.
    QList<FailureJob> listDirectly(SdrsClient &client, const AllGroupsQuery &query)
    {
        FailureJobQuery q;
        q.failureStatus = query.failureStatus;
        q.resourceType = query.resourceType;
        q.resourceName = query.resourceName;
        QList<FailureJob> rows = listScope(client, q);
        for (const ProtectionGroup &g : m_emulator->data().groups) {
            q.serverGroupId = g.id;
            rows += listScope(client, q);
        }
        return rows;
    }

    /// A generated data set in which some group has more than `rows` failed tasks.
    static Dataset datasetWithGroupsOver(int rows, quint64 seed, int groups, int failures)
    {
        Dataset d = Dataset::generate(seed, groups, failures);
        QHash<QString, int> perGroup;
        for (const FailureJob &f : std::as_const(d.failures))
            ++perGroup[f.serverGroupId];
        perGroup.remove(QString());
        if (std::none_of(perGroup.cbegin(), perGroup.cend(), [rows](int n) { return n > rows; }))
            qFatal("the data set has no group with more than %d rows", rows);
        return d;
    }

private Q_SLOTS:
    void cleanup() { m_emulator.reset(); }

    void mergesEveryRowOnceInOrder_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("parallelism");
        QTest::newRow("one page per group") << 1000 << 6;
        QTest::newRow("pages of 7, 4 at a time") << 7 << 4;
        QTest::newRow("pages of 7, one at a time") << 7 << 1;
        QTest::newRow("pages of 1") << 1 << 6;
    }

    void mergesEveryRowOnceInOrder()
    {
        QFETCH(int, pageSize);
        QFETCH(int, parallelism);
        startEmulator(datasetWithGroupsOver(3 * 7, 3, 12, pageSize == 1 ? 250 : 900));
        SdrsClient client(connection());
        AllGroupsQuery query;
        query.pageSize = pageSize;
        query.parallelism = parallelism;
        Load load;
        load.start(&client, query, this);
        QVERIFY(load.wait());
        const Result<AllGroupsResult> &r = *load.result;
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(load.doneCalls, 1);

        const QList<FailureJob> want = expectedRows(m_emulator->data());
        QCOMPARE(want.size(), m_emulator->data().failures.size());
        const QString diff = difference(r.value.jobs, want);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(distinctRows(r.value.jobs), int(r.value.jobs.size()));
        QCOMPARE(r.value.groups, m_emulator->data().groups);
        QVERIFY(r.body.isEmpty());

        // Several pages per group were asked for, and nothing more than needed.
        QHash<QString, qint64> perScope;
        for (const FailureJob &f : std::as_const(r.value.jobs))
            ++perScope[f.serverGroupId];
        QStringList scopes{QString()};
        for (const ProtectionGroup &g : std::as_const(r.value.groups))
            scopes.append(g.id);
        int pages = 1; // the group listing
        for (const QString &scope : std::as_const(scopes)) {
            const qint64 n = perScope.value(scope);
            pages += int(std::max<qint64>(1, (n + pageSize - 1) / pageSize));
            // A scope of exactly one full page cannot tell a total from a page's length: the
            // next (empty) page is asked for too.
            pages += n == pageSize ? 1 : 0;
        }
        QCOMPARE(m_emulator->requestCount(), pages);
        QVERIFY(pages > r.value.groups.size() + 2 || pageSize == 1000);
    }

    void countIsThePageLength_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("parallelism");
        QTest::newRow("pages of 1000") << 1000 << 6;
        QTest::newRow("pages of 7, 4 at a time") << 7 << 4;
        QTest::newRow("pages of 1") << 1 << 6;
    }

    /// The SDK calls the failed tasks' `count` "the number in the list": where it is the page's
    /// length, every row is still read (a full page asks for the next), each once.
    void countIsThePageLength()
    {
        QFETCH(int, pageSize);
        QFETCH(int, parallelism);
        Options options;
        options.countIsPageLength = true;
        startEmulator(datasetWithGroupsOver(pageSize == 1000 ? 1000 : 3 * 7, 3, 12,
                                            pageSize == 1 ? 250 : 4000),
                      options);
        SdrsClient client(connection());
        AllGroupsQuery query;
        query.pageSize = pageSize;
        query.parallelism = parallelism;
        Load load;
        load.start(&client, query, this);
        QVERIFY(load.wait());
        const Result<AllGroupsResult> &r = *load.result;
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY(r.value.incomplete.isEmpty());
        const QString diff = difference(r.value.jobs, expectedRows(m_emulator->data()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(distinctRows(r.value.jobs), int(r.value.jobs.size()));
        QCOMPARE(load.progress.constLast().rowsLoaded, qint64(r.value.jobs.size()));

        // Within the row limit, the list says it is incomplete.
        AllGroupsQuery limited = query;
        limited.maxRows = r.value.jobs.size() / 2;
        Load cut;
        cut.start(&client, limited, this);
        QVERIFY(cut.wait());
        QVERIFY2(cut.result->ok(), qPrintable(cut.result->error.toString()));
        // (Every scope's first page is read; the limit stops the paging beyond it.)
        QVERIFY(cut.result->value.jobs.size() < r.value.jobs.size());
        QVERIFY2(cut.result->value.incomplete.contains(QStringLiteral("the server has more")),
                 qPrintable(cut.result->value.incomplete));
    }

    void filtersArePassedThrough_data()
    {
        QTest::addColumn<QString>("failureStatus");
        QTest::addColumn<QString>("resourceType");
        QTest::addColumn<bool>("byName");
        QTest::newRow("status") << QStringLiteral("createFail") << QString() << false;
        QTest::newRow("type") << QString() << QStringLiteral("protected_instances") << false;
        QTest::newRow("name") << QString() << QString() << true;
        QTest::newRow("status, type and name")
            << QStringLiteral("deleteFail") << QStringLiteral("replications") << true;
    }

    void filtersArePassedThrough()
    {
        QFETCH(QString, failureStatus);
        QFETCH(QString, resourceType);
        QFETCH(bool, byName);
        startEmulator(datasetWithGroupsOver(2 * 7, 5, 10, 1500));
        SdrsClient client(connection());
        AllGroupsQuery query;
        query.failureStatus = failureStatus;
        query.resourceType = resourceType;
        if (byName) {
            // A fragment of a name in some group, matching some rows but not all.
            for (const FailureJob &f : m_emulator->data().failures) {
                if (!f.serverGroupId.isEmpty() &&
                    (resourceType.isEmpty() || f.resourceType == resourceType) &&
                    f.resourceName.size() > 3) {
                    query.resourceName = f.resourceName.left(3);
                    break;
                }
            }
            QVERIFY(!query.resourceName.isEmpty());
        }
        query.pageSize = 7;
        Load load;
        load.start(&client, query, this);
        QVERIFY(load.wait());
        const Result<AllGroupsResult> &r = *load.result;
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));

        const QList<FailureJob> direct = listDirectly(client, query);
        QVERIFY(!direct.isEmpty());
        QVERIFY(direct.size() < m_emulator->data().failures.size());
        const QString diff = difference(r.value.jobs, direct);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        if (!failureStatus.isEmpty() && resourceType.isEmpty() && !byName) {
            // Exactly the rows of that status, compared with the data set itself.
            const QList<FailureJob> want =
                expectedRows(m_emulator->data(), [&failureStatus](const FailureJob &f) {
                    return f.failureStatus == failureStatus;
                });
            QCOMPARE(r.value.jobs.size(), want.size());
            const QString diff2 = difference(r.value.jobs, want);
            QVERIFY2(diff2.isEmpty(), qPrintable(diff2));
        }
        for (const FailureJob &f : std::as_const(r.value.jobs)) {
            if (!failureStatus.isEmpty())
                QCOMPARE(f.failureStatus, failureStatus);
            if (byName)
                QVERIFY(f.resourceName.contains(query.resourceName, Qt::CaseInsensitive));
        }
    }

    void parallelismIsBounded_data()
    {
        QTest::addColumn<int>("parallelism");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("4") << 4;
    }

    void parallelismIsBounded()
    {
        QFETCH(int, parallelism);
        Options o;
        o.latencyMs = 40; // holds each answer back, so that the requests overlap at the server
        startEmulator(makeDataset(9, {20, 0, 15, 8, 30, 3}), o);
        SdrsClient client(connection());
        AllGroupsQuery query;
        query.pageSize = 7;
        query.parallelism = parallelism;
        Load load;
        load.start(&client, query, this);
        QVERIFY(load.wait());
        QVERIFY2(load.result->ok(), qPrintable(load.result->error.toString()));
        QCOMPARE(load.result->value.jobs.size(), 85);
        QVERIFY(m_emulator->requestCount() > 15);
        // Never more than allowed, and as many as allowed: the load does run in parallel.
        QCOMPARE(m_emulator->maxConcurrentRequests(), parallelism);
    }

    void zeroGroups_data()
    {
        QTest::addColumn<int>("levelRows");
        QTest::newRow("group-level rows only") << 12;
        QTest::newRow("nothing at all") << 0;
    }

    void zeroGroups()
    {
        QFETCH(int, levelRows);
        startEmulator(makeDataset(levelRows, {}));
        SdrsClient client(connection());
        AllGroupsQuery query;
        query.pageSize = 5;
        Load load;
        load.start(&client, query, this);
        QVERIFY(load.wait());
        const Result<AllGroupsResult> &r = *load.result;
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY(r.value.groups.isEmpty());
        const QString diff = difference(r.value.jobs, m_emulator->data().failures);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(load.progress.constLast().rowsLoaded, levelRows);
        QCOMPARE(m_emulator->requestCount(), 1 + std::max(1, (levelRows + 4) / 5));
    }

    void persistentErrorStopsEverything_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("groupIndex"); ///< -1: the group level
        QTest::newRow("500 on a group") << int(Fault::Http500) << 500 << 2;
        QTest::newRow("503 on a group, past every retry") << int(Fault::Http503) << 503 << 2;
        QTest::newRow("503 on the group level") << int(Fault::Http503) << 503 << -1;
    }

    void persistentErrorStopsEverything()
    {
        QFETCH(int, fault);
        QFETCH(int, status);
        QFETCH(int, groupIndex);
        startEmulator(makeDataset(30, {40, 25, 50, 10, 60, 35, 20}));
        // Group 0 never answers: its first page goes out in the same first batch as the failing
        // one's, so it is surely in flight when the error comes (the client would wait for its
        // 10 s timeout, longer than any QTRY below).
        m_emulator->setListingFault(m_emulator->data().groups.at(0).id, Fault::Stall);
        const QString groupId =
            groupIndex < 0 ? QString() : m_emulator->data().groups.at(groupIndex).id;
        m_emulator->setListingFault(groupId, Fault(fault));
        SdrsClient client(connection());
        AllGroupsQuery query;
        query.pageSize = 7;
        query.parallelism = 4;
        Load load;
        bool callsFinishedAtError = false;
        load.onDone = [&] {
            callsFinishedAtError = allCallsFinished(client);
        };
        QElapsedTimer clock;
        clock.start();
        load.start(&client, query, this);
        QVERIFY(load.wait());
        QVERIFY(clock.elapsed() < connection().timeoutMs);
        const Result<AllGroupsResult> &r = *load.result;
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, status);
        QVERIFY(r.error.endpoint.contains(QStringLiteral("/task-center/failure-jobs")));
        QCOMPARE(r.error.endpoint.contains(QStringLiteral("server_group_id=") + groupId),
                 groupIndex >= 0);
        QVERIFY(r.value.jobs.isEmpty()); // no partial results
        QVERIFY(r.value.groups.isEmpty());
        if (fault == int(Fault::Http503))
            QVERIFY(m_emulator->requestCount() >= 1 + 3 + 1 + connection().maxRetries);

        // Everything else was cancelled before the error was handed back: the load's own call and
        // the failing request finish right after the callback, nothing waits for an answer.
        QVERIFY(!callsFinishedAtError); // the load itself finishes after its callback
        QVERIFY(allCallsFinished(client));
        const qsizetype reports = load.progress.size();
        QTRY_VERIFY(client.findChildren<ApiCall *>().isEmpty());
        QCOMPARE(load.doneCalls, 1);
        QCOMPARE(load.progress.size(), reports);
    }

    void cancel_data()
    {
        QTest::addColumn<bool>("fromProgress");
        QTest::newRow("while it runs") << false;
        QTest::newRow("from inside the progress callback") << true;
    }

    void cancel()
    {
        QFETCH(bool, fromProgress);
        Options o;
        o.latencyMs = 50;
        startEmulator(makeDataset(30, {40, 25, 50, 10, 60}), o);
        SdrsClient client(connection());
        AllGroupsQuery query;
        query.pageSize = 7;
        query.parallelism = 3;
        Load load;
        qsizetype unfinishedAfterCancel = -1;
        if (fromProgress) {
            load.onProgress = [&](const AllGroupsProgress &p) {
                if (p.requestsDone == 3) {
                    load.call->cancel();
                    unfinishedAfterCancel = unfinishedCalls(client);
                }
            };
        }
        load.start(&client, query, this);
        if (!fromProgress) {
            QTRY_VERIFY(load.progress.size() >= 3);
            QVERIFY(!load.result);
            QVERIFY(load.call);
            load.call->cancel();
            unfinishedAfterCancel = unfinishedCalls(client);
        } else {
            QVERIFY(load.wait());
        }
        QCOMPARE(load.doneCalls, 1);
        QCOMPARE(load.result->error.kind, ApiError::Kind::Cancelled);
        QVERIFY(load.result->value.jobs.isEmpty());
        // Every request in flight was cancelled at once; inside the progress callback, the request
        // whose answer is being reported finishes when the callback returns.
        QCOMPARE(unfinishedAfterCancel, fromProgress ? 1 : 0);
        const qsizetype reports = load.progress.size();
        QTRY_VERIFY(load.call.isNull()); // it deletes itself
        QTRY_VERIFY(client.findChildren<ApiCall *>().isEmpty());
        QTRY_COMPARE(m_emulator->concurrentRequests(), 0);
        QCOMPARE(load.doneCalls, 1);
        QCOMPARE(load.progress.size(), reports);
        if (fromProgress)
            QCOMPARE(reports, 3);
    }

    void cancelBeforeItStarts()
    {
        startEmulator(makeDataset(3, {4}));
        SdrsClient client(connection());
        Load load;
        load.start(&client, {}, this);
        load.call->cancel();
        QCOMPARE(load.doneCalls, 1);
        QCOMPARE(load.result->error.kind, ApiError::Kind::Cancelled);
        QTRY_VERIFY(load.call.isNull());
        // Had it started anyway, its group listing would still be alive.
        QVERIFY(client.findChildren<ApiCall *>().isEmpty());
        QVERIFY(load.progress.isEmpty());
    }

    void destroyedContextCancels()
    {
        Options o;
        o.latencyMs = 50;
        startEmulator(makeDataset(30, {40, 25, 50, 10, 60}), o);
        SdrsClient client(connection());
        AllGroupsQuery query;
        query.pageSize = 7;
        query.parallelism = 3;
        auto *context = new QObject;
        Load load;
        load.start(&client, query, context);
        QTRY_VERIFY(load.progress.size() >= 3);
        const qsizetype reports = load.progress.size();
        delete context;
        QVERIFY(allCallsFinished(client));
        QTRY_VERIFY(load.call.isNull());
        QTRY_VERIFY(client.findChildren<ApiCall *>().isEmpty());
        QTRY_COMPARE(m_emulator->concurrentRequests(), 0);
        QCOMPARE(load.doneCalls, 0); // the context is gone: nobody to tell
        QCOMPARE(load.progress.size(), reports);
    }

    void progressReachesTheTotal_data()
    {
        QTest::addColumn<int>("parallelism");
        QTest::newRow("one at a time") << 1;
        QTest::newRow("3 at a time") << 3;
    }

    void progressReachesTheTotal()
    {
        QFETCH(int, parallelism);
        startEmulator(datasetWithGroupsOver(3 * 7, 4, 8, 400));
        SdrsClient client(connection());
        AllGroupsQuery query;
        query.pageSize = 7;
        query.parallelism = parallelism;
        Load load;
        load.start(&client, query, this);
        QVERIFY(load.wait());
        QVERIFY2(load.result->ok(), qPrintable(load.result->error.toString()));
        const QList<AllGroupsProgress> &p = load.progress;
        QVERIFY(!p.isEmpty());
        for (qsizetype i = 0; i < p.size(); ++i) {
            QCOMPARE(p.at(i).requestsDone, int(i) + 1); // one report per answer
            QVERIFY(p.at(i).requestsDone <= p.at(i).requestsKnown);
            QVERIFY(p.at(i).rowsLoaded <= p.at(i).rowsExpected);
            if (i > 0) {
                QVERIFY(p.at(i).rowsLoaded >= p.at(i - 1).rowsLoaded);
                QVERIFY(p.at(i).rowsExpected >= p.at(i - 1).rowsExpected);
            }
        }
        const AllGroupsProgress &last = p.constLast();
        QCOMPARE(last.requestsDone, last.requestsKnown);
        QCOMPARE(last.requestsDone, m_emulator->requestCount());
        QCOMPARE(last.rowsLoaded, last.rowsExpected);
        QCOMPARE(last.rowsLoaded, qint64(load.result->value.jobs.size()));
        QCOMPARE(last.rowsLoaded, qint64(m_emulator->data().failures.size()));
        if (parallelism == 1) {
            // The first pages go out first, so the total is known before most pages are in.
            const int groups = int(load.result->value.groups.size());
            QCOMPARE(p.at(groups + 1).rowsExpected, last.rowsExpected);
            QCOMPARE(p.at(groups).rowsExpected < last.rowsExpected, true);
            QVERIFY(p.at(groups + 1).requestsDone < last.requestsDone / 2);
        }
    }

    void shrinkingGroupIsListedAgain_data()
    {
        QTest::addColumn<bool>("onlyScope"); ///< only the shrinking group is read
        QTest::addColumn<int>("parallelism");
        QTest::addColumn<int>("removed"); ///< the index, within the group, of the row removed
        for (const bool onlyScope : {false, true}) {
            const char *scopes = onlyScope ? "only that group" : "every scope";
            QTest::addRow("%s, row of a page already read, serial", scopes) << onlyScope << 1 << 2;
            QTest::addRow("%s, row of a page already read, parallel", scopes)
                << onlyScope << 4 << 2;
            QTest::addRow("%s, row of the last page, parallel", scopes) << onlyScope << 4 << 38;
        }
    }

    void shrinkingGroupIsListedAgain()
    {
        QFETCH(bool, onlyScope);
        QFETCH(int, parallelism);
        QFETCH(int, removed);
        // Group 1 has more rows than all others together: the first report whose expected rows
        // reach 40 comes from its first page, before any other page of it is asked for.
        startEmulator(makeDataset(3, {10, 40, 5}));
        const QString groupId = m_emulator->data().groups.at(1).id;
        const auto inGroup = [&groupId](const FailureJob &f) {
            return f.serverGroupId == groupId;
        };
        const QString removedId = expectedRows(m_emulator->data(), inGroup).at(removed).resourceId;
        SdrsClient client(connection());
        AllGroupsQuery query;
        query.pageSize = 7;
        query.parallelism = parallelism;
        if (onlyScope)
            query.onlyScope = groupId;
        Load load;
        bool removedOnce = false;
        load.onProgress = [&](const AllGroupsProgress &p) {
            if (!removedOnce && p.rowsExpected >= 40) {
                removedOnce = true;
                QVERIFY(m_emulator->removeFailure(removedId));
            }
        };
        load.start(&client, query, this);
        QVERIFY(load.wait());
        QVERIFY(removedOnce);
        const Result<AllGroupsResult> &r = *load.result;
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(m_emulator->data().failures.size(), 3 + 10 + 39 + 5);
        const QList<FailureJob> want = onlyScope ? expectedRows(m_emulator->data(), inGroup)
                                                 : expectedRows(m_emulator->data());
        QCOMPARE(want.size(), onlyScope ? 39 : 3 + 10 + 39 + 5);
        const QString diff = difference(r.value.jobs, want);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(distinctRows(r.value.jobs), int(r.value.jobs.size()));
        // The group was listed again: more requests than the listing and the final rows need
        // (39 in the group: 6 pages).
        const int needed = onlyScope ? 1 + 6 : 1 + 1 + 2 + 6 + 1;
        QVERIFY(m_emulator->requestCount() > needed);
        // Requests of the group that were in flight when it changed were cancelled, but may have
        // reached the server; their answers are not counted.
        const AllGroupsProgress &last = load.progress.constLast();
        QVERIFY(last.requestsDone > needed);
        QVERIFY(last.requestsDone <= m_emulator->requestCount());
        if (parallelism == 1)
            QCOMPARE(last.requestsDone, m_emulator->requestCount());
        QCOMPARE(last.requestsDone, last.requestsKnown);
        QCOMPARE(last.rowsLoaded, qint64(r.value.jobs.size()));
        QCOMPARE(last.rowsExpected, last.rowsLoaded);
    }

    void rowsThatKeepChangingAreAnError()
    {
        startEmulator(makeDataset(0, {60}));
        const QString groupId = m_emulator->data().groups.at(0).id;
        SdrsClient client(connection());
        AllGroupsQuery query;
        query.pageSize = 7;
        query.parallelism = 1;
        Load load;
        int removals = 0;
        load.onProgress = [&](const AllGroupsProgress &) {
            // Every answer is followed by a deletion in the group.
            for (const FailureJob &f : m_emulator->data().failures) {
                if (f.serverGroupId == groupId) {
                    removals += m_emulator->removeFailure(f.resourceId);
                    break;
                }
            }
        };
        load.start(&client, query, this);
        QVERIFY(load.wait());
        const Result<AllGroupsResult> &r = *load.result;
        QCOMPARE(r.error.kind, ApiError::Kind::Decode);
        QVERIFY2(r.error.message.contains(QStringLiteral("group-0")), qPrintable(r.error.message));
        QVERIFY(r.error.message.contains(groupId));
        QVERIFY(r.value.jobs.isEmpty());
        QCOMPARE(load.doneCalls, 1);
        QVERIFY(removals >= 4);
        QVERIFY(removals < 60);
    }

    void onlyScopeReadsExactlyThatScope_data()
    {
        QTest::addColumn<int>("groupIndex"); ///< -1: the protection-group level
        QTest::addColumn<int>("parallelism");
        QTest::newRow("group level, 3 at a time") << -1 << 3;
        QTest::newRow("group level, one at a time") << -1 << 1;
        QTest::newRow("a big group") << 1 << 4;
        QTest::newRow("the last group") << 3 << 2;
        QTest::newRow("an empty group") << 2 << 2;
    }

    void onlyScopeReadsExactlyThatScope()
    {
        QFETCH(int, groupIndex);
        QFETCH(int, parallelism);
        startEmulator(makeDataset(23, {9, 31, 0, 12}));
        const QString scope =
            groupIndex < 0 ? QString() : m_emulator->data().groups.at(groupIndex).id;
        SdrsClient client(connection());
        AllGroupsQuery query;
        query.pageSize = 4; // many pages
        query.parallelism = parallelism;
        query.onlyScope = scope;
        Load load;
        load.start(&client, query, this);
        QVERIFY(load.wait());
        const Result<AllGroupsResult> &r = *load.result;
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));

        const QList<FailureJob> want = expectedRows(
            m_emulator->data(), [&scope](const FailureJob &f) { return f.serverGroupId == scope; });
        QCOMPARE(want.size(), QList<int>({23, 9, 31, 0, 12}).at(groupIndex + 1));
        const QString diff = difference(r.value.jobs, want);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(distinctRows(r.value.jobs), int(r.value.jobs.size()));
        // The groups are still listed, for their names.
        QCOMPARE(r.value.groups, m_emulator->data().groups);

        // The listing, then every page of that scope and nothing else.
        const int pages = std::max(1, int(want.size() + 3) / 4);
        QCOMPARE(m_emulator->requestCount(), 1 + pages);
        const AllGroupsProgress &last = load.progress.constLast();
        QCOMPARE(last.requestsDone, last.requestsKnown);
        QCOMPARE(last.requestsDone, 1 + pages);
        QCOMPARE(last.rowsLoaded, qint64(want.size()));
        QCOMPARE(last.rowsExpected, last.rowsLoaded);
    }

    void onlyScopeWithFilters_data()
    {
        QTest::addColumn<int>("groupIndex"); ///< -1: the protection-group level
        QTest::newRow("group level") << -1;
        QTest::newRow("a group") << 1;
    }

    void onlyScopeWithFilters()
    {
        QFETCH(int, groupIndex);
        startEmulator(makeDataset(40, {20, 60, 10}));
        const QString scope =
            groupIndex < 0 ? QString() : m_emulator->data().groups.at(groupIndex).id;
        const QString status = knownFailureStatuses().at(1);
        SdrsClient client(connection());
        AllGroupsQuery query;
        query.pageSize = 3;
        query.parallelism = 3;
        query.failureStatus = status;
        query.onlyScope = scope;
        Load load;
        load.start(&client, query, this);
        QVERIFY(load.wait());
        const Result<AllGroupsResult> &r = *load.result;
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));

        const QList<FailureJob> want = expectedRows(m_emulator->data(), [&](const FailureJob &f) {
            return f.serverGroupId == scope && f.failureStatus == status;
        });
        QVERIFY(want.size() > 3); // several pages
        QVERIFY(want.size() < 40);
        const QString diff = difference(r.value.jobs, want);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // The same as listing that scope directly with the filter.
        FailureJobQuery direct;
        direct.serverGroupId = scope;
        direct.failureStatus = status;
        const QString diff2 = difference(r.value.jobs, listScope(client, direct));
        QVERIFY2(diff2.isEmpty(), qPrintable(diff2));
    }

    void knownGroupsAreNotListedAgain_data()
    {
        QTest::addColumn<bool>("subset");   ///< only some groups are known
        QTest::addColumn<int>("onlyGroup"); ///< -2: every scope, -1: the group level, else a group
        QTest::newRow("every group known, every scope") << false << -2;
        QTest::newRow("two groups known, every scope") << true << -2;
        QTest::newRow("every group known, one group") << false << 2;
        QTest::newRow("every group known, group level") << false << -1;
    }

    void knownGroupsAreNotListedAgain()
    {
        QFETCH(bool, subset);
        QFETCH(int, onlyGroup);
        startEmulator(makeDataset(11, {9, 14, 6, 8}));
        const Dataset &data = m_emulator->data();
        QList<ProtectionGroup> known = data.groups;
        if (subset)
            known = {data.groups.at(3), data.groups.at(1)}; // in an order of their own
        SdrsClient client(connection());
        AllGroupsQuery query;
        query.pageSize = 5;
        query.parallelism = 3;
        query.knownGroups = known;
        if (onlyGroup >= -1)
            query.onlyScope = onlyGroup < 0 ? QString() : data.groups.at(onlyGroup).id;
        Load load;
        load.start(&client, query, this);
        QVERIFY(load.wait());
        const Result<AllGroupsResult> &r = *load.result;
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.groups, known);

        // The rows of the scopes read: the group level, then the known groups in their order.
        QHash<QString, QList<FailureJob>> byScope;
        for (const FailureJob &f : data.failures)
            byScope[f.serverGroupId].append(f);
        QList<FailureJob> want;
        QStringList scopes;
        if (query.onlyScope) {
            scopes.append(*query.onlyScope);
        } else {
            scopes.append(QString());
            for (const ProtectionGroup &g : std::as_const(known))
                scopes.append(g.id);
        }
        int pages = 0;
        for (const QString &scope : std::as_const(scopes)) {
            want += byScope.value(scope);
            pages += std::max(1, int(byScope.value(scope).size() + 4) / 5);
        }
        const QString diff = difference(r.value.jobs, want);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // Only failed-task pages were asked for: no group listing.
        QCOMPARE(m_emulator->requestCount(), pages);
        const AllGroupsProgress &last = load.progress.constLast();
        QCOMPARE(last.requestsDone, last.requestsKnown);
        QCOMPARE(last.rowsLoaded, qint64(want.size()));
        QCOMPARE(last.rowsExpected, last.rowsLoaded);
    }

    void aHundredThousandRows()
    {
        // As in the demo: the emulator in a thread of its own.
        Dataset data = Dataset::generate(1, 100, 100000);
        std::stable_sort(
            data.failures.begin(), data.failures.end(),
            [](const FailureJob &a, const FailureJob &b) { return a.beginTime > b.beginTime; });
        const QList<FailureJob> want = expectedRows(data);
        const QList<ProtectionGroup> groups = data.groups;
        const Result<std::unique_ptr<EmulatorThread>> started =
            EmulatorThread::start(std::move(data), {});
        QVERIFY2(started.ok(), qPrintable(started.error.message));
        const std::unique_ptr<EmulatorThread> &server = started.value;
        Connection c;
        c.endpoint = server->baseUrl();
        c.projectId = server->projectId();
        c.token = QStringLiteral("t0ken");
        SdrsClient client(c);
        QElapsedTimer clock;
        clock.start();
        Load load;
        load.start(&client, {}, this);
        QVERIFY(load.wait(60000));
        const qint64 ms = clock.elapsed();
        const Result<AllGroupsResult> &r = *load.result;
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        qInfo("100 groups, %lld rows, %d requests: %lld ms", qint64(r.value.jobs.size()),
              load.progress.constLast().requestsDone, ms);
        QCOMPARE(r.value.jobs.size(), 100000);
        QCOMPARE(r.value.groups.size(), groups.size());
        const QString diff = difference(r.value.jobs, want);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
};

QTEST_GUILESS_MAIN(TestAllGroups)
#include "tst_allgroups.moc"
