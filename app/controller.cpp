#include "app/controller.h"

#include "app/api/allgroups.h"
#include "app/api/deletes.h"
#include "app/api/sdrsclient.h"
#include "app/profilestore.h"
#include "models/csvexport.h"
#include "models/safefile.h"
#include "models/failurejobmodel.h"
#include "ui/deletedialogs.h"
#include "ui/exportdialog.h"
#include "ui/jobdialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/profiledialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QProgressDialog>
#include <QSet>
#include <QStatusBar>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSdrsApp, "sdrs.app", QtInfoMsg)

namespace sdrs {

using ui::BrowserFilter;

namespace {

QString connectionLabel(const SdrsClient &client)
{
    const QUrl base = client.serviceBase();
    if (!base.isEmpty())
        return base.toString(QUrl::RemoveUserInfo);
    const Connection &c = client.connection();
    //: The connection shown in the window: %1 is the SDRS endpoint URL, %2 the IAM user name.
    return Controller::tr("%1 via IAM sign-in as %2")
        .arg(c.endpoint.toString(QUrl::RemoveUserInfo), c.userName);
}

/// What a delete confirmation calls a failed task's resource: its name, else its id.
QString resourceLabel(const FailureJob &job)
{
    return job.resourceName.isEmpty() ? job.resourceId : job.resourceName;
}

} // namespace

QString Controller::demoProfileName()
{
    //: The name of the connection to the built-in demo data (like a profile name).
    return tr("Demo data");
}

Controller::Controller(ui::MainWindow *window, ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_profiles(profiles)
{
    connect(m_window, &ui::MainWindow::loadRequested, this, &Controller::load);
    connect(m_window, &ui::MainWindow::refreshRequested, this, [this] {
        loadGroups();
        load();
    });
    connect(m_window, &ui::MainWindow::cancelRequested, this, &Controller::cancel);
    connect(m_window, &ui::MainWindow::inspectRequested, this, &Controller::inspect);
    connect(m_window, &ui::MainWindow::exportRequested, this, &Controller::exportRows);
    connect(m_window, &ui::MainWindow::deleteJobsRequested, this, &Controller::deleteJobs);
    connect(m_window, &ui::MainWindow::deleteGroupLevelRequested, this,
            [this] { deleteScope(QString()); });
    connect(m_window, &ui::MainWindow::deleteGroupRequested, this, &Controller::deleteScope);
    connect(m_window, &ui::MainWindow::profileChosen, this, [this](const QString &name) {
        if (name == m_name && m_client)
            return;
        for (const Profile &unsaved : std::as_const(m_unsaved)) {
            if (unsaved.name == name) {
                useConnection(unsaved.connection, name);
                return;
            }
        }
        useProfile(name);
    });
    connect(m_window, &ui::MainWindow::newProfileRequested, this, [this] { editProfile(true); });
    connect(m_window, &ui::MainWindow::editProfileRequested, this, [this] { editProfile(false); });
    connect(m_profiles, &ProfileStore::profilesChanged, this, &Controller::refreshProfileList);
}

Controller::~Controller()
{
    // A worker still preparing rows or writing an export refers to this controller: stop the
    // writer (its file is not put in place) and let the workers finish first.
    if (m_exportStop)
        *m_exportStop = true;
    m_workers.waitForDone();
    ++m_generation;
    // The client's calls end with it; their callbacks see the new generation and do nothing.
    m_client.reset();
}

void Controller::refreshProfileList()
{
    QStringList names;
    for (const Profile &unsaved : std::as_const(m_unsaved))
        names << unsaved.name;
    for (const QString &name : m_profiles->names()) {
        if (!names.contains(name))
            names << name;
    }
    m_window->setProfiles(names, m_name);
}

void Controller::stopLoads()
{
    ++m_generation; // first: answers still arriving are stale from here on
    ++m_profileRequest;
    if (m_load)
        m_load->cancel();
    if (m_groups)
        m_groups->cancel();
    m_loaderInFlight = 0;
    updateInFlight();
}

void Controller::disconnectClient(const QString &name, const QString &why)
{
    stopLoads();
    ++m_connectionGeneration;
    m_client.reset();
    m_name = name;
    m_saved = m_profiles->profile(name).has_value();
    m_window->setBusy(false);
    m_window->setDemo(false);
    m_window->clearForNewConnection();
    //: Shown where the connection's address would be.
    m_window->setConnectionText(tr("Not connected"));
    m_window->showNotice(why);
    refreshProfileList();
}

void Controller::useConnection(const Connection &connection, const QString &name)
{
    const bool replacing = m_client != nullptr;
    stopLoads();
    ++m_connectionGeneration;
    // The old client's calls still running end here, with Cancelled.
    Connection used = connection;
    used.allowHttp = used.allowHttp || m_allowHttp;
    m_client = std::make_unique<SdrsClient>(used);
    m_connection = used;
    m_name = name;
    m_saved = m_profiles->profile(name).has_value() && name != demoProfileName();
    if (!m_saved) {
        // The demo or the command line's connection: kept in the switcher for this session.
        m_unsaved.removeIf([&name](const Profile &p) { return p.name == name; });
        m_unsaved.append(Profile{name, connection});
    }
    m_window->setBusy(false);
    if (replacing)
        m_window->clearForNewConnection();
    m_window->setDemo(name == demoProfileName());
    m_window->setConnectionText(connectionLabel(*m_client));
    refreshProfileList();
    loadGroups();
    load();
}

void Controller::useProfile(const QString &name)
{
    if (!m_profiles->profile(name)) {
        m_window->showNotice(tr("There is no connection profile named \"%1\".").arg(name));
        return;
    }
    m_window->setBusy(true, tr("Reading the profile\u2026"));
    const quint64 request = ++m_profileRequest;
    m_profiles->load(
        name, this, [this, name, request](const Profile &profile, const QString &note) {
            if (request != m_profileRequest)
                return; // another choice was made meanwhile
            m_window->setBusy(false);
            m_profiles->setLastProfile(name);
            const QString problem = profile.connection.validate();
            if (!problem.isEmpty()) {
                disconnectClient(name,
                                 //: %1 is the profile's name, %2 what is missing (sentences).
                                 tr("The profile \u201c%1\u201d cannot be used yet: %2 Use "
                                    "Edit\u2026 to complete it.")
                                     .arg(name, note.isEmpty() ? problem : note + u' ' + problem));
                return;
            }
            useConnection(profile.connection, name);
            m_saved = true;
        });
}

void Controller::startWithSavedProfiles()
{
    const QStringList names = m_profiles->names();
    QString name = m_profiles->lastProfile();
    if (!names.contains(name))
        name = names.value(0);
    if (!name.isEmpty()) {
        useProfile(name);
        return;
    }
    refreshProfileList();
    //: Shown where the connection's address would be.
    m_window->setConnectionText(tr("Not connected"));
    m_window->showNotice(tr("No connection yet. Add one with New\u2026 in the toolbar, or start "
                            "the program with --demo to try it on built-in demo data."));
}

void Controller::cancel()
{
    if (m_delete) {
        m_delete->cancel(); // its results say what was not attempted
        return;
    }
    if (m_deleteCount) {
        m_deleteCount->cancel(); // nothing is asked, nothing is deleted
        m_window->setBusy(isLoading());
        return;
    }
    if (m_load) {
        m_load->cancel(); // its callback shows that it was cancelled
        return;
    }
    // Preparing rows, or reading a profile: nothing to abort, but their results are dropped.
    const bool preparing = m_preparing > 0;
    ++m_generation;
    ++m_profileRequest;
    m_window->setBusy(false);
    if (preparing) {
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        m_window->showError(cancelled);
    }
}

void Controller::updateInFlight()
{
    m_window->setRequestsInFlight(m_inFlight + m_loaderInFlight);
}

void Controller::load()
{
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    if (m_load)
        m_load->cancel();
    m_loaderInFlight = 0; // a replaced load of every group no longer counts

    const BrowserFilter filter = m_window->filter();
    auto finished = [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return false; // a newer load replaced this one
        m_window->setBusy(false);
        if (error.isError()) {
            m_window->showError(error);
            Q_EMIT loadFailed(error);
            return false;
        }
        return true;
    };

    if (filter.scope == BrowserFilter::Scope::AllGroups) {
        AllGroupsQuery query;
        query.resourceName = filter.resourceName;
        // A refresh shares the strings of every row that did not change with the rows shown:
        // 100,000 rows are then held about once, not twice, while the new answer comes in.
        const FailureJobModel::PreparedJobs previous = m_window->jobModel()->current();
        if (!previous.jobs.isEmpty()) {
            auto positions = std::make_shared<const GroupPositions>(previous.jobs);
            query.adopt = [positions, rows = previous.jobs](const QString &groupId, qint64 offset,
                                                            QList<FailureJob> &page) {
                positions->share(rows, groupId, offset, page);
            };
        }
        m_window->setBusy(true, tr("Loading every protection group\u2026"));
        m_load = loadAllGroups(
            m_client.get(), query, this,
            [this, generation, parallel = query.parallelism](const AllGroupsProgress &p) {
                if (generation != m_generation)
                    return;
                //: Progress: %1 requests answered of %2 known so far; %Ln rows loaded so far.
                m_window->setBusy(true, tr("Loading every protection group: %1 of %2 requests, "
                                           "%Ln rows",
                                           nullptr, int(std::min<qint64>(p.rowsLoaded, INT_MAX)))
                                            .arg(p.requestsDone)
                                            .arg(p.requestsKnown));
                m_loaderInFlight =
                    std::min(parallel, std::max(0, p.requestsKnown - p.requestsDone));
                updateInFlight();
            },
            [this, generation, finished](const Result<AllGroupsResult> &r) {
                if (generation == m_generation) {
                    m_loaderInFlight = 0;
                    updateInFlight();
                }
                if (!finished(r.error))
                    return;
                m_window->setBusy(
                    true, tr("Preparing %Ln rows\u2026", nullptr, int(r.value.jobs.size())));
                // The search text of 100,000 rows takes about 100 ms: built on the worker, so
                // that the window keeps answering.
                ++m_preparing;
                m_workers.start([this, generation, groups = r.value.groups, jobs = r.value.jobs,
                                 incomplete = r.value.incomplete,
                                 previous = m_window->jobModel()->current()]() mutable {
                    auto prepared = FailureJobModel::prepare(std::move(jobs), previous);
                    previous = {};
                    // Delivered by the event loop; dropped if the controller is gone by then.
                    QMetaObject::invokeMethod(
                        this,
                        [this, generation, groups = std::move(groups), incomplete,
                         prepared = std::move(prepared)]() mutable {
                            --m_preparing;
                            if (generation != m_generation)
                                return;
                            m_window->setBusy(false);
                            m_window->setGroups(groups);
                            m_window->showAllRows(std::move(prepared));
                            if (!incomplete.isEmpty())
                                m_window->showMessage(incomplete, {});
                            Q_EMIT rowsShown();
                        },
                        Qt::QueuedConnection);
                });
            });
        m_loaderInFlight = 1;
        updateInFlight();
        return;
    }

    FailureJobQuery query;
    query.failureStatus = filter.failureStatus;
    query.resourceType = filter.resourceType;
    query.resourceName = filter.resourceName;
    query.serverGroupId = filter.groupId;
    query.limit = m_window->pageSize();
    query.offset = m_window->page() * m_window->pageSize();
    //: Busy indicator while a page of failed tasks is requested.
    m_window->setBusy(true, tr("Loading\u2026"));
    ++m_inFlight;
    updateInFlight();
    m_load =
        m_client->listFailureJobs(query, this, [this, finished](const Result<FailureJobPage> &r) {
            --m_inFlight;
            updateInFlight();
            if (!finished(r.error))
                return;
            if (m_window->showServerPage(r.value.jobs, r.value.count)) {
                qCDebug(lcSdrsApp, "rows shown: %lld of %lld", qlonglong(r.value.jobs.size()),
                        qlonglong(r.value.count));
                Q_EMIT rowsShown();
            }
        });
}

void Controller::loadGroups()
{
    if (!m_client)
        return;
    if (m_groups)
        m_groups->cancel();
    const quint64 generation = m_connectionGeneration;
    ++m_inFlight;
    updateInFlight();
    m_groups = m_client->listAllProtectionGroups(
        {}, this, [this, generation](const Result<ProtectionGroupPage> &r) {
            --m_inFlight;
            updateInFlight();
            if (r.error.kind == ApiError::Kind::Cancelled || generation != m_connectionGeneration)
                return;
            if (!r.ok()) {
                m_window->showGroupsError(r.error);
                return;
            }
            m_window->setGroups(r.value.groups);
            Q_EMIT groupsShown();
        });
}

void Controller::inspect(const QString &jobId)
{
    if (!m_client || jobId.isEmpty())
        return;
    auto *dialog = new ui::JobDialog(jobId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto fetch = [this, dialog](const QString &id) {
        if (!m_client)
            return;
        dialog->setLoading();
        m_client->getJob(id, dialog, [dialog](const Result<Job> &r) {
            if (r.ok())
                dialog->setJob(r.value, r.body);
            else
                dialog->setError(r.error);
        });
    };
    connect(dialog, &ui::JobDialog::refreshRequested, this, fetch);
    dialog->show();
    fetch(jobId);
}

void Controller::editProfile(bool asNew)
{
    if (asNew || m_name.isEmpty() || m_name == demoProfileName()) {
        // The demo's endpoint lives only as long as this process: never offered for saving.
        Profile fresh;
        fresh.connection.endpoint = QUrl(QStringLiteral("https://sdrs.eu-de.otc.t-systems.com"));
        runProfileDialog(fresh, true);
        return;
    }
    if (!m_saved) {
        // The command line's connection: offer to save it as a profile.
        runProfileDialog(Profile{QString(), m_connection}, true);
        return;
    }
    m_profiles->load(m_name, this, [this](const Profile &profile, const QString &) {
        runProfileDialog(profile, false);
    });
}

void Controller::runProfileDialog(const Profile &start, bool asNew)
{
    ui::ProfileDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("profileDialog"));
    QStringList taken = m_profiles->names();
    taken << demoProfileName();
    if (!asNew)
        taken.removeAll(start.name);
    dialog.setTakenNames(taken);
    dialog.setSecretNote(m_profiles->secretStorageText());
    dialog.setProfile(start);

    QPointer<ui::ProfileDialog> guard(&dialog);
    connect(&dialog, &ui::ProfileDialog::testRequested, this, [this, guard](const Profile &p) {
        if (!guard)
            return;
        // A client of its own: the test must not disturb the connection in use.
        Connection connection = p.connection;
        connection.allowHttp = connection.allowHttp || m_allowHttp;
        auto *client = new SdrsClient(connection, guard);
        GroupQuery query;
        client->listAllProtectionGroups(
            query, guard, [guard, client](const Result<ProtectionGroupPage> &r) {
                if (r.ok()) {
                    //: The result of "Test connection"; %1 is a number.
                    guard->setTestResult(true, tr("Connected. Protection groups in the project: "
                                                  "%1.")
                                                   .arg(r.value.groups.size()));
                } else {
                    guard->setTestResult(false, ui::errorSentence(r.error) + u'\n' +
                                                    ui::errorDetails(r.error));
                }
                client->deleteLater();
            });
    });
    if (dialog.exec() != QDialog::Accepted || !guard)
        return;
    const Profile profile = dialog.profile();
    if (!asNew && profile.name != start.name)
        m_profiles->remove(start.name);
    m_profiles->save(profile, this, [this](const QString &note) {
        if (!note.isEmpty())
            m_window->statusBar()->showMessage(note, 10000);
    });
    m_profiles->setLastProfile(profile.name);
    useConnection(profile.connection, profile.name);
    m_saved = true;
    refreshProfileList();
}

} // namespace sdrs

namespace sdrs {

void Controller::exportRows(const ui::ExportJob &job)
{
    if (m_exportProgress) {
        m_window->showNotice(tr("An export is still running."));
        return;
    }
    // Not modal: a modal progress dialog runs the event loop inside setValue(), that is inside
    // the loader's callbacks. A second export is refused above instead.
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
    m_exportProgress = progress;
    m_exportStop = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [this, stop = m_exportStop] {
        *stop = true;
        if (m_export)
            m_export->cancel();
    });
    progress->show();

