#include "ui/filterbar.h"

#include "models/vocabulary.h"
#include "ui/flowlayout.h"
#include "ui/groupitemdelegate.h"
#include "ui/statusstyle.h"
#include "ui/timerangebox.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QScrollBar>
#include <QTimer>

namespace sdrs::ui {

namespace {

constexpr int ScopeRole = Qt::UserRole + 1;
constexpr int GroupIdRole = Qt::UserRole + 2;
constexpr int AbnormalRole = Qt::UserRole + 3; ///< true for a group in an abnormal state
constexpr int QuickFilterDelayMs = 150;
/// The widest count the label beside the quick filter makes room for.
constexpr int LongestCount = 888888;
constexpr int StatusRole = Qt::UserRole + 4; ///< a group's status
constexpr int DetailRole = Qt::UserRole + 5; ///< status and failed-task count, as the list shows
/// The entries before the groups: the group level, all groups and a separator.
constexpr int ScopeEntries = 3;

using Scope = BrowserFilter::Scope;

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    // The fields flow onto a second line when the window is narrow.
    new FlowLayout(this);
    buildGroupCombo();
    buildStatusAndType();
    buildName();
    m_range = new TimeRangeBox(this);
    layout()->addWidget(m_range);
    connect(m_range, &TimeRangeBox::rangeChanged, this, &FilterBar::onRangeChanged);
    buildQuickFilter();
}

QWidget *FilterBar::addUnit(const QString &name)
{
    auto *unit = new QWidget(this);
    unit->setObjectName(name);
    auto *row = new QHBoxLayout(unit);
    row->setContentsMargins(0, 0, 0, 0);
    layout()->addWidget(unit);
    return unit;
}

void FilterBar::addLabeled(const QString &label, QWidget *field)
{
    // A label and its field stay together on one line.
    auto *l = new QLabel(label, field->parentWidget());
    l->setBuddy(field);
    auto *row = static_cast<QHBoxLayout *>(field->parentWidget()->layout());
    row->addWidget(l);
    row->addWidget(field, 1);
}

void FilterBar::buildGroupCombo()
{
    m_group = new QComboBox(addUnit(QStringLiteral("groupUnit")));
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
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
    m_group->insertSeparator(2);
    // The list shows each group's status and failed-task count after its name.
    m_group->setItemDelegate(new GroupItemDelegate(DetailRole, m_group));
    //: Placeholder of the protection-group box when its text is cleared.
    m_group->lineEdit()->setPlaceholderText(tr("Type a group name"));
    m_group->setMinimumContentsLength(
        std::max(22, int(m_group->lineEdit()->placeholderText().size()) + 2));
    addLabeled(tr("&Group:"), m_group);
    connect(m_group, &QComboBox::activated, this, [this] {
        m_group->lineEdit()->setCursorPosition(0);
        Q_EMIT scopeChosen();
    });
    // Text typed that names no group goes back to the scope in effect (Enter after the combo
    // box has looked for a match; Esc and leaving the box in eventFilter()).
    connect(m_group->lineEdit(), &QLineEdit::returnPressed, this, &FilterBar::revertGroupText);
    m_group->installEventFilter(this);
}

bool FilterBar::groupTextEdited() const
{
    return m_group->lineEdit()->text() != m_group->itemText(m_group->currentIndex());
}

void FilterBar::revertGroupText()
{
    if (!groupTextEdited())
        return;
    m_group->lineEdit()->setText(m_group->itemText(m_group->currentIndex()));
    m_group->lineEdit()->setCursorPosition(0);
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_group) {
        // A popup (the completer's list) takes the focus only for a moment.
        if (event->type() == QEvent::FocusOut &&
            static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
            revertGroupText();
        // Esc in an edited box undoes the edit (instead of cancelling the load).
        if (event->type() == QEvent::ShortcutOverride &&
            static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && groupTextEdited()) {
            revertGroupText();
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::buildStatusAndType()
{
    m_status = new QComboBox(addUnit(QStringLiteral("statusUnit")));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Failure status"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &status : failureStatuses())
        m_status->addItem(failureStatusName(status), status);
    m_type = new QComboBox(addUnit(QStringLiteral("typeUnit")));
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->setAccessibleName(tr("Resource type"));
    m_type->addItem(tr("All types"), QString());
    for (const QString &type : resourceTypes())
        m_type->addItem(resourceTypeName(type), type);
    // As wide as the longest entry (German names are long): the bar wraps instead of cutting.
    for (QComboBox *combo : {m_status, m_type}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0));
        connect(combo, &QComboBox::activated, this, [this] { onQueryChanged(false); });
    }
    addLabeled(tr("&Status:"), m_status);
    addLabeled(tr("&Type:"), m_type);
}

void FilterBar::buildName()
{
    m_name = new QLineEdit(addUnit(QStringLiteral("nameUnit")));
    m_name->setObjectName(QStringLiteral("nameFilter"));
    m_name->setPlaceholderText(tr("Resource name, Enter"));
    m_name->setToolTip(tr("Sent to the service when you press Enter"));
    m_name->setAccessibleName(tr("Resource name"));
    m_name->setClearButtonEnabled(true);
    // Room for the placeholder and the clear button, in every language.
    m_name->setMinimumWidth(
        std::max(140, m_name->fontMetrics().horizontalAdvance(m_name->placeholderText()) + 48));
    m_name->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    addLabeled(tr("&Name:"), m_name);
    connect(m_name, &QLineEdit::returnPressed, this, [this] { onQueryChanged(true); });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The clear button should not need an Enter as well.
        if (text.isEmpty())
            onQueryChanged(true);
    });
}

