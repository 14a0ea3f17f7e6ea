#include "ui/mainwindow.h"

#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "models/pageproxy.h"
#include "models/jsoncodec.h"
#include "models/vocabulary.h"
#include "resources/sdrsicons.h"
#include "ui/detailpane.h"
#include "ui/language.h"
#include "ui/messagebar.h"
#include "ui/serverpaging.h"
#include "ui/statusstyle.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPixmap>
#include <QProgressBar>
#include <QScopedValueRollback>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace sdrs::ui {

namespace {

constexpr int ScopeRole = Qt::UserRole + 1;
constexpr int GroupIdRole = Qt::UserRole + 2;
constexpr int AbnormalRole = Qt::UserRole + 3; ///< true for a group in an abnormal state
constexpr int PageSizes[] = {50, 100, 200, 500, 1000};
constexpr int DefaultPageSize = 100;
constexpr int QuickFilterDelayMs = 150;
constexpr int AutoRefreshChoices[] = {0, 1, 5, 15}; // minutes; 0 is off

using Scope = BrowserFilter::Scope;

/// A filled dot in the palette's highlight colour: "new since an earlier refresh".
QIcon newIcon(const QColor &colour)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(8, 8, 16, 16));
    }
    return QIcon(pixmap);
}

/// Status icons in the status column, new rows in bold with a dot, and stale rows greyed out.
class FailureDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == FailureJobModel::FailureStatus) {
            const auto tone =
                failureStatusTone(index.data(FailureJobModel::FailureStatusRole).toString());
            option->icon = toneIcon(tone, option->palette);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
        if (index.data(FailureJobModel::NewRole).toBool()) {
            option->font.setBold(true);
            if (index.column() == FailureJobModel::BeginTime) {
                const QColor colour = option->palette.color(QPalette::Highlight);
                auto it = m_newIcons.constFind(colour.rgba());
                if (it == m_newIcons.cend())
                    it = m_newIcons.insert(colour.rgba(), newIcon(colour));
                option->icon = *it;
                option->features |= QStyleOptionViewItem::HasDecoration;
            }
        }
        if (index.data(FailureJobModel::StaleRole).toBool())
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::Disabled, QPalette::Text));
    }

private:
    mutable QHash<QRgb, QIcon> m_newIcons; ///< the "new" dot per highlight colour
};

QString scopeKey(Scope scope)
{
    switch (scope) {
    case Scope::GroupLevel:
        return QStringLiteral("group-level");
    case Scope::Group:
        return QStringLiteral("group");
    case Scope::AllGroups:
        return QStringLiteral("all");
    }
    return {};
}

Scope scopeFromKey(const QString &key)
{
    if (key == QLatin1StringView("group"))
        return Scope::Group;
    if (key == QLatin1StringView("all"))
        return Scope::AllGroups;
    return Scope::GroupLevel;
}

QToolButton *pagingButton(QWidget *parent, const QString &name, const QString &icon,
                          const QString &text)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setIcon(themedIcon(icon));
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    return button;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SDRS Failed Tasks"));
    setWindowIcon(applicationIcon());

    m_model = new FailureJobModel(this);
    m_proxy = new FailureJobFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_pages = new PageProxy(this);
    m_pages->setSourceModel(m_proxy);

    buildToolBar();

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
    layout->addWidget(buildFilterBar());
    m_message = new MessageBar(central);
    layout->addWidget(m_message);

    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_table = new QTableView(m_splitter);
    setupTable();
    m_detail = new DetailPane(m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(buildPagingBar());
    setCentralWidget(central);

    buildStatusBar();
    buildMenus();

    m_quickTimer = new QTimer(this);
    m_quickTimer->setObjectName(QStringLiteral("quickFilterTimer"));
    m_quickTimer->setSingleShot(true);
    m_quickTimer->setInterval(QuickFilterDelayMs);
    connect(m_quickTimer, &QTimer::timeout, this, &MainWindow::onMemoryFilterChanged);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_quick->setFocus(Qt::ShortcutFocusReason);
        m_quick->selectAll();
    });

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

