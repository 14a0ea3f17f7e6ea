// MainWindow's tool bar, menus and actions, and what the actions do; the window's assembly,
// rows and paging are in mainwindow.cpp.
#include "ui/mainwindow.h"

#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "models/ticketmarkdown.h"
#include "resources/sdrsicons.h"
#include "ui/busyindicator.h"
#include "ui/exportdialog.h"
#include "ui/failuretableview.h"
#include "ui/helpmenu.h"
#include "ui/language.h"
#include "ui/messagebar.h"
#include "ui/windowstatusbar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSystemTrayIcon>
#include <QTime>
#include <QTimer>
#include <QToolBar>

namespace sdrs::ui {

namespace {

constexpr int AutoRefreshChoices[] = {0, 1, 5, 15}; // minutes; 0 is off

using Scope = BrowserFilter::Scope;

} // namespace

void MainWindow::buildToolBar()
{
    auto *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *profileLabel = new QLabel(tr("&Connection:"), bar);
    m_profiles = new QComboBox(bar);
    m_profiles->setObjectName(QStringLiteral("profileSwitcher"));
    m_profiles->setMinimumContentsLength(16);
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profiles->setAccessibleName(tr("Connection profile"));
    profileLabel->setBuddy(m_profiles);
    profileLabel->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(profileLabel);
    bar->addWidget(m_profiles);
    connect(m_profiles, &QComboBox::activated, this,
            [this](int index) { Q_EMIT profileChosen(m_profiles->itemText(index)); });

    auto *newProfile = bar->addAction(themedIcon(QStringLiteral("document-new")),
                                      tr("New\u2026", "new connection profile"));
    newProfile->setObjectName(QStringLiteral("newProfileAction"));
    newProfile->setToolTip(tr("Add a connection profile"));
    connect(newProfile, &QAction::triggered, this, &MainWindow::newProfileRequested);
    auto *editProfile = bar->addAction(themedIcon(QStringLiteral("document-edit")),
                                       tr("Edit\u2026", "edit connection profile"));
    editProfile->setObjectName(QStringLiteral("editProfileAction"));
    editProfile->setToolTip(tr("Edit the connection profile in use"));
    connect(editProfile, &QAction::triggered, this, &MainWindow::editProfileRequested);
    bar->addSeparator();

    m_refresh = bar->addAction(themedIcon(QStringLiteral("view-refresh")), tr("Refresh"));
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Ask the service again (F5)"));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::startRefresh);
    //: Toolbar button: stop what is loading.
    m_cancel = bar->addAction(themedIcon(QStringLiteral("process-stop")), tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setToolTip(tr("Stop loading (Esc)"));
    connect(m_cancel, &QAction::triggered, this, &MainWindow::cancelRequested);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_busy = new BusyIndicator(bar);
    bar->addWidget(m_busy);
}

void MainWindow::buildMenus()
{
    buildFileMenu();
    buildEditMenu();
    buildViewMenu();
    buildTasksMenu();
    addHelpMenu(this);

    m_autoTimer = new QTimer(this);
    m_autoTimer->setObjectName(QStringLiteral("autoRefreshTimer"));
    connect(m_autoTimer, &QTimer::timeout, this, [this] {
        // A load still running (or slow) is not stacked on, nor is the table changed under an
        // open dialog (an export's choice of rows); the next tick tries again.
        if (!m_busyNow && !QApplication::activeModalWidget())
            startRefresh();
        m_status->setAutoRefresh(m_autoMinutes,
                                 QTime::currentTime().addMSecs(m_autoTimer->interval()));
    });
    updateActions();
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_export = file->addAction(themedIcon(QStringLiteral("document-save-as")),
                               tr("&Export to CSV\u2026"), this, &MainWindow::startExport);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    m_deleteProfile = file->addAction(tr("&Delete connection profile\u2026"), this,
                                      &MainWindow::deleteProfileRequested);
    m_deleteProfile->setObjectName(QStringLiteral("deleteProfileAction"));
    m_deleteProfile->setToolTip(tr("Delete the connection profile in use, with its secrets"));
    m_deleteProfile->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_copy = edit->addAction(themedIcon(QStringLiteral("edit-copy")), tr("&Copy rows"), this,
                             &MainWindow::copyRows);
    m_copy->setObjectName(QStringLiteral("copyRowsAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the selected rows as the table shows them, with a header line, "
                          "tab-separated"));
    m_table->addAction(m_copy);
    m_copyJobId = edit->addAction(tr("Copy &job ID"), this,
                                  [this] { m_table->copyField(FailureJobModel::JobId); });
    m_copyJobId->setObjectName(QStringLiteral("copyJobIdAction"));
    m_copyResourceId = edit->addAction(tr("Copy &resource ID"), this,
                                       [this] { m_table->copyField(FailureJobModel::ResourceId); });
    m_copyResourceId->setObjectName(QStringLiteral("copyResourceIdAction"));
    m_copyJson = edit->addAction(tr("Copy row as &JSON"), this, [this] { m_table->copyJson(); });
    m_copyJson->setObjectName(QStringLiteral("copyJsonAction"));
    m_copyJson->setToolTip(tr("Copy the current row as a JSON object"));
    m_copyJsonArray =
        edit->addAction(tr("Copy rows as JSON &array"), this, [this] { m_table->copyJsonArray(); });
    m_copyJsonArray->setObjectName(QStringLiteral("copyJsonArrayAction"));
    m_copyJsonArray->setToolTip(tr("Copy the selected rows as a JSON array"));
    m_copyTicket = edit->addAction(tr("Copy for a &ticket"), this, &MainWindow::copyForTicket);
    m_copyTicket->setObjectName(QStringLiteral("copyTicketAction"));
    m_copyTicket->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyTicket->setToolTip(tr("Copy the selected rows as a Markdown table with time, job type, "
                                "resource, error code, cause and what to do"));
}

void MainWindow::copyForTicket()
{
    const QList<FailureJob> jobs = selectedJobs();
    if (jobs.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ticketMarkdown(jobs));
    //: In the status bar after Copy for a ticket.
    showStatusMessage(tr("Copied %n row(s) as a Markdown table.", nullptr, int(jobs.size())), 4000);
}

QHash<QString, QString> MainWindow::resourceNames() const
{
    QHash<QString, QString> names = groupNames();
    for (const FailureJob &job : m_model->jobs()) {
        if (!job.resourceId.isEmpty() && !job.resourceName.isEmpty())
            names.insert(job.resourceId, job.resourceName);
    }
    return names;
}

void MainWindow::buildViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refresh);
    buildAutoRefreshMenu(view);
    m_notify = view->addAction(tr("&Notify about new failures"));
    m_notify->setObjectName(QStringLiteral("notifyAction"));
    m_notify->setCheckable(true);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_notify->setEnabled(false);
        m_notify->setToolTip(tr("This desktop has no system tray to show notifications in"));
    } else {
        m_notify->setToolTip(tr("A system-tray notification when a refresh finds new failures"));
    }
    m_markSeen = view->addAction(tr("&Mark all as seen"), this, &MainWindow::markAllSeen);
    m_markSeen->setObjectName(QStringLiteral("markSeenAction"));
    m_markSeen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    buildHistoryViewActions(view);
    view->addSeparator();
    addOverviewAction(view);
    view->addSeparator();
    buildLanguageMenu(view);
}

