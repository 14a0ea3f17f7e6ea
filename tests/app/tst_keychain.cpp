// Profiles against a real keychain: a gnome-keyring daemon in a D-Bus session of the test's own,
// unlocked with a test password (tests/app/with_keyring.sh; ctest's keychain_real). A profile
// saved here, with its secret in the keychain, is used by --profile in other processes (the
// command line and the window), and deleting it removes the keychain entry. The session-only
// fallback, where no keychain answers, has its own test in tst_profiles.
#include "app/profilestore.h"
#include "tests/common/emulatorprocess.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace sdrs;
using sdrs::testing::EmulatorProcess;

namespace {

const QString profileName = QStringLiteral("keychain test");
const QString secretToken = QStringLiteral("kc-secret-token-0123456789");
const QString projectId = QStringLiteral("4d2a1c8e5b7f4e3a9c6d0b1a2f3e4d5c");

/// Reads the keychain entry of a profile as ProfileStore names it; nullopt when there is none,
/// the error text otherwise.
std::pair<std::optional<QString>, QString> readEntry(const QString &name)
{
    QKeychain::ReadPasswordJob job(QStringLiteral("sdrs-failures"));
    job.setAutoDelete(false);
    job.setKey(name);
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &job, [&done] { done = true; });
    job.start();
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        return {std::nullopt, QStringLiteral("no answer")};
    if (job.error() == QKeychain::NoError)
        return {QString::fromUtf8(job.binaryData()), QString()};
    return {std::nullopt, job.error() == QKeychain::EntryNotFound ? QString() : job.errorString()};
}

} // namespace

class TstKeychain final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    EmulatorProcess m_emulator;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(QStringLiteral("OS_")) ||
                key.startsWith(QStringLiteral("HUAWEICLOUD_")))
                env.remove(key);
        }
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    /// Starts the window with `args` and waits until it shows rows; its log in `log`.
    bool windowShowsRows(const QStringList &args, QByteArray *log) const
    {
        QProcess window;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sdrs.app.debug=true"));
        window.setProcessEnvironment(env);
        window.start(QStringLiteral(SDRS_FAILURES_BIN), args);
        const bool shown = QTest::qWaitFor(
            [&] {
                window.waitForReadyRead(100);
                *log += window.readAllStandardError();
                return log->contains("rows shown: ") && !log->contains("rows shown: 0 ");
            },
            60000);
        window.kill();
        window.waitForFinished();
        return shown;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run me with tests/app/with_keyring.sh");
        QVERIFY(m_home.isValid());
        // The program's settings, as sdrs-failures names them, in a folder of the test's own.
        qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures"));
        QCoreApplication::setApplicationName(QStringLiteral("sdrs-failures"));
        QVERIFY(m_emulator.start({QStringLiteral("--groups"), QStringLiteral("2"),
                                  QStringLiteral("--failures"), QStringLiteral("30"),
                                  QStringLiteral("--token"), secretToken}));
    }

    void savedInOneProcessUsedByAnother()
    {
        ProfileStore store;
        store.setKeychainTimeoutMs(20000);
        Profile p;
        p.name = profileName;
        p.connection.endpoint = QUrl(m_emulator.url);
        p.connection.projectId = projectId;
        p.connection.token = secretToken;
        std::optional<QString> note;
        store.save(p, this, [&note](const QString &n) { note = n; });
        QVERIFY(QTest::qWaitFor([&note] { return note.has_value(); }, 30000));
        QVERIFY2(note->isEmpty(), qPrintable(*note));
        QCOMPARE(store.secretStorage(), ProfileStore::SecretStorage::Keychain);
        store.setLastProfile(profileName);

        // In the keychain, and in no file under the settings folder.
        const auto [entry, error] = readEntry(profileName);
        QVERIFY2(entry && entry->contains(secretToken), qPrintable(error));
        QDirIterator files(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secretToken.toUtf8()), qPrintable(file.fileName()));
        }

        // The command line, another process, reads it from the keychain.
        QProcess cli;
        cli.setProcessEnvironment(environment());
        cli.start(QStringLiteral(SDRS_FAILURES_BIN),
                  {QStringLiteral("export"), QStringLiteral("--profile"), profileName,
                   QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--format"),
                   QStringLiteral("json")});
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, err.constData());
        QCOMPARE(QJsonDocument::fromJson(cli.readAllStandardOutput()).array().size(), 3);

        // So does the window: it opens the last profile and shows its rows.
        QByteArray log;
        QVERIFY2(windowShowsRows({}, &log), log.constData());
    }

    void windowOpensTheProfileNamed()
    {
        // Bug 13: --profile NAME in the window, its secret read from the keychain.
        ProfileStore().setLastProfile(QString());
        QByteArray log;
        QVERIFY2(windowShowsRows({QStringLiteral("--profile"), profileName}, &log),
                 log.constData());
    }

    void deletingTheProfileRemovesItsEntry()
    {
        ProfileStore store;
        store.setKeychainTimeoutMs(20000);
        QVERIFY(store.profile(profileName).has_value());
        store.remove(profileName);
        QVERIFY(!store.profile(profileName).has_value());
        // The delete runs in the background; the entry must be gone soon.
        bool gone = false;
        QString lastError;
        for (int i = 0; i < 50 && !gone; ++i) {
            const auto [entry, error] = readEntry(profileName);
            gone = !entry && error.isEmpty();
            lastError = error;
            if (!gone)
                QTest::qWait(100);
        }
        QVERIFY2(gone, qPrintable(lastError));
    }
};

QTEST_GUILESS_MAIN(TstKeychain)
#include "tst_keychain.moc"
