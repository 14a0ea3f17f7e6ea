#include "ui/mainwindow.h"

#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "resources/sdrsicons.h"
#include "ui/detailpane.h"
#include "ui/failuretableview.h"
#include "ui/filterbar.h"
#include "ui/language.h"
#include "ui/messagebar.h"
#include "ui/pagingbar.h"
#include "ui/statusstyle.h"
#include "ui/windowsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace sdrs::ui {

namespace {

constexpr int AutoRefreshChoices[] = {0, 1, 5, 15}; // minutes; 0 is off

using Scope = BrowserFilter::Scope;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new FailureJobModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SDRS Failed Tasks"));
    setWindowIcon(applicationIcon());

    buildToolBar();
    setCentralWidget(buildCentral());
    buildStatusBar();
    buildMenus();
    connectTable();
    connectFilters();
    connectPaging();

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_filters, &FilterBar::focusQuickFilter);

    m_table->setFocus();
    resize(1280, 800);
    m_splitter->setSizes({400, 300});
    updatePaging();
    updateCounts();
    setBusy(false);
}

MainWindow::~MainWindow()
{
    // Children still signal while they are deleted (a proxy resets when its source goes): none
    // of that may reach this window, which is no longer a MainWindow by then.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
}

QWidget *MainWindow::buildCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 2);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("demoBanner"));
    m_banner->setText(tr("Demo data: served by a built-in emulator on this computer; no cloud "
                         "account is used."));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: palette(highlight); color: "
                                           "palette(highlighted-text); padding: 4px 8px; }"));
    m_banner->setVisible(false);
    layout->addWidget(m_banner);
    m_filters = new FilterBar(central);
    layout->addWidget(m_filters);
    m_message = new MessageBar(central);
    layout->addWidget(m_message);

    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_table = new FailureTableView(m_model, m_splitter);
    m_detail = new DetailPane(m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    m_pagingBar = new PagingBar(central);
    layout->addWidget(m_pagingBar);
    return central;
}

void MainWindow::connectTable()
{
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    connect(m_table, &FailureTableView::openRequested, this, &MainWindow::inspectCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateDetail);
    connect(m_table, &FailureTableView::selectionChangedByUser, this, &MainWindow::markCurrentSeen);
    connect(m_table->pageProxy(), &QAbstractItemModel::modelReset, this, &MainWindow::updateDetail);
    connect(m_table->pageProxy(), &QAbstractItemModel::layoutChanged, this,
            &MainWindow::updateDetail);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        if (!m_paging.local() && m_paging.total() > m_model->rowCount())
            statusBar()->showMessage(tr("Sorted the rows of this page: the service hands out "
                                        "pages in its own order. \u201c"
                                        "All protection "
                                        "groups\u201d sorts every row."),
                                     8000);
    });
}

void MainWindow::connectFilters()
{
    connect(m_filters, &FilterBar::scopeChosen, this, &MainWindow::restartQuery);
    connect(m_filters, &FilterBar::serverFilterChanged, this, &MainWindow::restartQuery);
    connect(m_filters, &FilterBar::memoryFilterChanged, this, [this] {
        if (m_paging.local())
            applyMemoryFilters();
    });
    connect(m_filters, &FilterBar::quickFilterChanged, this, &MainWindow::applyMemoryFilters);
    connect(m_filters, &FilterBar::groupVanished, this, [this](const QString &groupId) {
        // The group is gone (or the settings named one of another project): say so.
        m_message->showMessage(tr("The protection group %1 no longer exists; showing the "
                                  "protection-group level.")
                                   .arg(groupId),
                               {});
    });
}

void MainWindow::connectPaging()
{
    connect(m_pagingBar, &PagingBar::pageSizeChosen, this, [this] {
        if (m_paging.local()) {
            m_table->pageProxy()->setPage(0, pageSize());
            updatePaging();
            updateCounts();
        } else {
            m_paging.requestFirstPage();
            requestLoad();
        }
    });
    connect(m_pagingBar, &PagingBar::pageChosen, this, &MainWindow::goToPage);
}

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
    // In a box of their own: a widget put straight on a tool bar is hidden through its action only.
    auto *busyBox = new QWidget(bar);
    auto *busyRow = new QHBoxLayout(busyBox);
    busyRow->setContentsMargins(0, 0, 6, 0);
    m_busyText = new QLabel(busyBox);
    m_busyText->setObjectName(QStringLiteral("busyText"));
    m_busy = new QProgressBar(busyBox);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    busyRow->addWidget(m_busyText);
    busyRow->addWidget(m_busy);
    bar->addWidget(busyBox);
}