    if (job.options.rows != ui::ExportOptions::Rows::AllPages) {
        writeExport(job);
        return;
    }
    if (!m_client) {
        finishExport(job.options.path, 0, tr("There is no connection to fetch the rows from."), {},
                     false);
        return;
    }
    progress->setLabelText(tr("Fetching every page of the current query\u2026"));
    AllGroupsQuery query;
    query.failureStatus = job.filter.failureStatus;
    query.resourceType = job.filter.resourceType;
    query.resourceName = job.filter.resourceName;
    if (job.filter.scope == ui::BrowserFilter::Scope::Group)
        query.onlyScope = job.filter.groupId;
    else if (job.filter.scope == ui::BrowserFilter::Scope::GroupLevel)
        query.onlyScope = QString();
    m_export = loadAllGroups(
        m_client.get(), query, progress,
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
        [this, job](const Result<AllGroupsResult> &r) {
            m_export = nullptr;
            if (r.error.kind == ApiError::Kind::Cancelled) {
                finishExport(job.options.path, 0, {}, {}, true);
                return;
            }
            if (!r.ok()) {
                //: %1 is the reason (sentences).
                finishExport(job.options.path, 0,
                             tr("The rows could not be fetched; nothing was written. %1")
                                 .arg(ui::errorSentence(r.error)),
                             ui::errorDetails(r.error), false);
                return;
            }
            if (!r.value.incomplete.isEmpty()) {
                finishExport(job.options.path, 0,
                             tr("The rows could not be fetched; nothing was written. %1")
                                 .arg(r.value.incomplete),
                             {}, false);
                return;
            }
            ui::ExportJob fetched = job;
            fetched.rows = r.value.jobs;
            fetched.groupNames.insert(groupNamesById(r.value.groups));
            // Not from inside the loader's callback: the question below may open a dialog.
            QTimer::singleShot(0, this, [this, fetched] { writeExport(fetched); });
        });
}

void Controller::writeExport(const ui::ExportJob &job)
{
    if (!m_exportProgress)
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
    if (auto *progress = qobject_cast<QProgressDialog *>(m_exportProgress.data())) {
        progress->setRange(0, 0);
        //: %1 is a file path.
        progress->setLabelText(tr("Writing %Ln rows to %1\u2026", nullptr, int(job.rows.size()))
                                   .arg(QDir::toNativeSeparators(job.options.path)));
    }
    // The destructor stops the worker and waits for it.
    m_workers.start([this, job, stop = m_exportStop] {
        bool stopped = false;
        const QString error = writeFileSafely(
            job.options.path, [&job, &stop, &stopped](QIODevice &out, QString *why) {
                csv::Options options;
                options.byteOrderMark = job.options.byteOrderMark;
                const WriteResult r =
                    csv::writeRows(out, job.rows, job.columns, job.groupNames, options,
                                   [&stop] { return stop->load(); });
                stopped = r.error.kind == ApiError::Kind::Cancelled;
                if (!r.ok() && !stopped)
                    *why = r.error.message;
                return r.ok();
            });
        // What happened to the file decides: a Cancel that came after the last row was
        // written is too late, and the file is there.
        QMetaObject::invokeMethod(
            this,
            [this, path = job.options.path, rows = job.rows.size(), error, stopped] {
                finishExport(path, rows, stopped ? QString() : error, {}, stopped);
            },
            Qt::QueuedConnection);
    });
}

void Controller::finishExport(const QString &path, qsizetype rows, const QString &error,
                              const QString &details, bool cancelled)
{
    if (QWidget *progress = m_exportProgress.data()) {
        // Closing it would emit canceled(): it is over, not cancelled.
        progress->disconnect(this);
        progress->close();
    }
    m_exportProgress = nullptr;
    m_export = nullptr;
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
        m_window->showMessage(tr("The export failed. %1").arg(error), details);
        Q_EMIT exportFinished(path, error);
        return;
    }
    //: %1 is a file path.
    m_window->showNotice(tr("Exported %Ln rows to %1.", nullptr, int(rows)).arg(where));
    Q_EMIT exportFinished(path, QString());
}

