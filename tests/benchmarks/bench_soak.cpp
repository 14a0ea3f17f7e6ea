// Soak: many refreshes of "All protection groups" (the loader, sharing unchanged rows as the
// window does, then the rows prepared and shown in the table model) against sdrs-emulator running
// as its own process with injected faults. Every refresh's rows are checked against the
// emulator's count; the program's memory is followed from refresh to refresh.
//
//   build/tests/benchmarks/bench_soak [--refreshes 1000] [--groups 20] [--failures 20000]
//                                     [--fault-rate 0.05] [--check]
//
// Prints the refreshes that failed (after the client's retries) or brought a wrong count, the
// median time of a refresh, the peak and final resident memory, and how much it grew after the
// first 50 refreshes (resident memory measured after malloc_trim, so that what glibc keeps free
// for later does not count as growth), with a line every 100 refreshes. With --check (ctest's
// soak_50) it exits 1 when a count was wrong, more than 2 refreshes failed, or (with more than 50
// refreshes) memory grew by more than 5 MB.
#include "app/api/allgroups.h"
#include "app/api/sdrsclient.h"
#include "models/failurejobmodel.h"
#include "tests/benchmarks/benchstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTestEventLoop>

#include <cstdio>
#include <malloc.h>
#include <memory>
#include <optional>

using namespace sdrs;

namespace {

/// Resident memory after glibc has given back what it holds free (malloc_trim): what the program
/// still uses, not what the allocator keeps for later.
double trimmedRssMb();

/// A line of /proc/self/status ("VmRSS", "VmHWM") in MB.
double statusMb(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double trimmedRssMb()
{
    ::malloc_trim(0);
    return statusMb("VmRSS");
}

struct Emulator
{
    QProcess process;
    QUrl url;
    qint64 failures = -1;
    QString projectId;

    bool start(const QStringList &args)
    {
        process.start(QStringLiteral(SDRS_EMULATOR_BIN), args);
        if (!process.waitForStarted(20000))
            return false;
        while (!process.canReadLine() && process.waitForReadyRead(20000)) {
        }
        url = QUrl(QString::fromUtf8(process.readLine()).trimmed());
        // "sdrs-emulator: project ID, G groups, N failed tasks" on stderr: the truth to check by.
        static const QRegularExpression summary(
            QStringLiteral("project (\\S+), \\d+ groups, (\\d+) failed tasks"));
        QByteArray err;
        for (int i = 0; i < 200 && !summary.match(QString::fromUtf8(err)).hasMatch(); ++i) {
            process.waitForReadyRead(100);
            err += process.readAllStandardError();
        }
        const QRegularExpressionMatch m = summary.match(QString::fromUtf8(err));
        if (!m.hasMatch())
            return false;
        projectId = m.captured(1);
        failures = m.captured(2).toLongLong();
        return url.isValid();
    }
    ~Emulator()
    {
        process.terminate();
        if (!process.waitForFinished(10000))
            process.kill();
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption refreshes(QStringLiteral("refreshes"), QStringLiteral("Refreshes."),
                                       QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption groups(QStringLiteral("groups"), QStringLiteral("Groups."),
                                    QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption failures(QStringLiteral("failures"), QStringLiteral("Failed tasks."),
                                      QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption faultRate(QStringLiteral("fault-rate"),
                                       QStringLiteral("Share of requests answered with a fault."),
                                       QStringLiteral("X"), QStringLiteral("0.05"));
    const QCommandLineOption check(QStringLiteral("check"),
                                   QStringLiteral("Exit 1 when a bound is broken."));
    parser.addOptions({refreshes, groups, failures, faultRate, check});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(refreshes).toInt());

    // Faults the client retries (503, 429, a connection dropped mid-body), at the given rate.
    Emulator emulator;
    if (!emulator.start({QStringLiteral("--groups"), parser.value(groups),
                         QStringLiteral("--failures"), parser.value(failures),
                         QStringLiteral("--token"), QStringLiteral("soak"),
                         QStringLiteral("--fault-rate"), parser.value(faultRate),
                         QStringLiteral("--faults"), QStringLiteral("503,429,drop"),
                         QStringLiteral("--retry-after"), QStringLiteral("0")})) {
        std::fprintf(stderr, "bench_soak: cannot start %s\n", SDRS_EMULATOR_BIN);
        return 2;
    }
    Connection c;
    c.endpoint = emulator.url;
    c.projectId = emulator.projectId;
    c.token = QStringLiteral("soak");
    c.retryBaseDelayMs = 5;
    c.maxRetries = 5;
    SdrsClient client(c);
    FailureJobModel model;

    int failed = 0;
    int wrong = 0;
    std::vector<double> times;
    double rssAfter50 = -1;
    QString firstError;
    for (int i = 0; i < runs; ++i) {
        AllGroupsQuery query;
        const FailureJobModel::PreparedJobs previous = model.current();
        if (!previous.jobs.isEmpty()) {
            auto positions = std::make_shared<const GroupPositions>(previous.jobs);
            query.adopt = [positions, rows = previous.jobs](const QString &groupId, qint64 offset,
                                                            QList<FailureJob> &page) {
                positions->share(rows, groupId, offset, page);
            };
        }
        std::optional<Result<AllGroupsResult>> result;
        QTestEventLoop loop;
        QElapsedTimer clock;
        clock.start();
        loadAllGroups(&client, query, &app, {}, [&](const Result<AllGroupsResult> &r) {
            result = r;
            loop.exitLoop();
        });
        if (!result)
            loop.enterLoopMSecs(300000);
        if (!result || !result->ok()) {
            ++failed;
            if (firstError.isEmpty())
                firstError = result ? result->error.toString() : QStringLiteral("no answer");
        } else {
            QSet<std::pair<QString, QString>> distinct;
            for (const FailureJob &job : std::as_const(result->value.jobs))
                distinct.insert({job.jobId, job.resourceId});
            if (result->value.jobs.size() != emulator.failures ||
                distinct.size() != emulator.failures)
                ++wrong;
            model.setJobs(FailureJobModel::prepare(std::move(result->value.jobs), previous));
        }
        times.push_back(double(clock.elapsed()));
        result.reset();
        if (i + 1 == std::min(50, runs))
            rssAfter50 = trimmedRssMb();
        if ((i + 1) % 100 == 0)
            std::printf("  after %d refreshes: %.1f MB\n", i + 1, trimmedRssMb());
    }
    const double finalRss = trimmedRssMb();
    const double growth = finalRss - rssAfter50;
    std::printf("soak: %d refreshes of %lld rows in %s groups, fault rate %s\n", runs,
                static_cast<long long>(emulator.failures), qPrintable(parser.value(groups)),
                qPrintable(parser.value(faultRate)));
    std::printf("  failed after retries: %d%s%s\n", failed, firstError.isEmpty() ? "" : " (first: ",
                firstError.isEmpty() ? "" : qPrintable(firstError + u')'));
    std::printf("  wrong row counts: %d\n", wrong);
    std::printf("  refresh: median %.0f ms, p90 %.0f ms\n", bench::median(times),
                bench::percentile(times, 0.9));
    std::printf("  memory: peak %.1f MB, after %d refreshes %.1f MB, final %.1f MB, growth since "
                "%.1f MB\n",
                statusMb("VmHWM"), std::min(50, runs), rssAfter50, finalRss, growth);
    if (!parser.isSet(check))
        return 0;
    const bool ok = wrong == 0 && failed <= 2 && (runs <= 50 || growth <= 5.0);
    std::printf("  check: %s\n", ok ? "passed" : "FAILED");
    return ok ? 0 : 1;
}
