#include "ui/profiledialog_p.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace sdrs::ui {

namespace {

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

} // namespace

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

void ProfileDialog::Private::endpointChanged(const QString &url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return; // a password sign-in may leave the endpoint to the service catalog
    iamUrl->setText(iamUrlForEndpoint(QUrl(text, QUrl::StrictMode)).toString());
}

void ProfileDialog::Private::updatePasswordGoesTo()
{
    const QString host = QUrl(iamUrl->text().trimmed(), QUrl::StrictMode).host();
    passwordGoesTo->setText(host.isEmpty()
                                ? QString()
                                //: %1 is a host name, e.g. iam.eu-de.otc.t-systems.com.
                                : ProfileDialog::tr("Your password is sent to: %1").arg(host));
    passwordGoesTo->setVisible(!host.isEmpty());
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
    shrinkToFit();
}

void ProfileDialog::Private::shrinkToFit()
{
    if (!q->isVisible())
        return; // a dialog not shown yet takes its size hint when it is
    q->layout()->activate();
    const int height = q->layout()->hasHeightForWidth()
                           ? q->layout()->totalHeightForWidth(q->width())
                           : q->sizeHint().height();
    q->resize(q->width(), std::max(height, q->minimumHeight()));
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
    d->q = this;
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
        if (!d->syncingEndpoint) {
            d->selectPresetFor(text);
            d->endpointChanged(text);
        }
    });
    connect(d->iamUrl, &QLineEdit::textChanged, this, [this] { d->updatePasswordGoesTo(); });
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

void ProfileDialog::setSecretNote(const QString &text, const QString &details)
{
    d->secretNote->setToolTip(details);
    if (details.isEmpty()) {
        d->secretNote->setText(text.toHtmlEscaped());
        return;
    }
    //: A link after the sentence about the keychain: shows the keychain's own words.
    d->secretNote->setText(QStringLiteral("%1 <a href=\"details\">%2</a>")
                               .arg(text.toHtmlEscaped(), tr("Details")));
    disconnect(d->secretNote, &QLabel::linkActivated, this, nullptr);
    connect(d->secretNote, &QLabel::linkActivated, this, [this, text, details] {
        d->secretNote->setText(QStringLiteral("%1<br>%2").arg(text.toHtmlEscaped(),
                                                              details.toHtmlEscaped()));
    });
}

void ProfileDialog::setTestResult(bool ok, const QString &text)
{
    d->testing = false;
    d->updateState();
    d->showTestState(ok ? StatusTone::Success : StatusTone::Failed, text);
}

bool confirmDeleteProfile(QWidget *parent, const QString &name)
{
    QMessageBox ask(QMessageBox::Warning, ProfileDialog::tr("Delete Connection Profile"),
                    //: %1 is the profile's name.
                    ProfileDialog::tr("Delete the connection profile \u201c%1\u201d?").arg(name),
                    QMessageBox::NoButton, parent);
    ask.setObjectName(QStringLiteral("confirmDeleteProfile"));
    ask.setInformativeText(
        ProfileDialog::tr("Its settings and its secrets in the system keychain are removed. "
                          "This cannot be undone."));
    QPushButton *remove =
        ask.addButton(ProfileDialog::tr("&Delete Profile"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteProfileButton"));
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == remove;
}

} // namespace sdrs::ui