void MainWindow::buildAutoRefreshMenu(QMenu *view)
{
    QMenu *autoMenu = view->addMenu(tr("&Auto-refresh"));
    m_autoGroup = new QActionGroup(this);
    for (int minutes : AutoRefreshChoices) {
        QAction *choice = autoMenu->addAction(
            //: Auto-refresh menu entry: no automatic refresh.
            minutes == 0 ? tr("Off", "auto-refresh")
                         : tr("Every %1 min", "auto-refresh interval").arg(minutes));
        choice->setObjectName(QStringLiteral("autoRefresh%1").arg(minutes));
        choice->setCheckable(true);
        choice->setData(minutes);
        choice->setChecked(minutes == 0);
        m_autoGroup->addAction(choice);
        connect(choice, &QAction::triggered, this,
                [this, minutes] { setAutoRefreshMinutes(minutes); });
    }
}

void MainWindow::buildLanguageMenu(QMenu *view)
{
    QMenu *languages = view->addMenu(tr("&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto *languageGroup = new QActionGroup(this);
    const QString chosen = language::chosen();
    QStringList codes{QString()};
    codes += language::available();
    for (const QString &code : std::as_const(codes)) {
        QAction *choice = languages->addAction(code.isEmpty() ? tr("System default")
                                                              : language::nativeName(code));
        choice->setObjectName(
            QStringLiteral("language_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        choice->setCheckable(true);
        choice->setChecked(code == chosen);
        languageGroup->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code] {
            if (code == language::chosen())
                return;
            language::setChosen(code);
            m_message->showMessage(MessageKind::Information,
                                   tr("The language changes when SDRS Failed Tasks starts "
                                      "again."));
        });
    }
}

void MainWindow::buildTasksMenu()
{
    QMenu *tasks = menuBar()->addMenu(tr("&Tasks"));
    m_inspect = tasks->addAction(themedIcon(QStringLiteral("dialog-information")),
                                 tr("&Inspect job\u2026"), this, &MainWindow::inspectCurrent);
    m_inspect->setObjectName(QStringLiteral("inspectAction"));
    m_inspect->setToolTip(tr("Open the job and its sub-jobs (Enter or double-click)"));
    tasks->addSeparator();
    buildHistoryTaskActions(tasks);
    tasks->addSeparator();
    m_deleteSelected = tasks->addAction(themedIcon(QStringLiteral("edit-delete")),
                                        tr("&Delete selected failed tasks\u2026"), this, [this] {
                                            const QList<FailureJob> jobs = selectedJobs();
                                            if (jobs.isEmpty())
                                                return;
                                            m_table->rememberPositionForDelete();
                                            Q_EMIT deleteJobsRequested(jobs);
                                        });
    m_deleteSelected->setObjectName(QStringLiteral("deleteSelectedAction"));
    m_deleteSelected->setShortcut(QKeySequence::Delete);
    m_deleteSelected->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_deleteSelected);
    m_deleteGroupLevel = tasks->addAction(tr("Delete all &protection-group-level failed "
                                             "tasks\u2026"),
                                          this, &MainWindow::deleteGroupLevelRequested);
    m_deleteGroupLevel->setObjectName(QStringLiteral("deleteGroupLevelAction"));
    m_deleteGroup = tasks->addAction(tr("Delete all failed tasks of this &group\u2026"), this,
                                     &MainWindow::deleteGroupOfSelection);
    m_deleteGroup->setObjectName(QStringLiteral("deleteGroupAction"));
}

void MainWindow::showTableMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("tableMenu"));
    menu.addAction(m_copy);
    menu.addAction(m_copyJobId);
    menu.addAction(m_copyResourceId);
    menu.addAction(m_copyJson);
    menu.addAction(m_copyJsonArray);
    menu.addSeparator();
    menu.addAction(m_inspect);
    menu.addAction(m_acknowledge);
    if (m_unacknowledge->isEnabled())
        menu.addAction(m_unacknowledge);
    menu.addSeparator();
    menu.addAction(m_deleteSelected);
    if (m_deleteGroup->isEnabled())
        menu.addAction(m_deleteGroup);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::inspectCurrent()
{
    const FailureJob *job = m_table->jobAtCurrent();
    if (job && !job->jobId.isEmpty())
        Q_EMIT inspectRequested(job->jobId);
}

