#include "profiledialog.h"

// STUB: to be written (issue 3).
namespace sdrs::ui {
struct ProfileDialog::Private
{
    Profile profile;
};
ProfileDialog::ProfileDialog(QWidget *parent)
    : QDialog(parent)
    , d(new Private)
{}
ProfileDialog::~ProfileDialog()
{
    delete d;
}
void ProfileDialog::setProfile(const Profile &profile)
{
    d->profile = profile;
}
Profile ProfileDialog::profile() const
{
    return d->profile;
}
void ProfileDialog::setTakenNames(const QStringList &) {}
void ProfileDialog::setSecretNote(const QString &) {}
void ProfileDialog::setTestResult(bool, const QString &) {}
} // namespace sdrs::ui
