// The command line against a hostile server (each mode: exit code, the one stderr line, peak
// memory, time), and the command line's own guards: ids that cannot be path segments, plain
// HTTP, certificates that do not name the host, terminal escapes, echoed secrets, and -o on a
// device.
#include "tests/common/devicenodes.h"
#include "tests/common/emulatorprocess.h"
#include "tests/hostile/hostileserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <fcntl.h>
#include <unistd.h>

#include <sys/stat.h>

using namespace sdrs::testing;

Q_DECLARE_METATYPE(sdrs::testing::Mode)

namespace {

const QString secretToken = QStringLiteral("tok-SECRET-0123456789abcdef");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    qint64 ms = 0;
    qint64 peakMiB = -1; ///< the command's peak resident memory
};

/// The environment without the machine's OS_* or HUAWEICLOUD_* variables, settings in `home`.
QProcessEnvironment baseEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QStringLiteral("OS_")) || key.startsWith(QStringLiteral("HUAWEICLOUD_")))
            env.remove(key);
    }
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

/// Sanitizer builds need several times the memory of a normal one.
#ifdef SDRS_SANITIZED
constexpr int memoryFactor = 4;
#else
constexpr int memoryFactor = 1;
#endif

/// Runs sdrs-failures through peakrun, which records the command's own peak memory.
Run run(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 90000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir peakDir;
    const QString peakFile = peakDir.filePath(QStringLiteral("peak"));
    p.start(QStringLiteral(SDRS_PEAKRUN_BIN),
            QStringList{peakFile, QStringLiteral(SDRS_FAILURES_BIN)} + args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("did not finish within %1 ms").arg(timeoutMs);
        return r;
    }
    r.ms = clock.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    QFile peak(peakFile);
    if (peak.open(QIODevice::ReadOnly))
        r.peakMiB = peak.readAll().trimmed().toLongLong() / 1024;
    return r;
}

bool hasTerminalControl(const QByteArray &bytes)
{
    return bytes.contains('\x1b') || bytes.contains('\x07') || bytes.contains("\xe2\x80\xae");
}

} // namespace

class TestHostileCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment tokenEnvironment() const
    {
        QProcessEnvironment env = baseEnvironment(m_home.path());
        env.insert(QStringLiteral("OS_AUTH_TOKEN"), secretToken);
        env.insert(QStringLiteral("OS_PROJECT_ID"), HostileServer::projectId());
        return env;
    }

private Q_SLOTS:
    void modes_data();
    void modes();
    void escapesNeverReachTheTerminal();
    void echoedSecretsAreNotPrinted();
    void idsThatCannotBePathSegmentsAreUsageErrors_data();
    void idsThatCannotBePathSegmentsAreUsageErrors();
    void groupWithAReservedIdIsNeverDeleted();
    void plainHttpIsRefused();
    void certificateMustNameTheHost();
    void outputToADeviceIsNeverReplaced();
};