void MainWindow::startExport()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    const qint64 shown = m_table->filterProxy()->rowCount();
    // "All protection groups" filters status and type here, and the export asks the service
    // with them: its count is not known before.
    const qint64 total = m_paging.local() || m_paging.atLeast() ? -1 : m_paging.total();
    auto *dialog = new ExportDialog(selected, shown, m_haveRows ? total : -1, this);
    dialog->setHistoryColumnsAvailable(m_historyAvailable);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The selection as the dialog counted it, whatever happens to the table meanwhile.
    connect(dialog, &QDialog::accepted, this, [this, dialog, selectedNow = selectedJobs()] {
        Q_EMIT exportRequested(exportJob(dialog->options(), selectedNow));
    });
    dialog->open();
}

ExportJob MainWindow::exportJob(const ExportOptions &options,
                                const QList<FailureJob> &selected) const
{
    ExportJob job;
    job.options = options;
    job.filter = filter();
    job.groupNames = groupNames();
    if (options.allFields) {
        for (const csv::Field field : csv::defaultFields()) {
            job.columns.append({csv::fieldName(field), field});
            if (field == csv::Field::BeginTime && options.localTimeColumn)
                job.columns.append(
                    {csv::fieldName(csv::Field::BeginTimeLocal), csv::Field::BeginTimeLocal});
        }
    } else {
        job.columns = visibleColumns(options.localTimeColumn);
    }
    if (options.historyColumns)
        job.annotations = m_model->annotations();
    if (options.rows == ExportOptions::Rows::Selected)
        job.rows = selected;
    else if (options.rows == ExportOptions::Rows::Shown)
        job.rows = shownJobs();
    return job;
}