void FilterBar::buildQuickFilter()
{
    QWidget *unit = addUnit(QStringLiteral("quickUnit"));
    m_quick = new QLineEdit(unit);
    m_quick->setObjectName(QStringLiteral("quickFilter"));
    m_quick->setPlaceholderText(tr("Quick filter (Ctrl+F)"));
    m_quick->setToolTip(tr("Searches the rows held on this computer, every column including the "
                           "whole fail reason; not sent to the service"));
    m_quick->setAccessibleName(tr("Quick filter"));
    m_quick->setClearButtonEnabled(true);
    m_quick->setMinimumWidth(
        std::max(180, m_quick->fontMetrics().horizontalAdvance(m_quick->placeholderText()) + 48));
    unit->layout()->addWidget(m_quick);
    m_quickCount = new QLabel(unit);
    m_quickCount->setObjectName(QStringLiteral("quickFilterCount"));
    // As wide as the longest count: a count that changes does not move or widen anything.
    m_quickCount->setFixedWidth(
        m_quickCount->fontMetrics().horizontalAdvance(matchText(LongestCount)) + 8);
    unit->layout()->addWidget(m_quickCount);

    m_quickTimer = new QTimer(this);
    m_quickTimer->setObjectName(QStringLiteral("quickFilterTimer"));
    m_quickTimer->setSingleShot(true);
    m_quickTimer->setInterval(QuickFilterDelayMs);
    connect(m_quick, &QLineEdit::textChanged, m_quickTimer, qOverload<>(&QTimer::start));
    connect(m_quickTimer, &QTimer::timeout, this, &FilterBar::quickFilterChanged);
}

void FilterBar::onQueryChanged(bool fromName)
{
    const BrowserFilter f = filter();
    if (f.pagedHere() && !fromName) {
        // Status and type of rows read whole ("All protection groups", or a time range) are
        // applied to the rows held here (or to the rows still coming, when they arrive); the
        // service is not asked again.
        Q_EMIT memoryFilterChanged();
        return;
    }
    if (fromName && m_appliedName == f.resourceName)
        return;
    m_appliedName = f.resourceName;
    Q_EMIT serverFilterChanged();
}

