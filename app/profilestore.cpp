#include "app/profilestore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <memory>

namespace sdrs {

namespace {

const QString &keychainService()
{
    static const QString service = QStringLiteral("sdrs-failures");
    return service;
}

QString profilesGroup()
{
    return QStringLiteral("profiles");
}

QString lastProfileKey()
{
    return QStringLiteral("lastProfile");
}

/// A profile name as one settings group: `/` would open a subgroup and `\` is QSettings' own
/// escape, so both are percent-encoded, and `%` with them so that decoding is exact.
QString encodeName(const QString &name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c == u'%')
            key += QStringLiteral("%25");
        else if (c == u'/')
            key += QStringLiteral("%2F");
        else if (c == u'\\')
            key += QStringLiteral("%5C");
        else
            key += c;
    }
    return key;
}

QString decodeName(const QString &key)
{
    QString name = key;
    name.replace(QStringLiteral("%2F"), QStringLiteral("/"), Qt::CaseInsensitive);
    name.replace(QStringLiteral("%5C"), QStringLiteral("\\"), Qt::CaseInsensitive);
    name.replace(QStringLiteral("%25"), QStringLiteral("%"));
    return name;
}

QString groupOf(const QString &name)
{
    return profilesGroup() + u'/' + encodeName(name);
}

QString authWord(Connection::Auth auth)
{
    switch (auth) {
    case Connection::Auth::Token:
        break;
    case Connection::Auth::Password:
        return QStringLiteral("password");
    case Connection::Auth::AkSk:
        return QStringLiteral("aksk");
    }
    return QStringLiteral("token");
}

Connection::Auth authFromWord(const QString &word)
{
    if (word == QLatin1String("password"))
        return Connection::Auth::Password;
    if (word == QLatin1String("aksk"))
        return Connection::Auth::AkSk;
    return Connection::Auth::Token;
}

/// A URL for the settings file: never with a password in it.
QString urlText(const QUrl &url)
{
    return url.toString(QUrl::RemovePassword);
}

void setText(QSettings &settings, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        settings.setValue(key, value);
}

void setNumber(QSettings &settings, const QString &key, int value, int defaultValue)
{
    if (value != defaultValue)
        settings.setValue(key, value);
}

QString secretsKey(const QString &name)
{
    return name;
}

QByteArray secretsToJson(const Connection &c)
{
    QJsonObject json;
    const auto put = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    put(QStringLiteral("token"), c.token);
    put(QStringLiteral("password"), c.password);
    put(QStringLiteral("secretKey"), c.secretKey);
    put(QStringLiteral("securityToken"), c.securityToken);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

bool secretsFromJson(const QByteArray &data, Connection &c)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject json = doc.object();
    c.token = json.value(QStringLiteral("token")).toString();
    c.password = json.value(QStringLiteral("password")).toString();
    c.secretKey = json.value(QStringLiteral("secretKey")).toString();
    c.securityToken = json.value(QStringLiteral("securityToken")).toString();
    return true;
}

/// Runs `call` now or, when the context is gone, not at all; a null context always runs it.
template<typename Callback> auto guarded(QObject *context, Callback callback)
{
    return [context = QPointer<QObject>(context), hasContext = context != nullptr,
            callback = std::move(callback)](auto &&...args) {
        if (hasContext && !context)
            return;
        if (callback)
            callback(std::forward<decltype(args)>(args)...);
    };
}

} // namespace

struct ProfileStore::KeychainResult
{
    bool answered = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data; ///< a read job's data
};

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{}

void ProfileStore::setKeychainEnabled(bool enabled)
{
    if (enabled == m_keychainEnabled)
        return;
    m_keychainEnabled = enabled;
    m_keychainGaveUp = false;
    m_failure = Failure::None;
    m_failureText.clear();
    m_storage = enabled ? SecretStorage::Unknown : SecretStorage::SessionOnly;
}

