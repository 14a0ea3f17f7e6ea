// Saved connection profiles: ProfileStore (settings + keychain or session store) and the
// ProfileDialog that edits one.
#include "app/profilestore.h"
#include "models/profile.h"
#include "ui/profiledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using sdrs::Connection;
using sdrs::Profile;
using sdrs::ProfileStore;
using sdrs::ui::ProfileDialog;

namespace {

// Distinct words that must never appear in the settings file.
const QString TokenSecret = QStringLiteral("tok-SECRET-7f3a91");
const QString PasswordSecret = QStringLiteral("pw-SECRET-c0ffee");
const QString SecretKeySecret = QStringLiteral("sk-SECRET-b16b00b5");
const QString SecurityTokenSecret = QStringLiteral("st-SECRET-5eed");

Profile tokenProfile()
{
    Profile p;
    p.name = QStringLiteral("OTC token");
    p.connection.endpoint = QUrl(QStringLiteral("https://sdrs.eu-de.otc.t-systems.com"));
    p.connection.projectId = QStringLiteral("0605767b5e80d5762fbfc00b7d4e0a41");
    p.connection.auth = Connection::Auth::Token;
    p.connection.token = TokenSecret;
    p.connection.caFile = QStringLiteral("/etc/ssl/certs/extra-ca.pem");
    return p;
}

Profile passwordProfile()
{
    Profile p;
    p.name = QStringLiteral("private region/password");
    p.connection.endpoint = QUrl(QStringLiteral("https://sdrs.private.example:8443"));
    p.connection.projectName = QStringLiteral("eu-de_dr");
    p.connection.auth = Connection::Auth::Password;
    p.connection.iamUrl = QUrl(QStringLiteral("https://iam.eu-nl.otc.t-systems.com/v3"));
    p.connection.userName = QStringLiteral("operator");
    p.connection.password = PasswordSecret;
    p.connection.domainName = QStringLiteral("OTC-EU-DE-00000000001000012345");
    return p;
}

Profile akSkProfile()
{
    Profile p;
    p.name = QStringLiteral("Huawei AK/SK");
    p.connection.endpoint = QUrl(QStringLiteral("https://sdrs.ap-southeast-3.myhuaweicloud.com"));
    p.connection.projectId = QStringLiteral("77b6a44cba5143ab91d13ab9a8ff44fd");
    p.connection.auth = Connection::Auth::AkSk;
    p.connection.accessKey = QStringLiteral("QTWAOYTTINDUT2QVKYUC");
    p.connection.secretKey = SecretKeySecret;
    p.connection.securityToken = SecurityTokenSecret;
    p.connection.signingVariant = sdrs::signing::Variant::B;
    p.connection.signingRegion = QStringLiteral("ap-southeast-3");
    p.connection.signingService = QStringLiteral("sdrs");
    p.connection.timeoutMs = 12000;
    p.connection.maxRetries = 1;
    return p;
}

/// Compares every field; `withSecrets` false expects the secrets empty in `actual`.
void compareProfiles(const Profile &actual, const Profile &expected, bool withSecrets = true)
{
    const Connection &a = actual.connection;
    const Connection &e = expected.connection;
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(a.endpoint, e.endpoint);
    QCOMPARE(a.projectId, e.projectId);
    QCOMPARE(a.projectName, e.projectName);
    QCOMPARE(a.auth, e.auth);
    QCOMPARE(a.iamUrl, e.iamUrl);
    QCOMPARE(a.userName, e.userName);
    QCOMPARE(a.domainName, e.domainName);
    QCOMPARE(a.accessKey, e.accessKey);
    QCOMPARE(a.signingVariant, e.signingVariant);
    QCOMPARE(a.signingRegion, e.signingRegion);
    QCOMPARE(a.signingService, e.signingService);
    QCOMPARE(a.caFile, e.caFile);
    QCOMPARE(a.timeoutMs, e.timeoutMs);
    QCOMPARE(a.maxRetries, e.maxRetries);
    QCOMPARE(a.retryBaseDelayMs, e.retryBaseDelayMs);
    QCOMPARE(a.maxRetryAfterMs, e.maxRetryAfterMs);
    QCOMPARE(a.token, withSecrets ? e.token : QString());
    QCOMPARE(a.password, withSecrets ? e.password : QString());
    QCOMPARE(a.secretKey, withSecrets ? e.secretKey : QString());
    QCOMPARE(a.securityToken, withSecrets ? e.securityToken : QString());
}

template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

} // namespace

