// The clean-up deletes against the emulator over real loopback HTTP: each delete removes exactly
// what it names and nothing else; duplicates, unknown ids, errors, an authentication failure,
// cancelling, the parallelism bound, progress and the outcome sentences.
#include "app/api/deletes.h"
#include "emulator/emulator.h"
#include "tests/api/smalldataset.h"

#include <QHash>
#include <QSet>
#include <QTest>
#include <QTestEventLoop>

#include <optional>

using namespace sdrs;
using namespace sdrs::emulator;
using namespace sdrs::testing;

namespace {

/// `rows` without those `gone` says are gone, in the same order.
QList<FailureJob> without(const QList<FailureJob> &rows,
                          const std::function<bool(const FailureJob &)> &gone)
{
    QList<FailureJob> out;
    for (const FailureJob &f : rows) {
        if (!gone(f))
            out.append(f);
    }
    return out;
}

/// "resource id@group id" per row, for readable comparisons.
QStringList names(const QList<FailureJob> &rows)
{
    QStringList out;
    for (const FailureJob &f : rows)
        out.append(f.resourceId + u'@' + f.serverGroupId);
    return out;
}

DeleteTarget failedTask(const QString &resourceId, const QString &label = {})
{
    return DeleteTarget{DeleteTarget::Kind::FailedTask, resourceId, label};
}

DeleteTarget groupLevel()
{
    return DeleteTarget{DeleteTarget::Kind::GroupLevel, QString(), QStringLiteral("group level")};
}

DeleteTarget group(const QString &id, const QString &label = {})
{
    return DeleteTarget{DeleteTarget::Kind::Group, id, label};
}

QList<DeleteOutcome::State> states(const QList<DeleteOutcome> &outcomes)
{
    QList<DeleteOutcome::State> out;
    for (const DeleteOutcome &o : outcomes)
        out.append(o.state);
    return out;
}

QList<DeleteTarget> targetsOf(const QList<DeleteOutcome> &outcomes)
{
    QList<DeleteTarget> out;
    for (const DeleteOutcome &o : outcomes)
        out.append(o.target);
    return out;
}

qsizetype countState(const QList<DeleteOutcome> &outcomes, DeleteOutcome::State state)
{
    return std::count_if(outcomes.cbegin(), outcomes.cend(),
                         [state](const DeleteOutcome &o) { return o.state == state; });
}

/// One run's callbacks as they came.
struct Run
{
    QList<DeleteProgress> progress;
    std::optional<Result<QList<DeleteOutcome>>> result;
    int doneCalls = 0;
    QPointer<ApiCall> call;
    std::function<void(const DeleteProgress &)> onProgress; ///< runs inside each report
    bool finished = false;
    QTestEventLoop *loop = nullptr;

    void start(SdrsClient *client, const QList<DeleteTarget> &targets, int parallelism,
               QObject *context)
    {
        call = runDeletes(
            client, targets, parallelism, context,
            [this](const DeleteProgress &p) {
                progress.append(p);
                if (onProgress)
                    onProgress(p);
            },
            [this](const Result<QList<DeleteOutcome>> &r) {
                ++doneCalls;
                result = r;
                finished = true;
                if (loop)
                    loop->exitLoop();
            });
    }

    bool wait(int ms = 30000) { return runUntil(finished, loop, ms); }
};

} // namespace

class TestDeletes final : public QObject, protected EmulatorHarness
{
    Q_OBJECT

private:
    const QList<FailureJob> &rows() const { return m_emulator->data().failures; }
    QString rowId(qsizetype i) const { return rows().at(i).resourceId; }
    QString groupId(qsizetype i) const { return m_emulator->data().groups.at(i).id; }

private Q_SLOTS:
    void cleanup() { m_emulator.reset(); }

    void deletesSelectedFailedTasks_data()
    {
        QTest::addColumn<int>("parallelism");
        QTest::newRow("one at a time") << 1;
        QTest::newRow("3 at a time") << 3;
    }

