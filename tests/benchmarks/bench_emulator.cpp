// How fast the emulator answers a page of 1000 failed tasks out of 100,000, over loopback HTTP,
// and how long the client takes from call to decoded page. Run:
// build/tests/benchmarks/bench_emulator
#include "app/api/sdrsclient.h"
#include "emulator/emulator.h"
#include "tests/benchmarks/benchstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace sdrs;
using namespace sdrs::emulator;

namespace {

using bench::median;
using bench::percentile;

void report(const char *what, const std::vector<double> &ms)
{
    std::printf("%-58s median %7.2f ms   p90 %7.2f ms   min %7.2f ms   (n=%zu)\n", what, median(ms),
                percentile(ms, 0.9), *std::min_element(ms.begin(), ms.end()), ms.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int groups = 100;
    const int failures = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 41;

    QElapsedTimer clock;
    clock.start();
    Dataset data = Dataset::generate(1, groups, failures);
    std::printf("generate %d groups, %d failures: %lld ms\n", groups, failures,
                static_cast<long long>(clock.elapsed()));
    const QString groupId = data.groups.at(0).id;
    qsizetype groupLevel = 0, inFirstGroup = 0;
    for (const FailureJob &f : data.failures) {
        groupLevel += f.serverGroupId.isEmpty();
        inFirstGroup += f.serverGroupId == groupId;
    }
    Result<std::unique_ptr<EmulatorThread>> started = EmulatorThread::start(std::move(data), {});
    if (!started.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error.message));
        return 1;
    }
    const std::unique_ptr<EmulatorThread> server = std::move(started.value);
    std::printf("scopes: group level %lld rows, first group %lld rows\n",
                static_cast<long long>(groupLevel), static_cast<long long>(inFirstGroup));

    // 1. Raw HTTP: request sent until the whole body is read (the server runs in its own thread).
    //    The emulator serializes a row on its first use and keeps it: the first pass over the
    //    group-level pages is "cold", the passes after it "warm".
    QNetworkAccessManager nam;
    const auto fetch = [&](const QString &group, qsizetype offset) -> std::optional<double> {
        QUrl url = server->baseUrl();
        url.setPath(QStringLiteral("/v1/") + server->projectId() +
                    QStringLiteral("/task-center/failure-jobs"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        if (!group.isEmpty())
            q.addQueryItem(QStringLiteral("server_group_id"), group);
        url.setQuery(q);
        QNetworkRequest request(url);
        request.setRawHeader("X-Auth-Token", "bench");
        QElapsedTimer t;
        t.start();
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError || !body.contains("\"job_id\"")) {
            std::fprintf(stderr, "request failed: %s\n", qPrintable(reply->errorString()));
            return std::nullopt;
        }
        return elapsed;
    };
    (void)fetch(QString(), 9000); // opens the connection
    std::vector<double> cold, warm, oneGroup;
    for (qsizetype offset = 0; offset + 1000 <= groupLevel; offset += 1000) {
        const auto ms = fetch(QString(), offset);
        if (!ms)
            return 1;
        cold.push_back(*ms);
    }
    for (int i = 0; i < rounds; ++i) {
        const auto ms = fetch(QString(), (i % 9) * 1000);
        const auto group = fetch(groupId, 0);
        if (!ms || !group)
            return 1;
        warm.push_back(*ms);
        oneGroup.push_back(*group);
    }
    report("HTTP GET 1000 rows, group level, first touch (cold)", cold);
    report("HTTP GET 1000 rows, group level, again (warm)", warm);
    report("HTTP GET first group's page (all its rows)", oneGroup);

    // 2. The client: call to decoded page (request, transfer, JSON decoding).
    Connection c;
    c.endpoint = server->baseUrl();
    c.projectId = server->projectId();
    c.token = QStringLiteral("bench");
    SdrsClient client(c);
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        FailureJobQuery q;
        q.limit = 1000;
        q.offset = (i * 1000) % 5000;
        QElapsedTimer t;
        t.start();
        std::optional<double> elapsed;
        QEventLoop loop;
        client.listFailureJobs(q, &loop, [&](const Result<FailureJobPage> &r) {
            if (r.ok() && r.value.jobs.size() == 1000)
                elapsed = double(t.nsecsElapsed()) / 1e6;
            loop.quit();
        });
        loop.exec();
        if (!elapsed) {
            std::fprintf(stderr, "client call failed\n");
            return 1;
        }
        if (i > 0)
            ms.push_back(*elapsed);
    }
    report("SdrsClient listFailureJobs 1000 rows, decoded", ms);
    return 0;
}
