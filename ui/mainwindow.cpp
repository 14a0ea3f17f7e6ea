#include "ui/mainwindow.h"

#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "models/pageproxy.h"
#include "resources/sdrsicons.h"
#include "ui/busyindicator.h"
#include "ui/detailpane.h"
#include "ui/failuretableview.h"
#include "ui/filterbar.h"
#include "ui/messagebar.h"
#include "ui/newrownotifier.h"
#include "ui/pagingbar.h"
#include "ui/windowsettings.h"
#include "ui/windowstatusbar.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace sdrs::ui {

namespace {

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
    buildOverview();
    m_status = new WindowStatusBar(this);
    setStatusBar(m_status);
    m_notifier = new NewRowNotifier(this);
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
    connect(m_table, &FailureTableView::clearFiltersRequested, m_filters, &FilterBar::clearFilters);
    connect(m_table, &FailureTableView::editConnectionRequested, this,
            &MainWindow::editProfileRequested);
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
        m_message->showMessage(MessageKind::Information,
                               tr("The protection group %1 no longer exists; showing the "
                                  "protection-group level.")
                                   .arg(groupId));
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

void MainWindow::setDemo(bool demo)
{
    m_banner->setVisible(demo);
}

void MainWindow::setConnectionText(const QString &text)
{
    m_status->setConnectionText(text);
}

void MainWindow::setEndpoint(const QUrl &endpoint)
{
    m_detail->setEndpoint(endpoint);
}

void MainWindow::setProfiles(const QStringList &names, const QString &current)
{
    m_profiles->clear();
    m_profiles->addItems(names);
    m_profiles->setCurrentIndex(m_profiles->findText(current));
    m_profiles->setEnabled(!names.isEmpty());
    //: The window title: %1 is the name of the connection profile in use.
    setWindowTitle(current.isEmpty() ? tr("SDRS Failed Tasks")
                                     : tr("SDRS Failed Tasks \u2014 %1").arg(current));
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
    m_model->setGroupNames(groupNames());
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
    m_table->setAllGroupsScope(filter().scope == Scope::AllGroups);
    requestLoad();
}

void MainWindow::setMemoryFilters()
{
    const BrowserFilter f = filter();
    m_table->filterProxy()->setFailureStatus(f.pagedHere() ? f.failureStatus : QString());
    m_table->filterProxy()->setResourceType(f.pagedHere() ? f.resourceType : QString());
    setTimeRange(f);
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
    setMemoryFilters(); // none: the service filtered
    m_table->pageProxy()->setPage(0, 0);
    const auto [keep, current] = m_table->selectionKeys();
    m_model->setJobs(std::move(rows));
    m_table->restoreSelection(keep, current);
    rowsArrived();
    // An unfiltered group's total is its failed-task count, for the group dropdown.
    const BrowserFilter f = filter();
    if (f.scope == Scope::Group && f.failureStatus.isEmpty() && f.resourceType.isEmpty() &&
        f.resourceName.isEmpty() && !pagingView().atLeast)
        m_filters->setGroupCount(f.groupId, total);
    return true;
}

void MainWindow::rowsArrived()
{
    m_haveRows = true;
    m_table->setAnswered(true);
    m_table->setSignInRefused(false);
    updateNewMarks();
    m_status->setRefreshed(true);
    updatePaging();
    updateCounts();
    m_table->selectFirstRowIfNone();
}

void MainWindow::showAllRows(FailureJobModel::PreparedJobs rows)
{
    const BrowserFilter f = filter();
    setMemoryFilters(); // a relative time range moves with the clock
    PageProxy *pages = m_table->pageProxy();
    const int size = pageSize();
    const int page =
        m_paging.acceptAllRows(size, rows.jobs.size(), pages->page(), pages->pageSize());
    if (f.scope == Scope::AllGroups && f.resourceName.isEmpty()) // every group's rows: counts
        m_filters->countGroupRows(rows.jobs);
    const auto [keep, current] = m_table->selectionKeys();
    m_model->setJobs(std::move(rows));
    pages->setPage(page, size);
    m_table->restoreSelection(keep, current);
    rowsArrived();
    noteEveryPageRead();
}

void MainWindow::beginLoad()
{
    m_message->clear();
}

void MainWindow::showError(const ApiError &error)
{
    m_newRows.setRefreshPending(false); // the refresh ended without rows
    if (error.kind == ApiError::Kind::Cancelled) {
        m_message->addMessage(MessageKind::Information,
                              tr("Loading was cancelled; the rows shown are from before."));
    } else if (m_haveRows) {
        // The rows shown turn grey: the sentence says why.
        m_message->addMessage(MessageKind::Error,
                              tr("%1 The rows shown are from before.").arg(errorSentence(error)),
                              errorDetails(error));
    } else {
        m_message->addMessage(MessageKind::Error, errorSentence(error), errorDetails(error));
    }
    m_table->setSignInRefused(error.kind == ApiError::Kind::Auth);
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
    m_message->addMessage(
        MessageKind::Error,
        tr("The protection groups could not be listed. %1").arg(errorSentence(error)),
        errorDetails(error));
}

void MainWindow::clearForNewConnection()
{
    m_model->setJobs(QList<FailureJob>{});
    m_groups.clear();
    m_filters->clearGroups();
    m_model->setGroupNames({});
    m_message->clear();
    m_haveRows = false;
    m_table->setAnswered(false);
    m_table->setSignInRefused(false);
    m_paging.clear();
    m_status->setRefreshed(false);
    m_newRows.clear();
    m_model->setNewKeys({});
    m_model->clearHistory();
    updatePaging();
    updateCounts();
    updateDetail();
}

void MainWindow::showNotice(const QString &text, MessageKind kind)
{
    m_message->showMessage(kind, text);
}

void MainWindow::setBusy(bool busy, const QString &text)
{
    m_busyNow = busy;
    m_busy->setBusy(busy, text);
    m_table->setLoadingText(busy ? (text.isEmpty() ? tr("Loading\u2026") : text) : QString());
    m_cancel->setEnabled(busy);
}

void MainWindow::setRequestsInFlight(int count)
{
    m_status->setRequestsInFlight(count);
}

PagingView MainWindow::pagingView() const
{
    if (!m_paging.local())
        return m_paging.serverView(m_model->liveRowCount());
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
    // The paging bar is the row counter; beside the quick filter only what it keeps, while
    // it is in use.
    const bool quick = !m_table->filterProxy()->quickFilter().trimmed().isEmpty() ||
                       !m_table->filterProxy()->facets().isEmpty();
    m_filters->setMatchCount(quick ? m_table->filterProxy()->rowCount() : -1);
    const BrowserFilter f = filter();
    m_table->setFiltersActive(quick || !f.failureStatus.isEmpty() || !f.resourceType.isEmpty() ||
                              !f.resourceName.isEmpty() || f.range.isBounded());
    m_status->setScopeText(scopeText());
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
    showDetailHistory();
}

void MainWindow::saveSettings() const
{
    WindowSettings s;
    s.geometry = saveGeometry();
    s.splitter = m_splitter->saveState();
    s.header = m_table->horizontalHeader()->saveState();
    s.autoRefreshMinutes = m_autoMinutes;
    s.notifyNew = m_notify->isChecked();
    s.showGone = m_showGone->isChecked();
    s.hideAcknowledged = m_hideAcknowledged->isChecked();
    s.filter = filter();
    s.pageSize = pageSize();
    s.save();
    saveOverviewState();
}

void MainWindow::restoreSettings()
{
    const WindowSettings s = WindowSettings::load();
    restoreGeometry(s.geometry);
    m_splitter->restoreState(s.splitter);
    if (!s.header.isEmpty())
        m_table->horizontalHeader()->restoreState(s.header);
    m_table->keepFailReasonLast();
    restoreOverviewState();
    setAutoRefreshMinutes(s.autoRefreshMinutes);
    m_notify->setChecked(m_notify->isEnabled() && s.notifyNew);
    m_showGone->setChecked(s.showGone);
    m_hideAcknowledged->setChecked(s.hideAcknowledged);
    m_filters->showFilter(s.filter);
    m_table->setAllGroupsScope(filter().scope == Scope::AllGroups);
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

void MainWindow::showMessage(MessageKind kind, const QString &text, const QString &details)
{
    m_message->showMessage(kind, text, details);
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

FailureJobModel::PreparedJobs MainWindow::currentRows() const
{
    return m_model->current();
}

} // namespace sdrs::ui