    void deletesSelectedFailedTasks()
    {
        QFETCH(int, parallelism);
        Dataset data = makeDataset(5, {6, 4, 3});
        // The same resource failed twice (another job): a DELETE by resource id names both rows.
        FailureJob again = data.failures.at(7);
        again.jobId = QStringLiteral("f0000000000000000000000000000007");
        data.failures.append(again);
        startEmulator(std::move(data));
        const QList<FailureJob> before = rows();
        const QStringList chosen{rowId(1), rowId(7), rowId(12), rowId(17)};
        QList<DeleteTarget> targets;
        for (const QString &id : chosen)
            targets.append(failedTask(id, QStringLiteral("label of ") + id));
        SdrsClient client(connection());
        Run run;
        run.start(&client, targets, parallelism, this);
        QVERIFY(run.wait());
        const Result<QList<DeleteOutcome>> &r = *run.result;
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(run.doneCalls, 1);
        QCOMPARE(targetsOf(r.value), targets);
        QCOMPARE(states(r.value), QList<DeleteOutcome::State>(4, DeleteOutcome::State::Deleted));
        for (const DeleteOutcome &o : r.value)
            QVERIFY(!o.error.isError());

        const QList<FailureJob> want = without(
            before, [&chosen](const FailureJob &f) { return chosen.contains(f.resourceId); });
        QCOMPARE(want.size(), before.size() - 5);
        QCOMPARE(names(rows()), names(want));
        QVERIFY(rows() == want);
        QCOMPARE(m_emulator->requestCount(), 4);
        QTRY_VERIFY(client.findChildren<ApiCall *>().isEmpty());
    }