QWidget *MainWindow::buildFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("filterBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    auto addLabeled = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, bar);
        l->setBuddy(field);
        row->addWidget(l);
        row->addWidget(field);
    };

    m_group = new QComboBox(bar);
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->setMinimumContentsLength(22);
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMaxVisibleItems(20);
    // Room for the mark of an abnormal group, text-sized: every entry has an icon (most a blank
    // one) so that the names line up.
    const int markSide = fontMetrics().height() * 3 / 4;
    m_group->setIconSize(QSize(markSide, markSide));
    m_group->view()->setIconSize(QSize(markSide, markSide));
    m_group->setAccessibleName(tr("Protection group"));
    m_group->completer()->setFilterMode(Qt::MatchContains);
    m_group->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_group->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_group->addItem(tr("Protection-group level"), int(Scope::GroupLevel));
    m_group->setItemData(0, tr("Failed tasks that belong to no particular protection group"),
                         Qt::ToolTipRole);
    m_group->addItem(tr("All protection groups"), int(Scope::AllGroups));
    m_group->setItemData(1,
                         tr("Every protection group and the group level, merged; paged and "
                            "filtered on this computer"),
                         Qt::ToolTipRole);
    m_group->setItemIcon(0, blankMark());
    m_group->setItemIcon(1, blankMark());
    // The first two entries hold the scope in ScopeRole; groups get it in setGroups().
    m_group->setItemData(0, int(Scope::GroupLevel), ScopeRole);
    m_group->setItemData(1, int(Scope::AllGroups), ScopeRole);
    addLabeled(tr("&Group:"), m_group);
    connect(m_group, &QComboBox::activated, this, &MainWindow::onScopeChosen);

    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Failure status"));
    m_type = new QComboBox(bar);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->setAccessibleName(tr("Resource type"));
    fillStatusAndTypeCombos();
    // As wide as a typical entry, not the longest (German names are long); the list shows all.
    for (QComboBox *combo : {m_status, m_type}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0));
    }
    addLabeled(tr("&Status:"), m_status);
    addLabeled(tr("&Type:"), m_type);
    connect(m_status, &QComboBox::activated, this, &MainWindow::onServerFilterChanged);
    connect(m_type, &QComboBox::activated, this, &MainWindow::onServerFilterChanged);

    m_name = new QLineEdit(bar);
    m_name->setObjectName(QStringLiteral("nameFilter"));
    m_name->setPlaceholderText(tr("Resource name, Enter"));
    m_name->setToolTip(tr("Sent to the service when you press Enter"));
    m_name->setAccessibleName(tr("Resource name"));
    m_name->setClearButtonEnabled(true);
    m_name->setMinimumWidth(140);
    addLabeled(tr("&Name:"), m_name);
    connect(m_name, &QLineEdit::returnPressed, this, &MainWindow::onServerFilterChanged);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The clear button should not need an Enter as well.
        if (text.isEmpty())
            onServerFilterChanged();
    });

    row->addSpacing(12);
    m_quick = new QLineEdit(bar);
    m_quick->setObjectName(QStringLiteral("quickFilter"));
    m_quick->setPlaceholderText(tr("Quick filter (Ctrl+F)"));
    m_quick->setToolTip(tr("Searches the rows held on this computer, every column including the "
                           "whole fail reason; not sent to the service"));
    m_quick->setAccessibleName(tr("Quick filter"));
    m_quick->setClearButtonEnabled(true);
    m_quick->setMinimumWidth(180);
    row->addWidget(m_quick, 1);
    connect(m_quick, &QLineEdit::textChanged, this, [this] { m_quickTimer->start(); });
    m_quickCount = new QLabel(bar);
    m_quickCount->setObjectName(QStringLiteral("quickFilterCount"));
    row->addWidget(m_quickCount);
    return bar;
}

void MainWindow::fillStatusAndTypeCombos()
{
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &status : failureStatuses())
        m_status->addItem(failureStatusName(status), status);
    m_type->addItem(tr("All types"), QString());
    for (const QString &type : resourceTypes())
        m_type->addItem(resourceTypeName(type), type);
}