bool Controller::deleteBusy()
{
    if (!m_delete && !m_deleteCount && !m_confirming)
        return false;
    m_window->showNotice(tr("A delete is still running."));
    return true;
}

void Controller::deleteJobs(const QList<FailureJob> &jobs)
{
    if (!m_client || jobs.isEmpty() || deleteBusy())
        return;
    // One request per resource: the API deletes the failed tasks of a resource together.
    QStringList names;
    QList<DeleteTarget> targets;
    QSet<QString> resources;
    for (const FailureJob &job : jobs) {
        if (resources.contains(job.resourceId))
            continue;
        resources.insert(job.resourceId);
        names.append(resourceLabel(job));
        targets.append({DeleteTarget::Kind::FailedTask, job.resourceId, job.resourceName});
    }
    QString question = targets.size() == 1
                           ? tr("Delete the failed tasks of the selected resource?")
                           : tr("Delete the failed tasks of the %Ln selected resources?", nullptr,
                                int(targets.size()));
    confirmThenDelete(question, targets.size(), names, targets, true);
}

void Controller::confirmThenDelete(const QString &question, qint64 count, const QStringList &names,
                                   const QList<DeleteTarget> &targets, bool byResource)
{
    // Asked from the event loop, never from inside a network callback; the answer counts only
    // for the connection it was asked about.
    const quint64 connection = m_connectionGeneration;
    m_confirming = true;
    QTimer::singleShot(0, this, [this, question, count, names, targets, byResource, connection] {
        const bool yes = ui::confirmDelete(m_window, question, count, names, byResource);
        m_confirming = false;
        if (!yes)
            return;
        if (connection != m_connectionGeneration || !m_client) {
            m_window->showNotice(tr("Nothing was deleted: the connection changed while the "
                                    "question was open."));
            return;
        }
        runDeleteTargets(targets);
    });
}

