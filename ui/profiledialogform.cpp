// ProfileDialog's form: its sections, fields and labels, built once by the constructor.
#include "ui/profiledialog_p.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>

namespace sdrs::ui {

namespace {

constexpr int MaxSecretLength = 1 << 18; // IAM tokens are several KB

QLineEdit *lineEdit(const QString &objectName, QWidget *parent, bool secret = false)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    if (secret) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(MaxSecretLength);
    }
    return edit;
}

} // namespace

QLabel *ProfileDialog::fieldLabel(const QString &text, QWidget *buddy)
{
    auto *l = new QLabel(text, this);
    l->setBuddy(buddy);
    d->labels.append(l);
    return l;
}

QFormLayout *ProfileDialog::buildGeneralSection()
{
    d->name = lineEdit(QStringLiteral("profileName"), this);
    d->name->setPlaceholderText(tr("e.g. OTC production"));

    d->endpointPreset = new QComboBox(this);
    d->endpointPreset->setObjectName(QStringLiteral("endpointPreset"));
    const QList<EndpointPreset> &presets = endpointPresets();
    for (int i = 0; i < presets.size(); ++i)
        d->endpointPreset->addItem(presets.at(i).label, i);
    //: Endpoint choice: the user types the SDRS URL.
    d->endpointPreset->addItem(tr("Custom…"), CustomEndpoint);

    d->endpointUrl = lineEdit(QStringLiteral("endpointUrl"), this);
    d->endpointUrl->setPlaceholderText(tr("https://sdrs.example.com"));
    d->endpointUrl->setToolTip(
        tr("The SDRS endpoint, or a URL that already ends in /v1/{project_id}. With a password "
           "sign-in it may stay empty: the token's service catalog names it."));

    d->projectId = lineEdit(QStringLiteral("projectId"), this);
    d->projectId->setToolTip(tr("The project whose failed tasks are shown (console: My "
                                "Credentials, Projects)."));

    d->authKind = new QComboBox(this);
    d->authKind->setObjectName(QStringLiteral("authKind"));
    //: Sign-in kind: a fixed IAM token pasted by the user.
    d->authKind->addItem(tr("Token"), int(Connection::Auth::Token));
    d->authKind->addItem(tr("IAM user and password"), int(Connection::Auth::Password));
    //: Sign-in kind: access key and secret key.
    d->authKind->addItem(tr("AK/SK"), int(Connection::Auth::AkSk));

    auto *form = new QFormLayout;
    form->addRow(fieldLabel(tr("&Name:"), d->name), d->name);
    form->addRow(fieldLabel(tr("&Endpoint:"), d->endpointPreset), d->endpointPreset);
    form->addRow(fieldLabel(tr("UR&L:"), d->endpointUrl), d->endpointUrl);
    form->addRow(fieldLabel(tr("&Project ID:"), d->projectId), d->projectId);
    form->addRow(fieldLabel(tr("&Sign in with:"), d->authKind), d->authKind);
    return form;
}

void ProfileDialog::buildSignInPages()
{
    // One page per sign-in kind, in the order of the kinds in authKind.
    d->authPages = new QStackedWidget(this);
    d->authPages->setObjectName(QStringLiteral("authPages"));

    QFormLayout *tokenForm = d->addAuthPage();
    d->token = lineEdit(QStringLiteral("token"), tokenForm->parentWidget(), true);
    d->token->setToolTip(
        tr("A project-scoped IAM token (X-Auth-Token). It is valid for 24 hours."));
    tokenForm->addRow(fieldLabel(tr("&Token:"), d->token), d->token);

    QFormLayout *passwordForm = d->addAuthPage();
    QWidget *passwordPage = passwordForm->parentWidget();
    d->iamUrl = lineEdit(QStringLiteral("iamUrl"), passwordPage);
    d->iamUrl->setPlaceholderText(tr("https://iam.example.com/v3"));
    d->userName = lineEdit(QStringLiteral("userName"), passwordPage);
    d->password = lineEdit(QStringLiteral("password"), passwordPage, true);
    d->domainName = lineEdit(QStringLiteral("domainName"), passwordPage);
    d->domainName->setToolTip(tr("The account (domain) name the IAM user belongs to."));
    d->projectName = lineEdit(QStringLiteral("projectName"), passwordPage);
    d->projectName->setPlaceholderText(tr("instead of the project ID, e.g. eu-de"));
    passwordForm->addRow(fieldLabel(tr("&IAM URL:"), d->iamUrl), d->iamUrl);
    d->passwordGoesTo = new QLabel(passwordPage);
    d->passwordGoesTo->setObjectName(QStringLiteral("passwordGoesTo"));
    d->passwordGoesTo->setWordWrap(true);
    d->passwordGoesTo->setForegroundRole(QPalette::PlaceholderText);
    passwordForm->addRow(QString(), d->passwordGoesTo);
    passwordForm->addRow(fieldLabel(tr("&User name:"), d->userName), d->userName);
    passwordForm->addRow(fieldLabel(tr("Pass&word:"), d->password), d->password);
    passwordForm->addRow(fieldLabel(tr("&Domain:"), d->domainName), d->domainName);
    passwordForm->addRow(fieldLabel(tr("Project na&me:"), d->projectName), d->projectName);

    buildAkSkPage(d->addAuthPage());
}