class TstProfiles : public QObject
{
    Q_OBJECT

private:
    /// save() and wait for its answer; `elapsedMs` receives how long that took.
    void saveNow(ProfileStore &store, const Profile &profile, QString *note,
                 qint64 *elapsedMs = nullptr)
    {
        bool answered = false;
        QElapsedTimer timer;
        timer.start();
        store.save(profile, this, [&](const QString &n) {
            *note = n;
            answered = true;
        });
        QVERIFY(!answered); // always asynchronous
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
        if (elapsedMs)
            *elapsedMs = timer.elapsed();
    }
    void loadNow(ProfileStore &store, const QString &name, Profile *profile, QString *note)
    {
        bool answered = false;
        store.load(name, this, [&](const Profile &p, const QString &n) {
            *profile = p;
            *note = n;
            answered = true;
        });
        QVERIFY(!answered);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void endpointPresets();

    void storeRoundTrip_data();
    void storeRoundTrip();
    void settingsFileHoldsNoSecret();
    void removeProfile();
    void namesSorted();
    void lastProfile();
    void loadUnknownProfile();
    void saveKeepsNoStaleFields();
    void contextGoneSkipsCallback();
    void keychainWithoutServiceFallsBack();

    void dialogObjectNamesAndBuddies();
    void dialogRoundTrip_data();
    void dialogRoundTrip();
    void dialogPresetFillsUrls();
    void dialogUrlSelectsPreset();
    void dialogKeepsOwnIamUrl();
    void iamUrlForEndpoint_data();
    void iamUrlForEndpoint();
    void dialogIamUrlFollowsEndpoint();
    void dialogShrinksAfterSignInChange();
    void dialogOkDisabled_data();
    void dialogOkDisabled();
    void dialogTestButton();
    void dialogSecretNote();
};

void TstProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profiles"));
    // Never the developer's real keychain: a D-Bus session this process would reach is replaced
    // by one that does not exist, and without a display D-Bus is not autolaunched. On a machine
    // without a session bus (CI) nothing changes.
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sdrs-tst-profiles-bus");
    qunsetenv("DISPLAY");
    QVERIFY(QSettings().fileName().contains(QLatin1String(".qttest")));
}

void TstProfiles::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TstProfiles::cleanupTestCase()
{
    init();
    QFile::remove(QSettings().fileName());
}

void TstProfiles::endpointPresets()
{
    const QList<sdrs::EndpointPreset> &presets = sdrs::endpointPresets();
    QVERIFY(presets.size() >= 7);
    QCOMPARE(presets.constFirst().sdrsUrl, QStringLiteral("https://sdrs.eu-de.otc.t-systems.com"));
    QCOMPARE(presets.constFirst().iamUrl, QStringLiteral("https://iam.eu-de.otc.t-systems.com/v3"));
    const QStringList regions = {QStringLiteral("ap-southeast-3"), QStringLiteral("cn-north-4"),
                                 QStringLiteral("cn-south-1"),     QStringLiteral("cn-east-2"),
                                 QStringLiteral("cn-east-3"),      QStringLiteral("af-south-1")};
    for (const QString &region : regions) {
        const auto it = std::find_if(presets.cbegin(), presets.cend(), [&](const auto &p) {
            return p.sdrsUrl == QStringLiteral("https://sdrs.%1.myhuaweicloud.com").arg(region);
        });
        QVERIFY2(it != presets.cend(), qPrintable(region));
        QCOMPARE(it->iamUrl, QStringLiteral("https://iam.%1.myhuaweicloud.com/v3").arg(region));
        QVERIFY(it->label.contains(region));
    }
    for (const auto &p : presets) {
        QVERIFY(!p.label.isEmpty());
        Connection c;
        c.endpoint = QUrl(p.sdrsUrl, QUrl::StrictMode);
        c.projectId = QStringLiteral("p");
        c.token = QStringLiteral("t");
        QCOMPARE(c.validate(), QString());
    }
}