void Controller::deleteScope(const QString &groupId)
{
    if (!m_client || deleteBusy())
        return;
    // Counted on the service, without the window's filters: the batch delete takes them all.
    FailureJobQuery query;
    query.serverGroupId = groupId;
    query.limit = 10;
    const quint64 connection = m_connectionGeneration;
    m_window->setBusy(true, tr("Counting the failed tasks to delete\u2026"));
    m_deleteCount = m_client->listFailureJobs(
        query, this, [this, groupId, connection](const Result<FailureJobPage> &r) {
            m_deleteCount = nullptr;
            if (connection != m_connectionGeneration)
                return;
            m_window->setBusy(isLoading());
            if (!r.ok()) {
                if (r.error.kind != ApiError::Kind::Cancelled) {
                    //: %1 is the reason (sentences).
                    m_window->showMessage(tr("The failed tasks to delete could not be counted; "
                                             "nothing was deleted. %1")
                                              .arg(ui::errorSentence(r.error)),
                                          ui::errorDetails(r.error));
                }
                return;
            }
            const QString groupName = m_window->groupNames().value(groupId, groupId);
            if (r.value.count == 0) {
                if (groupId.isEmpty()) {
                    m_window->showNotice(
                        tr("There are no protection-group-level failed tasks to delete."));
                } else {
                    //: %1 is the name of a protection group.
                    m_window->showNotice(
                        tr("Protection group \u201c%1\u201d has no failed tasks to delete.")
                            .arg(groupName));
                }
                return;
            }
            QStringList names;
            for (const FailureJob &job : r.value.jobs)
                names.append(resourceLabel(job));
            QString question;
            if (groupId.isEmpty()) {
                question = tr("Delete every protection-group-level failed task?");
            } else {
                //: %1 is the name of a protection group.
                question = tr("Delete every failed task of protection group \u201c%1\u201d?")
                               .arg(groupName);
            }
            confirmThenDelete(question, r.value.count, names,
                              {groupId.isEmpty()
                                   ? DeleteTarget{DeleteTarget::Kind::GroupLevel, QString(),
                                                  //: What is deleted: the failed tasks that
                                                  //: belong to no protection group.
                                                  tr("Protection-group level")}
                                   : DeleteTarget{DeleteTarget::Kind::Group, groupId, groupName}},
                              false);
        });
}