QStringList ProfileStore::names() const
{
    QSettings settings;
    settings.beginGroup(profilesGroup());
    QStringList names;
    const QStringList groups = settings.childGroups();
    for (const QString &group : groups)
        names.append(decodeName(group));
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int c = QString::compare(a, b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return names;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(profilesGroup());
    if (!settings.childGroups().contains(encodeName(name)))
        return std::nullopt;
    settings.beginGroup(encodeName(name));

    const Connection defaults;
    Profile p;
    p.name = name;
    Connection &c = p.connection;
    const auto text = [&settings](const QString &key) {
        return settings.value(key).toString();
    };
    const auto number = [&settings](const QString &key, int defaultValue) {
        bool ok = false;
        const int value = settings.value(key).toInt(&ok);
        return ok ? value : defaultValue;
    };
    c.endpoint = QUrl(text(QStringLiteral("endpoint")), QUrl::StrictMode);
    c.projectId = text(QStringLiteral("projectId"));
    c.projectName = text(QStringLiteral("projectName"));
    c.auth = authFromWord(text(QStringLiteral("auth")));
    c.iamUrl = QUrl(text(QStringLiteral("iamUrl")), QUrl::StrictMode);
    c.userName = text(QStringLiteral("userName"));
    c.domainName = text(QStringLiteral("domainName"));
    c.accessKey = text(QStringLiteral("accessKey"));
    c.signingVariant = text(QStringLiteral("signingVariant")) == QLatin1String("B")
                           ? signing::Variant::B
                           : signing::Variant::A;
    c.signingRegion = text(QStringLiteral("signingRegion"));
    c.signingService = text(QStringLiteral("signingService"));
    c.caFile = text(QStringLiteral("caFile"));
    c.timeoutMs = number(QStringLiteral("timeoutMs"), defaults.timeoutMs);
    c.maxRetries = number(QStringLiteral("maxRetries"), defaults.maxRetries);
    c.retryBaseDelayMs = number(QStringLiteral("retryBaseDelayMs"), defaults.retryBaseDelayMs);
    c.maxRetryAfterMs = number(QStringLiteral("maxRetryAfterMs"), defaults.maxRetryAfterMs);
    return p;
}

namespace {

/// Every field but the secrets (token, password, secret key, security token), under the
/// profile's group.
void writeSettings(const Profile &profile)
{
    const QString name = profile.name;
    const Connection defaults;
    const Connection &c = profile.connection;
    QSettings settings;
    settings.remove(groupOf(name));
    settings.beginGroup(groupOf(name));
    settings.setValue(QStringLiteral("auth"), authWord(c.auth));
    setText(settings, QStringLiteral("endpoint"), urlText(c.endpoint));
    setText(settings, QStringLiteral("projectId"), c.projectId);
    setText(settings, QStringLiteral("projectName"), c.projectName);
    setText(settings, QStringLiteral("iamUrl"), urlText(c.iamUrl));
    setText(settings, QStringLiteral("userName"), c.userName);
    setText(settings, QStringLiteral("domainName"), c.domainName);
    setText(settings, QStringLiteral("accessKey"), c.accessKey);
    settings.setValue(QStringLiteral("signingVariant"), c.signingVariant == signing::Variant::B
                                                            ? QStringLiteral("B")
                                                            : QStringLiteral("A"));
    setText(settings, QStringLiteral("signingRegion"), c.signingRegion);
    setText(settings, QStringLiteral("signingService"), c.signingService);
    setText(settings, QStringLiteral("caFile"), c.caFile);
    setNumber(settings, QStringLiteral("timeoutMs"), c.timeoutMs, defaults.timeoutMs);
    setNumber(settings, QStringLiteral("maxRetries"), c.maxRetries, defaults.maxRetries);
    setNumber(settings, QStringLiteral("retryBaseDelayMs"), c.retryBaseDelayMs,
              defaults.retryBaseDelayMs);
    setNumber(settings, QStringLiteral("maxRetryAfterMs"), c.maxRetryAfterMs,
              defaults.maxRetryAfterMs);
    settings.endGroup();
    settings.sync();
}

} // namespace

void ProfileStore::save(const Profile &profile, QObject *context,
                        std::function<void(const QString &)> done)
{
    auto reply = guarded(context, std::move(done));
    const QString name = profile.name;
    if (name.isEmpty()) {
        QTimer::singleShot(0, this, [reply] { reply(tr("A profile needs a name.")); });
        return;
    }

    writeSettings(profile);
    Q_EMIT profilesChanged();

    const QByteArray secrets = secretsToJson(profile.connection);
    if (!keychainUsable()) {
        m_sessionSecrets.insert(name, secrets);
        m_storage = SecretStorage::SessionOnly;
        QTimer::singleShot(0, this, [this, reply] { reply(secretStorageText()); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(keychainService());
    job->setKey(secretsKey(name));
    job->setBinaryData(secrets);
    runKeychainJob(job, [this, name, secrets, reply](const KeychainResult &result) {
        if (result.answered && result.error == QKeychain::NoError) {
            m_sessionSecrets.remove(name);
            m_storage = SecretStorage::Keychain;
            m_failure = Failure::None;
            m_failureText.clear();
            reply(QString());
            return;
        }
        m_sessionSecrets.insert(name, secrets);
        noteKeychainFailure(result);
        reply(secretStorageText());
    });
}

void ProfileStore::remove(const QString &name)
{
    if (name.isEmpty())
        return;
    {
        QSettings settings;
        settings.remove(groupOf(name));
        if (settings.value(lastProfileKey()).toString() == name)
            settings.remove(lastProfileKey());
        settings.sync();
    }
    m_sessionSecrets.remove(name);
    if (keychainUsable()) {
        auto *job = new QKeychain::DeletePasswordJob(keychainService());
        job->setKey(secretsKey(name));
        // EntryNotFound is the normal answer for a profile whose secrets were never stored there.
        runKeychainJob(job, [this](const KeychainResult &result) {
            if (!result.answered)
                noteKeychainFailure(result);
        });
    }
    Q_EMIT profilesChanged();
}

void ProfileStore::load(const QString &name, QObject *context,
                        std::function<void(const Profile &, const QString &)> done)
{
    auto reply = guarded(context, std::move(done));
    const auto later = [this](auto call) {
        QTimer::singleShot(0, this, std::move(call));
    };

    const std::optional<Profile> saved = profile(name);
    if (!saved) {
        later([reply, name] {
            reply(Profile{name, {}}, tr("There is no saved profile named “%1”.").arg(name));
        });
        return;
    }
    Profile p = *saved;
    const auto session = m_sessionSecrets.constFind(name);
    if (session != m_sessionSecrets.cend()) {
        secretsFromJson(*session, p.connection);
        later([reply, p] { reply(p, QString()); });
        return;
    }
    if (!keychainUsable()) {
        later([this, reply, p] {
            //: %1 is a profile name, %2 a sentence about where secrets are stored.
            reply(p, tr("The secrets of “%1” are not known in this session: enter them again. %2")
                         .arg(p.name, secretStorageText()));
        });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(keychainService());
    job->setKey(secretsKey(name));
    runKeychainJob(job, [this, reply, p](const KeychainResult &result) mutable {
        if (result.answered && result.error == QKeychain::NoError) {
            m_storage = SecretStorage::Keychain;
            m_failure = Failure::None;
            m_failureText.clear();
            if (!secretsFromJson(result.data, p.connection)) {
                reply(p, tr("The secrets stored for “%1” in the system keychain are damaged: "
                            "enter them again.")
                             .arg(p.name));
                return;
            }
            reply(p, QString());
            return;
        }
        if (result.answered && result.error == QKeychain::EntryNotFound) {
            m_storage = SecretStorage::Keychain;
            reply(
                p,
                tr("The system keychain holds no secrets for “%1”: enter them again.").arg(p.name));
            return;
        }
        noteKeychainFailure(result);
        //: %1 is a profile name, %2 a sentence about where secrets are stored.
        reply(p, tr("The secrets of “%1” could not be read. %2").arg(p.name, secretStorageText()));
    });
}

QString ProfileStore::lastProfile() const
{
    return QSettings().value(lastProfileKey()).toString();
}

void ProfileStore::setLastProfile(const QString &name)
{
    QSettings settings;
    if (name.isEmpty())
        settings.remove(lastProfileKey());
    else
        settings.setValue(lastProfileKey(), name);
}

QString ProfileStore::secretStorageText() const
{
    if (!m_keychainEnabled)
        return tr("The system keychain is not used: passwords are kept only until the program "
                  "closes.");
    switch (m_storage) {
    case SecretStorage::Unknown:
        return tr("Secrets are stored in the system keychain, or for this session only when no "
                  "keychain service answers.");
    case SecretStorage::Keychain:
        return tr("Secrets are kept in the system keychain.");
    case SecretStorage::SessionOnly:
        break;
    }
    if (m_failure == Failure::Refused)
        return tr("The system keychain refused access: passwords are kept only until the program "
                  "closes.");
    return tr("The system keychain is not available: passwords are kept only until the program "
              "closes.");
}

QString ProfileStore::secretStorageDetails() const
{
    if (m_storage != SecretStorage::SessionOnly || !m_keychainEnabled)
        return {};
    if (m_failure == Failure::NoAnswer)
        //: The details of "The system keychain is not available: ...". %1 is a number.
        return tr("No keychain service answered within %1 seconds.")
            .arg(m_keychainTimeoutMs / 1000.0);
    return m_failureText.trimmed();
}

void ProfileStore::runKeychainJob(QKeychain::Job *job,
                                  std::function<void(const KeychainResult &)> finished)
{
    // The job is not parented to the store: a backend may still call back into it after the
    // store is gone, so it deletes itself once it has finished, whenever that is.
    job->setAutoDelete(true);
    auto settled = std::make_shared<bool>(false);
    connect(job, &QKeychain::Job::finished, this, [settled, finished](QKeychain::Job *done) {
        if (*settled)
            return; // answered after the timeout: the session store has the secrets already
        *settled = true;
        KeychainResult result;
        result.answered = true;
        result.error = done->error();
        result.errorString = done->errorString();
        if (const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            result.data = read->binaryData();
        finished(result);
    });
    if (m_keychainTimeoutMs > 0) {
        QTimer::singleShot(m_keychainTimeoutMs, this, [settled, finished] {
            if (*settled)
                return;
            *settled = true;
            finished(KeychainResult{});
        });
    }
    job->start();
}

void ProfileStore::noteKeychainFailure(const KeychainResult &result)
{
    m_storage = SecretStorage::SessionOnly;
    m_failureText = result.errorString;
    if (!result.answered) {
        m_failure = Failure::NoAnswer;
        m_keychainGaveUp = true;
        return;
    }
    switch (result.error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        m_failure = Failure::Refused;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        m_failure = Failure::NoService;
        m_keychainGaveUp = true;
        break;
    default:
        m_failure = Failure::Error;
        break;
    }
}

} // namespace sdrs