void TstProfiles::storeRoundTrip_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::newRow("token") << tokenProfile();
    QTest::newRow("password") << passwordProfile();
    QTest::newRow("aksk") << akSkProfile();
}

void TstProfiles::storeRoundTrip()
{
    QFETCH(Profile, profile);
    ProfileStore store;
    store.setKeychainEnabled(false);
    QCOMPARE(store.secretStorage(), ProfileStore::SecretStorage::SessionOnly);
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);

    QString note;
    saveNow(store, profile, &note);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(changed.size(), 1);
    QCOMPARE(note, QStringLiteral("The system keychain is not used: passwords are kept only until "
                                  "the program closes."));
    QCOMPARE(store.secretStorage(), ProfileStore::SecretStorage::SessionOnly);
    QCOMPARE(store.secretStorageText(), note);
    QCOMPARE(store.names(), QStringList{profile.name});

    // Without secrets from profile(), with them from load().
    const std::optional<Profile> bare = store.profile(profile.name);
    QVERIFY(bare);
    compareProfiles(*bare, profile, false);
    if (QTest::currentTestFailed())
        return;

    Profile loaded;
    loadNow(store, profile.name, &loaded, &note);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(note, QString());
    compareProfiles(loaded, profile);
    if (QTest::currentTestFailed())
        return;

    // Another store (the next program start) reads the settings, but the secrets are gone.
    ProfileStore next;
    next.setKeychainEnabled(false);
    loadNow(next, profile.name, &loaded, &note);
    if (QTest::currentTestFailed())
        return;
    compareProfiles(loaded, profile, false);
    QVERIFY(note.contains(QLatin1String("enter them again")));
}

void TstProfiles::settingsFileHoldsNoSecret()
{
    ProfileStore store;
    store.setKeychainEnabled(false);
    Profile everything = akSkProfile();
    everything.name = QStringLiteral("every secret");
    everything.connection.token = TokenSecret;
    everything.connection.password = PasswordSecret;
    // A password in a URL is a secret too.
    everything.connection.endpoint =
        QUrl(QStringLiteral("https://user:%1@sdrs.example.com").arg(PasswordSecret));
    QString note;
    for (const Profile &p : {tokenProfile(), passwordProfile(), akSkProfile(), everything}) {
        saveNow(store, p, &note);
        if (QTest::currentTestFailed())
            return;
    }
    store.setLastProfile(QStringLiteral("OTC token"));

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray bytes = file.readAll();
    // The file is the right one: it holds the non-secret fields.
    QVERIFY(bytes.contains("operator"));
    QVERIFY(bytes.contains("QTWAOYTTINDUT2QVKYUC"));
    QVERIFY(bytes.contains("lastProfile"));
    for (const QString &secret :
         {TokenSecret, PasswordSecret, SecretKeySecret, SecurityTokenSecret}) {
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY2(!bytes.contains(secret.toUtf8().toPercentEncoding()), qPrintable(secret));
    }
    // The session store still has them all.
    Profile loaded;
    loadNow(store, everything.name, &loaded, &note);
    QCOMPARE(loaded.connection.token, TokenSecret);
    QCOMPARE(loaded.connection.password, PasswordSecret);
    QCOMPARE(loaded.connection.secretKey, SecretKeySecret);
    QCOMPARE(loaded.connection.securityToken, SecurityTokenSecret);
}

void TstProfiles::removeProfile()
{
    ProfileStore store;
    store.setKeychainEnabled(false);
    QString note;
    saveNow(store, tokenProfile(), &note);
    saveNow(store, akSkProfile(), &note);
    if (QTest::currentTestFailed())
        return;
    store.setLastProfile(tokenProfile().name);

    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    store.remove(tokenProfile().name);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.names(), QStringList{akSkProfile().name});
    QVERIFY(!store.profile(tokenProfile().name));
    QCOMPARE(store.lastProfile(), QString()); // it named the removed profile

    // Its secrets are gone from the session store too: a profile by that name written again
    // (here by hand) comes without them.
    QSettings settings;
    settings.setValue(QStringLiteral("profiles/OTC token/auth"), QStringLiteral("token"));
    Profile loaded;
    loadNow(store, tokenProfile().name, &loaded, &note);
    QCOMPARE(loaded.connection.token, QString());
    QVERIFY(!note.isEmpty());

    store.remove(QStringLiteral("no such profile")); // harmless
    QVERIFY(store.profile(akSkProfile().name));
}