    void unknownIdsAndDuplicates()
    {
        startEmulator(makeDataset(4, {5, 6}));
        const QList<FailureJob> before = rows();
        const QString a = rowId(0), b = rowId(6), c = rowId(13);
        const QList<DeleteTarget> targets{
            failedTask(a, QStringLiteral("first a")),
            failedTask(QStringLiteral("no-such-resource")),
            failedTask(a, QStringLiteral("second a")), // the same target: sent once
            failedTask(b),
            group(QStringLiteral("b0000000-0000-4000-8000-000000000099"), QStringLiteral("gone")),
            failedTask(c),
            failedTask(b, QStringLiteral("b again")),
            failedTask(QString()), // refused by the client: nothing is sent
            failedTask(QStringLiteral("no-such-resource"), QStringLiteral("unknown again")),
        };
        SdrsClient client(connection());
        Run run;
        run.start(&client, targets, 3, this);
        QVERIFY(run.wait());
        const Result<QList<DeleteOutcome>> &r = *run.result;
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));

        // One outcome per distinct target, in the order given, under the first one's label.
        const QList<DeleteTarget> distinct{targets.at(0), targets.at(1), targets.at(3),
                                           targets.at(4), targets.at(5), targets.at(7)};
        QCOMPARE(targetsOf(r.value), distinct);
        using S = DeleteOutcome::State;
        QCOMPARE(states(r.value), (QList<S>{S::Deleted, S::NotFound, S::Deleted, S::NotFound,
                                            S::Deleted, S::Failed}));
        // NotFound keeps the server's answer.
        // (An unknown group is SDRS.1013, a 400 in the error table.)
        for (qsizetype i : {1, 3}) {
            const ApiError &e = r.value.at(i).error;
            QCOMPARE(e.kind, ApiError::Kind::Http);
            QCOMPARE(e.httpStatus, i == 1 ? 404 : 400);
            QVERIFY(e.endpoint.startsWith(QStringLiteral("DELETE ")));
        }
        QVERIFY(r.value.at(1).error.message.contains(QStringLiteral("no-such-resource")));
        QCOMPARE(r.value.at(3).error.code, QStringLiteral("SDRS.1013"));
        QVERIFY(r.value.at(5).error.isError());
        QCOMPARE(r.value.at(5).error.httpStatus, 0);
        QVERIFY(!r.value.at(0).error.isError());

        // Each distinct target that can be sent went out once.
        QCOMPARE(m_emulator->requestCount(), 5);
        const QList<FailureJob> want = without(before, [&](const FailureJob &f) {
            return f.resourceId == a || f.resourceId == b || f.resourceId == c;
        });
        QCOMPARE(names(rows()), names(want));
        QVERIFY(rows() == want);
    }

    void wholeScopes_data()
    {
        QTest::addColumn<int>("groupIndex"); ///< -1: the group level
        QTest::newRow("group level") << -1;
        QTest::newRow("first group") << 0;
        QTest::newRow("middle group") << 1;
        QTest::newRow("empty group") << 2;
    }

    void wholeScopes()
    {
        QFETCH(int, groupIndex);
        startEmulator(makeDataset(7, {5, 9, 0, 4}));
        const QList<FailureJob> before = rows();
        const QString scope = groupIndex < 0 ? QString() : groupId(groupIndex);
        const DeleteTarget target = groupIndex < 0 ? groupLevel() : group(scope);
        SdrsClient client(connection());
        Run run;
        // Named twice (the group level with another id, which it does not use): sent once.
        DeleteTarget twice = target;
        if (groupIndex < 0)
            twice.id = QStringLiteral("ignored");
        twice.label = QStringLiteral("twice");
        run.start(&client, {target, twice}, 2, this);
        QVERIFY(run.wait());
        const Result<QList<DeleteOutcome>> &r = *run.result;
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.size(), 1);
        QCOMPARE(r.value.at(0).target, target);
        QCOMPARE(r.value.at(0).state, DeleteOutcome::State::Deleted);
        QCOMPARE(m_emulator->requestCount(), 1);

        const QList<FailureJob> want =
            without(before, [&scope](const FailureJob &f) { return f.serverGroupId == scope; });
        const QList<int> scopeRows{7, 5, 9, 0};
        QCOMPARE(want.size(), before.size() - scopeRows.at(groupIndex + 1));
        QCOMPARE(names(rows()), names(want));
        QVERIFY(rows() == want);
        QCOMPARE(m_emulator->data().groups.size(), 4); // the groups themselves stay
    }

    void deletesHitOnlyWhatTheyName()
    {
        // Look-alike ids: letter case, prefix, a dot, encoded and raw slashes. One resource, one
        // group and the group level are deleted; ids that a URL would collapse are refused.
        Dataset data = makeDataset(4, {4, 4, 4, 4, 4, 4, 4});
        const QStringList groupIds{QStringLiteral("grp"),   QStringLiteral("GRP"),
                                   QStringLiteral("grp."),  QStringLiteral("grp%2E"),
                                   QStringLiteral("grp/x"), QStringLiteral("grpx"),
                                   QStringLiteral(".")};
        for (qsizetype g = 0; g < groupIds.size(); ++g) {
            const QString old = data.groups.at(g).id;
            data.groups[g].id = groupIds.at(g);
            for (FailureJob &f : data.failures) {
                if (f.serverGroupId == old)
                    f.serverGroupId = groupIds.at(g);
            }
        }
        const QStringList resourceIds{QStringLiteral("res-a"),   QStringLiteral("RES-A"),
                                      QStringLiteral("res-a."),  QStringLiteral("res-a%2F"),
                                      QStringLiteral("res-a/x"), QStringLiteral("res-ab"),
                                      QStringLiteral(" res-a"),  QStringLiteral("res-a%2Fx")};
        // Spread over the look-alike groups, which stay ("res-a" itself is in "GRP").
        for (qsizetype i = 0; i < resourceIds.size(); ++i)
            data.failures[8 + i * 3].resourceId = resourceIds.at(i);
        startEmulator(std::move(data));
        const QList<FailureJob> before = rows();

        SdrsClient client(connection());
        Run run;
        run.start(&client,
                  {failedTask(QStringLiteral("res-a"), {}), group(QStringLiteral("grp")),
                   groupLevel(), group(QStringLiteral(".")), failedTask(QStringLiteral(".."), {}),
                   group(QStringLiteral("Batch"))},
                  3, this);
        QVERIFY(run.wait());
        const Result<QList<DeleteOutcome>> &r = *run.result;
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        using S = DeleteOutcome::State;
        QCOMPARE(states(r.value),
                 (QList<S>{S::Deleted, S::Deleted, S::Deleted, S::Failed, S::Failed, S::Failed}));
        for (qsizetype i = 3; i < 6; ++i)
            QCOMPARE(r.value.at(i).error.kind, ApiError::Kind::Invalid);
        QCOMPARE(m_emulator->requestCount(), 3); // the refused ones were never sent

        const QList<FailureJob> want = without(before, [](const FailureJob &f) {
            return f.resourceId == QLatin1StringView("res-a") ||
                   f.serverGroupId == QLatin1StringView("grp") || f.serverGroupId.isEmpty();
        });
        QCOMPARE(names(rows()), names(want));
        QVERIFY(rows() == want);
        for (const QString &id : resourceIds.mid(1)) // every look-alike is still there
            QVERIFY2(std::any_of(rows().cbegin(), rows().cend(),
                                 [&id](const FailureJob &f) { return f.resourceId == id; }),
                     qPrintable(id));
    }

    void errorOnOneTargetLeavesTheOthers()
    {
        startEmulator(makeDataset(3, {4, 4}));
        const QList<FailureJob> before = rows();
        const QString first = rowId(0), failing = rowId(4), last = rowId(2), scope = groupId(1);
        const QList<DeleteTarget> targets{failedTask(first), failedTask(failing), group(scope),
                                          failedTask(last)};
        SdrsClient client(connection());
        Run run;
        // The second request (the second target: one at a time) is answered with a 500.
        run.onProgress = [this](const DeleteProgress &p) {
            if (p.done == 1)
                m_emulator->queueFault(Fault::Http500);
        };
        run.start(&client, targets, 1, this);
        QVERIFY(run.wait());
        const Result<QList<DeleteOutcome>> &r = *run.result;
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        using S = DeleteOutcome::State;
        QCOMPARE(states(r.value), (QList<S>{S::Deleted, S::Failed, S::Deleted, S::Deleted}));
        const ApiError &e = r.value.at(1).error;
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, 500);
        QCOMPARE(e.code, QStringLiteral("SDRS.0405"));
        QCOMPARE(describeOutcome(r.value.at(1)),
                 QStringLiteral("Failed: Failed to execute the job"));
        QCOMPARE(m_emulator->requestCount(), 4); // never retried

        const QList<FailureJob> want = without(before, [&](const FailureJob &f) {
            return f.resourceId == first || f.resourceId == last || f.serverGroupId == scope;
        });
        QVERIFY(want.contains(before.at(4))); // the failing one stays
        QCOMPARE(names(rows()), names(want));
        QVERIFY(rows() == want);
    }

    void authenticationFailureStopsTheRest_data()
    {
        QTest::addColumn<int>("parallelism");
        QTest::newRow("one at a time") << 1;
        QTest::newRow("3 at a time") << 3;
    }

    void authenticationFailureStopsTheRest()
    {
        QFETCH(int, parallelism);
        startEmulator(makeDataset(3, {4, 4}));
        const QList<FailureJob> before = rows();
        QList<DeleteTarget> targets;
        for (qsizetype i = 0; i < 7; ++i)
            targets.append(failedTask(rowId(i + 2)));
        SdrsClient client(connection());
        Run run;
        if (parallelism == 1) {
            // The second request is refused.
            run.onProgress = [this](const DeleteProgress &p) {
                if (p.done == 1)
                    m_emulator->queueFault(Fault::Http401);
            };
        } else {
            // One of the first three, all sent at once, is refused; the other two are answered.
            m_emulator->queueFault(Fault::Http401);
        }
        run.start(&client, targets, parallelism, this);
        QVERIFY(run.wait());
        const Result<QList<DeleteOutcome>> &r = *run.result;
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.size(), 7);
        using S = DeleteOutcome::State;
        QSet<QString> deleted;
        if (parallelism == 1) {
            QCOMPARE(states(r.value),
                     (QList<S>{S::Deleted, S::Failed, S::NotAttempted, S::NotAttempted,
                               S::NotAttempted, S::NotAttempted, S::NotAttempted}));
            QCOMPARE(r.value.at(1).error.kind, ApiError::Kind::Auth);
            QCOMPARE(r.value.at(1).error.httpStatus, 401);
            QCOMPARE(r.value.at(1).error.code, QStringLiteral("APIG.0301"));
            QCOMPARE(m_emulator->requestCount(), 2);
        } else {
            QCOMPARE(countState(r.value.first(3), S::Deleted), 2);
            QCOMPARE(countState(r.value.first(3), S::Failed), 1);
            QCOMPARE(states(r.value.mid(3)), QList<S>(4, S::NotAttempted));
            for (const DeleteOutcome &o : r.value.first(3)) {
                if (o.state == S::Failed)
                    QCOMPARE(o.error.kind, ApiError::Kind::Auth);
            }
            QCOMPARE(m_emulator->requestCount(), 3);
        }
        for (const DeleteOutcome &o : r.value) {
            if (o.state == S::NotAttempted)
                QVERIFY(!o.error.isError());
            if (o.state == S::Deleted)
                deleted.insert(o.target.id);
        }
        QCOMPARE(run.progress.size(), parallelism == 1 ? 2 : 3);
        QCOMPARE(run.progress.constLast().total, 7);

        const QList<FailureJob> want =
            without(before, [&](const FailureJob &f) { return deleted.contains(f.resourceId); });
        QCOMPARE(names(rows()), names(want));
        QVERIFY(rows() == want);
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
        o.latencyMs = 60; // holds each answer back: requests are in flight when it is cancelled
        startEmulator(makeDataset(4, {6, 5}), o);
        const QList<FailureJob> before = rows();
        QList<DeleteTarget> targets;
        for (qsizetype i = 0; i < 8; ++i)
            targets.append(failedTask(rowId(i * 2)));
        SdrsClient client(connection());
        Run run;
        qsizetype unfinishedAfterCancel = -1;
        if (fromProgress) {
            run.onProgress = [&](const DeleteProgress &p) {
                if (p.done == 2) {
                    run.call->cancel();
                    unfinishedAfterCancel = unfinishedCalls(client);
                }
            };
        }
        run.start(&client, targets, 2, this);
        if (fromProgress) {
            QVERIFY(run.wait());
        } else {
            QTRY_VERIFY(run.progress.size() >= 2);
            QVERIFY(!run.result);
            QVERIFY(run.call);
            run.call->cancel();
            unfinishedAfterCancel = unfinishedCalls(client);
        }
        QCOMPARE(run.doneCalls, 1);
        const Result<QList<DeleteOutcome>> &r = *run.result;
        QCOMPARE(r.error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(targetsOf(r.value), targets); // every outcome, in order
        using S = DeleteOutcome::State;
        const qsizetype answered = run.progress.size();
        QCOMPARE(countState(r.value, S::Deleted), answered);
        // Those in flight were cancelled (two at a time: one when cancelled from inside the report
        // of the other's answer), the rest were never sent.
        const qsizetype inFlight = fromProgress ? 1 : 2;
        QCOMPARE(countState(r.value, S::Failed), inFlight);
        QCOMPARE(countState(r.value, S::NotAttempted), 8 - answered - inFlight);
        QSet<QString> deleted, cancelled, notSent;
        for (const DeleteOutcome &o : r.value) {
            switch (o.state) {
            case S::Deleted:
                deleted.insert(o.target.id);
                break;
            case S::Failed:
                QCOMPARE(o.error.kind, ApiError::Kind::Cancelled);
                cancelled.insert(o.target.id);
                break;
            case S::NotAttempted:
                QVERIFY(!o.error.isError());
                notSent.insert(o.target.id);
                break;
            case S::NotFound:
                QFAIL("nothing was missing");
            }
        }
        // Answered ones came first: the outcomes are Deleted, then Failed, then NotAttempted.
        if (fromProgress)
            QCOMPARE(answered, 2);
        QCOMPARE(states(r.value).mid(answered + inFlight),
                 QList<S>(8 - answered - inFlight, S::NotAttempted));
        QCOMPARE(unfinishedAfterCancel, fromProgress ? 1 : 0);

        const qsizetype reports = run.progress.size();
        QTRY_VERIFY(run.call.isNull());
        QTRY_VERIFY(client.findChildren<ApiCall *>().isEmpty());
        QTRY_COMPARE(m_emulator->concurrentRequests(), 0);
        QCOMPARE(run.doneCalls, 1);
        QCOMPARE(run.progress.size(), reports);
        QVERIFY(m_emulator->requestCount() <= answered + inFlight);

        // The deleted ones are gone, the unsent ones and everything else stay; a request in flight
        // may or may not have reached the server before it was cancelled.
        QList<FailureJob> mayRemain;
        for (const FailureJob &f : before) {
            if (!deleted.contains(f.resourceId))
                mayRemain.append(f);
        }
        const QList<FailureJob> mustRemain = without(mayRemain, [&cancelled](const FailureJob &f) {
            return cancelled.contains(f.resourceId);
        });
        QCOMPARE(mustRemain.size(), before.size() - answered - inFlight);
        const QList<FailureJob> remaining = rows();
        QVERIFY(remaining.size() >= mustRemain.size());
        QVERIFY(remaining.size() <= mayRemain.size());
        QCOMPARE(names(without(remaining,
                               [&cancelled](const FailureJob &f) {
                                   return cancelled.contains(f.resourceId);
                               })),
                 names(mustRemain));
        QVERIFY(without(remaining, [&cancelled](const FailureJob &f) {
                    return cancelled.contains(f.resourceId);
                }) == mustRemain);
        for (const FailureJob &f : remaining)
            QVERIFY(mayRemain.contains(f));
        for (const FailureJob &f : before) {
            if (notSent.contains(f.resourceId))
                QVERIFY(remaining.contains(f));
        }
    }

    void cancelBeforeItStarts()
    {
        startEmulator(makeDataset(2, {2}));
        const QList<FailureJob> before = rows();
        SdrsClient client(connection());
        Run run;
        const QList<DeleteTarget> targets{failedTask(rowId(0)), groupLevel()};
        run.start(&client, targets, 2, this);
        run.call->cancel();
        QCOMPARE(run.doneCalls, 1);
        QCOMPARE(run.result->error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(targetsOf(run.result->value), targets);
        QCOMPARE(states(run.result->value),
                 QList<DeleteOutcome::State>(2, DeleteOutcome::State::NotAttempted));
        QTRY_VERIFY(run.call.isNull());
        QVERIFY(client.findChildren<ApiCall *>().isEmpty());
        QVERIFY(run.progress.isEmpty());
        QCOMPARE(m_emulator->requestCount(), 0);
        QVERIFY(rows() == before);
    }

    void destroyedContextCancels()
    {
        Options o;
        o.latencyMs = 60;
        startEmulator(makeDataset(10, {}), o);
        SdrsClient client(connection());
        QList<DeleteTarget> targets;
        for (qsizetype i = 0; i < 10; ++i)
            targets.append(failedTask(rowId(i)));
        auto *context = new QObject;
        Run run;
        run.start(&client, targets, 2, context);
        QTRY_VERIFY(run.progress.size() >= 2);
        const qsizetype reports = run.progress.size();
        delete context;
        QTRY_VERIFY(run.call.isNull());
        QTRY_VERIFY(client.findChildren<ApiCall *>().isEmpty());
        QTRY_COMPARE(m_emulator->concurrentRequests(), 0);
        QCOMPARE(run.doneCalls, 0); // nobody to tell
        QCOMPARE(run.progress.size(), reports);
        QVERIFY(m_emulator->requestCount() < 10);
        QVERIFY(rows().size() > 0);
    }

    void parallelismIsBounded_data()
    {
        QTest::addColumn<int>("parallelism");
        QTest::addColumn<int>("expected");
        QTest::newRow("1") << 1 << 1;
        QTest::newRow("2") << 2 << 2;
        QTest::newRow("4") << 4 << 4;
        QTest::newRow("0 means 1") << 0 << 1;
        QTest::newRow("-3 means 1") << -3 << 1;
    }

    void parallelismIsBounded()
    {
        QFETCH(int, parallelism);
        QFETCH(int, expected);
        Options o;
        o.latencyMs = 40; // holds each answer back, so that the requests overlap at the server
        startEmulator(makeDataset(3, {3, 3, 3}), o);
        QList<DeleteTarget> targets;
        for (qsizetype i = 0; i < 10; ++i)
            targets.append(failedTask(rowId(i)));
        SdrsClient client(connection());
        Run run;
        run.start(&client, targets, parallelism, this);
        QVERIFY(run.wait());
        QVERIFY2(run.result->ok(), qPrintable(run.result->error.toString()));
        QCOMPARE(countState(run.result->value, DeleteOutcome::State::Deleted), 10);
        QCOMPARE(m_emulator->requestCount(), 10);
        QVERIFY(rows().size() == 2);
        // Never more than allowed, and as many as allowed: the run does go in parallel.
        QCOMPARE(m_emulator->maxConcurrentRequests(), expected);
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
        startEmulator(makeDataset(4, {4, 4}));
        QList<DeleteTarget> targets;
        for (qsizetype i = 0; i < 8; ++i)
            targets.append(failedTask(rowId(i)));
        targets.append(failedTask(rowId(3))); // a duplicate: not counted
        targets.append(failedTask(QStringLiteral("unknown")));
        targets.append(group(groupId(1)));
        SdrsClient client(connection());
        Run run;
        run.start(&client, targets, parallelism, this);
        QVERIFY(run.wait());
        QVERIFY2(run.result->ok(), qPrintable(run.result->error.toString()));
        const QList<DeleteProgress> &p = run.progress;
        QCOMPARE(p.size(), 10);
        for (qsizetype i = 0; i < p.size(); ++i) {
            QCOMPARE(p.at(i).done, int(i) + 1); // one report per answer
            QCOMPARE(p.at(i).total, 10);
        }
        QCOMPARE(p.constLast().done, p.constLast().total);
        QCOMPARE(run.result->value.size(), 10);
        QVERIFY(rows().isEmpty());
    }

    void emptyTargetList()
    {
        startEmulator(makeDataset(2, {2}));
        SdrsClient client(connection());
        Run run;
        run.start(&client, {}, 3, this);
        QVERIFY(!run.finished); // from the event loop, as every call
        QVERIFY(run.wait());
        QCOMPARE(run.doneCalls, 1);
        QVERIFY2(run.result->ok(), qPrintable(run.result->error.toString()));
        QVERIFY(run.result->value.isEmpty());
        QVERIFY(run.progress.isEmpty());
        QCOMPARE(m_emulator->requestCount(), 0);
        QCOMPARE(rows().size(), 4);
        QTRY_VERIFY(run.call.isNull());
    }

    void countsOutcomesByState()
    {
        const DeleteCounts none = countOutcomes({});
        QCOMPARE(none.deleted, 0);
        QCOMPARE(none.notFound, 0);
        QCOMPARE(none.failed, 0);
        QCOMPARE(none.notAttempted, 0);

        using S = DeleteOutcome::State;
        QList<DeleteOutcome> outcomes;
        for (const S state : {S::Failed, S::Deleted, S::NotAttempted, S::Deleted, S::NotFound,
                              S::Deleted, S::NotAttempted, S::NotFound, S::Deleted}) {
            DeleteOutcome o;
            o.target = failedTask(QStringLiteral("r-%1").arg(outcomes.size()));
            o.state = state;
            outcomes.append(o);
        }
        const DeleteCounts counts = countOutcomes(outcomes);
        QCOMPARE(counts.deleted, 4);
        QCOMPARE(counts.notFound, 2);
        QCOMPARE(counts.failed, 1);
        QCOMPARE(counts.notAttempted, 2);
        QVERIFY(counts == (DeleteCounts{4, 2, 1, 2}));
        QVERIFY(!(counts == none));
    }

    void describesEachOutcome()
    {
        DeleteOutcome o;
        o.target = failedTask(QStringLiteral("r-1"));
        o.state = DeleteOutcome::State::Deleted;
        QCOMPARE(describeOutcome(o), QStringLiteral("Deleted"));
        o.state = DeleteOutcome::State::NotFound;
        o.error.kind = ApiError::Kind::Http;
        o.error.httpStatus = 404;
        o.error.message = QStringLiteral("Failed task r-1 not found");
        QCOMPARE(describeOutcome(o), QStringLiteral("Not found (already gone)"));
        o.state = DeleteOutcome::State::Failed;
        o.error.httpStatus = 500;
        o.error.message = QStringLiteral("Failed to execute the job");
        QCOMPARE(describeOutcome(o), QStringLiteral("Failed: Failed to execute the job"));
        o.error.message.clear(); // no message: the whole error in one line
        o.error.code = QStringLiteral("SDRS.0405");
        QCOMPARE(describeOutcome(o), QStringLiteral("Failed: HTTP 500 SDRS.0405"));
        o.error = {};
        o.error.kind = ApiError::Kind::Cancelled;
        o.error.message = QStringLiteral("Cancelled.");
        QCOMPARE(describeOutcome(o), QStringLiteral("Failed: Cancelled."));
        o.state = DeleteOutcome::State::NotAttempted;
        o.error = {};
        QCOMPARE(describeOutcome(o), QStringLiteral("Not attempted"));
    }
};

QTEST_GUILESS_MAIN(TestDeletes)
#include "tst_deletes.moc"