void TestHostileCli::modes_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QList<int>>("exitCodes"); ///< any of these
    QTest::addColumn<QString>("message");      ///< a part of the one stderr line
    QTest::addColumn<int>("maxSeconds");
    QTest::addColumn<int>("maxMiB"); ///< peak resident memory of the command
    const QStringList exportArgs{QStringLiteral("export"), QStringLiteral("--timeout"),
                                 QStringLiteral("3")};
    const auto row = [](Mode mode, const QStringList &args, QList<int> codes,
                        const QString &message, int maxSeconds = 20, int maxMiB = 200) {
        QTest::newRow(qPrintable(modeName(mode)))
            << mode << args << codes << message << maxSeconds << maxMiB;
    };
    row(Mode::Malformed, exportArgs, {5}, QStringLiteral("could not be read"));
    row(Mode::TruncatedJson, exportArgs, {5}, QStringLiteral("could not be read"));
    row(Mode::CutBody, exportArgs, {4}, QStringLiteral("closed after 10 of 4096 bytes"));
    row(Mode::HtmlError, exportArgs, {5}, QStringLiteral("HTTP 502"));
    row(Mode::Silence, exportArgs, {4}, QStringLiteral("No complete answer within 3 s"));
    row(Mode::SlowDrip, exportArgs, {4}, QStringLiteral("No complete answer within 3 s"));
    row(Mode::Reset, exportArgs, {4}, QStringLiteral("network"));
    row(Mode::RedirectAway, exportArgs, {5}, QStringLiteral("127.0.0.2"));
    row(Mode::RedirectLoop, exportArgs, {5}, QStringLiteral("redirected"));
    row(Mode::RetryAfterDate, exportArgs, {5}, QStringLiteral("HTTP 503"), 5);
    row(Mode::RetryAfterHuge, exportArgs, {5}, QStringLiteral("HTTP 503"), 5);
    row(Mode::RetryAfterNegative, exportArgs, {5}, QStringLiteral("HTTP 503"));
    row(Mode::RetryAfterGarbage, exportArgs, {5}, QStringLiteral("HTTP 503"));
    row(Mode::HugeLength, exportArgs, {5}, QStringLiteral("too large"), 5);
    // The default limit (64 MiB) stops an endless body long before the timeout.
    row(Mode::Endless, {QStringLiteral("export")}, {5}, QStringLiteral("too large"), 25, 250);
    row(Mode::CompressedBomb, exportArgs, {4, 5}, QStringLiteral("compressed"));
    row(Mode::ConflictingLength, exportArgs, {5}, QStringLiteral("Content-Length"));
    row(Mode::NegativeLength, exportArgs, {5}, QStringLiteral("Content-Length"));
    row(Mode::EndlessPaging,
        {QStringLiteral("export"), QStringLiteral("--all-pages"), QStringLiteral("--max-rows"),
         QStringLiteral("5000")},
        {5}, QStringLiteral("Only 5,000 of the 2,147,483,000"));
    row(Mode::EndlessGroups, {QStringLiteral("groups")}, {5},
        QStringLiteral("kept sending protection groups"), 30, 300);
}

void TestHostileCli::modes()
{
    QFETCH(Mode, mode);
    QFETCH(QStringList, args);
    QFETCH(QList<int>, exitCodes);
    QFETCH(QString, message);
    QFETCH(int, maxSeconds);
    QFETCH(int, maxMiB);

    const HostileThread server(mode);
    args << QStringLiteral("--endpoint") << server.url().toString();
    QProcessEnvironment env = tokenEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    const Run r = run(args, env);
    qInfo().noquote() << modeName(mode) << "exit" << r.exitCode << "in" << r.ms << "ms, peak"
                      << r.peakMiB << "MiB:" << r.err.trimmed();
    QVERIFY2(exitCodes.contains(r.exitCode), qPrintable(r.err));
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().startsWith(QStringLiteral("sdrs-failures: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(!r.err.contains(secretToken), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.ms < maxSeconds * 1000, qPrintable(QString::number(r.ms)));
    QVERIFY2(r.peakMiB > 0 && r.peakMiB < maxMiB * memoryFactor,
             qPrintable(QStringLiteral("%1 MiB").arg(r.peakMiB)));
}

void TestHostileCli::escapesNeverReachTheTerminal()
{
    const HostileThread server(Mode::Escapes);
    const QStringList endpoint{QStringLiteral("--endpoint"), server.url().toString()};

    Run r = run(
        QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("table")} +
            endpoint,
        tokenEnvironment());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!hasTerminalControl(r.out), r.out.constData());
    QVERIFY2(r.out.contains("\\x1B]0;pwned"), r.out.constData()); // shown, not obeyed

    // summary's table names each resource by the name the server sent.
    r = run(
        QStringList{QStringLiteral("summary"), QStringLiteral("--by"), QStringLiteral("resource")} +
            endpoint,
        tokenEnvironment());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!hasTerminalControl(r.out), r.out.constData());
    QVERIFY2(r.out.contains("\\x1B]0;pwned"), r.out.constData());

    r = run(QStringList{QStringLiteral("job"), QStringLiteral("00000000000000000000000000000001")} +
                endpoint,
            tokenEnvironment());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!hasTerminalControl(r.out), r.out.constData());
    QVERIFY(r.out.contains("\\x1B"));

    r = run(QStringList{QStringLiteral("delete"), QStringLiteral("--yes"),
                        QStringLiteral("--resource-id"), QStringLiteral("res-1")} +
                endpoint,
            tokenEnvironment());
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(!hasTerminalControl(r.out), r.out.constData());
    QVERIFY2(!hasTerminalControl(r.err.toUtf8()), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("\\x1B[2J")), qPrintable(r.err));

    // JSON and CSV carry the text as received (JSON escapes it, CSV quotes it).
    r = run(
        QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")} +
            endpoint,
        tokenEnvironment());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains('\x1b'));
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.at(0)
                .toObject()
                .value(QLatin1StringView("resource_name"))
                .toString()
                .startsWith(QStringLiteral("\x1b]0;pwned")));
}