void TstProfiles::namesSorted()
{
    ProfileStore store;
    store.setKeychainEnabled(false);
    QString note;
    const QStringList names = {QStringLiteral("beta"),        QStringLiteral("Alpha"),
                               QStringLiteral("gamma/delta"), QStringLiteral("100% prod"),
                               QStringLiteral("Back\\slash"), QStringLiteral("zeta")};
    for (const QString &name : names) {
        Profile p = tokenProfile();
        p.name = name;
        saveNow(store, p, &note);
        if (QTest::currentTestFailed())
            return;
    }
    const QStringList expected = {QStringLiteral("100% prod"),   QStringLiteral("Alpha"),
                                  QStringLiteral("Back\\slash"), QStringLiteral("beta"),
                                  QStringLiteral("gamma/delta"), QStringLiteral("zeta")};
    QCOMPARE(store.names(), expected);
    for (const QString &name : names) {
        const auto p = store.profile(name);
        QVERIFY2(p, qPrintable(name));
        QCOMPARE(p->name, name);
        QCOMPARE(p->connection.projectId, tokenProfile().connection.projectId);
    }
    store.remove(QStringLiteral("gamma/delta"));
    QVERIFY(!store.names().contains(QStringLiteral("gamma/delta")));
    QCOMPARE(store.names().size(), names.size() - 1);
}

void TstProfiles::lastProfile()
{
    ProfileStore store;
    QCOMPARE(store.lastProfile(), QString());
    store.setLastProfile(QStringLiteral("OTC token"));
    QCOMPARE(store.lastProfile(), QStringLiteral("OTC token"));
    QCOMPARE(QSettings().value(QStringLiteral("lastProfile")).toString(),
             QStringLiteral("OTC token"));
    QCOMPARE(ProfileStore().lastProfile(), QStringLiteral("OTC token"));
    store.setLastProfile(QString());
    QCOMPARE(store.lastProfile(), QString());
}

void TstProfiles::loadUnknownProfile()
{
    ProfileStore store;
    store.setKeychainEnabled(false);
    QVERIFY(!store.profile(QStringLiteral("nothing")));
    Profile loaded;
    QString note;
    loadNow(store, QStringLiteral("nothing"), &loaded, &note);
    QCOMPARE(loaded.name, QStringLiteral("nothing"));
    QVERIFY(note.contains(QLatin1String("nothing")));

    Profile nameless = tokenProfile();
    nameless.name.clear();
    saveNow(store, nameless, &note);
    QVERIFY(!note.isEmpty());
    QVERIFY(store.names().isEmpty());
}

void TstProfiles::saveKeepsNoStaleFields()
{
    // Saving a profile again under the same name replaces it whole.
    ProfileStore store;
    store.setKeychainEnabled(false);
    Profile p = akSkProfile();
    QString note;
    saveNow(store, p, &note);
    Profile changed = tokenProfile();
    changed.name = p.name;
    saveNow(store, changed, &note);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(store.names(), QStringList{p.name});
    Profile loaded;
    loadNow(store, p.name, &loaded, &note);
    compareProfiles(loaded, changed);
}

void TstProfiles::contextGoneSkipsCallback()
{
    ProfileStore store;
    store.setKeychainEnabled(false);
    bool called = false;
    auto *context = new QObject;
    store.save(tokenProfile(), context, [&called](const QString &) { called = true; });
    delete context;
    bool nullContextCalled = false;
    store.load(
        tokenProfile().name, nullptr,
        [&nullContextCalled](const Profile &, const QString &) { nullContextCalled = true; });
    QTRY_VERIFY(nullContextCalled);
    QVERIFY(!called);
    QVERIFY(store.profile(tokenProfile().name)); // saved all the same
}

