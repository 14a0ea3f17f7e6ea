#include "jobdialog.h"

// STUB: to be written (issue 3).
namespace sdrs::ui {
struct JobDialog::Private
{
    QString jobId;
};
JobDialog::JobDialog(const QString &jobId, QWidget *parent)
    : QDialog(parent)
    , d(new Private{jobId})
{}
JobDialog::~JobDialog()
{
    delete d;
}
QString JobDialog::jobId() const
{
    return d->jobId;
}
void JobDialog::setLoading() {}
void JobDialog::setJob(const Job &, const QByteArray &) {}
void JobDialog::setError(const ApiError &) {}
} // namespace sdrs::ui