BrowserFilter FilterBar::filter() const
{
    BrowserFilter f;
    const int index = m_group->currentIndex();
    const QVariant scope = m_group->itemData(index, ScopeRole);
    f.scope = scope.isValid() ? Scope(scope.toInt()) : Scope::GroupLevel;
    if (f.scope == Scope::Group)
        f.groupId = m_group->itemData(index, GroupIdRole).toString();
    f.failureStatus = m_status->currentData().toString();
    f.resourceType = m_type->currentData().toString();
    f.resourceName = m_name->text().trimmed();
    f.range = m_range->range();
    return f;
}

QString FilterBar::quickFilter() const
{
    return m_quick->text();
}

QIcon FilterBar::blankMark() const
{
    QPixmap blank(m_group->iconSize());
    blank.fill(Qt::transparent);
    return QIcon(blank);
}

void FilterBar::clearGroups()
{
    m_groupCounts.clear();
    QSignalBlocker block(m_group);
    while (m_group->count() > ScopeEntries)
        m_group->removeItem(ScopeEntries);
    if (m_group->currentIndex() < 0)
        m_group->setCurrentIndex(0);
}

void FilterBar::setGroups(const QList<ProtectionGroup> &groups)
{
    const BrowserFilter before = filter();
    QSignalBlocker block(m_group);
    while (m_group->count() > ScopeEntries)
        m_group->removeItem(ScopeEntries);
    QList<ProtectionGroup> sorted = groups;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    for (const ProtectionGroup &group : std::as_const(sorted))
        addGroup(group);
    fitGroupList();
    // Keep the choice: the same group, or the restored one.
    int select = before.scope == Scope::AllGroups ? 1 : 0;
    if (before.scope == Scope::Group) {
        select = m_group->findData(before.groupId, GroupIdRole);
        if (select < 0)
            select = 0;
    }
    m_group->setCurrentIndex(select);
    if (before.scope == Scope::Group && filter().scope != Scope::Group)
        Q_EMIT groupVanished(before.groupId);
}

void FilterBar::addGroup(const ProtectionGroup &group)
{
    const int index = m_group->count();
    m_group->addItem(group.name.isEmpty() ? group.id : group.name);
    m_group->setItemData(index, int(Scope::Group), ScopeRole);
    m_group->setItemData(index, group.id, GroupIdRole);
    m_group->setItemData(index, group.status, StatusRole);
    showGroupDetail(index);
    QString tip =
        tr("%1\nStatus: %2\nProtected instances: %3, replication pairs: %4, DR drills: %5\n"
           "ID: %6")
            .arg(group.name, group.status, QString::number(group.protectedInstanceNum),
                 QString::number(group.replicationNum),
                 QString::number(group.disasterRecoveryDrillNum), group.id);
    m_group->setItemIcon(index, blankMark());
    if (isAbnormal(group)) {
        // Marked as `groups --abnormal` would list it: an icon, and words for the tooltip and
        // for screen readers.
        m_group->setItemIcon(index, toneIcon(StatusTone::Failed, palette()));
        //: Tooltip line and accessible description of a group in an abnormal state.
        const QString abnormal = tr("This protection group is in an abnormal state.");
        tip = abnormal + u'\n' + tip;
        m_group->setItemData(index, abnormal, Qt::AccessibleDescriptionRole);
        m_group->setItemData(index, true, AbnormalRole);
    }
    m_group->setItemData(index, tip, Qt::ToolTipRole);
}

void FilterBar::showGroupDetail(int index)
{
    QStringList parts;
    const QString status = m_group->itemData(index, StatusRole).toString();
    if (!status.isEmpty())
        parts << status;
    const auto count = m_groupCounts.constFind(m_group->itemData(index, GroupIdRole).toString());
    if (count != m_groupCounts.cend())
        //: In the group dropdown, after a group's status: its failed tasks.
        parts << tr("%Ln failed tasks", nullptr, int(*count));
    m_group->setItemData(index, parts.join(QStringLiteral(" \u00b7 ")), DetailRole);
}