void TstProfiles::keychainWithoutServiceFallsBack()
{
    // With the keychain enabled on a machine without a secret service (no D-Bus session here),
    // QtKeychain fails at once: the secrets go to the session store, and the store says so. On a
    // machine where a keychain does answer, the secrets go there and come back from there.
    ProfileStore store;
    store.setKeychainTimeoutMs(5000);
    QCOMPARE(store.secretStorage(), ProfileStore::SecretStorage::Unknown);
    QVERIFY(!store.secretStorageText().isEmpty());

    const Profile profile = akSkProfile();
    QString note;
    qint64 elapsed = -1;
    saveNow(store, profile, &note, &elapsed);
    if (QTest::currentTestFailed())
        return;
    qInfo("keychain save answered after %lld ms: %s", elapsed,
          qPrintable(note.isEmpty() ? QStringLiteral("(stored in the keychain)") : note));
    QVERIFY(elapsed < 5000 + 1000); // never longer than the timeout
    QVERIFY(store.secretStorage() != ProfileStore::SecretStorage::Unknown);
    if (store.secretStorage() == ProfileStore::SecretStorage::SessionOnly) {
        // Bug 12: plain words, the keychain's own (e.g. "Failed to execute child process
        // dbus-launch") only in the details.
        QCOMPARE(note, QStringLiteral("The system keychain is not available: passwords are kept "
                                      "only until the program closes."));
        QCOMPARE(store.secretStorageText(), note);
        QVERIFY(!store.secretStorageDetails().isEmpty());
        QVERIFY(!note.contains(store.secretStorageDetails()));
    } else {
        QCOMPARE(note, QString());
    }

    Profile loaded;
    loadNow(store, profile.name, &loaded, &note);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(note, QString());
    compareProfiles(loaded, profile);

    // A second save is no slower.
    saveNow(store, profile, &note, &elapsed);
    QVERIFY(elapsed < 5000 + 1000);
    QCOMPARE(store.secretStorageText().isEmpty(), false);

    store.remove(profile.name);
    QVERIFY(store.names().isEmpty());
}

void TstProfiles::dialogObjectNamesAndBuddies()
{
    ProfileDialog dialog;
    const char *fields[] = {"profileName", "endpointPreset", "endpointUrl",    "projectId",
                            "authKind",    "token",          "iamUrl",         "userName",
                            "password",    "domainName",     "projectName",    "accessKey",
                            "secretKey",   "securityToken",  "signingVariant", "caFile"};
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (const char *name : fields) {
        QWidget *field = child<QWidget>(&dialog, name);
        QVERIFY2(field, name);
        QVERIFY2(field->focusPolicy() & Qt::TabFocus, name);
        const bool hasLabel = std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *l) {
            return l->buddy() == field && l->text().contains(u'&');
        });
        QVERIFY2(hasLabel, name);
    }
    for (const char *name : {"testButton", "testResult", "secretNote", "problem"})
        QVERIFY2(child<QWidget>(&dialog, name), name);
    for (const char *name : {"token", "password", "secretKey", "securityToken"})
        QCOMPARE(child<QLineEdit>(&dialog, name)->echoMode(), QLineEdit::Password);

    // The sign-in kind switches the page.
    auto *kind = child<QComboBox>(&dialog, "authKind");
    auto *pages = child<QStackedWidget>(&dialog, "authPages");
    QVERIFY(pages);
    for (int i = 0; i < kind->count(); ++i) {
        kind->setCurrentIndex(i);
        QCOMPARE(pages->currentIndex(), i);
    }
    kind->setCurrentIndex(kind->findData(int(Connection::Auth::AkSk)));
    QVERIFY(pages->currentWidget()->isAncestorOf(child<QWidget>(&dialog, "secretKey")));
}

void TstProfiles::dialogRoundTrip_data()
{
    storeRoundTrip_data();
}

