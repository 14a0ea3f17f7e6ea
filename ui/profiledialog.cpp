#include "ui/profiledialog.h"

#include "ui/statusstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace sdrs::ui {

namespace {

constexpr int CustomEndpoint = -1;
constexpr int MaxSecretLength = 1 << 18; // IAM tokens are several KB

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

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

struct ProfileDialog::Private
{
    Profile original; ///< the profile given to setProfile(): its name and the fields not shown
    QStringList takenNames;
    bool testing = false;
    bool syncingEndpoint = false;

    QLineEdit *name = nullptr;
    QComboBox *endpointPreset = nullptr;
    QLineEdit *endpointUrl = nullptr;
    QLineEdit *projectId = nullptr;
    QComboBox *authKind = nullptr;
    QStackedWidget *authPages = nullptr;

    QLineEdit *token = nullptr;

    QLineEdit *iamUrl = nullptr;
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
    /// Adds an empty page to authPages and gives its form (the page is the form's parent).
    QFormLayout *addAuthPage();
    /// Shows the page of a sign-in kind; the hidden pages do not count for the dialog's size.
    void showAuthPage(int index);
    void showTestState(StatusTone tone, const QString &text);
};

Connection ProfileDialog::Private::connection() const
{
    Connection c = original.connection; // keeps what the form does not show (timeouts, scope)
    c.endpoint = QUrl(endpointUrl->text().trimmed(), QUrl::StrictMode);
    c.projectId = projectId->text().trimmed();
    c.auth = static_cast<Connection::Auth>(authKind->currentData().toInt());
    c.caFile = caFile->text().trimmed();
    c.signingVariant = static_cast<signing::Variant>(signingVariant->currentData().toInt());

    // Only the fields of the chosen sign-in: a token typed before switching to AK/SK is not
    // saved with the profile.
    c.token.clear();
    c.iamUrl.clear();
    c.userName.clear();
    c.password.clear();
    c.domainName.clear();
    c.projectName.clear();
    c.accessKey.clear();
    c.secretKey.clear();
    c.securityToken.clear();
    switch (c.auth) {
    case Connection::Auth::Token:
        c.token = token->text().trimmed();
        break;
    case Connection::Auth::Password:
        c.iamUrl = QUrl(iamUrl->text().trimmed(), QUrl::StrictMode);
        c.userName = userName->text().trimmed();
        c.password = password->text(); // spaces may belong to a password
        c.domainName = domainName->text().trimmed();
        c.projectName = projectName->text().trimmed();
        break;
    case Connection::Auth::AkSk:
        c.accessKey = accessKey->text().trimmed();
        c.secretKey = secretKey->text().trimmed();
        c.securityToken = securityToken->text().trimmed();
        break;
    }
    return c;
}

QString ProfileDialog::Private::problemText() const
{
    const QString n = name->text().trimmed();
    if (n.isEmpty())
        return ProfileDialog::tr("Give the profile a name.");
    const bool keepsOwnName =
        !original.name.isEmpty() && n.compare(original.name, Qt::CaseInsensitive) == 0;
    if (!keepsOwnName && takenNames.contains(n, Qt::CaseInsensitive))
        return ProfileDialog::tr("A profile named “%1” exists already: choose another name.")
            .arg(n);
    return connection().validate();
}

void ProfileDialog::Private::updateState()
{
    const QString text = problemText();
    problem->setText(text);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
    testButton->setEnabled(!testing && connection().validate().isEmpty());
}

void ProfileDialog::Private::edited()
{
    if (!testing)
        showTestState(StatusTone::Neutral, QString());
    updateState();
}

void ProfileDialog::Private::applyPreset(int preset)
{
    const EndpointPreset &p = endpointPresets().at(preset);
    const bool wasSyncing = syncingEndpoint;
    syncingEndpoint = true;
    endpointUrl->setText(p.sdrsUrl);
    syncingEndpoint = wasSyncing;
    iamUrl->setText(p.iamUrl);
}

void ProfileDialog::Private::selectPresetFor(const QString &url)
{
    const QString wanted = withoutTrailingSlash(url.trimmed());
    int index = endpointPreset->findData(CustomEndpoint);
    const QList<EndpointPreset> &presets = endpointPresets();
    for (int i = 0; i < presets.size(); ++i) {
        if (presets.at(i).sdrsUrl.compare(wanted, Qt::CaseInsensitive) == 0) {
            index = endpointPreset->findData(i);
            break;
        }
    }
    const bool wasSyncing = syncingEndpoint;
    syncingEndpoint = true;
    endpointPreset->setCurrentIndex(index);
    syncingEndpoint = wasSyncing;
}

QFormLayout *ProfileDialog::Private::addAuthPage()
{
    auto *page = new QWidget(authPages);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    authPages->addWidget(page);
    return form;
}

void ProfileDialog::Private::showAuthPage(int index)
{
    for (int i = 0; i < authPages->count(); ++i) {
        const auto policy = i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        authPages->widget(i)->setSizePolicy(policy, policy);
    }
    authPages->setCurrentIndex(index);
    authPages->updateGeometry();
}

void ProfileDialog::Private::showTestState(StatusTone tone, const QString &text)
{
    if (text.isEmpty()) {
        testIcon->clear();
    } else {
        const int size = testIcon->style()->pixelMetric(QStyle::PM_SmallIconSize);
        testIcon->setPixmap(
            toneIcon(tone, testIcon->palette()).pixmap(size, size, QIcon::Normal, QIcon::On));
    }
    testResult->setText(text);
}

ProfileDialog::ProfileDialog(QWidget *parent)
    : QDialog(parent)
    , d(new Private)
{
    setWindowTitle(tr("Connection Profile"));
    setObjectName(QStringLiteral("ProfileDialog"));

    QFormLayout *form = buildGeneralSection();
    buildSignInPages();
    form->addRow(d->authPages);
    buildSecretNoteAndCaFile(form);
    QHBoxLayout *testRow = buildTestRow();

    d->problem = new QLabel(this);
    d->problem->setObjectName(QStringLiteral("problem"));
    d->problem->setWordWrap(true);

    d->buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    d->buttons->setObjectName(QStringLiteral("buttons"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(layout->spacing());
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(d->problem);
    layout->addWidget(d->buttons);

    // The outer form and the pages line up: every label as wide as the widest.
    int labelWidth = 0;
    for (const QLabel *l : std::as_const(d->labels))
        labelWidth = std::max(labelWidth, l->sizeHint().width());
    for (QLabel *l : std::as_const(d->labels))
        l->setMinimumWidth(labelWidth);

    setUpTabOrder();
    connectSignals();

    // A new profile starts on the first preset.
    d->selectPresetFor(endpointPresets().constFirst().sdrsUrl);
    d->applyPreset(0);
    d->showAuthPage(0);
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);
    d->updateState();
    d->name->setFocus();
}

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

void ProfileDialog::connectSignals()
{
    const auto edited = [this] {
        d->edited();
    };
    connect(d->endpointPreset, &QComboBox::currentIndexChanged, this, [this] {
        if (!d->syncingEndpoint)
            presetChosen();
    });
    connect(d->endpointUrl, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!d->syncingEndpoint)
            d->selectPresetFor(text);
    });
    connect(d->authKind, &QComboBox::currentIndexChanged, this,
            [this](int index) { d->showAuthPage(index); });
    connect(d->authKind, &QComboBox::currentIndexChanged, this, edited);
    connect(d->signingVariant, &QComboBox::currentIndexChanged, this, edited);
    const QList<QLineEdit *> edits = {
        d->name,      d->endpointUrl,   d->projectId,  d->token,       d->iamUrl,
        d->userName,  d->password,      d->domainName, d->projectName, d->accessKey,
        d->secretKey, d->securityToken, d->caFile};
    for (QLineEdit *edit : edits)
        connect(edit, &QLineEdit::textChanged, this, edited);