void MainWindow::buildStatusBar()
{
    auto add = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_connection, 1);
    m_newLabel = add(QStringLiteral("newRowsLabel"));
    m_newLabel->setToolTip(tr("Rows new since an earlier refresh, in bold with a dot, until you "
                              "select them (Ctrl+M marks all as seen)"));
    m_newLabel->setVisible(false);
    m_autoLabel = add(QStringLiteral("autoRefreshLabel"));
    m_autoLabel->setVisible(false);
    m_scope = add(QStringLiteral("scopeLabel"));
    m_rows = add(QStringLiteral("rowsLabel"));
    m_lastRefresh = add(QStringLiteral("lastRefreshLabel"));
    m_inFlight = add(QStringLiteral("inFlightLabel"));
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    m_banner->setVisible(demo);
    setWindowTitle(demo ? tr("SDRS Failed Tasks \u2014 Demo data") : tr("SDRS Failed Tasks"));
}

void MainWindow::setConnectionText(const QString &text)
{
    m_connection->setText(text);
}

void MainWindow::setProfiles(const QStringList &names, const QString &current)
{
    m_profiles->clear();
    m_profiles->addItems(names);
    m_profiles->setCurrentIndex(m_profiles->findText(current));
    m_profiles->setEnabled(!names.isEmpty());
}

BrowserFilter MainWindow::filter() const
{
    return m_filters->filter();
}

int MainWindow::pageSize() const
{
    return m_pagingBar->pageSize();
}

QTableView *MainWindow::table() const
{
    return m_table;
}

QIcon MainWindow::blankMark() const
{
    return m_filters->blankMark();
}

void MainWindow::setGroups(const QList<ProtectionGroup> &groups)
{
    const BrowserFilter before = filter();
    m_groups.clear();
    for (const ProtectionGroup &group : groups)
        m_groups.insert(group.id, group);
    m_filters->setGroups(groups);
    if (filter() != before) {
        m_paging.requestFirstPage();
        requestLoad();
    }
    updateCounts();
    updateDetail();
}

void MainWindow::restartQuery()
{
    // The in-memory filters change when the rows of the new query arrive (showServerPage() or
    // showAllRows()): until then the rows shown keep theirs.
    m_paging.restart();
    requestLoad();
}

void MainWindow::setMemoryFilters()
{
    const BrowserFilter f = filter();
    const bool all = f.scope == Scope::AllGroups;
    m_table->filterProxy()->setFailureStatus(all ? f.failureStatus : QString());
    m_table->filterProxy()->setResourceType(all ? f.resourceType : QString());
}

void MainWindow::applyMemoryFilters()
{
    setMemoryFilters();
    m_table->filterProxy()->setQuickFilter(m_filters->quickFilter());
    if (m_paging.local())
        m_table->pageProxy()->setPage(0, pageSize());
    updatePaging();
    updateCounts();
}

void MainWindow::goToPage(int page)
{
    if (m_paging.local()) {
        PageProxy *pages = m_table->pageProxy();
        pages->setPage(std::clamp(page, 0, pages->pageCount() - 1), pageSize());
        updatePaging();
        updateCounts();
        return;
    }
    if (m_paging.request(std::clamp(page, 0, m_paging.serverPageCount() - 1)))
        requestLoad();
}

int MainWindow::serverPageCount() const
{
    return m_paging.serverPageCount();
}

bool MainWindow::showServerPage(QList<FailureJob> rows, qint64 total)
{
    if (!m_paging.acceptServerPage(pageSize(), rows.size(), total)) {
        // Past the end: ask for another page from the event loop (not from inside the answer
        // being delivered).
        QTimer::singleShot(0, this, &MainWindow::loadRequested);
        return false;
    }
    m_table->filterProxy()->setFailureStatus({});
    m_table->filterProxy()->setResourceType({});
    m_table->pageProxy()->setPage(0, 0);
    const auto [keep, current] = m_table->selectionKeys();
    m_model->setJobs(std::move(rows));
    m_table->restoreSelection(keep, current);
    rowsArrived();
    return true;
}