void TstProfiles::dialogRoundTrip()
{
    QFETCH(Profile, profile);
    ProfileDialog dialog;
    dialog.setProfile(profile);
    compareProfiles(dialog.profile(), profile);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(child<QLineEdit>(&dialog, "profileName")->text(), profile.name);
    QVERIFY(child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(child<QLabel>(&dialog, "problem")->text(), QString());

    // Fields of another sign-in kind typed in passing are not part of the profile.
    auto *kind = child<QComboBox>(&dialog, "authKind");
    const int own = kind->currentIndex();
    kind->setCurrentIndex((own + 1) % kind->count());
    QTest::keyClicks(child<QLineEdit>(&dialog, "token"), QStringLiteral("x"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "accessKey"), QStringLiteral("x"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "userName"), QStringLiteral("x"));
    kind->setCurrentIndex(own);
    const Profile back = dialog.profile();
    if (profile.connection.auth != Connection::Auth::Token)
        QCOMPARE(back.connection.token, QString());
    if (profile.connection.auth != Connection::Auth::AkSk)
        QCOMPARE(back.connection.accessKey, QString());
    if (profile.connection.auth != Connection::Auth::Password)
        QCOMPARE(back.connection.userName, QString());
}

void TstProfiles::dialogPresetFillsUrls()
{
    ProfileDialog dialog;
    auto *preset = child<QComboBox>(&dialog, "endpointPreset");
    auto *url = child<QLineEdit>(&dialog, "endpointUrl");
    auto *iam = child<QLineEdit>(&dialog, "iamUrl");
    const QList<sdrs::EndpointPreset> &presets = sdrs::endpointPresets();
    QCOMPARE(preset->count(), presets.size() + 1); // and "Custom…"

    // A new profile starts on OTC eu-de.
    QCOMPARE(url->text(), presets.constFirst().sdrsUrl);
    QCOMPARE(iam->text(), presets.constFirst().iamUrl);

    for (const auto &p : presets) {
        const int index = preset->findText(p.label);
        QVERIFY2(index >= 0, qPrintable(p.label));
        preset->setCurrentIndex(index);
        QCOMPARE(url->text(), p.sdrsUrl);
        QCOMPARE(iam->text(), p.iamUrl);
        QCOMPARE(dialog.profile().connection.endpoint, QUrl(p.sdrsUrl));
    }
    // Custom keeps the URL for editing.
    preset->setCurrentIndex(preset->count() - 1);
    QCOMPARE(url->text(), presets.constLast().sdrsUrl);
    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://sdrs.proxy.example"));
    QCOMPARE(dialog.profile().connection.endpoint,
             QUrl(QStringLiteral("https://sdrs.proxy.example")));
    QCOMPARE(preset->currentIndex(), preset->count() - 1);
}

void TstProfiles::dialogUrlSelectsPreset()
{
    ProfileDialog dialog;
    auto *preset = child<QComboBox>(&dialog, "endpointPreset");
    auto *url = child<QLineEdit>(&dialog, "endpointUrl");
    auto *iam = child<QLineEdit>(&dialog, "iamUrl");
    iam->setText(QStringLiteral("https://iam.mine.example/v3"));

    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://sdrs.cn-north-4.myhuaweicloud.com/"));
    QCOMPARE(preset->currentText(), sdrs::endpointPresets().at(2).label);
    // The IAM URL follows the endpoint typed: the IAM of its region.
    QCOMPARE(iam->text(), QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com/v3"));
    QTest::keyClicks(url, QStringLiteral("x"));
    QCOMPARE(preset->currentIndex(), preset->count() - 1);

    Profile custom = tokenProfile();
    custom.connection.endpoint = QUrl(QStringLiteral("https://10.0.0.5:8443/v1/abc"));
    dialog.setProfile(custom);
    QCOMPARE(preset->currentIndex(), preset->count() - 1);
    QCOMPARE(url->text(), QStringLiteral("https://10.0.0.5:8443/v1/abc"));
}

void TstProfiles::dialogKeepsOwnIamUrl()
{
    // A saved profile's IAM URL stays, even when its endpoint is a preset of another IAM URL.
    Profile p = passwordProfile();
    p.connection.endpoint = QUrl(QStringLiteral("https://sdrs.eu-de.otc.t-systems.com"));
    ProfileDialog dialog;
    dialog.setProfile(p);
    QCOMPARE(child<QComboBox>(&dialog, "endpointPreset")->currentIndex(), 0);
    QCOMPARE(child<QLineEdit>(&dialog, "iamUrl")->text(),
             QStringLiteral("https://iam.eu-nl.otc.t-systems.com/v3"));
    compareProfiles(dialog.profile(), p);
}

void TstProfiles::iamUrlForEndpoint_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("iam");
    QTest::newRow("OTC") << QStringLiteral("https://sdrs.eu-de.otc.t-systems.com")
                         << QStringLiteral("https://iam.eu-de.otc.t-systems.com/v3");
    QTest::newRow("Huawei with path")
        << QStringLiteral("https://SDRS.ap-southeast-3.myhuaweicloud.com/v1/abc")
        << QStringLiteral("https://iam.ap-southeast-3.myhuaweicloud.com/v3");
    QTest::newRow("local") << QStringLiteral("http://127.0.0.1:8080") << QString();
    QTest::newRow("proxy") << QStringLiteral("https://proxy.example.com") << QString();
    QTest::newRow("no region") << QStringLiteral("https://sdrs.localhost") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TstProfiles::iamUrlForEndpoint()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, iam);
    QCOMPARE(sdrs::iamUrlForEndpoint(QUrl(endpoint)).toString(), iam);
}

