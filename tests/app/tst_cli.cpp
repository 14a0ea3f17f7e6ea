// The two executables as a user starts them: options, exit codes, first line of the emulator,
// and the command line for scripts (export, groups, job, delete) against a real emulator process.
#include "tests/common/emulatorprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

using sdrs::testing::EmulatorProcess;

namespace {

const QString projectId = QStringLiteral("4d2a1c8e5b7f4e3a9c6d0b1a2f3e4d5c");

/// The export's default columns, in order.
const QStringList defaultColumns{
    QStringLiteral("job_id"),          QStringLiteral("job_type"),
    QStringLiteral("job_status"),      QStringLiteral("failure_status"),
    QStringLiteral("resource_type"),   QStringLiteral("resource_id"),
    QStringLiteral("resource_name"),   QStringLiteral("begin_time"),
    QStringLiteral("error_code"),      QStringLiteral("fail_reason"),
    QStringLiteral("server_group_id"), QStringLiteral("server_group_name"),
};

/// An RFC 4180 reader: CRLF between records, fields in double quotes may hold commas, CR, LF and
/// doubled quotes. nullopt for anything else (a bare LF, a quote inside an unquoted field, text
/// after a closing quote, an unclosed quote).
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool inQuotes = false;
    bool afterQuote = false; // a quoted field ended: only a separator or a line end may follow
    bool cellStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u',') {
            row.append(cell);
            cell.clear();
            afterQuote = cellStarted = false;
            continue;
        }
        if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return std::nullopt;
            ++i;
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            afterQuote = cellStarted = false;
            continue;
        }
        if (afterQuote || c == u'\n')
            return std::nullopt;
        if (c == u'"') {
            if (cellStarted)
                return std::nullopt;
            inQuotes = true;
            cellStarted = true;
            continue;
        }
        cell += c;
        cellStarted = true;
    }
    if (inQuotes)
        return std::nullopt;
    if (cellStarted || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

QString jsonText(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return {};
    return v.toVariant().toString();
}

/// A row as the export's default columns show it.
QStringList rowOf(const QJsonObject &o, const QString &groupId, const QString &groupName)
{
    return {jsonText(o, "job_id"),
            jsonText(o, "job_type"),
            jsonText(o, "job_status"),
            jsonText(o, "failure_status"),
            jsonText(o, "resource_type"),
            jsonText(o, "resource_id"),
            jsonText(o, "resource_name"),
            jsonText(o, "begin_time"),
            jsonText(o, "error_code"),
            jsonText(o, "fail_reason"),
            groupId,
            groupName};
}

struct Group
{
    QString id;
    QString name;
};

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QByteArray outBytes; ///< stdout as received (QString::fromUtf8 drops a byte order mark)
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
        r.outBytes = p.readAllStandardOutput();
        r.out = QString::fromUtf8(r.outBytes);
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// The environment without any OS_* or HUAWEICLOUD_* variable of the machine, settings in a
    /// folder of the test's own, plus `extra`.
    QProcessEnvironment cliEnvironment(const QList<std::pair<QString, QString>> &extra = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QStringList keys = env.keys();
        for (const QString &key : keys) {
            if (key.startsWith(QStringLiteral("OS_")) ||
                key.startsWith(QStringLiteral("HUAWEICLOUD_")))
                env.remove(key);
        }
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        // The history and anything else a command keeps: never the user's.
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + QStringLiteral("/cache"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        for (const auto &[key, value] : extra)
            env.insert(key, value);
        return env;
    }

    /// Token sign-in to `emulator` (token "tok").
    QProcessEnvironment tokenEnvironment(const QString &token = QStringLiteral("tok")) const
    {
        return cliEnvironment({{QStringLiteral("OS_AUTH_TOKEN"), token},
                               {QStringLiteral("OS_PROJECT_ID"), projectId}});
    }

    /// sdrs-failures with `args` against `emulator` (its URL as --endpoint).
    Run cli(const EmulatorProcess &emulator, QStringList args,
            const std::optional<QProcessEnvironment> &env = std::nullopt) const
    {
        args << QStringLiteral("--endpoint") << emulator.url;
        return run(QStringLiteral(SDRS_FAILURES_BIN), args, env.value_or(tokenEnvironment()));
    }

    /// The lines on stderr starting with "sdrs-failures:".
    static QStringList failureLines(const QString &err)
    {
        QStringList lines;
        const QStringList all = err.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : all) {
            if (line.startsWith(QStringLiteral("sdrs-failures:")))
                lines.append(line);
        }
        return lines;
    }

    /// GET with token "tok"; the body, or nullopt when the answer is not 200.
    std::optional<QByteArray> get(const EmulatorProcess &emulator, const QString &path)
    {
        QNetworkRequest request(QUrl(emulator.url + QStringLiteral("/v1/") + projectId + path));
        request.setRawHeader("X-Auth-Token", "tok");
        std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(20000))
            return std::nullopt;
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return std::nullopt;
        return reply->readAll();
    }

    /// Every protection group, as the server lists them (pages of 1000).
    QList<Group> serverGroups(const EmulatorProcess &emulator)
    {
        QList<Group> groups;
        for (qint64 offset = 0;; offset += 1000) {
            const std::optional<QByteArray> body =
                get(emulator, QStringLiteral("/server-groups?limit=1000&offset=%1").arg(offset));
            if (!body)
                return {};
            const QJsonObject page = QJsonDocument::fromJson(*body).object();
            const QJsonArray list = page.value(QLatin1StringView("server_groups")).toArray();
            for (const QJsonValue &v : list)
                groups.append({jsonText(v.toObject(), "id"), jsonText(v.toObject(), "name")});
            if (list.isEmpty() || groups.size() >= page.value(QLatin1StringView("count")).toInt())
                return groups;
        }
    }

    /// Every failed task of one scope (empty id: the group level), every page, in server order,
    /// as the export's default columns show them.
    QList<QStringList> serverRows(const EmulatorProcess &emulator, const Group &group)
    {
        QList<QStringList> rows;
        for (qint64 offset = 0;; offset += 1000) {
            QString path =
                QStringLiteral("/task-center/failure-jobs?limit=1000&offset=%1").arg(offset);
            if (!group.id.isEmpty())
                path += QStringLiteral("&server_group_id=") + group.id;
            const std::optional<QByteArray> body = get(emulator, path);
            if (!body)
                return {};
            const QJsonObject page = QJsonDocument::fromJson(*body).object();
            const QJsonArray list = page.value(QLatin1StringView("failure_jobs")).toArray();
            for (const QJsonValue &v : list)
                rows.append(rowOf(v.toObject(), group.id, group.name));
            if (list.isEmpty() || rows.size() >= page.value(QLatin1StringView("count")).toInt())
                return rows;
        }
    }

    /// Every failed task: the group level, then each group in list order.
    QList<QStringList> allServerRows(const EmulatorProcess &emulator)
    {
        QList<QStringList> rows = serverRows(emulator, {});
        const QList<Group> groups = serverGroups(emulator);
        for (const Group &g : groups)
            rows += serverRows(emulator, g);
        return rows;
    }

    /// Compares an exported CSV (header first) with the expected rows, saying where they differ.
    static bool sameRows(const QString &csv, const QStringList &header,
                         const QList<QStringList> &expected, QString *why)
    {
        const std::optional<QList<QStringList>> parsed = parseCsv(csv);
        if (!parsed) {
            *why = QStringLiteral("not RFC 4180");
            return false;
        }
        if (parsed->isEmpty() || parsed->constFirst() != header) {
            *why = QStringLiteral("header: ") +
                   (parsed->isEmpty() ? QString() : parsed->constFirst().join(u','));
            return false;
        }
        const QList<QStringList> rows = parsed->mid(1);
        if (rows.size() != expected.size()) {
            *why = QStringLiteral("%1 rows, expected %2").arg(rows.size()).arg(expected.size());
            return false;
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i) != expected.at(i)) {
                *why = QStringLiteral("row %1: %2\nexpected: %3")
                           .arg(i)
                           .arg(rows.at(i).join(u'|'), expected.at(i).join(u'|'));
                return false;
            }
        }
        return true;
    }

    static QString readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir m_home;
    QNetworkAccessManager m_nam;
    /// Read-only data for the export tests: 4 groups and 12,000 failed tasks, so that the group
    /// level and every group span several pages of 1000.
    EmulatorProcess m_shared;
    /// Accepts a token, a user and AK/SK: started by the first environmentCredentials row.
    EmulatorProcess m_credentials;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_shared.start({QStringLiteral("--groups"), QStringLiteral("4"),
                                QStringLiteral("--failures"), QStringLiteral("12000"),
                                QStringLiteral("--seed"), QStringLiteral("7"),
                                QStringLiteral("--token"), QStringLiteral("tok")}));
    }

    void helpAndVersion_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("expected");
        const QString app = QStringLiteral(SDRS_FAILURES_BIN);
        const QString emu = QStringLiteral(SDRS_EMULATOR_BIN);
        QTest::newRow("app --help") << app << QStringLiteral("--help") << QStringLiteral("--demo");
        QTest::newRow("app --help, --profile")
            << app << QStringLiteral("--help") << QStringLiteral("--profile <NAME>");
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

    void emulatorTakesSecretsFromFilesAndTheEnvironment()
    {
        // Scripts need not show the emulator's secrets in ps: a file, or the environment.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("token")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("from-a-file\n");
        file.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SDRS_EMULATOR_TOKEN"), QStringLiteral("from-the-environment"));
        for (const auto &[args, token] :
             {std::pair{QStringList{QStringLiteral("--token-file"), file.fileName()},
                        QStringLiteral("from-a-file")},
              std::pair{QStringList(), QStringLiteral("from-the-environment")}}) {
            EmulatorProcess emulator;
            QVERIFY(emulator.start(
                args + QStringList{QStringLiteral("--groups"), QStringLiteral("1"),
                                   QStringLiteral("--failures"), QStringLiteral("5")},
                env));
            const QStringList exportArgs{QStringLiteral("export"), QStringLiteral("--limit"),
                                         QStringLiteral("1")};
            Run r = cli(emulator, exportArgs, tokenEnvironment(token));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            r = cli(emulator, exportArgs, tokenEnvironment(QStringLiteral("wrong")));
            QCOMPARE(r.exitCode, 3);
        }
        const Run missing =
            run(QStringLiteral(SDRS_EMULATOR_BIN),
                {QStringLiteral("--sk-file"), dir.filePath(QStringLiteral("none"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("cannot read")), qPrintable(missing.err));
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

    // --- The command line for scripts ---------------------------------------------------------

    void commandHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"export", "summary", "check", "groups", "job", "delete"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void commandHelp()
    {
        QFETCH(QString, command);
        const Run r = run(QStringLiteral(SDRS_FAILURES_BIN), {command, QStringLiteral("--help")},
                          cliEnvironment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: sdrs-failures ") + command),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Exit codes")));
        QVERIFY(r.out.contains(QStringLiteral("OS_AUTH_TOKEN")));
        QVERIFY(r.err.isEmpty());
    }

    void exportAllGroupsEqualsServer()
    {
        const QList<QStringList> expected = allServerRows(m_shared);
        QVERIFY(expected.size() >= 12000); // the whole data set, read back page by page
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("all.csv"));
        const Run r =
            cli(m_shared, {QStringLiteral("export"), QStringLiteral("--all-groups"),
                           QStringLiteral("--no-neutralise"), QStringLiteral("-o"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QString why;
        QVERIFY2(sameRows(readFile(file), defaultColumns, expected, &why), qPrintable(why));
        QSet<QString> keys; // no row twice
        for (const QStringList &row : expected)
            keys.insert(row.at(0) + u'/' + row.at(5) + u'/' + row.at(10));
        QCOMPARE(keys.size(), expected.size());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("all.csv")});
    }

    void exportOneGroupAllPages()
    {
        const QList<Group> groups = serverGroups(m_shared);
        QCOMPARE(groups.size(), 4);
        // The group with the most rows (several pages), named in another letter case.
        Group biggest;
        QList<QStringList> expected;
        for (const Group &g : groups) {
            QList<QStringList> rows = serverRows(m_shared, g);
            if (rows.size() > expected.size()) {
                expected = std::move(rows);
                biggest = g;
            }
        }
        QVERIFY(expected.size() > 1000);
        const Run r = cli(m_shared, {QStringLiteral("export"), QStringLiteral("--group"),
                                     biggest.name.toUpper(), QStringLiteral("--all-pages"),
                                     QStringLiteral("--no-neutralise")});
        QCOMPARE(r.exitCode, 0);
        QString why;
        QVERIFY2(sameRows(r.out, defaultColumns, expected, &why), qPrintable(why));

        // By id, one page: the first 7 rows after 3.
        const Run page = cli(m_shared, {QStringLiteral("export"), QStringLiteral("--group"),
                                        biggest.id, QStringLiteral("--limit"), QStringLiteral("7"),
                                        QStringLiteral("--offset"), QStringLiteral("3"),
                                        QStringLiteral("--no-neutralise")});
        QCOMPARE(page.exitCode, 0);
        QVERIFY2(sameRows(page.out, defaultColumns, expected.mid(3, 7), &why), qPrintable(why));
    }

    void exportGroupLevelAllPages()
    {
        const QList<QStringList> expected = serverRows(m_shared, {});
        QVERIFY(expected.size() > 1000);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("level.csv"));
        const Run r =
            cli(m_shared, {QStringLiteral("export"), QStringLiteral("--all-pages"),
                           QStringLiteral("--no-neutralise"), QStringLiteral("-o"), file});
        QCOMPARE(r.exitCode, 0);
        QString why;
        QVERIFY2(sameRows(readFile(file), defaultColumns, expected, &why), qPrintable(why));

        // Without --all-pages: one request of 1000 (the API's maximum).
        const Run one =
            cli(m_shared, {QStringLiteral("export"), QStringLiteral("--no-neutralise")});
        QCOMPARE(one.exitCode, 0);
        QVERIFY2(sameRows(one.out, defaultColumns, expected.mid(0, 1000), &why), qPrintable(why));
    }

    void exportFormats()
    {
        const QStringList base{QStringLiteral("export"), QStringLiteral("--limit"),
                               QStringLiteral("5"), QStringLiteral("--no-neutralise")};
        const Run csv = cli(m_shared, base);
        QCOMPARE(csv.exitCode, 0);
        const std::optional<QList<QStringList>> rows = parseCsv(csv.out);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 6);
        QCOMPARE(rows->constFirst(), defaultColumns);

        const Run json = cli(m_shared, base.mid(0, 3) + QStringList{QStringLiteral("--format"),
                                                                    QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
        QVERIFY2(doc.isArray(), qPrintable(error.errorString()));
        QCOMPARE(doc.array().size(), 5);
        for (qsizetype i = 0; i < 5; ++i) {
            const QJsonObject o = doc.array().at(i).toObject();
            QStringList keys = o.keys();
            QStringList want = defaultColumns;
            keys.sort();
            want.sort();
            QCOMPARE(keys, want);
            for (qsizetype c = 0; c < defaultColumns.size(); ++c)
                QCOMPARE(o.value(defaultColumns.at(c)).toString(), rows->at(i + 1).at(c));
        }

        const Run table = cli(m_shared, base.mid(0, 3) + QStringList{QStringLiteral("--format"),
                                                                     QStringLiteral("table")});
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6); // header + 5, newlines in cells replaced
        QVERIFY(lines.at(0).startsWith(QStringLiteral("job_id")));
        QVERIFY(lines.at(0).contains(QStringLiteral("fail_reason")));
        const qsizetype typeColumn = lines.at(0).indexOf(QStringLiteral("job_type"));
        for (qsizetype i = 1; i < 6; ++i) {
            QVERIFY(lines.at(i).startsWith(rows->at(i).at(0)));
            QCOMPARE(lines.at(i).indexOf(rows->at(i).at(1)), typeColumn); // aligned
            QVERIFY(lines.at(i).size() < 400);
        }
    }

    void exportColumns()
    {
        const Run r = cli(m_shared, {QStringLiteral("export"), QStringLiteral("--limit"),
                                     QStringLiteral("3"), QStringLiteral("--columns"),
                                     QStringLiteral("resource_name, job_id,begin_time_local")});
        QCOMPARE(r.exitCode, 0);
        const std::optional<QList<QStringList>> rows = parseCsv(r.out);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 4);
        QCOMPARE(rows->constFirst(),
                 (QStringList{QStringLiteral("resource_name"), QStringLiteral("job_id"),
                              QStringLiteral("begin_time_local")}));
        const QList<QStringList> expected = serverRows(m_shared, {});
        for (qsizetype i = 1; i < 4; ++i) {
            QCOMPARE(rows->at(i).at(1), expected.at(i - 1).at(0));
            QVERIFY(!rows->at(i).at(2).isEmpty());
        }

        const Run json =
            cli(m_shared, {QStringLiteral("export"), QStringLiteral("--limit"), QStringLiteral("2"),
                           QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--columns"), QStringLiteral("job_id")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().keys(), QStringList{QStringLiteral("job_id")});
    }

    void exportJsonToFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("rows.json"));
        const Run r = cli(m_shared, {QStringLiteral("export"), QStringLiteral("--all-groups"),
                                     QStringLiteral("--format"), QStringLiteral("json"),
                                     QStringLiteral("-o"), file});
        QCOMPARE(r.exitCode, 0);
        const QList<QStringList> expected = allServerRows(m_shared);
        const QJsonArray array = QJsonDocument::fromJson(readFile(file).toUtf8()).array();
        QCOMPARE(array.size(), expected.size());
        for (qsizetype i = 0; i < array.size(); i += 997) {
            const QJsonObject o = array.at(i).toObject();
            for (qsizetype c = 0; c < defaultColumns.size(); ++c)
                QCOMPARE(o.value(defaultColumns.at(c)).toString(), expected.at(i).at(c));
        }
    }

    void exportNeutralisesFormulasByDefault()
    {
        QTemporaryDir dir;
        const QString fixture = dir.filePath(QStringLiteral("fixture.json"));
        {
            const QJsonObject row{
                {QStringLiteral("job_status"), QStringLiteral("FAIL")},
                {QStringLiteral("resource_id"), QStringLiteral("r1")},
                {QStringLiteral("resource_name"), QStringLiteral("=HYPERLINK(\"http://x\")")},
                {QStringLiteral("resource_type"), QStringLiteral("server_groups")},
                {QStringLiteral("failure_status"), QStringLiteral("createFail")},
                {QStringLiteral("job_id"), QStringLiteral("j1")},
                {QStringLiteral("job_type"), QStringLiteral("t")},
                {QStringLiteral("begin_time"), QStringLiteral("2019-01-21T12:56:35.754Z")},
                {QStringLiteral("error_code"), QStringLiteral("-1")},
                {QStringLiteral("fail_reason"), QStringLiteral("a,b\nc")},
            };
            const QJsonObject data{
                {QStringLiteral("project_id"), QStringLiteral("p1")},
                {QStringLiteral("server_groups"), QJsonArray{}},
                {QStringLiteral("jobs"), QJsonArray{}},
                {QStringLiteral("failure_jobs"), QJsonArray{row}},
            };
            QFile f(fixture);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(data).toJson());
        }
        EmulatorProcess emulator;
        QVERIFY(emulator.start(
            {QStringLiteral("--data"), fixture, QStringLiteral("--token"), QStringLiteral("tok")}));
        const QProcessEnvironment env =
            cliEnvironment({{QStringLiteral("OS_AUTH_TOKEN"), QStringLiteral("tok")},
                            {QStringLiteral("OS_PROJECT_ID"), QStringLiteral("p1")}});
        const QStringList args{QStringLiteral("export"), QStringLiteral("--columns"),
                               QStringLiteral("resource_name,error_code,fail_reason")};
        const Run safe = cli(emulator, args, env);
        QCOMPARE(safe.exitCode, 0);
        QCOMPARE(parseCsv(safe.out)->at(1),
                 (QStringList{QStringLiteral("'=HYPERLINK(\"http://x\")"), QStringLiteral("'-1"),
                              QStringLiteral("a,b\nc")}));
        const Run raw = cli(emulator, args + QStringList{QStringLiteral("--no-neutralise")}, env);
        QCOMPARE(raw.exitCode, 0);
        QCOMPARE(parseCsv(raw.out)->at(1),
                 (QStringList{QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("-1"),
                              QStringLiteral("a,b\nc")}));
        const Run bom = cli(emulator, args + QStringList{QStringLiteral("--bom")}, env);
        QCOMPARE(bom.exitCode, 0);
        QVERIFY(bom.outBytes.startsWith("\xef\xbb\xbfresource_name,"));
        QVERIFY(!safe.outBytes.startsWith("\xef"));
    }

    void usageErrorsOfCommands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const QString &args, const char *expected) {
            QTest::newRow(name) << args.split(u' ') << QString::fromUtf8(expected);
        };
        row("unknown option", QStringLiteral("export --frobnicate"), "frobnicate");
        row("bad status", QStringLiteral("export --status broken"), "createFail");
        row("bad column", QStringLiteral("export --columns job_id,nope"), "nope");
        row("bad limit", QStringLiteral("export --limit 1001"), "--limit");
        row("bad offset", QStringLiteral("export --offset -1"), "--offset");
        row("bad format", QStringLiteral("export --format xml"), "xml");
        row("all-groups and group", QStringLiteral("export --all-groups --group x"), "--group");
        row("all-pages and limit", QStringLiteral("export --all-pages --limit 5"), "--limit");
        row("unknown group", QStringLiteral("export --group no-such-group"), "no-such-group");
        row("extra argument", QStringLiteral("export now"), "now");
        row("delete without --yes", QStringLiteral("delete --resource-id abc"), "--yes");
        row("delete batch as an id", QStringLiteral("delete --yes --resource-id batch"),
            "\"batch\" addresses a batch delete");
        row("delete nothing", QStringLiteral("delete --yes"), "--resource-id");
        row("job without id", QStringLiteral("job"), "JOB_ID");
        row("groups bad format", QStringLiteral("groups --format xml"), "xml");
        row("bad signing", QStringLiteral("groups --signing c"), "--signing");
    }

    void usageErrorsOfCommands()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = cli(m_shared, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.startsWith(QStringLiteral("sdrs-failures: ")), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(r.out.isEmpty());
    }

    void connectionUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no credentials")
            << QStringList{QStringLiteral("groups")} << QStringLiteral("OS_AUTH_TOKEN");
        QTest::newRow("demo and endpoint")
            << QStringList{QStringLiteral("groups"), QStringLiteral("--demo"),
                           QStringLiteral("--endpoint"), QStringLiteral("http://x")}
            << QStringLiteral("--demo");
        QTest::newRow("no such profile")
            << QStringList{QStringLiteral("groups"), QStringLiteral("--profile"),
                           QStringLiteral("nobody")}
            << QStringLiteral("nobody");
    }

    void connectionUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = run(QStringLiteral(SDRS_FAILURES_BIN), args, cliEnvironment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }

    void windowRefusesUnknownProfile()
    {
        // Bug 13: the window refused --profile as an unknown option. An unknown name is a usage
        // error that lists the saved profiles.
        QTemporaryDir config;
        QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("sdrs-failures"))));
        {
            QFile f(config.filePath(QStringLiteral("sdrs-failures/sdrs-failures.conf")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[profiles]\nprod-eu-de\\auth=token\nstaging\\auth=token\n");
        }
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        const Run unknown = run(QStringLiteral(SDRS_FAILURES_BIN),
                                {QStringLiteral("--profile"), QStringLiteral("prod")}, env);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("\"prod\" (saved: prod-eu-de, staging)")),
                 qPrintable(unknown.err));
        QVERIFY2(!unknown.err.contains(QStringLiteral("Unknown option")), qPrintable(unknown.err));
        QCOMPARE(unknown.err.count(u'\n'), 1);

        const Run withDemo =
            run(QStringLiteral(SDRS_FAILURES_BIN),
                {QStringLiteral("--profile"), QStringLiteral("staging"), QStringLiteral("--demo")},
                env);
        QCOMPARE(withDemo.exitCode, 2);
        QVERIFY2(withDemo.err.contains(QStringLiteral("--profile")), qPrintable(withDemo.err));
    }

    void profileWithoutSecretIsAuthError()
    {
        // A saved profile whose secret no keychain holds (no D-Bus session here): exit 3.
        QTemporaryDir config;
        QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("sdrs-failures"))));
        {
            QFile f(config.filePath(QStringLiteral("sdrs-failures/sdrs-failures.conf")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[profiles]\nci\\auth=token\nci\\endpoint=" + m_shared.url.toUtf8() +
                    "\nci\\projectId=" + projectId.toUtf8() + '\n');
        }
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        const Run r =
            run(QStringLiteral(SDRS_FAILURES_BIN),
                {QStringLiteral("groups"), QStringLiteral("--profile"), QStringLiteral("ci")}, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("ci")), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }

    void exitCodeAuth()
    {
        const Run r =
            cli(m_shared, {QStringLiteral("export")}, tokenEnvironment(QStringLiteral("wrong")));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("HTTP 401")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("request id")), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }

    void exitCodeNetwork()
    {
        EmulatorProcess closed;
        {
            QTcpServer server; // a port that was free a moment ago and is closed now
            QVERIFY(server.listen(QHostAddress::LocalHost));
            closed.url = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        }
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("x.csv"));
        const Run r = cli(closed, {QStringLiteral("export"), QStringLiteral("-o"), file});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("network")), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void exitCodeService()
    {
        EmulatorProcess failing;
        QVERIFY(failing.start({QStringLiteral("--groups"), QStringLiteral("2"),
                               QStringLiteral("--failures"), QStringLiteral("50"),
                               QStringLiteral("--fault-rate"), QStringLiteral("1"),
                               QStringLiteral("--faults"), QStringLiteral("500")}));
        const Run r = cli(failing, {QStringLiteral("export")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QStringLiteral("HTTP 500")), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        const Run groups = cli(failing, {QStringLiteral("groups")});
        QCOMPARE(groups.exitCode, 5);
    }

    void exitCodeOutput_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("missing folder") << QStringLiteral("no/such/folder/x.csv");
        QTest::newRow("under a file") << QStringLiteral("file.txt/x.csv");
        QTest::newRow("a folder") << QStringLiteral("folder");
    }

    void exitCodeOutput()
    {
        QFETCH(QString, relative);
        QTemporaryDir dir;
        {
            QFile f(dir.filePath(QStringLiteral("file.txt")));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        const QStringList before =
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const Run r =
            cli(m_shared, {QStringLiteral("export"), QStringLiteral("-o"), dir.filePath(relative)});
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(relative.section(u'/', -1)), qPrintable(r.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
        QVERIFY(QDir(dir.filePath(QStringLiteral("folder"))).isEmpty());
    }

    void exitCodeStdoutNotWritable_data()
    {
        QTest::addColumn<bool>("closedPipe");
        QTest::newRow("reader gone (EPIPE)") << true;
        QTest::newRow("disk full (/dev/full)") << false;
    }

    void exitCodeStdoutNotWritable()
    {
        QFETCH(bool, closedPipe);
        QProcess p;
        QProcess reader; // reads one byte and goes: the next writes fail with EPIPE
        p.setProcessEnvironment(tokenEnvironment());
        if (closedPipe) {
            p.setStandardOutputProcess(&reader);
            reader.setStandardOutputFile(QProcess::nullDevice());
            reader.start(QStringLiteral("head"), {QStringLiteral("-c"), QStringLiteral("1")});
            QVERIFY(reader.waitForStarted());
        } else {
            p.setStandardOutputFile(QStringLiteral("/dev/full"));
        }
        p.start(QStringLiteral(SDRS_FAILURES_BIN),
                {QStringLiteral("export"), QStringLiteral("--all-groups"),
                 QStringLiteral("--endpoint"), m_shared.url});
        QVERIFY(p.waitForStarted());
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit); // not killed by SIGPIPE
        QCOMPARE(p.exitCode(), 6);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.startsWith(QStringLiteral("sdrs-failures: cannot write to standard output")),
                 qPrintable(err));
        QCOMPARE(err.count(u'\n'), 1);
        if (closedPipe)
            QVERIFY(reader.waitForFinished(10000));
    }

    void noFileAfterServiceErrorMidExport()
    {
        // A quarter of the answers are 500: with this seed the listing and several pages come
        // through before one fails (the log below shows it), and the load stops there.
        EmulatorProcess flaky;
        QVERIFY(flaky.start(
            {QStringLiteral("--groups"), QStringLiteral("4"), QStringLiteral("--failures"),
             QStringLiteral("12000"), QStringLiteral("--seed"), QStringLiteral("1"),
             QStringLiteral("--token"), QStringLiteral("tok"), QStringLiteral("--fault-rate"),
             QStringLiteral("0.25"), QStringLiteral("--faults"), QStringLiteral("500")}));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("all.csv"));
        QProcessEnvironment env = tokenEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sdrs.api.debug=true"));
        const Run r = cli(
            flaky,
            {QStringLiteral("export"), QStringLiteral("--all-groups"), QStringLiteral("-o"), file},
            env);
        QCOMPARE(r.exitCode, 5);
        const QStringList failures = failureLines(r.err);
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.constFirst().contains(QStringLiteral("HTTP 500")), qPrintable(r.err));
        bool pageArrived = false;
        for (const QString &line : r.err.split(u'\n')) {
            if (line.contains(QStringLiteral("failure-jobs")) &&
                line.contains(QStringLiteral("-> 200")))
                pageArrived = true;
        }
        QVERIFY2(pageArrived, qPrintable(r.err));
        QVERIFY(QDir(dir.path()).isEmpty()); // neither the file nor a temporary one
    }

    void noFileAfterSigterm()
    {
        EmulatorProcess slow;
        QVERIFY(slow.start({QStringLiteral("--groups"), QStringLiteral("4"),
                            QStringLiteral("--failures"), QStringLiteral("2000"),
                            QStringLiteral("--token"), QStringLiteral("tok"),
                            QStringLiteral("--latency-ms"), QStringLiteral("3000")}));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("all.csv"));
        QProcessEnvironment env = tokenEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sdrs.api.debug=true"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SDRS_FAILURES_BIN),
                {QStringLiteral("export"), QStringLiteral("--all-groups"), QStringLiteral("-o"),
                 file, QStringLiteral("--endpoint"), slow.url});
        QVERIFY(p.waitForStarted());
        // Once the group listing has answered, the pages are in flight (3 s each).
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(p.readAllStandardError()),
                                  err.contains(QStringLiteral("server-groups"))),
                                 20000);
        p.terminate();
        QVERIFY(p.waitForFinished(20000));
        err += QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 143);
        const QStringList failures = failureLines(err);
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.constFirst().contains(QStringLiteral("SIGTERM")), qPrintable(err));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void deleteNeedsYesThenDeletesExactlyTheNamedRows()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({QStringLiteral("--groups"), QStringLiteral("3"),
                                QStringLiteral("--failures"), QStringLiteral("120"),
                                QStringLiteral("--token"), QStringLiteral("tok")}));
        const QStringList exportArgs{QStringLiteral("export"), QStringLiteral("--all-groups"),
                                     QStringLiteral("--no-neutralise")};
        const auto exported = [&]() -> QList<QStringList> {
            const Run r = cli(emulator, exportArgs);
            if (r.exitCode != 0)
                return {};
            const std::optional<QList<QStringList>> rows = parseCsv(r.out);
            return rows ? rows->mid(1) : QList<QStringList>{};
        };
        const QList<QStringList> before = exported();
        QVERIFY(before.size() > 100);

        // Two rows whose resource_id no other row shares.
        QHash<QString, int> uses;
        for (const QStringList &row : before)
            ++uses[row.at(5)];
        QStringList victims; // one of the group level, one of a group
        for (const bool groupLevel : {true, false}) {
            for (const QStringList &row : before) {
                if (uses.value(row.at(5)) == 1 && row.at(10).isEmpty() == groupLevel) {
                    victims.append(row.at(5));
                    break;
                }
            }
        }
        QCOMPARE(victims.size(), 2);

        // Without --yes: exit 2, nothing deleted.
        const Run refused =
            cli(emulator, {QStringLiteral("delete"), QStringLiteral("--resource-id"), victims.at(0),
                           victims.at(1)});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err.count(u'\n'), 1);
        QCOMPARE(exported(), before);

        const Run deleted =
            cli(emulator, {QStringLiteral("delete"), QStringLiteral("--yes"),
                           QStringLiteral("--resource-id"), victims.at(0), victims.at(1)});
        QCOMPARE(deleted.exitCode, 0);
        QVERIFY2(deleted.err.isEmpty(), qPrintable(deleted.err));
        QCOMPARE(deleted.out.count(QStringLiteral(": Deleted")), 2);
        QList<QStringList> expected;
        for (const QStringList &row : before) {
            if (!victims.contains(row.at(5)))
                expected.append(row);
        }
        QCOMPARE(expected.size(), before.size() - 2);
        QCOMPARE(exported(), expected);

        // Again: already gone counts as done.
        const Run again =
            cli(emulator, {QStringLiteral("delete"), QStringLiteral("--yes"), victims.at(0)});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("already gone")), qPrintable(again.out));

        // A whole group by name, then the group level.
        const QList<Group> groups = serverGroups(emulator);
        QVERIFY(!groups.isEmpty());
        const Run group = cli(emulator, {QStringLiteral("delete"), QStringLiteral("--yes"),
                                         QStringLiteral("--group"), groups.at(0).name});
        QCOMPARE(group.exitCode, 0);
        QVERIFY2(group.out.contains(groups.at(0).id), qPrintable(group.out));
        expected.removeIf([&](const QStringList &row) { return row.at(10) == groups.at(0).id; });
        QCOMPARE(exported(), expected);

        const Run level = cli(emulator, {QStringLiteral("delete"), QStringLiteral("--yes"),
                                         QStringLiteral("--group-level")});
        QCOMPARE(level.exitCode, 0);
        expected.removeIf([](const QStringList &row) { return row.at(10).isEmpty(); });
        QCOMPARE(exported(), expected);
    }

    void groupsCommand()
    {
        const QList<Group> groups = serverGroups(m_shared);
        QCOMPARE(groups.size(), 4);

        const Run table = cli(m_shared, {QStringLiteral("groups")});
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("id")));
        for (qsizetype i = 0; i < groups.size(); ++i) {
            QVERIFY(lines.at(i + 1).startsWith(groups.at(i).id));
            QVERIFY(lines.at(i + 1).contains(groups.at(i).name));
        }

        const Run csv = cli(m_shared, {QStringLiteral("groups"), QStringLiteral("--format"),
                                       QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const std::optional<QList<QStringList>> rows = parseCsv(csv.out);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 5);
        QCOMPARE(rows->at(0).mid(0, 3), (QStringList{QStringLiteral("id"), QStringLiteral("name"),
                                                     QStringLiteral("description")}));
        for (qsizetype i = 0; i < groups.size(); ++i)
            QCOMPARE(rows->at(i + 1).mid(0, 2), (QStringList{groups.at(i).id, groups.at(i).name}));

        const Run json = cli(m_shared, {QStringLiteral("groups"), QStringLiteral("--format"),
                                        QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const std::optional<QByteArray> body =
            get(m_shared, QStringLiteral("/server-groups?limit=1000"));
        QVERIFY(body);
        const QJsonArray server = QJsonDocument::fromJson(*body)
                                      .object()
                                      .value(QLatin1StringView("server_groups"))
                                      .toArray();
        const QJsonArray mine = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(mine.size(), server.size());
        for (qsizetype i = 0; i < mine.size(); ++i) {
            const QJsonObject a = mine.at(i).toObject();
            const QJsonObject b = server.at(i).toObject();
            for (const char *key : {"id", "name", "status", "protected_instance_num",
                                    "replication_num", "created_at", "updated_at"})
                QCOMPARE(a.value(QLatin1StringView(key)), b.value(QLatin1StringView(key)));
        }
    }

    void groupsFilters()
    {
        // status, query_type and availability_zone reach the service; the rows are its answer.
        EmulatorProcess e;
        QVERIFY(
            e.start({QStringLiteral("--groups"), QStringLiteral("60"), QStringLiteral("--failures"),
                     QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("5"),
                     QStringLiteral("--token"), QStringLiteral("tok")}));
        const auto idsOf = [](const QByteArray &json, QLatin1StringView key) {
            QJsonArray list = QJsonDocument::fromJson(json).array();
            if (!key.isEmpty())
                list = QJsonDocument::fromJson(json).object().value(key).toArray();
            QStringList ids;
            for (const QJsonValue &v : list)
                ids.append(jsonText(v.toObject(), "id"));
            return ids;
        };
        const auto served = [&](const QString &query) {
            const std::optional<QByteArray> body =
                get(e, QStringLiteral("/server-groups?limit=1000&") + query);
            return body ? idsOf(*body, QLatin1StringView("server_groups")) : QStringList();
        };
        const auto listed = [&](const QStringList &options) {
            const Run r = cli(e, QStringList{QStringLiteral("groups"), QStringLiteral("--format"),
                                             QStringLiteral("json")} +
                                     options);
            return r.exitCode == 0 ? idsOf(r.out.toUtf8(), {}) : QStringList{r.err};
        };
        const QStringList all = served(QString());
        QCOMPARE(all.size(), 60);
        const QStringList abnormal = served(QStringLiteral("query_type=status_abnormal"));
        QVERIFY(!abnormal.isEmpty() && abnormal.size() < all.size());
        QCOMPARE(listed({QStringLiteral("--abnormal")}), abnormal);
        QCOMPARE(listed({QStringLiteral("--query-type"), QStringLiteral("status_abnormal")}),
                 abnormal);
        const QStringList stopped = served(QStringLiteral("query_type=stop_protected"));
        QVERIFY(stopped.size() < all.size());
        QCOMPARE(listed({QStringLiteral("--query-type"), QStringLiteral("stop_protected")}),
                 stopped);
        const QStringList available = served(QStringLiteral("status=available"));
        QVERIFY(!available.isEmpty() && available.size() < all.size());
        QCOMPARE(listed({QStringLiteral("--status"), QStringLiteral("available")}), available);
        const std::optional<QByteArray> first = get(e, QStringLiteral("/server-groups?limit=1"));
        QVERIFY(first);
        const QJsonObject g = QJsonDocument::fromJson(*first)
                                  .object()
                                  .value(QLatin1StringView("server_groups"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
        const QString zone =
            jsonText(g, jsonText(g, "priority_station") == u"target" ? "target_availability_zone"
                                                                     : "source_availability_zone");
        const QStringList inZone = served(QStringLiteral("availability_zone=") + zone);
        QVERIFY(inZone.contains(jsonText(g, "id")));
        QCOMPARE(listed({QStringLiteral("--availability-zone"), zone}), inZone);

        // Refused before anything is sent.
        const Run both = cli(e, {QStringLiteral("groups"), QStringLiteral("--abnormal"),
                                 QStringLiteral("--query-type"), QStringLiteral("general")});
        QCOMPARE(both.exitCode, 2);
        const Run unknown =
            cli(e, {QStringLiteral("groups"), QStringLiteral("--query-type"), QStringLiteral("x")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("status_abnormal")), qPrintable(unknown.err));
    }

    void exportWhenCountIsThePageLength()
    {
        // Every row is exported although `count` says only how many rows each page holds.
        EmulatorProcess e;
        QVERIFY(
            e.start({QStringLiteral("--groups"), QStringLiteral("3"), QStringLiteral("--failures"),
                     QStringLiteral("5000"), QStringLiteral("--seed"), QStringLiteral("7"),
                     QStringLiteral("--count-is-page-length"), QStringLiteral("--token"),
                     QStringLiteral("tok")}));
        const Run r = cli(e, {QStringLiteral("export"), QStringLiteral("--all-groups")});
        QCOMPARE(r.exitCode, 0);
        const std::optional<QList<QStringList>> rows = parseCsv(r.out);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 5000 + 1);
    }

    void jobCommand()
    {
        // A failed task whose job has sub-jobs.
        const QList<QStringList> rows = serverRows(m_shared, {});
        QByteArray serverBody;
        QString jobId;
        for (const QStringList &row : rows) {
            const std::optional<QByteArray> body =
                get(m_shared, QStringLiteral("/jobs/") + row.at(0));
            QVERIFY(body);
            const QJsonObject job = QJsonDocument::fromJson(*body).object();
            if (!job.value(QLatin1StringView("entities"))
                     .toObject()
                     .value(QLatin1StringView("sub_jobs"))
                     .toArray()
                     .isEmpty()) {
                serverBody = *body;
                jobId = row.at(0);
                break;
            }
        }
        QVERIFY(!jobId.isEmpty());

        // Every sub-job, at any depth, with its depth.
        QList<std::pair<QString, int>> subJobs;
        std::function<void(const QJsonObject &, int)> collect = [&](const QJsonObject &job,
                                                                    int depth) {
            const QJsonArray subs = job.value(QLatin1StringView("entities"))
                                        .toObject()
                                        .value(QLatin1StringView("sub_jobs"))
                                        .toArray();
            for (const QJsonValue &v : subs) {
                subJobs.append({jsonText(v.toObject(), "job_id"), depth + 1});
                collect(v.toObject(), depth + 1);
            }
        };
        collect(QJsonDocument::fromJson(serverBody).object(), 0);
        QVERIFY(!subJobs.isEmpty());

        const Run text = cli(m_shared, {QStringLiteral("job"), jobId});
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.split(u'\n');
        QVERIFY2(lines.at(0).contains(jobId), qPrintable(text.out));
        for (const auto &[id, depth] : subJobs) {
            const auto it = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &line) {
                return line.trimmed().contains(id) && !line.contains(QStringLiteral("="));
            });
            QVERIFY2(it != lines.cend(), qPrintable(id + QStringLiteral(" in\n") + text.out));
            const QString indent(depth * 4, u' ');
            QVERIFY2(it->startsWith(indent) && !it->at(indent.size()).isSpace(), qPrintable(*it));
        }

        const Run json = cli(m_shared, {QStringLiteral("job"), jobId, QStringLiteral("--format"),
                                        QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument mine = QJsonDocument::fromJson(json.out.toUtf8(), &error);
        QVERIFY2(!mine.isNull(), qPrintable(error.errorString()));
        QCOMPARE(mine, QJsonDocument::fromJson(serverBody));

        const Run missing = cli(m_shared, {QStringLiteral("job"), QStringLiteral("0123")});
        QCOMPARE(missing.exitCode, 5);
        QVERIFY2(missing.err.contains(QStringLiteral("HTTP 404: ")), qPrintable(missing.err));
        // The status is said once, also where the body's code is the status itself.
        QVERIFY2(!missing.err.contains(QStringLiteral("404 404")), qPrintable(missing.err));
    }

    void environmentCredentials_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<bool>("withEndpoint");
        QTest::addColumn<QStringList>("extraArgs");
        QTest::addColumn<int>("exitCode");
        // URL stands for the emulator's URL, P for its project id.
        QTest::newRow("OS_AUTH_TOKEN")
            << QStringList{QStringLiteral("OS_AUTH_TOKEN=tok"), QStringLiteral("OS_PROJECT_ID=P")}
            << true << QStringList{} << 0;
        QTest::newRow("password, project by name, endpoint from the catalog")
            << QStringList{QStringLiteral("OS_AUTH_URL=URL/v3"), QStringLiteral("OS_USERNAME=u"),
                           QStringLiteral("OS_PASSWORD=pw"),
                           QStringLiteral("OS_USER_DOMAIN_NAME=d"),
                           QStringLiteral("OS_PROJECT_NAME=eu-de")}
            << false << QStringList{} << 0;
        QTest::newRow("password, project by id, OS_DOMAIN_NAME")
            << QStringList{QStringLiteral("OS_AUTH_URL=URL"), QStringLiteral("OS_USERNAME=u"),
                           QStringLiteral("OS_PASSWORD=pw"), QStringLiteral("OS_DOMAIN_NAME=d"),
                           QStringLiteral("OS_PROJECT_ID=P")}
            << true << QStringList{} << 0;
        QTest::newRow("wrong password")
            << QStringList{QStringLiteral("OS_AUTH_URL=URL"), QStringLiteral("OS_USERNAME=u"),
                           QStringLiteral("OS_PASSWORD=nope"),
                           QStringLiteral("OS_USER_DOMAIN_NAME=d"),
                           QStringLiteral("OS_PROJECT_ID=P")}
            << false << QStringList{} << 3;
        QTest::newRow("HUAWEICLOUD_SDK_AK/SK, variant A")
            << QStringList{QStringLiteral("HUAWEICLOUD_SDK_AK=AK1"),
                           QStringLiteral("HUAWEICLOUD_SDK_SK=SK1"),
                           QStringLiteral("OS_PROJECT_ID=P")}
            << true << QStringList{} << 0;
        QTest::newRow("OS_ACCESS_KEY/OS_SECRET_KEY, variant B")
            << QStringList{QStringLiteral("OS_ACCESS_KEY=AK1"), QStringLiteral("OS_SECRET_KEY=SK1"),
                           QStringLiteral("OS_PROJECT_ID=P")}
            << true << QStringList{QStringLiteral("--signing"), QStringLiteral("b")} << 0;
        QTest::newRow("wrong secret key") << QStringList{QStringLiteral("HUAWEICLOUD_SDK_AK=AK1"),
                                                         QStringLiteral("HUAWEICLOUD_SDK_SK=SK2"),
                                                         QStringLiteral("OS_PROJECT_ID=P")}
                                          << true << QStringList{} << 3;
        QTest::newRow("token before AK/SK")
            << QStringList{QStringLiteral("OS_AUTH_TOKEN=wrong"),
                           QStringLiteral("OS_ACCESS_KEY=AK1"), QStringLiteral("OS_SECRET_KEY=SK1"),
                           QStringLiteral("OS_PROJECT_ID=P")}
            << true << QStringList{} << 3;
        QTest::newRow("AK/SK before password")
            << QStringList{QStringLiteral("OS_ACCESS_KEY=AK1"),
                           QStringLiteral("OS_SECRET_KEY=SK1"),
                           QStringLiteral("OS_AUTH_URL=URL"),
                           QStringLiteral("OS_USERNAME=u"),
                           QStringLiteral("OS_PASSWORD=nope"),
                           QStringLiteral("OS_USER_DOMAIN_NAME=d"),
                           QStringLiteral("OS_PROJECT_ID=P")}
            << true << QStringList{} << 0;
        QTest::newRow("token without endpoint")
            << QStringList{QStringLiteral("OS_AUTH_TOKEN=tok"), QStringLiteral("OS_PROJECT_ID=P")}
            << false << QStringList{} << 2;
    }

    void environmentCredentials()
    {
        QFETCH(QStringList, environment);
        QFETCH(bool, withEndpoint);
        QFETCH(QStringList, extraArgs);
        QFETCH(int, exitCode);
        if (!m_credentials.process) {
            QVERIFY(m_credentials.start(
                {QStringLiteral("--groups"), QStringLiteral("3"), QStringLiteral("--failures"),
                 QStringLiteral("40"), QStringLiteral("--token"), QStringLiteral("tok"),
                 QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password"),
                 QStringLiteral("pw"), QStringLiteral("--domain"), QStringLiteral("d"),
                 QStringLiteral("--ak"), QStringLiteral("AK1"), QStringLiteral("--sk"),
                 QStringLiteral("SK1")}));
        }
        QList<std::pair<QString, QString>> vars;
        for (const QString &assignment : std::as_const(environment)) {
            const QString key = assignment.section(u'=', 0, 0);
            QString value = assignment.section(u'=', 1);
            value.replace(QStringLiteral("URL"), m_credentials.url);
            if (key == QStringLiteral("OS_PROJECT_ID") && value == QStringLiteral("P"))
                value = projectId;
            vars.append({key, value});
        }
        QStringList args{QStringLiteral("export"), QStringLiteral("--group"),
                         serverGroups(m_credentials).value(0).name, QStringLiteral("--limit"),
                         QStringLiteral("3")};
        args += extraArgs;
        if (withEndpoint)
            args << QStringLiteral("--endpoint") << m_credentials.url;
        const Run r = run(QStringLiteral(SDRS_FAILURES_BIN), args, cliEnvironment(vars));
        QVERIFY2(r.exitCode == exitCode, qPrintable(QString::number(r.exitCode) + u' ' + r.err));
        if (exitCode == 0) {
            const std::optional<QList<QStringList>> rows = parseCsv(r.out);
            QVERIFY(rows);
            QCOMPARE(rows->size(), 4);
            QVERIFY(r.err.isEmpty());
        } else {
            QCOMPARE(r.err.count(u'\n'), 1);
        }
    }

    void demoExport()
    {
        const Run r =
            run(QStringLiteral(SDRS_FAILURES_BIN),
                {QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("--all-groups"),
                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--columns"),
                 QStringLiteral("job_id,server_group_name")},
                cliEnvironment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 5000); // the demo's data set
        const Run one = run(QStringLiteral(SDRS_FAILURES_BIN),
                            {QStringLiteral("export"), QStringLiteral("--demo"),
                             QStringLiteral("--limit"), QStringLiteral("10")},
                            cliEnvironment());
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(parseCsv(one.out)->size(), 11);
    }

    // --- summary, check and --since ------------------------------------------------------------

    /// The rows of `emulator` an export with `scope` writes, as JSON objects.
    QJsonArray exportedRows(const EmulatorProcess &emulator, const QStringList &scope)
    {
        const Run r =
            cli(emulator, QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                      QStringLiteral("json")} +
                              scope);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    /// The column of summary --by `by`: the export's column of the same values, or "day".
    static QString keyColumn(const QString &by)
    {
        const QHash<QString, QString> columns{
            {QStringLiteral("status"), QStringLiteral("failure_status")},
            {QStringLiteral("group"), QStringLiteral("server_group_id")},
            {QStringLiteral("type"), QStringLiteral("job_type")},
            {QStringLiteral("resource"), QStringLiteral("resource_id")}};
        return columns.value(by, by);
    }

    /// A summary counted here from exported rows: key -> {count, first, last begin_time}.
    static QHash<QString, QStringList> countRows(const QJsonArray &rows, const QString &by)
    {
        QHash<QString, QStringList> counts;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            const QString begin = jsonText(o, "begin_time");
            const QDateTime time = QDateTime::fromString(begin, Qt::ISODateWithMs);
            const QString key = by == QStringLiteral("day")
                                    ? time.toLocalTime().date().toString(Qt::ISODate)
                                    : o.value(keyColumn(by)).toString();
            QStringList &c = counts[key];
            if (c.isEmpty())
                c = {QStringLiteral("0"), begin, begin};
            c[0] = QString::number(c[0].toInt() + 1);
            if (begin < c[1]) // ISO 8601 UTC with milliseconds: text order is time order
                c[1] = begin;
            if (begin > c[2])
                c[2] = begin;
        }
        return counts;
    }

    /// A small data set of its own for summary and check: 3 groups, 2,500 failed tasks.
    bool startSmall(EmulatorProcess &emulator, const QStringList &more = {})
    {
        return emulator.start(QStringList{QStringLiteral("--groups"), QStringLiteral("3"),
                                          QStringLiteral("--failures"), QStringLiteral("2500"),
                                          QStringLiteral("--seed"), QStringLiteral("11"),
                                          QStringLiteral("--token"), QStringLiteral("tok")} +
                              more);
    }

    void summaryCountsEqualExport_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QStringList>("scope");
        const QStringList all{QStringLiteral("--all-groups")};
        const QStringList since{QStringLiteral("--all-groups"), QStringLiteral("--since"),
                                QStringLiteral("2026-11-01T00:00:00Z")};
        for (const char *by : {"error_code", "status", "group", "type", "resource", "day"})
            QTest::newRow(by) << QString::fromLatin1(by) << all;
        QTest::newRow("error_code since") << QStringLiteral("error_code") << since;
        QTest::newRow("status since, +01:00")
            << QStringLiteral("status")
            << QStringList{QStringLiteral("--all-groups"), QStringLiteral("--since"),
                           QStringLiteral("2026-11-10T13:30:00+01:00")};
        QTest::newRow("group level, one page")
            << QStringLiteral("error_code") << QStringList{QStringLiteral("--limit=700")};
        QTest::newRow("status filter by service")
            << QStringLiteral("type")
            << QStringList{QStringLiteral("--all-groups"), QStringLiteral("--status"),
                           QStringLiteral("createFail")};
    }

    void summaryCountsEqualExport()
    {
        QFETCH(QString, by);
        QFETCH(QStringList, scope);
        EmulatorProcess emulator;
        QVERIFY(startSmall(emulator));
        const QJsonArray rows = exportedRows(emulator, scope);
        QVERIFY(!rows.isEmpty());
        const QHash<QString, QStringList> expected = countRows(rows, by);

        const Run r =
            cli(emulator, QStringList{QStringLiteral("summary"), QStringLiteral("--by"), by,
                                      QStringLiteral("--format"), QStringLiteral("json")} +
                              scope);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonArray lines = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(lines.size(), expected.size());
        qint64 total = 0;
        qint64 previousCount = std::numeric_limits<qint64>::max();
        QString previousKey;
        for (const QJsonValue &v : lines) {
            const QJsonObject o = v.toObject();
            const QString key = o.value(keyColumn(by)).toString();
            QVERIFY2(expected.contains(key), qPrintable(key));
            const qint64 count = o.value(QStringLiteral("count")).toInteger();
            QCOMPARE(QString::number(count), expected.value(key).at(0));
            QCOMPARE(o.value(QStringLiteral("first_begin_time")).toString(),
                     expected.value(key).at(1));
            QCOMPARE(o.value(QStringLiteral("last_begin_time")).toString(),
                     expected.value(key).at(2));
            // Most first, then by key.
            QVERIFY(count < previousCount || (count == previousCount && key > previousKey));
            previousCount = count;
            previousKey = key;
            total += count;
        }
        QCOMPARE(total, rows.size());
    }

    void summaryNamesAndFormats()
    {
        EmulatorProcess emulator;
        QVERIFY(startSmall(emulator));
        const QList<Group> groups = serverGroups(emulator);
        QCOMPARE(groups.size(), 3);
        const Run json = cli(emulator, {QStringLiteral("summary"), QStringLiteral("--all-groups"),
                                        QStringLiteral("--by"), QStringLiteral("group"),
                                        QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QHash<QString, QString> names;
        const QJsonArray lines = QJsonDocument::fromJson(json.out.toUtf8()).array();
        for (const QJsonValue &v : lines)
            names.insert(jsonText(v.toObject(), "server_group_id"),
                         jsonText(v.toObject(), "server_group_name"));
        for (const Group &g : groups)
            QCOMPARE(names.value(g.id), g.name);
        QCOMPARE(names.value(QString()), QStringLiteral("(protection-group level)"));

        // Error codes come with their meaning from the error table.
        const Run codes = cli(emulator, {QStringLiteral("summary"), QStringLiteral("--all-groups"),
                                         QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(codes.exitCode, 0);
        const std::optional<QList<QStringList>> csv = parseCsv(codes.out);
        QVERIFY(csv && csv->size() > 2);
        QCOMPARE(csv->constFirst(),
                 (QStringList{QStringLiteral("error_code"), QStringLiteral("meaning"),
                              QStringLiteral("count"), QStringLiteral("first_begin_time"),
                              QStringLiteral("last_begin_time")}));
        bool named = false;
        for (const QStringList &row : csv->mid(1))
            named =
                named || (row.at(0).startsWith(QStringLiteral("SDRS.")) && !row.at(1).isEmpty());
        QVERIFY(named);

        // The table: aligned columns, one line per key; -o writes the same into a file.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("summary.txt"));
        const Run table = cli(emulator, {QStringLiteral("summary"), QStringLiteral("--all-groups"),
                                         QStringLiteral("--by"), QStringLiteral("status"),
                                         QStringLiteral("-o"), file});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.isEmpty());
        const QStringList tableLines = readFile(file).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(tableLines.size() > 2);
        QVERIFY2(tableLines.at(0).startsWith(QStringLiteral("failure_status  status_name")),
                 qPrintable(tableLines.at(0)));
        const qsizetype countColumn = tableLines.at(0).indexOf(QStringLiteral("count"));
        for (const QString &line : tableLines.mid(1))
            QVERIFY2(line.at(countColumn).isDigit() && line.at(countColumn - 1) == u' ',
                     qPrintable(line));
    }

    void exportSince()
    {
        EmulatorProcess emulator;
        QVERIFY(startSmall(emulator));
        const QJsonArray all = exportedRows(emulator, {QStringLiteral("--all-groups")});
        const QString since = QStringLiteral("2026-11-10T12:00:00.000Z");
        QStringList expected;
        for (const QJsonValue &v : all) {
            if (jsonText(v.toObject(), "begin_time") >= since)
                expected.append(jsonText(v.toObject(), "job_id"));
        }
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < all.size());
        QStringList got;
        const QJsonArray rows = exportedRows(
            emulator, {QStringLiteral("--all-groups"), QStringLiteral("--since"), since});
        for (const QJsonValue &v : rows)
            got.append(jsonText(v.toObject(), "job_id"));
        QCOMPARE(got, expected); // the same rows, in the same order

        // A duration counts back from now: the data set's times lie in the past.
        QCOMPARE(exportedRows(emulator, {QStringLiteral("--all-groups"), QStringLiteral("--since"),
                                         QStringLiteral("1m")})
                     .size(),
                 0);
        const Run bad = cli(emulator, {QStringLiteral("export"), QStringLiteral("--since"),
                                       QStringLiteral("last week")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--since: \"last week\" is neither a duration")),
                 qPrintable(bad.err));
        QCOMPARE(bad.err.count(u'\n'), 1);
    }

    void checkThresholds_data()
    {
        QTest::addColumn<int>("warningBelow");  // --warning is the count minus this
        QTest::addColumn<int>("criticalBelow"); // --critical is the count minus this
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("at both: OK") << 0 << 0 << QStringLiteral("OK") << 0;
        QTest::newRow("under both: OK") << -1 << -5 << QStringLiteral("OK") << 0;
        QTest::newRow("above warning: WARNING") << 1 << 0 << QStringLiteral("WARNING") << 1;
        QTest::newRow("above both: CRITICAL") << 5 << 1 << QStringLiteral("CRITICAL") << 2;
    }

    void checkThresholds()
    {
        QFETCH(int, warningBelow);
        QFETCH(int, criticalBelow);
        QFETCH(QString, state);
        QFETCH(int, exitCode);
        EmulatorProcess emulator;
        QVERIFY(startSmall(emulator));
        const qsizetype count = exportedRows(emulator, {QStringLiteral("--all-groups")}).size();
        QVERIFY(count > 10);
        const qint64 warning = count - warningBelow;
        const qint64 critical = count - criticalBelow;
        const Run r = cli(emulator, {QStringLiteral("check"), QStringLiteral("--warning"),
                                     QString::number(warning), QStringLiteral("-c"),
                                     QString::number(critical)});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.out,
                 QStringLiteral("SDRS FAILED TASKS %1 - %2 failed tasks | failed=%2;%3;%4;0\n")
                     .arg(state)
                     .arg(count)
                     .arg(warning)
                     .arg(critical));
    }

    void checkScopeAndSince()
    {
        EmulatorProcess emulator;
        QVERIFY(startSmall(emulator));
        const QList<Group> groups = serverGroups(emulator);
        const QString since = QStringLiteral("2026-11-10T12:00:00.000Z");
        const QJsonArray rows = exportedRows(emulator, {QStringLiteral("--group"), groups.at(0).id,
                                                        QStringLiteral("--all-pages"),
                                                        QStringLiteral("--since"), since});
        QVERIFY(!rows.isEmpty());
        const Run r = cli(emulator, {QStringLiteral("check"), QStringLiteral("--group"),
                                     groups.at(0).name, QStringLiteral("--since"), since,
                                     QStringLiteral("-w"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QStringLiteral("SDRS FAILED TASKS WARNING - %1 failed tasks since %2 | "
                                       "failed=%1;0;;0\n")
                            .arg(rows.size())
                            .arg(since));
        // No thresholds: always OK, the count in the performance data.
        const Run none = cli(
            emulator, {QStringLiteral("check"), QStringLiteral("--since"), QStringLiteral("1m")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(
            none.out.startsWith(QStringLiteral("SDRS FAILED TASKS OK - 0 failed tasks since ")),
            qPrintable(none.out));
        QVERIFY2(none.out.endsWith(QStringLiteral(" | failed=0;;;0\n")), qPrintable(none.out));
    }

    void checkUnknown_data()
    {
        QTest::addColumn<QStringList>("emulatorArgs");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        const QStringList failing{QStringLiteral("--fault-rate"), QStringLiteral("1"),
                                  QStringLiteral("--faults"), QStringLiteral("500")};
        QTest::newRow("HTTP 500") << failing << QStringList{} << QStringLiteral("tok")
                                  << QStringLiteral("HTTP 500");
        QTest::newRow("HTTP 500 of a group's listing")
            << failing << QStringList{QStringLiteral("--group"), QStringLiteral("x")}
            << QStringLiteral("tok") << QStringLiteral("HTTP 500");
        QTest::newRow("sign-in refused")
            << QStringList{} << QStringList{} << QStringLiteral("wrong") << QStringLiteral("401");
        QTest::newRow("malformed answer")
            << QStringList{QStringLiteral("--fault-rate"), QStringLiteral("1"),
                           QStringLiteral("--faults"), QStringLiteral("malformed")}
            << QStringList{} << QStringLiteral("tok") << QStringLiteral("cannot read");
        QTest::newRow("usage: bad threshold")
            << QStringList{} << QStringList{QStringLiteral("--warning"), QStringLiteral("many")}
            << QStringLiteral("tok") << QStringLiteral("--warning must be a whole number");
        QTest::newRow("usage: unknown option")
            << QStringList{} << QStringList{QStringLiteral("--limit=5")} << QStringLiteral("tok")
            << QStringLiteral("check: Unknown option 'limit'");
        QTest::newRow("usage: unknown group")
            << QStringList{} << QStringList{QStringLiteral("--group"), QStringLiteral("nowhere")}
            << QStringLiteral("tok") << QStringLiteral("\"nowhere\"");
    }

    void checkUnknown()
    {
        QFETCH(QStringList, emulatorArgs);
        QFETCH(QStringList, args);
        QFETCH(QString, token);
        QFETCH(QString, expected);
        EmulatorProcess emulator;
        QVERIFY(startSmall(emulator, emulatorArgs));
        const Run r =
            cli(emulator,
                QStringList{QStringLiteral("check"), QStringLiteral("-w"), QStringLiteral("1"),
                            QStringLiteral("--timeout"), QStringLiteral("5")} +
                    args,
                tokenEnvironment(token));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.startsWith(QStringLiteral("SDRS FAILED TASKS UNKNOWN - ")),
                 qPrintable(r.out));
        QVERIFY2(r.out.section(u'\n', 0, 0).contains(expected), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // monitoring systems read stdout
        QVERIFY(!r.out.contains(u'|'));               // no performance data without a count
    }

    void checkWithoutCredentialsIsUnknown()
    {
        const Run r =
            run(QStringLiteral(SDRS_FAILURES_BIN), {QStringLiteral("check")}, cliEnvironment());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.startsWith(QStringLiteral("SDRS FAILED TASKS UNKNOWN - ")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("OS_AUTH_TOKEN")), qPrintable(r.out));
        QCOMPARE(r.out.count(u'\n'), 1);
        // --help is help, not a check.
        const Run help = run(QStringLiteral(SDRS_FAILURES_BIN),
                             {QStringLiteral("check"), QStringLiteral("--help")}, cliEnvironment());
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("3 UNKNOWN")));
    }

    void cleanupTestCase()
    {
        m_credentials.stop();
        m_shared.stop();
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