void FilterBar::fitGroupList()
{
    // The list as wide as its longest entry (German statuses are long), never narrower than the
    // box.
    QAbstractItemView *list = m_group->view();
    list->setMinimumWidth(list->sizeHintForColumn(0) +
                          list->verticalScrollBar()->sizeHint().width() + 2 * list->frameWidth());
}

void FilterBar::setGroupCount(const QString &groupId, qint64 count)
{
    m_groupCounts.insert(groupId, count);
    const int index = m_group->findData(groupId, GroupIdRole);
    if (index >= 0) {
        showGroupDetail(index);
        fitGroupList();
    }
}

void FilterBar::countGroupRows(const QList<FailureJob> &rows)
{
    QHash<QString, qint64> counts;
    for (int index = ScopeEntries; index < m_group->count(); ++index)
        counts.insert(m_group->itemData(index, GroupIdRole).toString(), 0);
    for (const FailureJob &job : rows) {
        const auto it = counts.find(job.serverGroupId);
        if (it != counts.end())
            ++*it;
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        m_groupCounts.insert(it.key(), it.value());
    for (int index = ScopeEntries; index < m_group->count(); ++index)
        showGroupDetail(index);
    fitGroupList();
}

void FilterBar::addPendingGroup(const QString &id)
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

void FilterBar::showFilter(const BrowserFilter &filter)
{
    if (filter.scope == Scope::AllGroups) {
        m_group->setCurrentIndex(1);
    } else if (filter.scope == Scope::Group) {
        const int index = m_group->findData(filter.groupId, GroupIdRole);
        if (index >= 0)
            m_group->setCurrentIndex(index);
        else if (!filter.groupId.isEmpty())
            addPendingGroup(filter.groupId);
        else
            m_group->setCurrentIndex(0);
    } else {
        m_group->setCurrentIndex(0);
    }
    auto select = [](QComboBox *combo, const QString &value) {
        const int index = combo->findData(value);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    select(m_status, filter.failureStatus);
    select(m_type, filter.resourceType);
    m_name->setText(filter.resourceName);
    m_appliedName = m_name->text().trimmed();
    m_range->showRange(filter.range);
    m_appliedRange = m_range->range();
}

void FilterBar::onRangeChanged()
{
    const BrowserFilter f = filter();
    // One group or the group level: a range makes the window read every page, and All returns
    // to the service's paging.
    const bool reload =
        f.scope != Scope::AllGroups && f.range.isBounded() != m_appliedRange.isBounded();
    m_appliedRange = f.range;
    if (reload)
        Q_EMIT serverFilterChanged();
    else
        Q_EMIT memoryFilterChanged();
}

QString FilterBar::matchText(int matching)
{
    //: Beside the quick filter: how many rows it keeps.
    return tr("%Ln matches", nullptr, matching);
}

void FilterBar::setMatchCount(int matching)
{
    m_quickCount->setText(matching < 0 ? QString() : matchText(matching));
}

void FilterBar::focusQuickFilter()
{
    m_quick->setFocus(Qt::ShortcutFocusReason);
    m_quick->selectAll();
}

void FilterBar::clearFilters()
{
    const bool nameSent = !m_appliedName.isEmpty();
    {
        const QSignalBlocker blockStatus(m_status);
        const QSignalBlocker blockType(m_type);
        const QSignalBlocker blockName(m_name);
        m_status->setCurrentIndex(0);
        m_type->setCurrentIndex(0);
        m_name->clear();
    }
    m_appliedName.clear();
    m_range->showRange({});
    m_appliedRange = {};
    if (filter().scope == Scope::AllGroups && !nameSent)
        Q_EMIT memoryFilterChanged(); // status and type apply to the rows held here
    else
        Q_EMIT serverFilterChanged();
    if (!m_quick->text().isEmpty()) {
        m_quick->clear();
        m_quickTimer->stop();
        Q_EMIT quickFilterChanged();
    }
}

} // namespace sdrs::ui
