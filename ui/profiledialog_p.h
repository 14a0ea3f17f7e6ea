// The parts of ProfileDialog shared by profiledialog.cpp (behaviour) and profiledialogform.cpp
// (the form's widgets). Not for use elsewhere.
#pragma once

#include "ui/profiledialog.h"
#include "ui/statusstyle.h"

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace sdrs::ui {

/// The endpoint combo box's data for "Custom…" (the presets have their index).
inline constexpr int CustomEndpoint = -1;

struct ProfileDialog::Private
{
    Profile original; ///< the profile given to setProfile(): its name and the fields not shown
    QStringList takenNames;
    bool testing = false;
    bool syncingEndpoint = false;
    ProfileDialog *q = nullptr;

    QLineEdit *name = nullptr;
    QComboBox *endpointPreset = nullptr;
    QLineEdit *endpointUrl = nullptr;
    QLineEdit *projectId = nullptr;
    QComboBox *authKind = nullptr;
    QStackedWidget *authPages = nullptr;

    QLineEdit *token = nullptr;

    QLineEdit *iamUrl = nullptr;
    QLabel *passwordGoesTo = nullptr; ///< "Your password is sent to: HOST"
    QLineEdit *userName = nullptr;
    QLineEdit *password = nullptr;
    QLineEdit *domainName = nullptr;
    QLineEdit *projectName = nullptr;

    QLineEdit *accessKey = nullptr;
    QLineEdit *secretKey = nullptr;
    QLineEdit *securityToken = nullptr;
    QComboBox *signingVariant = nullptr;

    QLineEdit *caFile = nullptr;
    QPushButton *browseCaFile = nullptr;
    QLabel *secretNote = nullptr;
    QPushButton *testButton = nullptr;
    QLabel *testIcon = nullptr;
    QLabel *testResult = nullptr;
    QLabel *problem = nullptr;
    QDialogButtonBox *buttons = nullptr;

    QList<QLabel *> labels; ///< every field label, all made as wide as the widest one

    Connection connection() const;
    QString problemText() const;
    /// Enables OK and Test and shows the problem, after any change.
    void updateState();
    /// After an edit by the user: an earlier test result no longer applies.
    void edited();
    /// Fills the endpoint and IAM URLs from a preset (an index into endpointPresets()).
    void applyPreset(int preset);
    /// Shows the preset of `url` in the combo box, or "Custom…", without filling any field.
    void selectPresetFor(const QString &url);
    /// After the endpoint URL changed: the IAM URL follows it (the IAM of its region, or empty
    /// for an endpoint of no known form), so that a password never goes to another cloud.
    void endpointChanged(const QString &url);
    /// Says where the password goes: the host of the IAM URL.
    void updatePasswordGoesTo();
    /// Adds an empty page to authPages and gives its form (the page is the form's parent).
    QFormLayout *addAuthPage();
    /// Shows the page of a sign-in kind; the hidden pages do not count for the dialog's size.
    void showAuthPage(int index);
    /// Fits the dialog's height to its contents (after a page of another size was shown).
    void shrinkToFit();
    void showTestState(StatusTone tone, const QString &text);
};

} // namespace sdrs::ui