void TestHostileCli::echoedSecretsAreNotPrinted()
{
    const HostileThread server(Mode::EchoSecrets);
    Run r = run({QStringLiteral("export"), QStringLiteral("--endpoint"), server.url().toString()},
                tokenEnvironment());
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(!r.err.contains(secretToken) && r.err.contains(QStringLiteral("[redacted]")),
             qPrintable(r.err));

    // The IAM sign-in: a 401 that echoes the login body must not print the password.
    QProcessEnvironment env = baseEnvironment(m_home.path());
    env.insert(QStringLiteral("OS_AUTH_URL"), server.url().toString() + QStringLiteral("/v3"));
    env.insert(QStringLiteral("OS_USERNAME"), QStringLiteral("ops"));
    env.insert(QStringLiteral("OS_PASSWORD"), QStringLiteral("Pass-WORD-4711"));
    env.insert(QStringLiteral("OS_USER_DOMAIN_NAME"), QStringLiteral("acme"));
    env.insert(QStringLiteral("OS_PROJECT_ID"), HostileServer::projectId());
    r = run({QStringLiteral("export")}, env);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("The request was")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("WORD-4711")), qPrintable(r.err));
}

void TestHostileCli::idsThatCannotBePathSegmentsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const auto del = [](const QString &id) {
        return QStringList{QStringLiteral("delete"), QStringLiteral("--yes"),
                           QStringLiteral("--resource-id"), id};
    };
    QTest::newRow("resource id ..") << del(QStringLiteral("..")) << QStringLiteral("\"..\"");
    QTest::newRow("resource id .") << del(QStringLiteral(".")) << QStringLiteral("\".\"");
    QTest::newRow("resource id empty") << del(QString()) << QStringLiteral("empty");
    QTest::newRow("resource id BATCH") << del(QStringLiteral("BATCH")) << QStringLiteral("batch");
    QTest::newRow("resource id Batch") << del(QStringLiteral("Batch")) << QStringLiteral("batch");
    QTest::newRow("resource id with a control character")
        << del(QStringLiteral("a\x01z")) << QStringLiteral("U+0001");
    QTest::newRow("job ..") << QStringList{QStringLiteral("job"), QStringLiteral("..")}
                            << QStringLiteral("\"..\"");
    QTest::newRow("job batch") << QStringList{QStringLiteral("job"), QStringLiteral("batch")}
                               << QStringLiteral("batch");
}

void TestHostileCli::idsThatCannotBePathSegmentsAreUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const HostileThread server(Mode::Escapes); // answers every call; nothing may reach it
    args << QStringLiteral("--endpoint") << server.url().toString();
    const Run r = run(args, tokenEnvironment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message) && r.err.contains(QStringLiteral("nothing was sent")),
             qPrintable(r.err));
    QVERIFY(server.requests().isEmpty());
}