void MainWindow::rowsArrived()
{
    m_haveRows = true;
    m_message->clear();
    updateNewMarks();
    m_lastRefresh->setText(tr("Refreshed %1").arg(QTime::currentTime().toString(u"HH:mm:ss")));
    updatePaging();
    updateCounts();
    m_table->selectFirstRowIfNone();
}

void MainWindow::showAllRows(FailureJobModel::PreparedJobs rows)
{
    const BrowserFilter f = filter();
    m_table->filterProxy()->setFailureStatus(f.failureStatus);
    m_table->filterProxy()->setResourceType(f.resourceType);
    PageProxy *pages = m_table->pageProxy();
    const int size = pageSize();
    const int page =
        m_paging.acceptAllRows(size, rows.jobs.size(), pages->page(), pages->pageSize());
    const auto [keep, current] = m_table->selectionKeys();
    m_model->setJobs(std::move(rows));
    pages->setPage(page, size);
    m_table->restoreSelection(keep, current);
    rowsArrived();
}

void MainWindow::showError(const ApiError &error)
{
    m_newRows.setRefreshPending(false); // the refresh ended without rows
    if (error.kind == ApiError::Kind::Cancelled) {
        m_message->showMessage(tr("Loading was cancelled; the rows shown are from before."), {});
    } else {
        m_message->showError(error);
    }
    // The paging bar goes back to describing the rows shown.
    m_paging.revert();
    if (m_haveRows) {
        m_model->setStale(true);
        m_pagingBar->selectPageSize(m_paging.shownPageSize());
    }
    updatePaging();
    updateCounts();
}

void MainWindow::showGroupsError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    m_message->showMessage(
        tr("The protection groups could not be listed. %1").arg(errorSentence(error)),
        errorDetails(error));
}

void MainWindow::clearForNewConnection()
{
    m_model->setJobs(QList<FailureJob>{});
    m_groups.clear();
    m_filters->clearGroups();
    m_message->clear();
    m_haveRows = false;
    m_paging.clear();
    m_lastRefresh->clear();
    m_newRows.clear();
    m_model->setNewKeys({});
    updatePaging();
    updateCounts();
    updateDetail();
}

void MainWindow::showNotice(const QString &text)
{
    m_message->showMessage(text, {});
}

void MainWindow::setBusy(bool busy, const QString &text)
{
    m_busyNow = busy;
    m_busy->setVisible(busy);
    m_busyText->setVisible(busy);
    m_busyText->setText(text);
    m_cancel->setEnabled(busy);
}

void MainWindow::setRequestsInFlight(int count)
{
    m_inFlight->setText(count > 0 ? tr("Requests in flight: %1").arg(count) : QString());
    m_inFlight->setVisible(count > 0);
}

PagingView MainWindow::pagingView() const
{
    if (!m_paging.local())
        return m_paging.serverView(m_model->rowCount());
    const PageProxy *pages = m_table->pageProxy();
    return PagingState::localView(pages->page(), pageSize(), m_table->filterProxy()->rowCount(),
                                  pages->rowCount());
}

void MainWindow::updatePaging()
{
    m_pagingBar->showView(pagingView());
}

void MainWindow::updateCounts()
{
    const QLocale locale;
    const int held = m_model->rowCount();
    const int matching = m_table->filterProxy()->rowCount();
    const bool local = m_paging.local();
    const BrowserFilter f = filter();
    const bool filtered = !m_table->filterProxy()->quickFilter().trimmed().isEmpty() ||
                          (local && (!f.failureStatus.isEmpty() || !f.resourceType.isEmpty()));
    if (!filtered)
        m_filters->setCountText(local ? tr("Rows loaded: %1").arg(locale.toString(held))
                                      : tr("Rows on this page: %1").arg(locale.toString(held)));
    else
        m_filters->setCountText(
            tr("%1 of %Ln row(s) match", nullptr, held).arg(locale.toString(matching)));
    m_scope->setText(scopeText());
    const PagingView view = pagingView();
    const QString shown = locale.toString(m_table->pageProxy()->rowCount());
    const QString all = locale.toString(view.total);
    if (view.atLeast)
        m_rows->setText(tr("%1 shown, at least %2 in all").arg(shown, all));
    else
        m_rows->setText(tr("%1 shown, %2 in all").arg(shown, all));
}