void TstProfiles::dialogIamUrlFollowsEndpoint()
{
    // Bug 11: after Custom… with a local URL the IAM URL still named Singapore's IAM.
    ProfileDialog dialog;
    auto *preset = child<QComboBox>(&dialog, "endpointPreset");
    auto *url = child<QLineEdit>(&dialog, "endpointUrl");
    auto *iam = child<QLineEdit>(&dialog, "iamUrl");
    auto *goesTo = child<QLabel>(&dialog, "passwordGoesTo");
    auto *authKind = child<QComboBox>(&dialog, "authKind");
    authKind->setCurrentIndex(authKind->findData(int(Connection::Auth::Password)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    preset->setCurrentIndex(preset->findText(sdrs::endpointPresets().at(1).label));
    QCOMPARE(iam->text(), QStringLiteral("https://iam.ap-southeast-3.myhuaweicloud.com/v3"));
    QCOMPARE(goesTo->text(),
             QStringLiteral("Your password is sent to: iam.ap-southeast-3.myhuaweicloud.com"));
    QVERIFY(goesTo->isVisible());

    preset->setCurrentIndex(preset->count() - 1); // Custom…
    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(iam->text(), QString());
    QVERIFY(!goesTo->isVisible());
    QCOMPARE(dialog.profile().connection.iamUrl, QUrl());
    QVERIFY(
        !child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok)->isEnabled());

    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://sdrs.eu-nl.otc.t-systems.com"));
    QCOMPARE(iam->text(), QStringLiteral("https://iam.eu-nl.otc.t-systems.com/v3"));
    QCOMPARE(goesTo->text(),
             QStringLiteral("Your password is sent to: iam.eu-nl.otc.t-systems.com"));
    QVERIFY(goesTo->isVisible());
}

void TstProfiles::dialogShrinksAfterSignInChange()
{
    // Bug 10: from IAM back to Token the dialog kept the password page's height.
    ProfileDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *authKind = child<QComboBox>(&dialog, "authKind");
    const int tokenHeight = dialog.height();
    authKind->setCurrentIndex(authKind->findData(int(Connection::Auth::Password)));
    QTRY_VERIFY(dialog.height() > tokenHeight + 3 * dialog.fontMetrics().height());
    authKind->setCurrentIndex(authKind->findData(int(Connection::Auth::Token)));
    const int slack = dialog.fontMetrics().height();
    QTRY_VERIFY2(qAbs(dialog.height() - dialog.sizeHint().height()) <= slack,
                 qPrintable(QStringLiteral("height %1, size hint %2")
                                .arg(dialog.height())
                                .arg(dialog.sizeHint().height())));
    QVERIFY(dialog.height() < tokenHeight + slack);
}

void TstProfiles::dialogOkDisabled_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("reason"); // a word the reason contains; empty: OK enabled
    QTest::newRow("fine") << QStringLiteral("new one") << TokenSecret << QString();
    QTest::newRow("empty name") << QString() << TokenSecret << QStringLiteral("name");
    QTest::newRow("blank name") << QStringLiteral("   ") << TokenSecret << QStringLiteral("name");
    QTest::newRow("taken name") << QStringLiteral("Prod") << TokenSecret
                                << QStringLiteral("exists");
    QTest::newRow("taken, other case")
        << QStringLiteral("prod") << TokenSecret << QStringLiteral("exists");
    QTest::newRow("own name") << QStringLiteral("Edited") << TokenSecret << QString();
    QTest::newRow("no token") << QStringLiteral("new one") << QString() << QStringLiteral("token");
}