QWidget *MainWindow::buildPagingBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("pagingBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    auto *sizeLabel = new QLabel(tr("Rows per page:"), bar);
    m_pageSize = new QComboBox(bar);
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->setAccessibleName(tr("Rows per page"));
    for (int size : PageSizes)
        m_pageSize->addItem(QString::number(size), size);
    m_pageSize->setCurrentIndex(m_pageSize->findData(DefaultPageSize));
    sizeLabel->setBuddy(m_pageSize);
    row->addWidget(sizeLabel);
    row->addWidget(m_pageSize);
    connect(m_pageSize, &QComboBox::activated, this, [this] {
        if (localPaging()) {
            m_pages->setPage(0, pageSize());
            updatePaging();
            updateCounts();
        } else {
            m_requestedPage = 0;
            requestLoad();
        }
    });
    row->addStretch(1);

    m_first = pagingButton(bar, QStringLiteral("firstPage"), QStringLiteral("go-first"),
                           tr("First page"));
    m_prev = pagingButton(bar, QStringLiteral("previousPage"), QStringLiteral("go-previous"),
                          tr("Previous page"));
    m_next =
        pagingButton(bar, QStringLiteral("nextPage"), QStringLiteral("go-next"), tr("Next page"));
    m_last =
        pagingButton(bar, QStringLiteral("lastPage"), QStringLiteral("go-last"), tr("Last page"));
    m_prev->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    auto *pageLabel = new QLabel(tr("Page"), bar);
    m_pageJump = new QSpinBox(bar);
    m_pageJump->setObjectName(QStringLiteral("pageJump"));
    m_pageJump->setAccessibleName(tr("Go to page"));
    m_pageJump->setToolTip(tr("Type a page number and press Enter"));
    m_pageJump->setKeyboardTracking(false);
    m_pageJump->setMinimum(1);
    pageLabel->setBuddy(m_pageJump);
    m_pageOf = new QLabel(bar);
    m_pageOf->setObjectName(QStringLiteral("pageOf"));
    row->addWidget(m_first);
    row->addWidget(m_prev);
    row->addWidget(pageLabel);
    row->addWidget(m_pageJump);
    row->addWidget(m_pageOf);
    row->addWidget(m_next);
    row->addWidget(m_last);
    row->addSpacing(16);
    m_rowRange = new QLabel(bar);
    m_rowRange->setObjectName(QStringLiteral("rowRange"));
    row->addWidget(m_rowRange);
    // Tab goes left to right as the bar reads (the buttons were made before the page box).
    setTabOrder(m_pageSize, m_first);
    setTabOrder(m_first, m_prev);
    setTabOrder(m_prev, m_pageJump);
    setTabOrder(m_pageJump, m_next);
    setTabOrder(m_next, m_last);

    auto current = [this] {
        return localPaging() ? m_pages->page() : m_shownPage;
    };
    auto count = [this] {
        return localPaging() ? m_pages->pageCount() : serverPageCount();
    };
    connect(m_first, &QToolButton::clicked, this, [this] { goToPage(0); });
    connect(m_prev, &QToolButton::clicked, this, [this, current] { goToPage(current() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this, current] { goToPage(current() + 1); });
    connect(m_last, &QToolButton::clicked, this, [this, count] { goToPage(count() - 1); });
    connect(m_pageJump, &QSpinBox::valueChanged, this, [this, current](int value) {
        if (value - 1 != current())
            goToPage(value - 1);
    });
    return bar;
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

void MainWindow::setupTable()
{
    m_table->setObjectName(QStringLiteral("failureTable"));
    m_table->setAccessibleName(tr("Failed tasks"));
    m_table->setModel(m_pages);
    m_table->setItemDelegate(new FailureDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the next control (arrows move within it): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Click to sort; right-click to choose columns"));
    // Widths from the font: a time, a long status name, typical names and codes.
    const QFontMetrics fm = m_table->fontMetrics();
    auto w = [&fm](const char *sample) {
        return fm.horizontalAdvance(QLatin1StringView(sample)) + 28;
    };
    const int widths[] = {w("2026-11-20 08:53:19"),
                          w("Start protection failed") + 20,
                          w("analytics-prod-08-pro"),
                          w("Protection group"),
                          w("createProtectionGroupNo"),
                          w("SDRS.1013"),
                          400,
                          w("6b6437b9-8dda-46bb-91e9-fbc34090faa3"),
                          w("ff808081d101b5b901a1f8290303c999")};
    for (int column = 0; column < FailureJobModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    header->setSectionHidden(FailureJobModel::ResourceId, true);
    header->setSectionHidden(FailureJobModel::JobId, true);
    header->setSortIndicator(FailureJobModel::BeginTime, Qt::DescendingOrder);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] {
        if (!localPaging() && m_shownTotal > m_model->rowCount())
            statusBar()->showMessage(tr("Sorted the rows of this page: the service hands out "
                                        "pages in its own order. \u201c"
                                        "All protection "
                                        "groups\u201d sorts every row."),
                                     8000);
    });

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this] { inspectCurrent(); });
    auto *enter =
        new QShortcut(QKeySequence(Qt::Key_Return), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &MainWindow::inspectCurrent);
    auto *enter2 =
        new QShortcut(QKeySequence(Qt::Key_Enter), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter2, &QShortcut::activated, this, &MainWindow::inspectCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateDetail);
    // Only a selection the user makes counts as having seen a row (not one kept across a sort).
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::markCurrentSeen);
    connect(m_pages, &QAbstractItemModel::modelReset, this, &MainWindow::updateDetail);
    connect(m_pages, &QAbstractItemModel::modelReset, this, &MainWindow::selectFirstRowIfNone);
    connect(m_pages, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateDetail);
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    auto *header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int column = 0; column < FailureJobModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [header, column](bool on) {
            // Keep at least one column.
            if (!on && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(column, !on);
        });
    }
    menu.exec(header->mapToGlobal(pos));
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
    BrowserFilter f;
    const int index = m_group->currentIndex();
    f.scope = index < 0 ? Scope::GroupLevel : Scope(m_group->itemData(index, ScopeRole).toInt());
    if (f.scope == Scope::Group)
        f.groupId = m_group->itemData(index, GroupIdRole).toString();
    f.failureStatus = m_status->currentData().toString();
    f.resourceType = m_type->currentData().toString();
    f.resourceName = m_name->text().trimmed();
    return f;
}

int MainWindow::pageSize() const
{
    return m_pageSize->currentData().toInt();
}

bool MainWindow::localPaging() const
{
    // What is on screen decides: rows of every group are paged here even while another scope is
    // being asked for (or failed).
    return m_shownLocal;
}

QIcon MainWindow::blankMark() const
{
    QPixmap blank(m_group->iconSize());
    blank.fill(Qt::transparent);
    return QIcon(blank);
}

