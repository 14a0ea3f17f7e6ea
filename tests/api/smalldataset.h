// A small data set under a test's full control, served by an in-process emulator, and the
// comparisons of the listing and deleting tests (tst_allgroups, tst_deletes).
#pragma once

#include "app/api/sdrsclient.h"
#include "emulator/emulator.h"
#include "models/apitime.h"

#include <QHash>
#include <QList>
#include <QTest>
#include <QTestEventLoop>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace sdrs::testing {

/// A small data set: `levelRows` group-level rows, then `groupRows[i]` rows in group i. Each row
/// has a resource id of its own ("resource-000000", ...); rows are newest first in the order they
/// are made (the order the emulator lists them).
inline emulator::Dataset makeDataset(int levelRows, const QList<int> &groupRows)
{
    emulator::Dataset d;
    d.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    const qint64 newest = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    const QStringList &statuses = emulator::knownFailureStatuses();
    int serial = 0;
    const auto addRows = [&](const QString &groupId, int n) {
        for (int i = 0; i < n; ++i, ++serial) {
            FailureJob f;
            f.jobStatus = QStringLiteral("FAIL");
            f.resourceId = QStringLiteral("resource-%1").arg(serial, 6, 10, QLatin1Char('0'));
            f.resourceName = QStringLiteral("vm-%1").arg(serial);
            f.resourceType = groupId.isEmpty() ? QStringLiteral("server_groups")
                                               : QStringLiteral("protected_instances");
            f.failureStatus = statuses.at(serial % statuses.size());
            f.jobId = QStringLiteral("%1").arg(serial, 32, 16, QLatin1Char('0'));
            f.jobType = QStringLiteral("createProtectedInstanceNoCG");
            f.beginTime = QDateTime::fromMSecsSinceEpoch(newest - qint64(serial) * 60000, Qt::UTC);
            f.beginTimeText = formatIsoTime(f.beginTime);
            f.errorCode = QStringLiteral("SDRS.1306");
            f.failReason = QStringLiteral("SdrsTask-fail:row %1").arg(serial);
            f.serverGroupId = groupId;
            d.failures.append(f);
        }
    };
    addRows(QString(), levelRows);
    for (qsizetype g = 0; g < groupRows.size(); ++g) {
        ProtectionGroup group;
        group.id = QStringLiteral("a0000000-0000-4000-8000-%1").arg(g, 12, 10, QLatin1Char('0'));
        group.name = QStringLiteral("group-%1").arg(g);
        group.status = QStringLiteral("protected");
        d.groups.append(group);
        addRows(group.id, groupRows.at(g));
    }
    return d;
}

/// What a load of every scope must hand back for `data` as the emulator holds it (already in its
/// order), with only the rows `keep` keeps: the group level first, then the groups in list order,
/// rows in the server's order.
inline QList<FailureJob> expectedRows(const emulator::Dataset &data,
                                      const std::function<bool(const FailureJob &)> &keep = {})
{
    QHash<QString, QList<FailureJob>> byScope;
    for (const FailureJob &f : data.failures) {
        if (!keep || keep(f))
            byScope[f.serverGroupId].append(f);
    }
    QList<FailureJob> out = byScope.value(QString());
    for (const ProtectionGroup &g : data.groups)
        out += byScope.value(g.id);
    return out;
}

/// Empty when the lists are equal, otherwise where and how they first differ.
inline QString difference(const QList<FailureJob> &got, const QList<FailureJob> &want)
{
    const qsizetype n = std::min(got.size(), want.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (!(got.at(i) == want.at(i)))
            return QStringLiteral("row %1: got job %2 of group \"%3\", want job %4 of group \"%5\"")
                .arg(i)
                .arg(got.at(i).jobId, got.at(i).serverGroupId, want.at(i).jobId,
                     want.at(i).serverGroupId);
    }
    if (got.size() != want.size())
        return QStringLiteral("got %1 rows, want %2").arg(got.size()).arg(want.size());
    return {};
}

/// Runs the event loop until `done` is true or `ms` have passed; `loopSlot` points at the loop
/// meanwhile, for a callback to end it. A real event loop: QTest::qWaitFor sleeps 10 ms between its
/// rounds, which would add up to seconds over hundreds of requests.
inline bool runUntil(const bool &done, QTestEventLoop *&loopSlot, int ms)
{
    if (!done) {
        QTestEventLoop loop;
        loopSlot = &loop;
        loop.enterLoopMSecs(ms);
        loopSlot = nullptr;
    }
    return done;
}

/// How many calls of `client` have not finished (cancelled calls finish at once).
inline qsizetype unfinishedCalls(const SdrsClient &client)
{
    const QList<ApiCall *> calls = client.findChildren<ApiCall *>();
    return std::count_if(calls.cbegin(), calls.cend(),
                         [](const ApiCall *c) { return !c->isFinished(); });
}

/// Starts a call with `start(done)` and waits (with the event loop running) for its result; after
/// `ms` without one, a Network error says that the test timed out.
template<class T, class Start> Result<T> awaitResult(Start start, int ms = 30000)
{
    std::optional<Result<T>> got;
    start([&got](const Result<T> &r) { got = r; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, ms)) {
        Result<T> r;
        r.error.kind = ApiError::Kind::Network;
        r.error.message = QStringLiteral("the test timed out waiting for the callback");
        return r;
    }
    return *got;
}

/// The emulator of one test on a free loopback port, and a connection to it; the test's
/// cleanup() resets `m_emulator`.
class EmulatorHarness
{
protected:
    std::unique_ptr<emulator::Emulator> m_emulator;

    /// Starts an emulator serving `data`; a port that cannot be opened ends the test program.
    emulator::Emulator &startEmulator(emulator::Dataset data, emulator::Options options = {})
    {
        m_emulator = std::make_unique<emulator::Emulator>(std::move(data), std::move(options));
        const Result<NoContent> listening = m_emulator->listen(QHostAddress::LocalHost, 0);
        if (!listening.ok())
            qFatal("%s", qPrintable(listening.error.message));
        return *m_emulator;
    }

    /// A token connection to the emulator: short retry delays, a 10 s timeout.
    Connection connection() const
    {
        Connection c;
        c.endpoint = m_emulator->baseUrl();
        c.projectId = m_emulator->projectId();
        c.token = QStringLiteral("t0ken");
        c.retryBaseDelayMs = 5;
        c.timeoutMs = 10000;
        return c;
    }
};

} // namespace sdrs::testing
