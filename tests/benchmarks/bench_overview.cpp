// How fast the Overview recomputes over 100,000 failed tasks, and the memory it adds: the
// snapshot taken on the GUI thread (OverviewUpdater::snapshot), the statistics
// (computeOverview, which runs on a worker from 5,000 rows), and showing them in the panel
// (charts and ranked tables, GUI thread). Prints medians; no pass/fail. Targets: recompute
// <= 50 ms, memory <= 30 MB (with the history's). Run:
// build/tests/benchmarks/bench_overview [rows]     (default 100,000)
// build/tests/benchmarks/bench_overview --quick    (10,000 rows, fewer rounds: what CI runs)
#include "emulator/dataset.h"
#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "models/overviewstats.h"
#include "tests/benchmarks/benchstats.h"
#include "ui/overviewpanel.h"
#include "ui/overviewupdater.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace sdrs;

namespace {

using bench::msSince;
using bench::report;

/// Resident memory of this process in MB (Linux), or -1.
double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/// This thread's CPU time in milliseconds.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

template<class F> std::vector<double> timeRounds(int rounds, F work)
{
    std::vector<double> ms;
    QElapsedTimer clock;
    for (int i = 0; i < rounds; ++i) {
        clock.restart();
        work();
        ms.push_back(msSince(clock));
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    int failures = quick ? 10000 : 100000;
    if (!quick && argc > 1)
        failures = QByteArray(argv[1]).toInt();
    const int rounds = quick ? 3 : 15;

    FailureJobModel model;
    FailureJobFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setJobs(emulator::Dataset::generate(1, 100, failures).failures);
    // Every third row marked new, as after a refresh.
    QSet<quint64> fresh;
    for (qsizetype i = 0; i < model.rowKeys().size(); i += 3)
        fresh.insert(model.rowKeys().at(i));
    model.setNewKeys(fresh);
    std::printf("rows %d\n", model.rowCount());

    ui::OverviewUpdater updater;
    updater.setActive(false);
    updater.setSource(&model, &proxy);
    OverviewSnapshot snapshot;
    report("snapshot (GUI thread)", timeRounds(rounds, [&] { snapshot = updater.snapshot(); }));
    OverviewStats stats;
    report("computeOverview (worker from 5,000 rows)",
           timeRounds(rounds, [&] { stats = computeOverview(snapshot); }));
    // The same in this thread's CPU time: what the figure would be on an idle machine.
    std::vector<double> cpu;
    for (int i = 0; i < rounds; ++i) {
        const double start = threadCpuMs();
        stats = computeOverview(snapshot);
        cpu.push_back(threadCpuMs() - start);
    }
    report("computeOverview, CPU time of the thread", cpu);
    proxy.setFailureStatus(QStringLiteral("createFail"));
    report("snapshot + computeOverview, status filter",
           timeRounds(rounds, [&] { stats = computeOverview(updater.snapshot()); }));
    proxy.setFailureStatus({});
    stats = computeOverview(updater.snapshot());
    std::printf("counted %d, new %d, codes %d, groups %d, resources %d, job types %d, days %lld\n",
                stats.total, stats.newCount, stats.errorCodes, stats.groups, stats.resources,
                stats.jobTypes, qlonglong(stats.days.size()));

    // Memory: a panel showing the statistics of every row.
    const double before = residentMb();
    {
        auto *panel = new ui::OverviewPanel;
        panel->resize(420, 900);
        panel->setSource(&model, &proxy);
        panel->show();
        QElapsedTimer clock;
        clock.start();
        while (panel->stats().total != model.rowCount() && clock.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const double shown = residentMb();
        std::printf("%-52s %7.1f MB (RSS %0.1f -> %0.1f MB)\n", "memory added by the overview",
                    shown - before, before, shown);
        const OverviewStats again = computeOverview(updater.snapshot());
        report("panel shows statistics (GUI thread)",
               timeRounds(rounds, [&] { Q_EMIT panel->updater()->statsReady(again); }));
        delete panel;
    }
    return 0;
}