void MainWindow::setGroups(const QList<ProtectionGroup> &groups)
{
    const BrowserFilter before = filter();
    m_groups.clear();
    QSignalBlocker block(m_group);
    while (m_group->count() > 2)
        m_group->removeItem(2);
    QList<ProtectionGroup> sorted = groups;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    for (const ProtectionGroup &group : std::as_const(sorted)) {
        m_groups.insert(group.id, group);
        const int index = m_group->count();
        m_group->addItem(group.name.isEmpty() ? group.id : group.name);
        m_group->setItemData(index, int(Scope::Group), ScopeRole);
        m_group->setItemData(index, group.id, GroupIdRole);
        QString tip =
            tr("%1\nStatus: %2\nProtected instances: %3, replication pairs: %4, DR drills: %5\n"
               "ID: %6")
                .arg(group.name, group.status, QString::number(group.protectedInstanceNum),
                     QString::number(group.replicationNum),
                     QString::number(group.disasterRecoveryDrillNum), group.id);
        m_group->setItemIcon(index, blankMark());
        if (isAbnormal(group)) {
            // Marked as `groups --abnormal` would list it: an icon, and words for the tooltip
            // and for screen readers.
            m_group->setItemIcon(index, toneIcon(StatusTone::Failed, palette()));
            //: Tooltip line and accessible description of a group in an abnormal state.
            const QString abnormal = tr("This protection group is in an abnormal state.");
            tip = abnormal + u'\n' + tip;
            m_group->setItemData(index, abnormal, Qt::AccessibleDescriptionRole);
            m_group->setItemData(index, true, AbnormalRole);
        }
        m_group->setItemData(index, tip, Qt::ToolTipRole);
    }
    // Keep the choice: the same group, or the restored one.
    int select = before.scope == Scope::AllGroups ? 1 : 0;
    if (before.scope == Scope::Group) {
        select = m_group->findData(before.groupId, GroupIdRole);
        if (select < 0) {
            // The group is gone (or the settings named one of another project): say so.
            select = 0;
            m_message->showMessage(tr("The protection group %1 no longer exists; showing the "
                                      "protection-group level.")
                                       .arg(before.groupId),
                                   {});
        }
    }
    m_group->setCurrentIndex(select);
    if (filter() != before) {
        m_requestedPage = 0;
        requestLoad();
    }
    updateCounts();
    updateDetail();
}

void MainWindow::addPendingGroup(const QString &id)
{
    // Until the groups are listed, the dropdown names the group by its id; setGroups() replaces
    // the entry with the group itself (or says that it is gone).
    QSignalBlocker block(m_group);
    const int index = m_group->count();
    m_group->addItem(tr("Protection group %1").arg(id));
    m_group->setItemData(index, int(Scope::Group), ScopeRole);
    m_group->setItemData(index, id, GroupIdRole);
    m_group->setCurrentIndex(index);
}

void MainWindow::onScopeChosen(int)
{
    m_requestedPage = 0;
    m_resetLocalPage = true;
    // The in-memory filters change when the rows of the new scope arrive (showServerPage() or
    // showAllRows()): until then the rows shown keep theirs.
    m_group->lineEdit()->setCursorPosition(0);
    requestLoad();
}

void MainWindow::onServerFilterChanged()
{
    const BrowserFilter f = filter();
    if (f.scope == Scope::AllGroups && sender() != m_name) {
        // Status and type of "All protection groups" are applied to the rows held here (or to
        // the rows still coming, when they arrive); the service is not asked again.
        if (m_shownLocal)
            onMemoryFilterChanged();
        return;
    }
    if (sender() == m_name && m_name->property("applied").toString() == f.resourceName)
        return;
    m_name->setProperty("applied", f.resourceName);
    m_requestedPage = 0;
    m_resetLocalPage = true;
    requestLoad();
}

void MainWindow::onMemoryFilterChanged()
{
    m_quickTimer->stop();
    const BrowserFilter f = filter();
    const bool all = f.scope == Scope::AllGroups;
    m_proxy->setFailureStatus(all ? f.failureStatus : QString());
    m_proxy->setResourceType(all ? f.resourceType : QString());
    m_proxy->setQuickFilter(m_quick->text());
    if (localPaging())
        m_pages->setPage(0, pageSize());
    updatePaging();
    updateCounts();
}

void MainWindow::goToPage(int page)
{
    if (localPaging()) {
        m_pages->setPage(std::clamp(page, 0, m_pages->pageCount() - 1), pageSize());
        updatePaging();
        updateCounts();
        return;
    }
    page = std::clamp(page, 0, serverPageCount() - 1);
    if (page == m_shownPage && page == m_requestedPage)
        return;
    m_requestedPage = page;
    requestLoad();
}

int MainWindow::serverPageCount() const
{
    return ui::serverPageCount(m_shownTotal, m_shownPageSize, m_shownAtLeast, m_shownPage);
}