void Controller::runDeleteTargets(const QList<DeleteTarget> &targets)
{
    m_window->setBusy(true, tr("Deleting\u2026"));
    const quint64 connection = m_connectionGeneration;
    m_delete = runDeletes(
        m_client.get(), targets, 4, this,
        [this](const DeleteProgress &p) {
            //: Progress: %1 deletes done of %2.
            m_window->setBusy(true, tr("Deleting: %1 of %2").arg(p.done).arg(p.total));
        },
        [this, connection](const Result<QList<DeleteOutcome>> &r) {
            m_window->setBusy(!m_load.isNull());
            const DeleteCounts counts = countOutcomes(r.value);
            QList<ui::DeleteResultRow> rows;
            for (const DeleteOutcome &o : r.value) {
                rows.append({o.target.label,
                             o.target.kind == DeleteTarget::Kind::GroupLevel
                                 ? QStringLiteral("batch")
                                 : o.target.id,
                             describeOutcome(o),
                             o.state == DeleteOutcome::State::Deleted ||
                                 o.state == DeleteOutcome::State::NotFound});
            }
            //: The summary of a delete run: the number of delete requests per outcome.
            QString summary = tr("Deleted: %1. Not found (already gone): %2. Failed: %3.")
                                  .arg(counts.deleted)
                                  .arg(counts.notFound)
                                  .arg(counts.failed);
            if (counts.notAttempted > 0) {
                //: Added to the summary of a delete run: %1 delete requests that were not sent.
                summary += u' ' + tr("Not attempted: %1.").arg(counts.notAttempted);
            }
            if (r.error.kind == ApiError::Kind::Cancelled)
                summary = tr("The delete was cancelled.") + u' ' + summary;
            auto *dialog = new ui::DeleteResultsDialog(m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setResults(summary, rows);
            dialog->show();
            if (connection == m_connectionGeneration) {
                loadGroups();
                load();
            }
            Q_EMIT deletesFinished();
        });
}

} // namespace sdrs