void ProfileDialog::buildAkSkPage(QFormLayout *akSkForm)
{
    QWidget *akSkPage = akSkForm->parentWidget();
    d->accessKey = lineEdit(QStringLiteral("accessKey"), akSkPage);
    d->secretKey = lineEdit(QStringLiteral("secretKey"), akSkPage, true);
    d->securityToken = lineEdit(QStringLiteral("securityToken"), akSkPage, true);
    d->securityToken->setPlaceholderText(tr("only for temporary credentials"));
    d->signingVariant = new QComboBox(akSkPage);
    d->signingVariant->setObjectName(QStringLiteral("signingVariant"));
    //: AK/SK signing scheme A.
    d->signingVariant->addItem(tr("A (Huawei Cloud SDKs)"), int(signing::Variant::A));
    //: AK/SK signing scheme B.
    d->signingVariant->addItem(tr("B (OTC SDKs)"), int(signing::Variant::B));
    d->signingVariant->setToolTip(
        tr("The signature scheme the gateway expects. Try the other one when requests are "
           "rejected with an authentication error."));
    akSkForm->addRow(fieldLabel(tr("&Access key:"), d->accessKey), d->accessKey);
    akSkForm->addRow(fieldLabel(tr("Secret ke&y:"), d->secretKey), d->secretKey);
    akSkForm->addRow(fieldLabel(tr("Security &token:"), d->securityToken), d->securityToken);
    akSkForm->addRow(fieldLabel(tr("Si&gning:"), d->signingVariant), d->signingVariant);
}

void ProfileDialog::buildSecretNoteAndCaFile(QFormLayout *form)
{
    d->secretNote = new QLabel(this);
    d->secretNote->setObjectName(QStringLiteral("secretNote"));
    d->secretNote->setWordWrap(true);
    d->secretNote->setForegroundRole(QPalette::PlaceholderText);
    d->secretNote->setTextFormat(Qt::RichText);
    form->addRow(QString(), d->secretNote);

    // Transport.
    d->caFile = lineEdit(QStringLiteral("caFile"), this);
    d->caFile->setPlaceholderText(tr("optional: extra trusted CAs (PEM)"));
    d->browseCaFile = new QPushButton(tr("&Browse…"), this);
    d->browseCaFile->setObjectName(QStringLiteral("browseCaFile"));
    d->browseCaFile->setAutoDefault(false);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(d->caFile, 1);
    caRow->addWidget(d->browseCaFile);
    form->addRow(fieldLabel(tr("&CA file:"), d->caFile), caRow);
}

QHBoxLayout *ProfileDialog::buildTestRow()
{
    d->testButton = new QPushButton(tr("Test c&onnection"), this);
    d->testButton->setObjectName(QStringLiteral("testButton"));
    d->testButton->setAutoDefault(false);
    d->testIcon = new QLabel(this);
    d->testIcon->setObjectName(QStringLiteral("testIcon"));
    d->testResult = new QLabel(this);
    d->testResult->setAccessibleName(tr("Result of the connection test"));
    d->testResult->setObjectName(QStringLiteral("testResult"));
    d->testResult->setWordWrap(true);
    d->testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(d->testButton, 0, Qt::AlignTop);
    testRow->addWidget(d->testIcon, 0, Qt::AlignTop);
    testRow->addWidget(d->testResult, 1);
    return testRow;
}

void ProfileDialog::setUpTabOrder()
{
    setTabOrder(d->name, d->endpointPreset);
    setTabOrder(d->endpointPreset, d->endpointUrl);
    setTabOrder(d->endpointUrl, d->projectId);
    setTabOrder(d->projectId, d->authKind);
    setTabOrder(d->authKind, d->token);
    setTabOrder(d->token, d->iamUrl);
    setTabOrder(d->iamUrl, d->userName);
    setTabOrder(d->userName, d->password);
    setTabOrder(d->password, d->domainName);
    setTabOrder(d->domainName, d->projectName);
    setTabOrder(d->projectName, d->accessKey);
    setTabOrder(d->accessKey, d->secretKey);
    setTabOrder(d->secretKey, d->securityToken);
    setTabOrder(d->securityToken, d->signingVariant);
    setTabOrder(d->signingVariant, d->caFile);
    setTabOrder(d->caFile, d->browseCaFile);
    setTabOrder(d->browseCaFile, d->testButton);
    setTabOrder(d->testButton, d->buttons);
}

} // namespace sdrs::ui