bool MainWindow::showServerPage(QList<FailureJob> rows, qint64 total)
{
    const int size = pageSize();
    const PageVerdict verdict = judgePage(m_requestedPage, size, rows.size(), total, m_knownEnd);
    m_knownEnd = verdict.knownEnd;
    if (verdict.askInstead) {
        // Past the end: ask for another page from the event loop (not from inside the answer
        // being delivered).
        m_requestedPage = verdict.askPage;
        QTimer::singleShot(0, this, &MainWindow::loadRequested);
        return false;
    }
    m_shownLocal = false;
    m_shownPage = m_requestedPage;
    m_shownPageSize = size;
    m_shownTotal = verdict.total;
    m_shownAtLeast = verdict.atLeast;
    m_proxy->setFailureStatus({});
    m_proxy->setResourceType({});
    m_pages->setPage(0, 0);
    const auto [keep, current] = selectionKeys();
    m_model->setJobs(std::move(rows));
    restoreSelection(keep, current);
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
    selectFirstRowIfNone();
}

void MainWindow::showAllRows(FailureJobModel::PreparedJobs rows)
{
    m_shownLocal = true;
    m_shownPage = 0;
    m_shownPageSize = pageSize();
    m_shownTotal = rows.jobs.size();
    m_shownAtLeast = false;
    const BrowserFilter f = filter();
    m_proxy->setFailureStatus(f.failureStatus);
    m_proxy->setResourceType(f.resourceType);
    // A refresh keeps the page; a new filter or scope starts on page 1.
    const int keepPage =
        !m_resetLocalPage && m_pages->pageSize() == pageSize() ? m_pages->page() : 0;
    m_resetLocalPage = false;
    const auto [keep, current] = selectionKeys();
    m_model->setJobs(std::move(rows));
    m_pages->setPage(keepPage, pageSize());
    restoreSelection(keep, current);
    rowsArrived();
}