void TestHostileCli::groupWithAReservedIdIsNeverDeleted()
{
    // Groups whose ids a URL would collapse or mistake, each with one failed task; the group
    // level has one too. A delete of any of these groups must send nothing.
    const QStringList ids{QStringLiteral("."), QStringLiteral(".."), QStringLiteral("BATCH")};
    QJsonArray groups;
    QJsonArray failures;
    const auto failure = [&failures](const QString &resource, const QString &group) {
        QJsonObject f{{QStringLiteral("job_status"), QStringLiteral("FAIL")},
                      {QStringLiteral("resource_id"), resource},
                      {QStringLiteral("resource_name"), resource},
                      {QStringLiteral("resource_type"), QStringLiteral("server_groups")},
                      {QStringLiteral("failure_status"), QStringLiteral("createFail")},
                      {QStringLiteral("job_id"),
                       QStringLiteral("%1").arg(failures.size() + 1, 32, 10, QLatin1Char('0'))},
                      {QStringLiteral("begin_time"), QStringLiteral("2026-11-20T10:00:00.000Z")}};
        if (!group.isEmpty())
            f.insert(QStringLiteral("server_group_id"), group);
        failures.append(f);
    };
    for (qsizetype i = 0; i < ids.size(); ++i) {
        groups.append(QJsonObject{{QStringLiteral("id"), ids.at(i)},
                                  {QStringLiteral("name"), QStringLiteral("odd-%1").arg(i)},
                                  {QStringLiteral("status"), QStringLiteral("protected")}});
        failure(QStringLiteral("in-group-%1").arg(i), ids.at(i));
    }
    failure(QStringLiteral("group-level"), QString());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile fixture(dir.filePath(QStringLiteral("fixture.json")));
    QVERIFY(fixture.open(QIODevice::WriteOnly));
    fixture.write(
        QJsonDocument(QJsonObject{{QStringLiteral("project_id"), HostileServer::projectId()},
                                  {QStringLiteral("server_groups"), groups},
                                  {QStringLiteral("failure_jobs"), failures}})
            .toJson());
    fixture.close();
    EmulatorProcess emulator;
    QVERIFY(emulator.start(
        {QStringLiteral("--data"), fixture.fileName(), QStringLiteral("--token"), secretToken}));

    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Run r =
            run({QStringLiteral("delete"), QStringLiteral("--yes"), QStringLiteral("--group"),
                 QStringLiteral("odd-%1").arg(i), QStringLiteral("--endpoint"), emulator.url},
                tokenEnvironment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("nothing was sent")), qPrintable(r.err));
    }
    // Every failed task is still there, the group level's above all.
    const Run all =
        run({QStringLiteral("export"), QStringLiteral("--all-groups"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--endpoint"), emulator.url},
            tokenEnvironment());
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(all.out).array().size(), 4);
}

void TestHostileCli::plainHttpIsRefused()
{
    // Credentials never go over plain HTTP to another host (TEST-NET-1: nothing answers there).
    const QStringList args{QStringLiteral("export"), QStringLiteral("--timeout"),
                           QStringLiteral("1"), QStringLiteral("--endpoint"),
                           QStringLiteral("http://192.0.2.1:9")};
    Run r = run(args, tokenEnvironment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("plain HTTP to 192.0.2.1")), qPrintable(r.err));

    // --allow-http sends, and says so on every run.
    r = run(args + QStringList{QStringLiteral("--allow-http")}, tokenEnvironment());
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.startsWith(QStringLiteral("sdrs-failures: warning: --allow-http")),
             qPrintable(r.err));

    // The same for the IAM sign-in (the password would go in clear text).
    QProcessEnvironment env = baseEnvironment(m_home.path());
    env.insert(QStringLiteral("OS_AUTH_URL"), QStringLiteral("http://192.0.2.1:9/v3"));
    env.insert(QStringLiteral("OS_USERNAME"), QStringLiteral("ops"));
    env.insert(QStringLiteral("OS_PASSWORD"), QStringLiteral("pw"));
    env.insert(QStringLiteral("OS_USER_DOMAIN_NAME"), QStringLiteral("acme"));
    env.insert(QStringLiteral("OS_PROJECT_ID"), HostileServer::projectId());
    r = run({QStringLiteral("export")}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("plain HTTP")), qPrintable(r.err));

    // Loopback is fine without it (the demo and the emulator).
    const HostileThread server(Mode::Escapes);
    r = run({QStringLiteral("export"), QStringLiteral("--endpoint"), server.url().toString()},
            tokenEnvironment());
    QCOMPARE(r.exitCode, 0);
}