void TstProfiles::dialogOkDisabled()
{
    QFETCH(QString, name);
    QFETCH(QString, token);
    QFETCH(QString, reason);

    ProfileDialog dialog;
    Profile edited = tokenProfile();
    edited.name = QStringLiteral("Edited");
    dialog.setProfile(edited);
    dialog.setTakenNames({QStringLiteral("Prod"), QStringLiteral("Edited")});

    auto *nameEdit = child<QLineEdit>(&dialog, "profileName");
    auto *tokenEdit = child<QLineEdit>(&dialog, "token");
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    tokenEdit->clear();
    QTest::keyClicks(tokenEdit, token);

    QPushButton *ok = child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok);
    auto *problem = child<QLabel>(&dialog, "problem");
    QCOMPARE(ok->isEnabled(), reason.isEmpty());
    if (reason.isEmpty())
        QCOMPARE(problem->text(), QString());
    else
        QVERIFY2(problem->text().contains(reason, Qt::CaseInsensitive),
                 qPrintable(problem->text()));
}

void TstProfiles::dialogTestButton()
{
    ProfileDialog dialog;
    dialog.setProfile(akSkProfile());
    QSignalSpy requested(&dialog, &ProfileDialog::testRequested);
    auto *button = child<QPushButton>(&dialog, "testButton");
    auto *result = child<QLabel>(&dialog, "testResult");
    QVERIFY(button->isEnabled());

    // What is entered, not what was set.
    auto *projectId = child<QLineEdit>(&dialog, "projectId");
    projectId->clear();
    QTest::keyClicks(projectId, QStringLiteral("abc123"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    Profile expected = akSkProfile();
    expected.connection.projectId = QStringLiteral("abc123");
    compareProfiles(requested.at(0).at(0).value<Profile>(), expected);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result->text(), QStringLiteral("Testing…"));
    QVERIFY(!button->isEnabled());

    dialog.setTestResult(true, QStringLiteral("Connected: 3 failed tasks."));
    QCOMPARE(result->text(), QStringLiteral("Connected: 3 failed tasks."));
    QVERIFY(button->isEnabled());

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.size(), 2);
    dialog.setTestResult(false, QStringLiteral("401 APIGW.0301: Incorrect IAM authentication."));
    QCOMPARE(result->text(), QStringLiteral("401 APIGW.0301: Incorrect IAM authentication."));
    QVERIFY(button->isEnabled());

    // No test without what a request needs.
    child<QLineEdit>(&dialog, "secretKey")->clear();
    QVERIFY(!button->isEnabled());
    QCOMPARE(result->text(), QString()); // an edit makes an old result stale
}

void TstProfiles::dialogSecretNote()
{
    ProfileDialog dialog;
    ProfileStore store;
    store.setKeychainEnabled(false);
    dialog.setSecretNote(store.secretStorageText());
    QCOMPARE(child<QLabel>(&dialog, "secretNote")->text(), store.secretStorageText());
    QVERIFY(store.secretStorageText().contains(QLatin1String("until the program closes")));

    // The keychain's own words behind a Details link.
    auto *note = child<QLabel>(&dialog, "secretNote");
    const QString technical =
        QStringLiteral("Failed to execute child process \"dbus-launch\" (No such file)");
    dialog.setSecretNote(store.secretStorageText(), technical);
    QVERIFY(note->text().contains(QStringLiteral("Details")));
    QVERIFY(!note->text().contains(QStringLiteral("dbus-launch")));
    Q_EMIT note->linkActivated(QStringLiteral("details"));
    QVERIFY(note->text().contains(technical.toHtmlEscaped()));
    QVERIFY(note->text().contains(store.secretStorageText()));
}

QTEST_MAIN(TstProfiles)
#include "tst_profiles.moc"
