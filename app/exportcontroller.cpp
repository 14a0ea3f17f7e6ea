#include "app/exportcontroller.h"

#include "app/api/allgroups.h"
#include "app/api/sdrsclient.h"
#include "app/browserquery.h"
#include "app/session.h"
#include "models/csvexport.h"
#include "models/historycsv.h"
#include "models/safefile.h"
#include "ui/exportdialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>

namespace sdrs {

ExportController::ExportController(Session &session, ui::MainWindow *window, QObject *parent)
    : SessionController(session, window, parent)
{
    connect(m_window, &ui::MainWindow::exportRequested, this, &ExportController::exportRows);
}

void ExportController::stopWriting()
{
    if (m_stop)
        *m_stop = true;
}

QProgressDialog *ExportController::showProgress()
{
    // Not modal: a modal progress dialog runs the event loop inside setValue(), that is inside
    // the loader's callbacks. A second export is refused instead.
    auto *progress = new QProgressDialog(m_window);
    progress->setObjectName(QStringLiteral("exportProgress"));
    //: Title of the progress window of an export.
    progress->setWindowTitle(tr("Export to CSV"));
    progress->setWindowModality(Qt::NonModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setRange(0, 0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress = progress;
    m_stop = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [this, stop = m_stop] {
        *stop = true;
        if (m_fetch)
            m_fetch->cancel();
    });
    progress->show();
    return progress;
}

void ExportController::exportRows(const ExportJob &job)
{
    if (m_progress) {
        m_window->showNotice(tr("An export is still running."));
        return;
    }
    QProgressDialog *progress = showProgress();
    if (job.options.rows != ExportOptions::Rows::AllPages) {
        writeExport(job);
        return;
    }
    if (!m_session.client()) {
        finishExport(job.options.path, 0, tr("There is no connection to fetch the rows from."), {},
                     false);
        return;
    }
    fetchAll(job, progress);
}

void ExportController::fetchAll(const ExportJob &job, QProgressDialog *progress)
{
    progress->setLabelText(tr("Fetching every page of the current query\u2026"));
    m_fetch = loadAllGroups(
        m_session.client(), everyPageQuery(job.filter), progress,
        [progress](const AllGroupsProgress &p) {
            progress->setRange(0, int(std::min<qint64>(p.rowsExpected, INT_MAX)));
            progress->setValue(int(std::min<qint64>(p.rowsLoaded, INT_MAX)));
            //: Progress: %1 requests answered of %2 known so far; %3 rows fetched of %4 expected.
            progress->setLabelText(
                tr("Fetching every page of the current query: %1 of %2 "
                   "requests, %3 of %4 rows")
                    .arg(p.requestsDone)
                    .arg(p.requestsKnown)
                    .arg(QLocale().toString(p.rowsLoaded), QLocale().toString(p.rowsExpected)));
        },
        [this, job](const Result<AllGroupsResult> &r) { onFetched(job, r); });
}

void ExportController::onFetched(const ExportJob &job, const Result<AllGroupsResult> &r)
{
    m_fetch = nullptr;
    if (r.error.kind == ApiError::Kind::Cancelled) {
        finishExport(job.options.path, 0, {}, {}, true);
        return;
    }
    if (!r.ok() || !r.value.incomplete.isEmpty()) {
        const QString why = r.ok() ? r.value.incomplete : ui::errorSentence(r.error);
        //: %1 is the reason (sentences).
        finishExport(job.options.path, 0,
                     tr("The rows could not be fetched; nothing was written. %1").arg(why),
                     r.ok() ? QString() : ui::errorDetails(r.error), false);
        return;
    }
    ExportJob fetched = job;
    fetched.rows = r.value.jobs;
    // The service has no time filter: the window's range is applied here.
    const TimeRange::Bounds range = job.filter.range.bounds(QDateTime::currentDateTimeUtc());
    fetched.rows.removeIf([&range](const FailureJob &f) { return !range.contains(f.beginTime); });
    fetched.groupNames.insert(groupNamesById(r.value.groups));
    // Not from inside the loader's callback: the question below may open a dialog.
    QTimer::singleShot(0, this, [this, fetched] { writeExport(fetched); });
}

void ExportController::writeExport(const ExportJob &job)
{
    if (!m_progress)
        return; // cancelled meanwhile, and said so
    // A file may have appeared under the name while the rows were fetched: never replaced
    // without a question.
    if (!job.options.replaceConfirmed && QFileInfo::exists(job.options.path)) {
        //: %1 is a file path.
        if (!ui::confirmReplace(m_window, tr("%1 was created while the rows were fetched. Replace "
                                             "it?")
                                              .arg(QDir::toNativeSeparators(job.options.path)))) {
            finishExport(job.options.path, 0, {}, {}, true);
            return;
        }
    }
    m_progress->setRange(0, 0);
    //: %1 is a file path.
    m_progress->setLabelText(tr("Writing %Ln rows to %1\u2026", nullptr, int(job.rows.size()))
                                 .arg(QDir::toNativeSeparators(job.options.path)));
    // The facade stops the worker and waits for it before this controller goes.
    m_session.workers().start([this, job, stop = m_stop] {
        const Result<NoContent> written =
            writeFileSafely(job.options.path, [&job, &stop](QIODevice &out) {
                csv::Options options;
                options.byteOrderMark = job.options.byteOrderMark;
                const auto stopped = [&stop] {
                    return stop->load();
                };
                if (job.options.historyColumns)
                    return withoutValue(csv::writeRowsWithHistory(out, job.rows, job.columns,
                                                                  job.groupNames, job.annotations,
                                                                  options, stopped));
                return withoutValue(
                    csv::writeRows(out, job.rows, job.columns, job.groupNames, options, stopped));
            });
        // What happened to the file decides: a Cancel that came after the last row was
        // written is too late, and the file is there.
        const bool stopped = written.error.kind == ApiError::Kind::Cancelled;
        const QString error = stopped ? QString() : written.error.message;
        QMetaObject::invokeMethod(
            this,
            [this, path = job.options.path, rows = job.rows.size(), error, stopped] {
                finishExport(path, rows, error, {}, stopped);
            },
            Qt::QueuedConnection);
    });
}

void ExportController::finishExport(const QString &path, qsizetype rows, const QString &error,
                                    const QString &details, bool cancelled)
{
    if (QProgressDialog *progress = m_progress.data()) {
        // Closing it would emit canceled(): it is over, not cancelled.
        progress->disconnect(this);
        progress->close();
    }
    m_progress = nullptr;
    m_fetch = nullptr;
    const QString where = QDir::toNativeSeparators(path);
    if (cancelled) {
        //: %1 is a file path.
        m_window->showNotice(tr("The export was cancelled; %1 was not written.").arg(where));
        //: The outcome of an export the user cancelled.
        Q_EMIT exportFinished(path, tr("cancelled"));
        return;
    }
    if (!error.isEmpty()) {
        //: %1 is the reason (sentences).
        m_window->showMessage(ui::MessageKind::Error, tr("The export failed. %1").arg(error),
                              details);
        Q_EMIT exportFinished(path, error);
        return;
    }
    //: %1 is a file path.
    m_window->showNotice(tr("Exported %Ln rows to %1.", nullptr, int(rows)).arg(where),
                         ui::MessageKind::Success);
    Q_EMIT exportFinished(path, QString());
}

} // namespace sdrs