void TestHostileCli::certificateMustNameTheHost()
{
    // CN=localhost, but the subject alternative names list other hosts only: refused, though Qt
    // 6.4 alone would accept it on its common name.
    const QString tls = QStringLiteral(SDRS_TEST_DATA "/tls/");
    EmulatorProcess wrong;
    QVERIFY(wrong.start({QStringLiteral("--tls-cert"), tls + QStringLiteral("wrong-san.pem"),
                         QStringLiteral("--tls-key"), tls + QStringLiteral("wrong-san.key"),
                         QStringLiteral("--token"), secretToken}));
    const QString port = QString::number(QUrl(wrong.url).port());
    QProcessEnvironment env = tokenEnvironment();
    env.insert(QStringLiteral("OS_CACERT"), tls + QStringLiteral("wrong-san.pem"));
    env.insert(QStringLiteral("OS_PROJECT_ID"), QString()); // the emulator's own default below
    Run r = run({QStringLiteral("groups"), QStringLiteral("--project-id"),
                 QStringLiteral("4d2a1c8e5b7f4e3a9c6d0b1a2f3e4d5c"), QStringLiteral("--endpoint"),
                 QStringLiteral("https://localhost:") + port},
                env);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("does not name localhost")), qPrintable(r.err));

    // The test CA's certificate names 127.0.0.1 and localhost: accepted.
    EmulatorProcess right;
    QVERIFY(right.start({QStringLiteral("--tls-cert"), tls + QStringLiteral("server.pem"),
                         QStringLiteral("--tls-key"), tls + QStringLiteral("server.key"),
                         QStringLiteral("--token"), secretToken}));
    env.insert(QStringLiteral("OS_CACERT"), tls + QStringLiteral("ca.pem"));
    r = run({QStringLiteral("groups"), QStringLiteral("--project-id"),
             QStringLiteral("4d2a1c8e5b7f4e3a9c6d0b1a2f3e4d5c"), QStringLiteral("--endpoint"),
             QStringLiteral("https://localhost:") + QString::number(QUrl(right.url).port())},
            env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestHostileCli::outputToADeviceIsNeverReplaced()
{
    const HostileThread server(Mode::Escapes);
    const QStringList args{QStringLiteral("export"), QStringLiteral("--endpoint"),
                           server.url().toString(), QStringLiteral("-o")};
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // A pipe: written as it is, and still a pipe. Its reader is open before the command starts
    // (so the command's open does not wait) and reads after it ended: the small output fits the
    // pipe's buffer, and a wrong build that replaced the pipe cannot hang the test.
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const int readEnd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(readEnd >= 0);
    const auto closeReadEnd = qScopeGuard([readEnd] { ::close(readEnd); });
    Run r = run(args + QStringList{fifo}, tokenEnvironment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    char buffer[4096];
    const ssize_t n = ::read(readEnd, buffer, sizeof buffer);
    QVERIFY(n > 0 && QByteArray(buffer, int(n)).startsWith("job_id,"));
    struct stat st = {};
    QVERIFY(::stat(QFile::encodeName(fifo).constData(), &st) == 0 && S_ISFIFO(st.st_mode));

    // Devices of the test's own (never the machine's: a wrong build replaced /dev/null once).
    const QString null = dir.filePath(QStringLiteral("null"));
    const QString full = dir.filePath(QStringLiteral("full"));
    if (!makeDeviceNode(null, "null") || !makeDeviceNode(full, "full"))
        QSKIP("cannot make device nodes here (not root, or nodev)");
    r = run(args + QStringList{null}, tokenEnvironment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(isCharacterDevice(null));
    r = run(args + QStringList{full}, tokenEnvironment());
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(full), qPrintable(r.err));
    QVERIFY(isCharacterDevice(full));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size(),
             3);
}

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostile_cli.moc"
