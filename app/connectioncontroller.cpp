#include "app/connectioncontroller.h"

#include "app/api/sdrsclient.h"
#include "app/profilestore.h"
#include "app/session.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/profiledialog.h"

namespace sdrs {

namespace {

QString connectionLabel(const SdrsClient &client)
{
    const QUrl base = client.serviceBase();
    if (!base.isEmpty())
        return base.toString(QUrl::RemoveUserInfo);
    const Connection &c = client.connection();
    //: The connection shown in the window: %1 is the SDRS endpoint URL, %2 the IAM user name.
    return ConnectionController::tr("%1 via IAM sign-in as %2")
        .arg(c.endpoint.toString(QUrl::RemoveUserInfo), c.userName);
}

} // namespace

QString ConnectionController::demoProfileName()
{
    //: The name of the connection to the built-in demo data (like a profile name).
    return tr("Demo data");
}

ConnectionController::ConnectionController(Session &session, ui::MainWindow *window,
                                           ProfileStore *profiles, QObject *parent)
    : SessionController(session, window, parent)
    , m_profiles(profiles)
{
    connect(m_window, &ui::MainWindow::profileChosen, this, &ConnectionController::choose);
    connect(m_window, &ui::MainWindow::newProfileRequested, this, [this] { editProfile(true); });
    connect(m_window, &ui::MainWindow::editProfileRequested, this, [this] { editProfile(false); });
    connect(m_window, &ui::MainWindow::deleteProfileRequested, this,
            &ConnectionController::deleteProfile);
    connect(m_profiles, &ProfileStore::profilesChanged, this,
            &ConnectionController::refreshProfileList);
}

void ConnectionController::choose(const QString &name)
{
    if (name == m_session.name() && m_session.client())
        return;
    if (const std::optional<Connection> unsaved = m_session.unsaved(name))
        useConnection(*unsaved, name);
    else
        useProfile(name);
}

void ConnectionController::refreshProfileList()
{
    QStringList names = m_session.unsavedNames();
    for (const QString &name : m_profiles->names()) {
        if (!names.contains(name))
            names << name;
    }
    m_window->setProfiles(names, m_session.name());
    m_window->setProfileDeletable(m_session.isSaved() &&
                                  m_profiles->profile(m_session.name()).has_value());
}

void ConnectionController::deleteProfile()
{
    const QString name = m_session.name();
    if (!m_session.isSaved() || !m_profiles->profile(name))
        return; // the demo's or the command line's connection: nothing saved
    if (!ui::confirmDeleteProfile(m_window, name))
        return;
    m_session.newProfileRequest(); // a read of the profile still running is stale
    m_profiles->remove(name);
    //: %1 is the name of the deleted profile.
    disconnectClient(QString(),
                     tr("The connection profile \u201c%1\u201d is deleted. Choose another "
                        "connection in the toolbar or add one with New\u2026")
                         .arg(name),
                     ui::MessageKind::Information);
}

void ConnectionController::disconnectClient(const QString &name, const QString &why,
                                            ui::MessageKind kind)
{
    m_session.disconnectFrom(name, m_profiles->profile(name).has_value());
    m_window->setBusy(false);
    m_window->setDemo(false);
    m_window->clearForNewConnection();
    //: Shown where the connection's address would be.
    m_window->setConnectionText(tr("Not connected"));
    m_window->setEndpoint({});
    m_window->showNotice(why, kind);
    refreshProfileList();
}

void ConnectionController::useConnection(const Connection &connection, const QString &name)
{
    const bool replacing = m_session.client() != nullptr;
    const bool saved = m_profiles->profile(name).has_value() && name != demoProfileName();
    m_session.connectTo(connection, name, saved);
    if (!saved) {
        // The demo or the command line's connection: kept in the switcher for this session.
        m_session.rememberUnsaved(Profile{name, connection});
    }
    m_window->setBusy(false);
    if (replacing)
        m_window->clearForNewConnection();
    m_window->setDemo(name == demoProfileName());
    m_window->setConnectionText(connectionLabel(*m_session.client()));
    m_window->setEndpoint(connection.endpoint);
    refreshProfileList();
    Q_EMIT connected();
}

void ConnectionController::useProfile(const QString &name)
{
    if (!m_profiles->profile(name)) {
        m_window->showNotice(tr("There is no connection profile named \"%1\".").arg(name),
                             ui::MessageKind::Warning);
        return;
    }
    m_window->setBusy(true, tr("Reading the profile\u2026"));
    const quint64 request = m_session.newProfileRequest();
    m_profiles->load(
        name, this, [this, name, request](const Profile &profile, const QString &note) {
            if (!m_session.isCurrentProfileRequest(request))
                return; // another choice was made meanwhile
            m_window->setBusy(false);
            m_profiles->setLastProfile(name);
            const QString problem = profile.connection.validate();
            if (!problem.isEmpty()) {
                disconnectClient(name,
                                 //: %1 is the profile's name, %2 what is missing (sentences).
                                 tr("The profile \u201c%1\u201d cannot be used yet: %2 Use "
                                    "Edit\u2026 to complete it.")
                                     .arg(name, note.isEmpty() ? problem : note + u' ' + problem));
                return;
            }
            useConnection(profile.connection, name);
        });
}

void ConnectionController::startWithSavedProfiles()
{
    const QStringList names = m_profiles->names();
    QString name = m_profiles->lastProfile();
    if (!names.contains(name))
        name = names.value(0);
    if (!name.isEmpty()) {
        useProfile(name);
        return;
    }
    refreshProfileList();
    //: Shown where the connection's address would be.
    m_window->setConnectionText(tr("Not connected"));
    m_window->showNotice(tr("No connection yet. Add one with New\u2026 in the toolbar, or start "
                            "the program with --demo to try it on built-in demo data."));
}

void ConnectionController::editProfile(bool asNew)
{
    const QString &name = m_session.name();
    if (asNew || name.isEmpty() || name == demoProfileName()) {
        // The demo's endpoint lives only as long as this process: never offered for saving.
        Profile fresh;
        fresh.connection.endpoint = QUrl(QStringLiteral("https://sdrs.eu-de.otc.t-systems.com"));
        runProfileDialog(fresh, true);
        return;
    }
    if (!m_session.isSaved()) {
        // The command line's connection: offer to save it as a profile.
        runProfileDialog(Profile{QString(), m_session.connection()}, true);
        return;
    }
    m_profiles->load(name, this, [this](const Profile &profile, const QString &) {
        runProfileDialog(profile, false);
    });
}

void ConnectionController::runProfileDialog(const Profile &start, bool asNew)
{
    ui::ProfileDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("profileDialog"));
    QStringList taken = m_profiles->names();
    taken << demoProfileName();
    if (!asNew)
        taken.removeAll(start.name);
    dialog.setTakenNames(taken);
    dialog.setSecretNote(m_profiles->secretStorageText(), m_profiles->secretStorageDetails());
    dialog.setProfile(start);

