// The two executables as a user starts them: options, exit codes, first line of the emulator.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCli final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &args,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        QProcessEnvironment e = env;
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(e);
        p.start(program, args);
        Run r;
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("did not finish");
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void helpAndVersion_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("expected");
        const QString app = QStringLiteral(SDRS_FAILURES_BIN);
        const QString emu = QStringLiteral(SDRS_EMULATOR_BIN);
        QTest::newRow("app --help") << app << QStringLiteral("--help") << QStringLiteral("--demo");
        QTest::newRow("app --version")
            << app << QStringLiteral("--version") << QStringLiteral("sdrs-failures " SDRS_VERSION);
        QTest::newRow("emulator --help")
            << emu << QStringLiteral("--help") << QStringLiteral("--fault-rate");
        QTest::newRow("emulator --version")
            << emu << QStringLiteral("--version") << QStringLiteral(SDRS_VERSION);
    }

    void helpAndVersion()
    {
        QFETCH(QString, program);
        QFETCH(QString, option);
        QFETCH(QString, expected);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // no display needed
        const Run r = run(program, {option}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QString app = QStringLiteral(SDRS_FAILURES_BIN);
        const QString emu = QStringLiteral(SDRS_EMULATOR_BIN);
        QTest::newRow("unknown option")
            << app << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("endpoint without token")
            << app
            << QStringList{QStringLiteral("--endpoint"), QStringLiteral("https://sdrs.example.com"),
                           QStringLiteral("--project-id"), QStringLiteral("p")}
            << QStringLiteral("OS_AUTH_TOKEN");
        QTest::newRow("demo and endpoint")
            << app
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--endpoint"),
                           QStringLiteral("https://x")}
            << QStringLiteral("exclude");
        QTest::newRow("bad port") << emu
                                  << QStringList{QStringLiteral("--port"), QStringLiteral("http")}
                                  << QStringLiteral("--port");
        QTest::newRow("missing fixture")
            << emu << QStringList{QStringLiteral("--data"), QStringLiteral("/nonexistent.json")}
            << QStringLiteral("/nonexistent.json");
        QTest::newRow("bad fault")
            << emu << QStringList{QStringLiteral("--faults"), QStringLiteral("500,explode")}
            << QStringLiteral("explode");
        QTest::newRow("user without password")
            << emu << QStringList{QStringLiteral("--user"), QStringLiteral("u")}
            << QStringLiteral("--password");
    }

    void usageErrors()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("OS_AUTH_TOKEN"));
        const Run r = run(program, args, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1); // one clear line
    }

    void noDisplayIsSaidPlainly()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        QProcess p;
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SDRS_FAILURES_BIN), {QStringLiteral("--demo")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("no display")));
    }

    void demoShowsRows()
    {
        // The program as a user starts it: --demo, its own emulator, the real window (offscreen),
        // fresh settings; its debug log says when rows are on screen.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sdrs.app.debug=true"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SDRS_FAILURES_BIN), {QStringLiteral("--demo")});
        QVERIFY(p.waitForStarted());
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(p.readAllStandardError()),
                                  err.contains(QStringLiteral("rows shown: 100 of"))),
                                 30000);
        p.kill();
        p.waitForFinished(10000);
    }

    void emulatorPrintsItsUrlAndServes()
    {
        QProcess p;
        p.start(QStringLiteral(SDRS_EMULATOR_BIN),
                {QStringLiteral("--groups"), QStringLiteral("3"), QStringLiteral("--failures"),
                 QStringLiteral("50"), QStringLiteral("--token"), QStringLiteral("tok")});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 20000);
        const QString first = QString::fromUtf8(p.readLine()).trimmed();
        QVERIFY2(first.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(first));

        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(
            first + QStringLiteral(
                        "/v1/4d2a1c8e5b7f4e3a9c6d0b1a2f3e4d5c/task-center/failure-jobs?limit=2")));
        request.setRawHeader("X-Auth-Token", "tok");
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QVERIFY(body.value(QLatin1StringView("count")).toInt() > 0);
        reply->deleteLater();
        p.terminate(); // SIGTERM ends it cleanly
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
