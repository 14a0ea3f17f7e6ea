#pragma once

#include "models/apierror.h"
#include "models/job.h"

#include <QDialog>
#include <QHash>

class QHBoxLayout;

namespace sdrs::ui {

/// Inspects one job (`GET /jobs/{job_id}`): status, type, begin, end, duration, error code, fail
/// reason, entities; the sub-job tree (every level expanded, statuses coloured); a raw-JSON tab;
/// a Refresh button. Non-modal and deleted on close: several may be open. It does not fetch:
/// it emits refreshRequested() and the caller answers with setJob() or setError().
class JobDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDialog)

public:
    explicit JobDialog(const QString &jobId, QWidget *parent = nullptr);
    ~JobDialog() override;

    QString jobId() const;
    /// Shows a busy indicator and disables Refresh until setJob() or setError().
    void setLoading();
    /// Shows the job. `rawJson` is the answer's body as received, shown pretty-printed.
    void setJob(const Job &job, const QByteArray &rawJson);
    /// Names to show beside the ids of the Resources box (id -> name), e.g. those of the rows and
    /// protection groups the window holds. Takes effect with the next setJob().
    void setResourceNames(QHash<QString, QString> namesById);
    /// Shows the error inside the dialog (a plain sentence and the details); keeps what was shown.
    void setError(const ApiError &error);

Q_SIGNALS:
    void refreshRequested(const QString &jobId);

private:
    // The constructor's sections, top to bottom.
    void buildSummary();
    void buildEntities();
    void buildFailReason();
    void buildTabs();
    QHBoxLayout *buildBottomRow();

    // setJob()'s parts, one per section of the dialog.
    void showSummary(const Job &job);
    void showEntities(const JobEntities &entities);
    void showFailReason(const QString &failReason);
    void showSubJobs(const Job &job);
    void showRawJson(const QByteArray &rawJson);

    struct Private;
    Private *d;
};

} // namespace sdrs::ui
