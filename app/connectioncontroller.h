#pragma once

#include "app/session.h"
#include "models/connection.h"
#include "models/profile.h"
#include "ui/messagekind.h"

#include <QObject>
#include <QPointer>

namespace sdrs {

class ProfileStore;

namespace ui {
class ProfileDialog;
} // namespace ui

/// Which connection the window uses: the demo's, the command line's or a saved profile's (its
/// secret read from the keychain first), chosen in the switcher, created or edited in the profile
/// dialog. A connection that cannot be used leaves the window "Not connected", saying why.
class ConnectionController final : public SessionController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionController)

public:
    /// Name shown in the profile switcher for the built-in demo connection.
    static QString demoProfileName();

    ConnectionController(Session &session, ui::MainWindow *window, ProfileStore *profiles,
                         QObject *parent = nullptr);

    /// Uses a connection that is not a saved profile (the demo, or the command line's), shown
    /// under `name`.
    void useConnection(const Connection &connection, const QString &name);
    /// Uses a saved profile (its secret read from the keychain first).
    void useProfile(const QString &name);
    /// Picks what to show at start: the last profile used, else the first one, else a hint.
    void startWithSavedProfiles();

Q_SIGNALS:
    /// A new client is in use: its groups and rows are to be loaded.
    void connected();

private:
    /// The switcher's choice: an unsaved connection of this session, else a saved profile.
    void choose(const QString &name);
    /// Drops the client: `name` is chosen but cannot be used; `why` says so, as a message of
    /// `kind`.
    void disconnectClient(const QString &name, const QString &why,
                          ui::MessageKind kind = ui::MessageKind::Warning);
    void refreshProfileList();
    /// Deletes the saved profile in use, once confirmed: its settings and its keychain entry.
    void deleteProfile();
    void editProfile(bool asNew);
    void runProfileDialog(const Profile &start, bool asNew);
    /// "Test connection" of the profile dialog: lists the groups with a client of its own.
    void testProfile(QPointer<ui::ProfileDialog> dialog, const Profile &profile);

    ProfileStore *m_profiles = nullptr;
};

} // namespace sdrs
