#pragma once

#include "models/profile.h"

#include <QDialog>

class QFormLayout;
class QHBoxLayout;
class QLabel;

namespace sdrs::ui {

/// Edits one connection profile: name; endpoint (presets for OTC eu-de and the Huawei regions,
/// or a custom URL); project id (or, with a password sign-in, a project name); sign-in by token,
/// IAM user/password/domain with the IAM URL, or AK/SK variant A or B with an optional security
/// token; an optional CA file. "Test connection" emits testRequested() with the profile as
/// entered; the caller answers with setTestResult(). OK is enabled only when
/// Connection::validate() and the name are fine; the reason shows under the form otherwise.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    explicit ProfileDialog(QWidget *parent = nullptr);
    ~ProfileDialog() override;

    /// Shows a saved profile for editing. Without a call, the dialog starts a new profile on the
    /// first endpoint preset with a token sign-in.
    void setProfile(const Profile &profile);
    /// The profile as entered: the name trimmed; of the sign-in fields only those of the chosen
    /// kind; the fields the form does not show (timeouts, AK/SK scope) as given to setProfile().
    Profile profile() const;
    /// Names already taken (a new profile may not reuse one; the edited one may keep its own).
    void setTakenNames(const QStringList &names);
    /// Where secrets are kept, shown next to the secret fields ("kept in the system keychain" or
    /// "kept only until the program closes"), in plain words; `details` (the keychain's own
    /// words) shows behind a Details link.
    void setSecretNote(const QString &text, const QString &details = {});
    /// The outcome of a test, in words; re-enables the Test button.
    void setTestResult(bool ok, const QString &text);

Q_SIGNALS:
    void testRequested(const sdrs::Profile &profile);

private:
    /// A field's label, made as wide as the others once the form is built.
    QLabel *fieldLabel(const QString &text, QWidget *buddy);
    // The constructor's sections, top to bottom.
    QFormLayout *buildGeneralSection();
    void buildSignInPages();
    void buildAkSkPage(QFormLayout *akSkForm);
    void buildSecretNoteAndCaFile(QFormLayout *form);
    QHBoxLayout *buildTestRow();
    void setUpTabOrder();
    void connectSignals();

    /// After the user picked an endpoint preset: fills the URLs, or for "Custom…" selects the URL.
    void presetChosen();
    void chooseCaFile();

    struct Private;
    Private *d;
};

/// Asks before a connection profile is deleted, naming it; Cancel is the default. True when
/// confirmed.
bool confirmDeleteProfile(QWidget *parent, const QString &name);

} // namespace sdrs::ui
