// How fast the real window shows rows, against sdrs-emulator running as its own process (so that
// the memory measured is the program's alone). Prints medians; no pass or fail.
//
//   build/tests/benchmarks/bench_browser [--groups 100] [--failures 100000] [--runs 5]
#include "app/api/systemproxy.h"
#include "app/controller.h"
#include "app/profilestore.h"
#include "models/failurejobmodel.h"
#include "tests/benchmarks/benchstats.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace sdrs;

namespace {

using bench::median;
using bench::percentile;

/// Peak resident memory of this process (VmHWM), in MB.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/// Records the longest time the event loop went without running a 1 ms timer.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const double ms = double(m_clock.nsecsElapsed()) / 1e6;
            m_clock.restart();
            m_worst = std::max(m_worst, ms);
            if (ms > 50)
                ++m_over50;
        });
    }
    void start()
    {
        m_worst = 0;
        m_over50 = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double worst() const { return m_worst; }
    int over50() const { return m_over50; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_worst = 0;
    int m_over50 = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    sdrs::net::useSystemProxies(); // as the program does at start-up (app/main.cpp)
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_browser"));

    int groups = 100, failures = 100000, runs = 5;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1StringView("--groups"))
            groups = args[i + 1].toInt();
        else if (args[i] == QLatin1StringView("--failures"))
            failures = args[i + 1].toInt();
        else if (args[i] == QLatin1StringView("--runs"))
            runs = args[i + 1].toInt();
    }

    QProcess server;
    server.setProgram(QStringLiteral(SDRS_EMULATOR_BIN));
    server.setArguments({QStringLiteral("--groups"), QString::number(groups),
                         QStringLiteral("--failures"), QString::number(failures),
                         QStringLiteral("--token"), QStringLiteral("bench"),
                         QStringLiteral("--project-id"), QStringLiteral("benchproject")});
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start();
    if (!server.waitForReadyRead(120000)) {
        std::fprintf(stderr, "bench_browser: the emulator did not start\n");
        return 1;
    }
    const QUrl base(QString::fromUtf8(server.readLine().trimmed()));

    ui::MainWindow window;
    ProfileStore profiles;
    profiles.setKeychainEnabled(false);
    Controller controller(&window, &profiles);
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("failureTable"));

    Connection connection;
    connection.endpoint = base;
    connection.token = QStringLiteral("bench");
    connection.projectId = QStringLiteral("benchproject");

    QSignalSpy shown(&controller, &Controller::rowsShown);
    QSignalSpy failed(&controller, &Controller::loadFailed);
    auto waitShown = [&] {
        const qsizetype before = shown.size();
        while (shown.size() == before && failed.isEmpty())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (!failed.isEmpty()) {
            std::fprintf(stderr, "bench_browser: load failed: %s\n",
                         qPrintable(failed.first().first().value<ApiError>().toString()));
            std::exit(1);
        }
        // Rows are shown when they are painted.
        table->viewport()->repaint();
    };

    controller.useConnection(connection, QStringLiteral("bench"));
    waitShown();

    auto *pageSize = window.findChild<QComboBox *>(QStringLiteral("pageSize"));
    pageSize->setCurrentIndex(pageSize->findData(1000));
    Q_EMIT pageSize->activated(pageSize->currentIndex());
    waitShown();

    StallMeter stall;
    std::vector<double> refresh;
    double refreshWorstStall = 0;
    for (int i = 0; i < std::max(runs * 3, 9); ++i) {
        QElapsedTimer t;
        stall.start();
        t.start();
        Q_EMIT window.loadRequested();
        waitShown();
        refresh.push_back(double(t.nsecsElapsed()) / 1e6);
        stall.stop();
        refreshWorstStall = std::max(refreshWorstStall, stall.worst());
    }
    std::printf("refresh to rows shown, %d-row page: median %.1f ms (p90 %.1f, n=%lld); longest "
                "event-loop stall %.1f ms\n",
                int(window.jobModel()->rowCount()), median(refresh), percentile(refresh, 0.9),
                qlonglong(refresh.size()), refreshWorstStall);

    auto *groupCombo = window.findChild<QComboBox *>(QStringLiteral("groupFilter"));
    std::vector<double> all;
    double allWorstStall = 0;
    int allOver50 = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        stall.start();
        t.start();
        if (i == 0) {
            groupCombo->setCurrentIndex(1);
            Q_EMIT groupCombo->activated(1);
        } else {
            Q_EMIT window.loadRequested();
        }
        waitShown();
        all.push_back(double(t.nsecsElapsed()) / 1e6);
        if (i == 0)
            std::printf("peak memory after the first load of every group: %.0f MB\n", peakRssMb());
        stall.stop();
        allWorstStall = std::max(allWorstStall, stall.worst());
        allOver50 += stall.over50();
    }
    std::printf("all protection groups (%d groups, %d rows held): median %.0f ms (min %.0f, max "
                "%.0f, n=%lld); longest event-loop stall %.1f ms, stalls over 50 ms: %d\n",
                groups, int(window.jobModel()->rowCount()), median(all),
                *std::min_element(all.cbegin(), all.cend()),
                *std::max_element(all.cbegin(), all.cend()), qlonglong(all.size()), allWorstStall,
                allOver50);
    std::printf("peak memory of the program (VmHWM, emulator not included): %.0f MB\n",
                peakRssMb());

    // Quick filter, one keystroke at a time, on every row held; the debounce is taken out so
    // that only the work is timed.
    auto *quick = window.findChild<QLineEdit *>(QStringLiteral("quickFilter"));
    auto *debounce = window.findChild<QTimer *>(QStringLiteral("quickFilterTimer"));
    auto *count = window.findChild<QLabel *>(QStringLiteral("quickFilterCount"));
    debounce->setInterval(0);
    std::vector<double> keys;
    const QStringList queries = {QStringLiteral("volume"), QStringLiteral("sdrs.13"),
                                 QStringLiteral("createfail"), QStringLiteral("pg-0")};
    for (const QString &query : queries) {
        quick->clear();
        QCoreApplication::processEvents();
        for (const QChar c : query) {
            const QString before = count->text();
            QElapsedTimer t;
            t.start();
            QTest::keyClick(quick, c.toLatin1());
            while (debounce->isActive())
                QCoreApplication::processEvents();
            table->viewport()->repaint();
            keys.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }
    std::printf("quick filter per keystroke over %d rows: median %.1f ms (p90 %.1f, max %.1f, "
                "n=%lld)\n",
                int(window.jobModel()->rowCount()), median(keys), percentile(keys, 0.9),
                *std::max_element(keys.cbegin(), keys.cend()), qlonglong(keys.size()));
    std::printf("peak memory at the end: %.0f MB\n", peakRssMb());

    server.terminate();
    server.waitForFinished(5000);
    return 0;
}
