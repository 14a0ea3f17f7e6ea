// How fast the quick filter answers a keystroke over 100,000 failed tasks: FailureJobModel ->
// FailureJobFilterProxy (sorted by begin time) -> PageProxy (100 rows a page), each keystroke
// timed from setQuickFilter() until the page's cells are read as a view paints them. Also times
// setJobs() and full sorts. Prints numbers; no pass/fail. Run:
// build/tests/benchmarks/bench_quickfilter [rows]
#include "emulator/dataset.h"
#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "models/pageproxy.h"
#include "tests/benchmarks/benchstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sdrs;

namespace {

using bench::msSince;
using bench::report;

/// Reads every cell of the page as a view paints it; returns a checksum so nothing is optimized
/// away.
qsizetype readPage(const QAbstractItemModel &page)
{
    qsizetype sum = 0;
    const int rows = page.rowCount();
    const int columns = page.columnCount();
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c)
            sum += page.data(page.index(r, c)).toString().size();
    }
    return sum;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int failures = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;

    QElapsedTimer clock;
    clock.start();
    const QList<FailureJob> jobs = emulator::Dataset::generate(1, 100, failures).failures;
    std::printf("generate %d failures: %.0f ms\n", failures, msSince(clock));

    // setJobs alone, then through the whole chain (the proxies rebuild their mapping on reset).
    {
        std::vector<double> alone;
        for (int i = 0; i < 5; ++i) {
            FailureJobModel model;
            clock.restart();
            model.setJobs(jobs);
            alone.push_back(msSince(clock));
        }
        report("setJobs, model alone", alone);
    }

    FailureJobModel model;
    FailureJobFilterProxy proxy;
    PageProxy page;
    proxy.setSourceModel(&model);
    page.setSourceModel(&proxy);
    page.setPage(0, 100);
    page.sort(FailureJobModel::BeginTime, Qt::DescendingOrder);

    qsizetype checksum = 0;
    std::vector<double> chained;
    for (int i = 0; i < 5; ++i) {
        clock.restart();
        model.setJobs(jobs);
        checksum += readPage(page);
        chained.push_back(msSince(clock));
    }
    report("setJobs, through proxy (sorted) + page", chained);
    qsizetype searchChars = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        searchChars += model.searchText(row).size();
    std::printf("search text: %.0f characters a row on average\n",
                double(searchChars) / qMax(1, model.rowCount()));

    // Full sorts: each one by a column other than the last, so the sort keys are ranked anew.
    struct SortCase
    {
        const char *what;
        int column;
        Qt::SortOrder order;
    };
    const SortCase sorts[] = {
        {"sort by resource name", FailureJobModel::ResourceName, Qt::AscendingOrder},
        {"sort by begin time, ascending", FailureJobModel::BeginTime, Qt::AscendingOrder},
        {"sort by failure status", FailureJobModel::FailureStatus, Qt::AscendingOrder},
        {"sort by begin time, descending", FailureJobModel::BeginTime, Qt::DescendingOrder},
        {"sort by fail reason", FailureJobModel::FailReason, Qt::AscendingOrder},
        {"sort by job id, descending", FailureJobModel::JobId, Qt::DescendingOrder},
    };
    for (const SortCase &s : sorts) {
        std::vector<double> ms;
        for (int i = 0; i < 3; ++i) {
            page.sort(FailureJobModel::JobType, Qt::AscendingOrder);
            clock.restart();
            page.sort(s.column, s.order);
            checksum += readPage(page);
            ms.push_back(msSince(clock));
        }
        report(s.what, ms);
    }

    // Keystrokes: each query typed one character at a time, then deleted one at a time.
    const QStringList queries = {
        QStringLiteral("volume is error"), QStringLiteral("SDRS.1306"),
        QStringLiteral("quota exceeded"),  QStringLiteral("erp-prod"),
        QStringLiteral("Protected-Inst"),  QStringLiteral("ecs.0114"),
        QStringLiteral("itemNotFound"),    QStringLiteral("2026-11-1"),
        QStringLiteral("Lagerverwaltung"), QStringLiteral("create failed"),
        QStringLiteral("ff8080"),          QStringLiteral("sold out"),
    };
    for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        page.sort(FailureJobModel::BeginTime, order);
        std::vector<double> typing;
        std::vector<double> deleting;
        qsizetype lastRows = 0;
        for (const QString &query : queries) {
            for (qsizetype n = 1; n <= query.size(); ++n) {
                clock.restart();
                proxy.setQuickFilter(query.left(n));
                checksum += readPage(page);
                typing.push_back(msSince(clock));
            }
            lastRows += proxy.rowCount();
            for (qsizetype n = query.size() - 1; n >= 0; --n) {
                clock.restart();
                proxy.setQuickFilter(query.left(n));
                checksum += readPage(page);
                deleting.push_back(msSince(clock));
            }
        }
        std::vector<double> all = typing;
        all.insert(all.end(), deleting.begin(), deleting.end());
        const bool descending = order == Qt::DescendingOrder;
        std::printf("\nquick filter, sorted by begin time %s (%lld rows matched the full "
                    "queries in all):\n",
                    descending ? "descending" : "ascending", static_cast<long long>(lastRows));
        report("  per keystroke typed", typing);
        report("  per keystroke deleted (backspace)", deleting);
        report("  per keystroke, both", all);
    }

    // A query pasted at once (no shorter query to narrow from) and the status filter.
    {
        std::vector<double> pasted;
        for (const QString &query : queries) {
            proxy.setQuickFilter(QString());
            model.setJobs(jobs); // forget the cached results
            checksum += readPage(page);
            clock.restart();
            proxy.setQuickFilter(query);
            checksum += readPage(page);
            pasted.push_back(msSince(clock));
        }
        std::printf("\n");
        report("quick filter, whole query pasted (cold)", pasted);
        std::vector<double> status;
        for (const QString &s : {QStringLiteral("createFail"), QStringLiteral("deleteFail"),
                                 QStringLiteral("failoverFail"), QString()}) {
            clock.restart();
            proxy.setFailureStatus(s);
            checksum += readPage(page);
            status.push_back(msSince(clock));
        }
        report("status filter change", status);
    }
    std::printf("(checksum %lld)\n", static_cast<long long>(checksum));
    return 0;
}