void MainWindow::showError(const ApiError &error)
{
    m_refreshPending = false; // the refresh ended without rows
    if (error.kind == ApiError::Kind::Cancelled) {
        m_message->showMessage(tr("Loading was cancelled; the rows shown are from before."), {});
    } else {
        m_message->showError(error);
    }
    if (m_haveRows)
        m_model->setStale(true);
    // The paging bar goes back to describing the rows shown.
    m_requestedPage = m_shownPage;
    m_resetLocalPage = false;
    if (m_haveRows) {
        const int sizeIndex = m_pageSize->findData(m_shownPageSize);
        if (sizeIndex >= 0)
            m_pageSize->setCurrentIndex(sizeIndex);
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
    {
        QSignalBlocker block(m_group);
        while (m_group->count() > 2)
            m_group->removeItem(2);
        if (m_group->currentIndex() < 0)
            m_group->setCurrentIndex(0);
    }
    m_message->clear();
    m_haveRows = false;
    m_shownLocal = false;
    m_shownPage = 0;
    m_shownTotal = 0;
    m_shownAtLeast = false;
    m_knownEnd = -1;
    m_requestedPage = 0;
    m_lastRefresh->clear();
    m_knownKeys.clear();
    m_unseenKeys.clear();
    m_newestKnownMs = std::numeric_limits<qint64>::min();
    m_markValid = false;
    m_refreshPending = false;
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

void MainWindow::selectFirstRowIfNone()
{
    // The newest failure's details at a glance, as a mail client opens the first message.
    if (!m_table->selectionModel()->hasSelection() && m_pages->rowCount() > 0) {
        // Not the user's choice: the row stays new until the user looks at it.
        const QScopedValueRollback<bool> automatic(m_autoSelecting, true);
        m_table->setCurrentIndex(m_pages->index(0, 0));
        m_table->selectRow(0);
    }
}

void MainWindow::updatePaging()
{
    const bool local = localPaging();
    const int size = local ? pageSize() : m_shownPageSize;
    const int pages = local ? m_pages->pageCount() : serverPageCount();
    const bool atLeast = !local && m_shownAtLeast;
    const int current = local ? m_pages->page() : m_shownPage;
    const qint64 total = local ? m_proxy->rowCount() : m_shownTotal;
    const qint64 first = qint64(current) * size;
    const qint64 shown = local ? m_pages->rowCount() : m_model->rowCount();

    {
        QSignalBlocker block(m_pageJump);
        m_pageJump->setMaximum(pages);
        m_pageJump->setValue(current + 1);
    }
    m_pageOf->setText(tr("of %1", "page x of y").arg(QLocale().toString(pages)));
    m_first->setEnabled(current > 0);
    m_prev->setEnabled(current > 0);
    m_next->setEnabled(current + 1 < pages);
    m_last->setEnabled(current + 1 < pages && !atLeast); // the last page is not known
    if (shown == 0)
        m_rowRange->setText(tr("no rows of %1").arg(QLocale().toString(total)));
    else if (atLeast)
        //: The service's count said no more after a full page: more pages may follow.
        m_rowRange->setText(tr("rows %1\u2013%2 of at least %3")
                                .arg(QLocale().toString(first + 1),
                                     QLocale().toString(first + shown), QLocale().toString(total)));
    else
        m_rowRange->setText(tr("rows %1\u2013%2 of %3")
                                .arg(QLocale().toString(first + 1),
                                     QLocale().toString(first + shown), QLocale().toString(total)));
}

void MainWindow::updateCounts()
{
    const int held = m_model->rowCount();
    const int matching = m_proxy->rowCount();
    const bool filtered =
        !m_proxy->quickFilter().trimmed().isEmpty() ||
        (localPaging() && (!filter().failureStatus.isEmpty() || !filter().resourceType.isEmpty()));
    if (!filtered)
        m_quickCount->setText(localPaging()
                                  ? tr("Rows loaded: %1").arg(QLocale().toString(held))
                                  : tr("Rows on this page: %1").arg(QLocale().toString(held)));
    else
        m_quickCount->setText(
            tr("%1 of %Ln row(s) match", nullptr, held).arg(QLocale().toString(matching)));
    m_scope->setText(scopeText());
    const QString all = QLocale().toString(localPaging() ? qint64(matching) : m_shownTotal);
    if (!localPaging() && m_shownAtLeast)
        m_rows->setText(
            tr("%1 shown, at least %2 in all").arg(QLocale().toString(m_pages->rowCount()), all));
    else
        m_rows->setText(
            tr("%1 shown, %2 in all").arg(QLocale().toString(m_pages->rowCount()), all));
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
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return nullptr;
    const QModelIndex source = m_proxy->mapToSource(m_pages->mapToSource(rows.constFirst()));
    if (!source.isValid())
        return nullptr;
    return &m_model->job(source.row());
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
    QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(m_pages->mapToSource(index));
    if (!source.isValid())
        return;
    const QString jobId = m_model->job(source.row()).jobId;
    if (!jobId.isEmpty())
        Q_EMIT inspectRequested(jobId);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("autoRefreshMinutes"), m_autoMinutes);
    settings.setValue(QStringLiteral("notifyNew"), m_notify->isChecked());
    settings.endGroup();
    const BrowserFilter f = filter();
    settings.beginGroup(QStringLiteral("filter"));
    settings.setValue(QStringLiteral("scope"), scopeKey(f.scope));
    settings.setValue(QStringLiteral("groupId"), f.groupId);
    settings.setValue(QStringLiteral("failureStatus"), f.failureStatus);
    settings.setValue(QStringLiteral("resourceType"), f.resourceType);
    settings.setValue(QStringLiteral("resourceName"), f.resourceName);
    settings.setValue(QStringLiteral("pageSize"), pageSize());
    settings.endGroup();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    setAutoRefreshMinutes(settings.value(QStringLiteral("autoRefreshMinutes"), 0).toInt());
    m_notify->setChecked(m_notify->isEnabled() &&
                         settings.value(QStringLiteral("notifyNew"), false).toBool());
    settings.endGroup();

    settings.beginGroup(QStringLiteral("filter"));
    const Scope scope = scopeFromKey(settings.value(QStringLiteral("scope")).toString());
    if (scope == Scope::AllGroups) {
        m_group->setCurrentIndex(1);
    } else if (scope == Scope::Group) {
        const QString id = settings.value(QStringLiteral("groupId")).toString();
        const int index = m_group->findData(id, GroupIdRole);
        if (index >= 0)
            m_group->setCurrentIndex(index);
        else if (!id.isEmpty())
            addPendingGroup(id);
        else
            m_group->setCurrentIndex(0);
    } else {
        m_group->setCurrentIndex(0);
    }
    auto select = [](QComboBox *combo, const QVariant &value) {
        const int index = combo->findData(value.toString());
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    select(m_status, settings.value(QStringLiteral("failureStatus")));
    select(m_type, settings.value(QStringLiteral("resourceType")));
    m_name->setText(settings.value(QStringLiteral("resourceName")).toString());
    m_name->setProperty("applied", m_name->text().trimmed());
    const int size = settings.value(QStringLiteral("pageSize"), DefaultPageSize).toInt();
    const int sizeIndex = m_pageSize->findData(size);
    m_pageSize->setCurrentIndex(sizeIndex < 0 ? m_pageSize->findData(DefaultPageSize) : sizeIndex);
    settings.endGroup();
    const bool all = filter().scope == Scope::AllGroups;
    m_proxy->setFailureStatus(all ? filter().failureStatus : QString());
    m_proxy->setResourceType(all ? filter().resourceType : QString());
    updatePaging();
    updateCounts();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace sdrs::ui

namespace sdrs::ui {

namespace {

csv::Field fieldOfColumn(int column)
{
    switch (column) {
    case FailureJobModel::BeginTime:
        return csv::Field::BeginTime;
    case FailureJobModel::FailureStatus:
        return csv::Field::FailureStatus;
    case FailureJobModel::ResourceName:
        return csv::Field::ResourceName;
    case FailureJobModel::ResourceType:
        return csv::Field::ResourceType;
    case FailureJobModel::JobType:
        return csv::Field::JobType;
    case FailureJobModel::ErrorCode:
        return csv::Field::ErrorCode;
    case FailureJobModel::FailReason:
        return csv::Field::FailReason;
    case FailureJobModel::ResourceId:
        return csv::Field::ResourceId;
    default:
        return csv::Field::JobId;
    }
}

} // namespace

void MainWindow::buildMenus()
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

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_copy = edit->addAction(themedIcon(QStringLiteral("edit-copy")), tr("&Copy rows"), this,
                             &MainWindow::copyRows);
    m_copy->setObjectName(QStringLiteral("copyRowsAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the selected rows with a header line, tab-separated"));
    m_table->addAction(m_copy);
    m_copyJobId =
        edit->addAction(tr("Copy &job ID"), this, [this] { copyField(FailureJobModel::JobId); });
    m_copyJobId->setObjectName(QStringLiteral("copyJobIdAction"));
    m_copyResourceId = edit->addAction(tr("Copy &resource ID"), this,
                                       [this] { copyField(FailureJobModel::ResourceId); });
    m_copyResourceId->setObjectName(QStringLiteral("copyResourceIdAction"));
    m_copyJson = edit->addAction(tr("Copy row as &JSON"), this, &MainWindow::copyJson);
    m_copyJson->setObjectName(QStringLiteral("copyJsonAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refresh);
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
    m_refreshPending = false; // another page or query: its rows are not "new"
    Q_EMIT loadRequested();
}

std::pair<QSet<quint64>, quint64> MainWindow::selectionKeys() const
{
    QSet<quint64> keys;
    for (const FailureJob &job : selectedJobs())
        keys.insert(FailureJobModel::rowKey(job));
    quint64 current = 0;
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid()) {
        const QModelIndex source = m_proxy->mapToSource(m_pages->mapToSource(index));
        if (source.isValid())
            current = m_model->rowKeys().at(source.row());
    }
    return {keys, current};
}

void MainWindow::restoreSelection(const QSet<quint64> &keys, quint64 current)
{
    if (keys.isEmpty())
        return;
    QItemSelection selection;
    QModelIndex currentIndex;
    for (int row = 0; row < m_pages->rowCount(); ++row) {
        const QModelIndex index = m_pages->index(row, 0);
        const QModelIndex source = m_proxy->mapToSource(m_pages->mapToSource(index));
        if (!source.isValid())
            continue;
        const quint64 key = m_model->rowKeys().at(source.row());
        if (!keys.contains(key))
            continue;
        selection.select(index, m_pages->index(row, FailureJobModel::ColumnCount - 1));
        if (key == current || !currentIndex.isValid())
            currentIndex = index;
    }
    if (selection.isEmpty())
        return;
    // The user's selection, kept across a refresh: not a new look at the rows.
    const QScopedValueRollback<bool> automatic(m_autoSelecting, true);
    QItemSelectionModel *model = m_table->selectionModel();
    model->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect);
}

void MainWindow::startRefresh()
{
    m_refreshPending = true;
    Q_EMIT refreshRequested();
}

QList<FailureJob> MainWindow::selectedJobs() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<FailureJob> jobs;
    jobs.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows)) {
        const QModelIndex source = m_proxy->mapToSource(m_pages->mapToSource(index));
        if (source.isValid())
            jobs.append(m_model->job(source.row()));
    }
    return jobs;
}