    QPointer<ui::ProfileDialog> guard(&dialog);
    connect(&dialog, &ui::ProfileDialog::testRequested, this,
            [this, guard](const Profile &p) { testProfile(guard, p); });
    if (dialog.exec() != QDialog::Accepted || !guard)
        return;
    const Profile profile = dialog.profile();
    if (!asNew && profile.name != start.name)
        m_profiles->remove(start.name);
    m_profiles->save(profile, this, [this](const QString &note) {
        // Bug 12: said in the message bar, where it stays, not in the status bar for 10 s.
        if (!note.isEmpty())
            m_window->showMessage(ui::MessageKind::Warning, note,
                                  m_profiles->secretStorageDetails());
    });
    m_profiles->setLastProfile(profile.name);
    useConnection(profile.connection, profile.name);
    refreshProfileList();
}

void ConnectionController::testProfile(QPointer<ui::ProfileDialog> dialog, const Profile &profile)
{
    if (!dialog)
        return;
    // A client of its own: the test must not disturb the connection in use.
    auto *client = new SdrsClient(m_session.adjusted(profile.connection), dialog);
    client->listAllProtectionGroups(
        GroupQuery{}, dialog, [dialog, client](const Result<ProtectionGroupPage> &r) {
            if (r.ok()) {
                //: The result of "Test connection"; %1 is a number.
                dialog->setTestResult(true, tr("Connected. Protection groups in the project: %1.")
                                                .arg(r.value.groups.size()));
            } else {
                dialog->setTestResult(false, ui::errorSentence(r.error) + u'\n' +
                                                 ui::errorDetails(r.error));
            }
            client->deleteLater();
        });
}

} // namespace sdrs