QString MainWindow::scopeText() const
{
    const BrowserFilter f = filter();
    switch (f.scope) {
    case Scope::GroupLevel:
        return tr("Scope: protection-group level");
    case Scope::AllGroups:
        return tr("Scope: all protection groups");
    case Scope::Group:
        break;
    }
    const auto it = m_groups.constFind(f.groupId);
    return tr("Scope: %1").arg(it != m_groups.cend() ? it->name : f.groupId);
}

const FailureJob *MainWindow::currentJob() const
{
    return m_table->currentJob();
}

void MainWindow::updateDetail()
{
    updateActions();
    const FailureJob *job = currentJob();
    if (!job) {
        m_detail->showNothing(int(m_table->selectionModel()->selectedRows().size()));
        return;
    }
    const auto it = m_groups.constFind(job->serverGroupId);
    m_detail->showJob(*job, it != m_groups.cend() ? &*it : nullptr);
}

void MainWindow::inspectCurrent()
{
    const FailureJob *job = m_table->jobAtCurrent();
    if (job && !job->jobId.isEmpty())
        Q_EMIT inspectRequested(job->jobId);
}

void MainWindow::saveSettings() const
{
    WindowSettings s;
    s.geometry = saveGeometry();
    s.splitter = m_splitter->saveState();
    s.header = m_table->horizontalHeader()->saveState();
    s.autoRefreshMinutes = m_autoMinutes;
    s.notifyNew = m_notify->isChecked();
    s.filter = filter();
    s.pageSize = pageSize();
    s.save();
}