QList<FailureJob> MainWindow::shownJobs() const
{
    QList<FailureJob> jobs;
    const int count = m_proxy->rowCount();
    jobs.reserve(count);
    for (int row = 0; row < count; ++row)
        jobs.append(m_model->job(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return jobs;
}

QList<csv::Column> MainWindow::visibleColumns(bool localTime) const
{
    const QHeaderView *header = m_table->horizontalHeader();
    QList<csv::Column> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical < 0 || header->isSectionHidden(logical))
            continue;
        const csv::Field field = fieldOfColumn(logical);
        if (field == csv::Field::BeginTime) {
            //: Export column header: the begin time in UTC.
            columns.append({tr("Begin time (UTC)"), field});
            if (localTime)
                //: Export column header: the begin time in the computer's time zone.
                columns.append({tr("Begin time (local)"), csv::Field::BeginTimeLocal});
            continue;
        }
        // The cells as the table shows them: statuses and types in words.
        columns.append({m_model->headerData(logical, Qt::Horizontal).toString(), field, true});
    }
    return columns;
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
    const qint64 shown = m_proxy->rowCount();
    // "All protection groups" filters status and type here, and the export asks the service
    // with them: its count is not known before.
    const qint64 total = localPaging() || m_shownAtLeast ? -1 : m_shownTotal;
    auto *dialog = new ExportDialog(selected, shown, m_haveRows ? total : -1, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The selection as the dialog counted it, whatever happens to the table meanwhile.
    connect(dialog, &QDialog::accepted, this, [this, dialog, selectedNow = selectedJobs()] {
        ExportJob job;
        job.options = dialog->options();
        job.filter = filter();
        job.groupNames = groupNames();
        if (job.options.allFields) {
            for (const csv::Field field : csv::defaultFields()) {
                job.columns.append({csv::fieldName(field), field});
                if (field == csv::Field::BeginTime && job.options.localTimeColumn)
                    job.columns.append(
                        {csv::fieldName(csv::Field::BeginTimeLocal), csv::Field::BeginTimeLocal});
            }
        } else {
            job.columns = visibleColumns(job.options.localTimeColumn);
        }
        if (job.options.rows == ExportOptions::Rows::Selected)
            job.rows = selectedNow;
        else if (job.options.rows == ExportOptions::Rows::Shown)
            job.rows = shownJobs();
        Q_EMIT exportRequested(job);
    });
    dialog->open();
}

void MainWindow::copyRows()
{
    const QList<FailureJob> jobs = selectedJobs();
    if (jobs.isEmpty())
        return;
    csv::Options options;
    options.separator = u'\t';
    options.lineEnd = QStringLiteral("\n");
    // Pasted into terminals and tickets as often as into spreadsheets: the text stays as it is.
    options.neutraliseFormulas = false;
    QApplication::clipboard()->setText(
        csv::formatTable(jobs, visibleColumns(false), groupNames(), options));
    statusBar()->showMessage(tr("Copied %Ln row(s).", nullptr, int(jobs.size())), 4000);
}

void MainWindow::copyField(int column)
{
    const QList<FailureJob> jobs = selectedJobs();
    QStringList values;
    for (const FailureJob &job : jobs)
        values.append(FailureJobModel::rawText(job, column));
    if (!values.isEmpty())
        QApplication::clipboard()->setText(values.join(u'\n'));
}

void MainWindow::copyJson()
{
    const QList<FailureJob> jobs = selectedJobs();
    if (jobs.size() == 1) {
        QApplication::clipboard()->setText(DetailPane::rowJson(jobs.constFirst()));
        return;
    }
    QJsonArray rows;
    for (const FailureJob &job : jobs)
        rows.append(json::rowToJson(job));
    if (!rows.isEmpty())
        QApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)));
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
    // Only a refresh of the same query marks rows: a new filter, scope or page is not "new".
    auto identity = [](BrowserFilter f) {
        if (f.scope == Scope::AllGroups) {
            f.failureStatus.clear(); // applied in memory to the same rows
            f.resourceType.clear();
        }
        return f;
    };
    const BrowserFilter now = identity(filter());
    const bool sameQuery = m_markValid && now == m_markFilter;
    if (!sameQuery) {
        m_knownKeys.clear();
        m_unseenKeys.clear();
        m_newestKnownMs = std::numeric_limits<qint64>::min();
    }
    const bool marking = sameQuery && m_refreshPending;
    // Server paging sees one page: a row not seen before may just have moved up from a later
    // page (rows deleted meanwhile). The service lists the newest first, so only a row newer
    // than every row seen so far is new there.
    const bool byTime = !localPaging();
    const qint64 newestBefore = m_newestKnownMs;
    int fresh = 0;
    if (m_knownKeys.isEmpty())
        m_knownKeys.reserve(m_model->rowCount());
    const QList<quint64> &keys = m_model->rowKeys();
    for (qsizetype row = 0; row < keys.size(); ++row) {
        const quint64 key = keys.at(row);
        const QDateTime &begin = m_model->job(int(row)).beginTime;
        const qint64 ms = begin.isValid() ? begin.toMSecsSinceEpoch() : 0;
        m_newestKnownMs = std::max(m_newestKnownMs, ms);
        const qsizetype before = m_knownKeys.size();
        m_knownKeys.insert(key);
        if (marking && m_knownKeys.size() != before && (!byTime || ms > newestBefore)) {
            m_unseenKeys.insert(key);
            ++fresh;
        }
    }
    m_markFilter = now;
    m_markValid = true;
    m_refreshPending = false;
    m_model->setNewKeys(m_unseenKeys);
    updateNewLabel();
    if (fresh > 0) {
        Q_EMIT newRowsFound(fresh);
        notifyNewRows(fresh);
    }
}

int MainWindow::newRowCount() const
{
    if (m_unseenKeys.isEmpty())
        return 0;
    int count = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        count += m_model->isNew(row) ? 1 : 0;
    return count;
}

void MainWindow::markCurrentSeen()
{
    if (m_autoSelecting || m_unseenKeys.isEmpty())
        return;
    bool changed = false;
    for (const FailureJob &job : selectedJobs())
        changed |= m_unseenKeys.remove(FailureJobModel::rowKey(job));
    if (!changed)
        return;
    m_model->setNewKeys(m_unseenKeys);
    updateNewLabel();
}

void MainWindow::updateNewLabel()
{
    const int marked = newRowCount();
    //: Status bar: how many rows are marked new since an earlier refresh.
    m_newLabel->setText(tr("New: %1").arg(QLocale().toString(marked)));
    m_newLabel->setVisible(marked > 0);
}

void MainWindow::markAllSeen()
{
    m_unseenKeys.clear();
    m_model->setNewKeys({});
    updateNewLabel();
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
