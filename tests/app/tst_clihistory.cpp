// The command line and the local history: export records what it reads (gone tasks only after
// complete, unfiltered readings), delete notes what it deleted, `history` writes the record,
// --no-history leaves it alone, and a history that cannot be opened is only a warning. Every run
// has a data folder of the test's own (XDG_DATA_HOME), never the user's history.
#include "tests/common/emulatorprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sdrs::testing::EmulatorProcess;

namespace {

const QString projectId = QStringLiteral("4d2a1c8e5b7f4e3a9c6d0b1a2f3e4d5c");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// The rows of a JSON array of objects (export or history --format json), by job_id.
QHash<QString, QJsonObject> rowsById(const QString &json)
{
    QHash<QString, QJsonObject> rows;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        rows.insert(v.toObject().value(QLatin1StringView("job_id")).toString(), v.toObject());
    return rows;
}

QString text(const QJsonObject &row, const char *name)
{
    return row.value(QLatin1StringView(name)).toString();
}

} // namespace

class TestCliHistory final : public QObject
{
    Q_OBJECT

private:
    /// sdrs-failures `args` against the emulator, with the data folder `dataHome`.
    Run cli(QStringList args, const QString &dataHome) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(QStringLiteral("OS_")) ||
                key.startsWith(QStringLiteral("HUAWEICLOUD_")))
                env.remove(key);
        }
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        env.insert(QStringLiteral("OS_AUTH_TOKEN"), QStringLiteral("tok"));
        env.insert(QStringLiteral("OS_PROJECT_ID"), projectId);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        args << QStringLiteral("--endpoint") << m_emulator.url;
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SDRS_FAILURES_BIN), args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QHash<QString, QJsonObject> history(const QString &dataHome, const QStringList &extra = {})
    {
        const Run r = cli(QStringList{QStringLiteral("history"), QStringLiteral("--format"),
                                      QStringLiteral("json")} +
                              extra,
                          dataHome);
        if (r.exitCode != 0)
            qWarning("history: %s", qPrintable(r.err));
        return rowsById(r.out);
    }

    /// Deletes the failed tasks of a resource behind the program's back.
    bool deleteOnServer(const QString &resourceId)
    {
        QNetworkRequest request(QUrl(m_emulator.url + QStringLiteral("/v1/") + projectId +
                                     QStringLiteral("/task-center/failure-jobs/") + resourceId));
        request.setRawHeader("X-Auth-Token", "tok");
        std::unique_ptr<QNetworkReply> reply(m_nam.deleteResource(request));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(20000))
            return false;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2;
    }

    QTemporaryDir m_home;
    QNetworkAccessManager m_nam;
    EmulatorProcess m_emulator;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_emulator.start({QStringLiteral("--groups"), QStringLiteral("3"),
                                  QStringLiteral("--failures"), QStringLiteral("90"),
                                  QStringLiteral("--seed"), QStringLiteral("11"),
                                  QStringLiteral("--token"), QStringLiteral("tok")}));
    }

    void noHistoryLeavesItAlone()
    {
        QTemporaryDir data;
        const Run r = cli({QStringLiteral("export"), QStringLiteral("--all-groups"),
                           QStringLiteral("--no-history")},
                          data.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QDir(data.path()).isEmpty());
        const Run refused =
            cli({QStringLiteral("history"), QStringLiteral("--no-history")}, data.path());
        QCOMPARE(refused.exitCode, 2);
    }

    void unusableHistoryIsOnlyAWarning()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file")); // a file, not a folder
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Run r = cli({QStringLiteral("export"), QStringLiteral("--all-groups"),
                           QStringLiteral("--format"), QStringLiteral("json")},
                          blocker);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("warning: the history is not used")),
                 qPrintable(r.err));
        QVERIFY(rowsById(r.out).size() > 50);
    }

    void recordsReadingsGoneAndDeleted()
    {
        QTemporaryDir data;
        const Run first = cli({QStringLiteral("export"), QStringLiteral("--all-groups"),
                               QStringLiteral("--format"), QStringLiteral("json")},
                              data.path());
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.isEmpty(), qPrintable(first.err));
        const QHash<QString, QJsonObject> exported = rowsById(first.out);
        QVERIFY(exported.size() > 50);
        QHash<QString, QJsonObject> recorded = history(data.path());
        QCOMPARE(recorded.size(), exported.size());
        for (auto it = exported.cbegin(); it != exported.cend(); ++it) {
            const QJsonObject h = recorded.value(it.key());
            QCOMPARE(text(h, "resource_id"), text(*it, "resource_id"));
            QCOMPARE(text(h, "fail_reason"), text(*it, "fail_reason"));
            QVERIFY(!text(h, "first_seen").isEmpty());
            QVERIFY(text(h, "gone_at").isEmpty());
        }

        // Two tasks whose resource no other task shares: one deleted by this program, one on
        // the server behind its back.
        QHash<QString, int> uses;
        for (const QJsonObject &row : exported)
            ++uses[text(row, "resource_id")];
        QList<QJsonObject> victims;
        for (const QJsonObject &row : exported) {
            if (uses.value(text(row, "resource_id")) == 1 && victims.size() < 2)
                victims.append(row);
        }
        QCOMPARE(victims.size(), 2);
        const Run deleted =
            cli({QStringLiteral("delete"), QStringLiteral("--yes"), QStringLiteral("--resource-id"),
                 text(victims.at(0), "resource_id")},
                data.path());
        QCOMPARE(deleted.exitCode, 0);
        QVERIFY(deleteOnServer(text(victims.at(1), "resource_id")));
        recorded = history(data.path());
        const QString deletedId = text(victims.at(0), "job_id");
        const QString vanishedId = text(victims.at(1), "job_id");
        QVERIFY(!text(recorded.value(deletedId), "deleted_here").isEmpty());
        QVERIFY(!text(recorded.value(deletedId), "gone_at").isEmpty());
        QVERIFY(text(recorded.value(vanishedId), "gone_at").isEmpty());

        // A filtered reading, or one page, is not complete: nothing goes.
        for (const QStringList &partial :
             {QStringList{QStringLiteral("--all-groups"), QStringLiteral("--resource-name"),
                          QStringLiteral("no-such-name")},
              QStringList{QStringLiteral("--limit"), QStringLiteral("5")}}) {
            QCOMPARE(cli(QStringList{QStringLiteral("export")} + partial, data.path()).exitCode, 0);
            QVERIFY(text(history(data.path()).value(vanishedId), "gone_at").isEmpty());
        }
        // A complete one is.
        QCOMPARE(
            cli({QStringLiteral("export"), QStringLiteral("--all-groups")}, data.path()).exitCode,
            0);
        recorded = history(data.path());
        QVERIFY(!text(recorded.value(vanishedId), "gone_at").isEmpty());
        QVERIFY(text(recorded.value(vanishedId), "deleted_here").isEmpty());
        const QHash<QString, QJsonObject> gone =
            history(data.path(), {QStringLiteral("--gone-only")});
        QCOMPARE(QSet<QString>(gone.keyBegin(), gone.keyEnd()),
                 (QSet<QString>{deletedId, vanishedId}));

        // export --history-columns: the task's columns, then the history's, after recording.
        const Run withHistory = cli({QStringLiteral("export"), QStringLiteral("--all-groups"),
                                     QStringLiteral("--history-columns"),
                                     QStringLiteral("--format"), QStringLiteral("json")},
                                    data.path());
        QCOMPARE(withHistory.exitCode, 0);
        const QHash<QString, QJsonObject> annotated = rowsById(withHistory.out);
        QCOMPARE(annotated.size(), exported.size() - 2);
        for (auto it = annotated.cbegin(); it != annotated.cend(); ++it) {
            const QJsonObject &row = *it;
            QVERIFY(!text(row, "first_seen").isEmpty());
            QCOMPARE(text(row, "fail_reason"), text(exported.value(it.key()), "fail_reason"));
            QVERIFY(row.contains(QLatin1StringView("note")));
            QVERIFY(text(row, "gone_at").isEmpty());
        }
        const Run csvHistory = cli({QStringLiteral("export"), QStringLiteral("--limit"),
                                    QStringLiteral("3"), QStringLiteral("--history-columns")},
                                   data.path());
        QCOMPARE(csvHistory.exitCode, 0);
        QVERIFY(csvHistory.out.section(u'\n', 0, 0)
                    .endsWith(QStringLiteral(
                        "server_group_name,first_seen,last_seen,gone_at,deleted_here,"
                        "acknowledged_at,note\r")));

        // CSV and table have the same columns.
        const Run csv = cli({QStringLiteral("history")}, data.path());
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.startsWith(QStringLiteral("job_id,")), qPrintable(csv.out.left(200)));
        QVERIFY(csv.out.section(u'\n', 0, 0)
                    .contains(QStringLiteral(
                        "first_seen,last_seen,gone_at,deleted_here,acknowledged_at,note")));
        const Run table = cli({QStringLiteral("history"), QStringLiteral("--format"),
                               QStringLiteral("table"), QStringLiteral("--gone-only")},
                              data.path());
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out.count(u'\n'), 3); // header and two rows
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"