void MainWindow::restoreSettings()
{
    const WindowSettings s = WindowSettings::load();
    restoreGeometry(s.geometry);
    m_splitter->restoreState(s.splitter);
    if (!s.header.isEmpty())
        m_table->horizontalHeader()->restoreState(s.header);
    setAutoRefreshMinutes(s.autoRefreshMinutes);
    m_notify->setChecked(m_notify->isEnabled() && s.notifyNew);
    m_filters->showFilter(s.filter);
    if (!m_pagingBar->selectPageSize(s.pageSize))
        m_pagingBar->selectPageSize(DefaultPageSize);
    setMemoryFilters();
    updatePaging();
    updateCounts();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::buildMenus()
{
    buildFileMenu();
    buildEditMenu();
    buildViewMenu();
    buildTasksMenu();

    m_autoTimer = new QTimer(this);
    m_autoTimer->setObjectName(QStringLiteral("autoRefreshTimer"));
    connect(m_autoTimer, &QTimer::timeout, this, [this] {
        // A load still running (or slow) is not stacked on, nor is the table changed under an
        // open dialog (an export's choice of rows); the next tick tries again.
        if (!m_busyNow && !QApplication::activeModalWidget())
            startRefresh();
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
    m_copy->setToolTip(tr("Copy the selected rows with a header line, tab-separated"));
    m_table->addAction(m_copy);
    m_copyJobId = edit->addAction(tr("Copy &job ID"), this,
                                  [this] { m_table->copyField(FailureJobModel::JobId); });
    m_copyJobId->setObjectName(QStringLiteral("copyJobIdAction"));
    m_copyResourceId = edit->addAction(tr("Copy &resource ID"), this,
                                       [this] { m_table->copyField(FailureJobModel::ResourceId); });
    m_copyResourceId->setObjectName(QStringLiteral("copyResourceIdAction"));
    m_copyJson = edit->addAction(tr("Copy row as &JSON"), this, [this] { m_table->copyJson(); });
    m_copyJson->setObjectName(QStringLiteral("copyJsonAction"));
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
            m_message->showMessage(tr("The language changes when SDRS Failed Tasks starts "
                                      "again."),
                                   {});
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
    m_deleteSelected = tasks->addAction(themedIcon(QStringLiteral("edit-delete")),
                                        tr("&Delete selected failed tasks\u2026"), this, [this] {
                                            const QList<FailureJob> jobs = selectedJobs();
                                            if (!jobs.isEmpty())
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
    menu.addSeparator();
    menu.addAction(m_inspect);
    menu.addSeparator();
    menu.addAction(m_deleteSelected);
    if (m_deleteGroup->isEnabled())
        menu.addAction(m_deleteGroup);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::requestLoad()
{
    m_newRows.setRefreshPending(false); // another page or query: its rows are not "new"
    Q_EMIT loadRequested();
}

void MainWindow::startRefresh()
{
    m_newRows.setRefreshPending(true);
    Q_EMIT refreshRequested();
}

QList<FailureJob> MainWindow::selectedJobs() const
{
    return m_table->selectedJobs();
}

QList<FailureJob> MainWindow::shownJobs() const
{
    return m_table->shownJobs();
}

QList<csv::Column> MainWindow::visibleColumns(bool localTime) const
{
    return m_table->visibleColumns(localTime);
}

QHash<QString, QString> MainWindow::groupNames() const
{
    QHash<QString, QString> names;
    names.reserve(m_groups.size());
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        names.insert(it.key(), it->name);
    return names;
}

void MainWindow::showMessage(const QString &text, const QString &details)
{
    m_message->showMessage(text, details);
}

void MainWindow::startExport()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    const qint64 shown = m_table->filterProxy()->rowCount();
    // "All protection groups" filters status and type here, and the export asks the service
    // with them: its count is not known before.
    const qint64 total = m_paging.local() || m_paging.atLeast() ? -1 : m_paging.total();
    auto *dialog = new ExportDialog(selected, shown, m_haveRows ? total : -1, this);
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
    m_copyJson->setEnabled(any);
    m_inspect->setEnabled(m_table->currentIndex().isValid());
    m_deleteSelected->setEnabled(any);
    const QString group = groupToDelete();
    m_deleteGroup->setEnabled(!group.isEmpty());
    const auto it = m_groups.constFind(group);
    m_deleteGroup->setText(
        group.isEmpty()
            ? tr("Delete all failed tasks of this &group\u2026")
            : tr("Delete all failed tasks of \u201c%1\u201d\u2026")
                  .arg(it != m_groups.cend() && !it->name.isEmpty() ? it->name : group));
}

void MainWindow::setAutoRefreshMinutes(int minutes)
{
    if (std::find(std::begin(AutoRefreshChoices), std::end(AutoRefreshChoices), minutes) ==
        std::end(AutoRefreshChoices))
        minutes = 0;
    m_autoMinutes = minutes;
    for (QAction *choice : m_autoGroup->actions())
        choice->setChecked(choice->data().toInt() == minutes);
    m_autoLabel->setText(tr("Auto-refresh every %1 min").arg(minutes));
    m_autoLabel->setVisible(minutes > 0);
    if (minutes > 0)
        m_autoTimer->start(minutes * 60 * 1000);
    else
        m_autoTimer->stop();
}

void MainWindow::updateNewMarks()
{
    const int fresh = m_newRows.update(*m_model, filter(), !m_paging.local());
    m_model->setNewKeys(m_newRows.unseen());
    updateNewLabel();
    if (fresh > 0) {
        Q_EMIT newRowsFound(fresh);
        notifyNewRows(fresh);
    }
}

int MainWindow::newRowCount() const
{
    if (m_newRows.unseen().isEmpty())
        return 0;
    int count = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        count += m_model->isNew(row) ? 1 : 0;
    return count;
}

void MainWindow::markCurrentSeen()
{
    if (m_newRows.unseen().isEmpty() || !m_newRows.markSeen(selectedJobs()))
        return;
    m_model->setNewKeys(m_newRows.unseen());
    updateNewLabel();
}

void MainWindow::markAllSeen()
{
    m_newRows.markAllSeen();
    m_model->setNewKeys({});
    updateNewLabel();
}

void MainWindow::updateNewLabel()
{
    const int marked = newRowCount();
    //: Status bar: how many rows are marked new since an earlier refresh.
    m_newLabel->setText(tr("New: %1").arg(QLocale().toString(marked)));
    m_newLabel->setVisible(marked > 0);
}

void MainWindow::notifyNewRows(int count)
{
    if (!isActiveWindow())
        QApplication::alert(this);
    if (!m_notify->isChecked() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon().isNull()
                                         ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                         : windowIcon(),
                                     this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_tray->setToolTip(tr("SDRS Failed Tasks"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }
    m_tray->show();
    m_tray->showMessage(
        tr("SDRS Failed Tasks"),
        tr("New failed tasks: %1 (%2)").arg(QLocale().toString(count), m_connection->text()),
        QSystemTrayIcon::Warning);
}

} // namespace sdrs::ui