void MainWindow::copyRows()
{
    const int copied = m_table->copyRows(groupNames());
    if (copied > 0)
        statusBar()->showMessage(tr("Copied %Ln row(s).", nullptr, copied), 4000);
}

QString MainWindow::groupToDelete() const
{
    const BrowserFilter f = filter();
    if (f.scope == Scope::Group)
        return f.groupId;
    if (f.scope == Scope::AllGroups) {
        if (const FailureJob *job = currentJob())
            return job->serverGroupId;
    }
    return {};
}

void MainWindow::deleteGroupOfSelection()
{
    const QString id = groupToDelete();
    if (!id.isEmpty())
        Q_EMIT deleteGroupRequested(id);
}

void MainWindow::updateActions()
{
    if (!m_copy)
        return; // called while the window is being built
    const bool any = m_table->selectionModel()->hasSelection();
    m_copy->setEnabled(any);
    m_copyJobId->setEnabled(any);
    m_copyResourceId->setEnabled(any);
    m_copyJson->setEnabled(m_table->jobAtCurrent() != nullptr);
    m_copyJsonArray->setEnabled(any);
    m_copyTicket->setEnabled(any);
    m_inspect->setEnabled(m_table->currentIndex().isValid());
    m_deleteSelected->setEnabled(any);
    updateHistoryActions();
    const QString group = groupToDelete();
    m_deleteGroup->setEnabled(!group.isEmpty());
    const auto it = m_groups.constFind(group);
    m_deleteGroup->setText(
        group.isEmpty()
            ? tr("Delete all failed tasks of this &group\u2026")
            : tr("Delete all failed tasks of \u201c%1\u201d\u2026")
                  .arg(it != m_groups.cend() && !it->name.isEmpty() ? it->name : group));
}

void MainWindow::setProfileDeletable(bool deletable)
{
    m_deleteProfile->setEnabled(deletable);
}

void MainWindow::setAutoRefreshMinutes(int minutes)
{
    if (std::find(std::begin(AutoRefreshChoices), std::end(AutoRefreshChoices), minutes) ==
        std::end(AutoRefreshChoices))
        minutes = 0;
    m_autoMinutes = minutes;
    for (QAction *choice : m_autoGroup->actions())
        choice->setChecked(choice->data().toInt() == minutes);
    if (minutes > 0)
        m_autoTimer->start(minutes * 60 * 1000);
    else
        m_autoTimer->stop();
    m_status->setAutoRefresh(minutes, QTime::currentTime().addMSecs(m_autoTimer->interval()));
}

} // namespace sdrs::ui
