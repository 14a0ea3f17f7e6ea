#pragma once

#include "models/profile.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace sdrs {

/// Saved connection profiles. Everything but the secrets goes to QSettings (group "profiles");
/// the secrets (token, password, secret key, security token) go to the system keychain through
/// QtKeychain, one entry per profile. Where no keychain service answers (as on CI, or a desktop
/// without a secret service), secrets are kept in memory for this session only and
/// secretStorage() says so. A secret is never written to the settings file.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    enum class SecretStorage {
        Unknown,     ///< no keychain call has finished yet
        Keychain,    ///< the last keychain call worked
        SessionOnly, ///< no keychain service answered: secrets live until the program ends
    };

    explicit ProfileStore(QObject *parent = nullptr);

    /// Off: never ask the keychain (tests, or a user who does not want it); secrets are kept for
    /// the session only.
    void setKeychainEnabled(bool enabled);
    /// How long a keychain call may take before the session store is used instead (0 or less: no
    /// limit). A call that does not answer in time also stops further keychain calls for this
    /// session: QtKeychain runs one call at a time, so every later one would wait behind it.
    void setKeychainTimeoutMs(int ms) { m_keychainTimeoutMs = ms; }

    QStringList names() const; ///< sorted case-insensitively
    /// The profile without its secrets, or nullopt when there is none by that name.
    std::optional<Profile> profile(const QString &name) const;

    /// Writes the profile's settings at once and its secrets to the keychain (or the session
    /// store). `done` receives an empty string, or a sentence when the secret is kept for the
    /// session only.
    void save(const Profile &profile, QObject *context, std::function<void(const QString &)> done);
    /// Removes the settings and the keychain entry of a profile.
    void remove(const QString &name);
    /// The profile with its secrets from the keychain or the session store. `note` is empty, or a
    /// sentence when the secret could not be read (the profile then comes without it).
    void load(const QString &name, QObject *context,
              std::function<void(const Profile &profile, const QString &note)> done);

    QString lastProfile() const;
    void setLastProfile(const QString &name);

    SecretStorage secretStorage() const { return m_storage; }
    /// A sentence in plain words for the profile dialog and the message bar: where secrets are
    /// kept.
    QString secretStorageText() const;
    /// The keychain's own words for why it could not be used (for Details), or empty.
    QString secretStorageDetails() const;

Q_SIGNALS:
    void profilesChanged();

private:
    /// Why the last keychain call did not work.
    enum class Failure {
        None,
        NoAnswer,  ///< no answer within m_keychainTimeoutMs
        NoService, ///< no keychain backend on this system
        Refused,   ///< access denied (locked, or refused by the user)
        Error,     ///< anything else, e.g. no D-Bus session or no default collection
    };
    struct KeychainResult;

    bool keychainUsable() const { return m_keychainEnabled && !m_keychainGaveUp; }
    void runKeychainJob(QKeychain::Job *job, std::function<void(const KeychainResult &)> finished);
    void noteKeychainFailure(const KeychainResult &result);

    bool m_keychainEnabled = true;
    bool m_keychainGaveUp = false; ///< no backend, or a call never answered: stop asking
    int m_keychainTimeoutMs = 5000;
    SecretStorage m_storage = SecretStorage::Unknown;
    Failure m_failure = Failure::None;
    QString m_failureText;                       ///< the keychain's own words for the last failure
    QHash<QString, QByteArray> m_sessionSecrets; ///< profile name -> the secrets as JSON
};

} // namespace sdrs