    connect(d->browseCaFile, &QPushButton::clicked, this, &ProfileDialog::chooseCaFile);
    connect(d->testButton, &QPushButton::clicked, this, [this] {
        d->testing = true;
        d->showTestState(StatusTone::Running, tr("Testing…"));
        d->updateState();
        Q_EMIT testRequested(profile());
    });
    connect(d->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ProfileDialog::presetChosen()
{
    const int preset = d->endpointPreset->currentData().toInt();
    if (preset == CustomEndpoint) {
        d->endpointUrl->setFocus();
        d->endpointUrl->selectAll();
    } else {
        d->applyPreset(preset);
    }
    d->edited();
}

void ProfileDialog::chooseCaFile()
{
    const QString current = d->caFile->text().trimmed();
    const QString start = current.isEmpty() ? QDir::homePath() : QFileInfo(current).path();
    const QString file =
        QFileDialog::getOpenFileName(this, tr("CA Certificates"), start,
                                     tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        d->caFile->setText(QDir::toNativeSeparators(file));
}

ProfileDialog::~ProfileDialog()
{
    delete d;
}

void ProfileDialog::setProfile(const Profile &profile)
{
    d->original = profile;
    d->testing = false;
    const Connection &c = profile.connection;

    d->syncingEndpoint = true;
    d->endpointUrl->setText(c.endpoint.toString());
    d->syncingEndpoint = false;
    d->selectPresetFor(d->endpointUrl->text());

    d->name->setText(profile.name);
    d->projectId->setText(c.projectId);
    d->token->setText(c.token);
    d->iamUrl->setText(c.iamUrl.toString());
    d->userName->setText(c.userName);
    d->password->setText(c.password);
    d->domainName->setText(c.domainName);
    d->projectName->setText(c.projectName);
    d->accessKey->setText(c.accessKey);
    d->secretKey->setText(c.secretKey);
    d->securityToken->setText(c.securityToken);
    d->signingVariant->setCurrentIndex(d->signingVariant->findData(int(c.signingVariant)));
    d->caFile->setText(c.caFile);
    d->authKind->setCurrentIndex(d->authKind->findData(int(c.auth)));
    d->showAuthPage(d->authKind->currentIndex());
    d->showTestState(StatusTone::Neutral, QString());
    d->updateState();
}

Profile ProfileDialog::profile() const
{
    return Profile{d->name->text().trimmed(), d->connection()};
}

void ProfileDialog::setTakenNames(const QStringList &names)
{
    d->takenNames = names;
    d->updateState();
}

void ProfileDialog::setSecretNote(const QString &text)
{
    d->secretNote->setText(text);
}

void ProfileDialog::setTestResult(bool ok, const QString &text)
{
    d->testing = false;
    d->updateState();
    d->showTestState(ok ? StatusTone::Success : StatusTone::Failed, text);
}

} // namespace sdrs::ui
