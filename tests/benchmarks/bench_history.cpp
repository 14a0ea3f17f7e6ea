// The local history at scale: 100,000 failed tasks recorded through HistoryService (the store on
// its worker thread), then 10 refreshes in which 1% of the tasks go and as many new ones come.
// Prints the time of each recording (from the call until its answer on the GUI thread), the
// longest gap of the GUI thread's event loop meanwhile (a 1 ms timer), the file's size and the
// memory the history added. Printed figures, no pass/fail, except --quick, which CI runs: it
// fails only when a recording fails or the record does not hold what was read.
//   build/tests/benchmarks/bench_history [--rows N] [--refreshes N] [--quick]
#include "app/history/historyservice.h"
#include "emulator/dataset.h"
#include "tests/benchmarks/benchstats.h"
#include "tests/common/peakmemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sdrs;

namespace {

struct Options
{
    int rows = 100000;
    int refreshes = 10;
    bool quick = false;
};

Options parseOptions(const QStringList &args)
{
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--quick")) {
            o.quick = true;
            o.rows = 2000;
            o.refreshes = 3;
        } else if (args.at(i) == QStringLiteral("--rows") && i + 1 < args.size()) {
            o.rows = args.at(++i).toInt();
        } else if (args.at(i) == QStringLiteral("--refreshes") && i + 1 < args.size()) {
            o.refreshes = args.at(++i).toInt();
        }
    }
    return o;
}

/// One recording through the service: its time and the longest event-loop gap meanwhile.
struct Timing
{
    double ms = 0;
    double longestStallMs = 0;
    Result<history::RecordOutcome> outcome;
};

Timing recordOnce(history::HistoryService &service, const QString &key,
                  const QList<FailureJob> &rows, const QStringList &scopes)
{
    Timing t;
    QEventLoop loop;
    QObject context;
    QElapsedTimer clock;
    QElapsedTimer gap;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        t.longestStallMs = std::max(t.longestStallMs, double(gap.nsecsElapsed()) / 1e6);
        gap.restart();
    });
    clock.start();
    gap.start();
    ticker.start();
    service.record(key, rows, scopes, &context, [&](Result<history::RecordOutcome> r) {
        t.ms = double(clock.nsecsElapsed()) / 1e6;
        t.outcome = std::move(r);
        loop.quit();
    });
    loop.exec();
    return t;
}

/// The next refresh's rows: the first `churn` rows gone, as many new ones at the end.
void churn(QList<FailureJob> &rows, int churnCount, int step)
{
    QList<FailureJob> fresh = rows.mid(0, churnCount);
    rows.remove(0, churnCount);
    for (qsizetype i = 0; i < fresh.size(); ++i)
        fresh[i].jobId = QStringLiteral("churn-%1-%2").arg(step).arg(i);
    rows += fresh;
}

void print(const char *what, const std::vector<double> &values, const char *unit)
{
    std::printf("%-46s median %8.1f %s   max %8.1f %s   (n=%zu)\n", what, bench::median(values),
                unit, *std::max_element(values.begin(), values.end()), unit, values.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const Options o = parseOptions(app.arguments());
    QList<FailureJob> rows = emulator::Dataset::generate(3, 200, o.rows).failures;
    QSet<QString> scopeSet;
    for (const FailureJob &job : std::as_const(rows))
        scopeSet.insert(job.serverGroupId);
    const QStringList scopes(scopeSet.begin(), scopeSet.end());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("history.sqlite"));
    const QString key = QStringLiteral("bench.example/p");
    const qint64 memoryBefore = testing::peakMemoryMiB();
    std::printf("history: %d rows, %lld scopes, %d refreshes (1%% churn each)\n", o.rows,
                qlonglong(scopes.size()), o.refreshes);
    bool ok = true;
    {
        history::HistoryService service(file);
        const Timing first = recordOnce(service, key, rows, scopes);
        ok = ok && first.outcome.ok() && first.outcome.value.annotations.size() == rows.size();
        std::printf("%-46s %8.1f ms   longest stall %6.1f ms\n", "first recording (all new)",
                    first.ms, first.longestStallMs);
        std::vector<double> times;
        std::vector<double> stalls;
        const int churnCount = std::max(1, o.rows / 100);
        for (int i = 0; i < o.refreshes; ++i) {
            churn(rows, churnCount, i);
            const Timing t = recordOnce(service, key, rows, scopes);
            ok = ok && t.outcome.ok() && t.outcome.value.goneCount == churnCount &&
                 t.outcome.value.newJobIds.size() == churnCount;
            times.push_back(t.ms);
            stalls.push_back(t.longestStallMs);
        }
        print("refresh recording (1% gone, 1% new)", times, "ms");
        print("longest event-loop stall per refresh", stalls, "ms");
    }
    const qint64 memoryAfter = testing::peakMemoryMiB();
    std::printf("%-46s %8.1f MiB (%lld bytes)\n", "file size after the refreshes",
                double(QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size()) /
                    (1 << 20),
                qlonglong(QFileInfo(file).size()));
    std::printf("%-46s %8lld MiB (peak %lld -> %lld)\n", "memory added (peak RSS)",
                qlonglong(memoryAfter - memoryBefore), qlonglong(memoryBefore),
                qlonglong(memoryAfter));
    if (!ok)
        std::printf("FAILED: a recording failed or did not hold what was read\n");
    return ok ? 0 : 1;
}
