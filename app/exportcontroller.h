#pragma once

#include "app/session.h"
#include "models/exportrequest.h"
#include "models/result.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;

namespace sdrs {

class ApiCall;
struct AllGroupsResult;

/// Writes the window's exports to CSV on a worker, fetching every page first for
/// ExportOptions::Rows::AllPages, with a progress dialog that can cancel it. One export at a time.
class ExportController final : public SessionController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    ExportController(Session &session, ui::MainWindow *window, QObject *parent = nullptr);

    void exportRows(const ExportJob &job);
    /// Asks the writing worker to stop (its file is not put in place).
    void stopWriting();

Q_SIGNALS:
    /// An export ended: `error` is empty on success (also "cancelled" for a cancel).
    void exportFinished(const QString &path, const QString &error);

private:
    QProgressDialog *showProgress();
    /// Fetches every page of `job`'s query, then writes them.
    void fetchAll(const ExportJob &job, QProgressDialog *progress);
    void onFetched(const ExportJob &job, const Result<AllGroupsResult> &r);
    /// Writes `job` on a worker (the rows are in it), then reports.
    void writeExport(const ExportJob &job);
    void finishExport(const QString &path, qsizetype rows, const QString &error,
                      const QString &details, bool cancelled);

    QPointer<ApiCall> m_fetch; ///< fetching the rows of an export
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_stop; ///< asks the writing worker to stop
};

} // namespace sdrs
