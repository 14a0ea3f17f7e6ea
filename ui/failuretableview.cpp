#include "ui/failuretableview.h"

#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "models/jsoncodec.h"
#include "models/pageproxy.h"
#include "ui/detailpane.h"
#include "ui/sortarrowstyle.h"
#include "ui/statusicondelegate.h"
#include "ui/tableoverlay.h"

#include <QApplication>
#include <QClipboard>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QShortcut>

namespace sdrs::ui {

namespace {

/// How wide the strip is that marks a new row at its left edge.
constexpr int NewStripWidth = 4;

/// Status icons in the status column, new rows marked by a strip at their left edge, stale and
/// gone rows greyed out (gone ones in italics), acknowledged rows with a check mark.
class FailureDelegate final : public StatusIconDelegate
{
public:
    explicit FailureDelegate(QObject *parent)
        : StatusIconDelegate(FailureJobModel::FailureStatus, FailureJobModel::FailureStatusRole,
                             failureStatusTone, parent)
    {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        StatusIconDelegate::paint(painter, option, index);
        if (!index.data(FailureJobModel::NewRole).toBool() || !isFirstColumn(option, index))
            return;
        // The text keeps its font and width; the strip shows on a selected row too.
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        painter->fillRect(
            QRect(option.rect.left(), option.rect.top(), NewStripWidth, option.rect.height()),
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight));
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        StatusIconDelegate::initStyleOption(option, index);
        const bool gone = index.data(FailureJobModel::GoneRole).toBool();
        if (gone || index.data(FailureJobModel::StaleRole).toBool())
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::Disabled, QPalette::Text));
        if (gone)
            option->font.setItalic(true);
        // Acknowledged: a check mark in the text colour (light and dark) before the first text.
        if (index.data(FailureJobModel::AcknowledgedRole).toBool() && isFirstColumn(*option, index))
            option->text = QStringLiteral("\u2713 ") + option->text;
    }

private:
    /// Whether the cell is in the leftmost column shown.
    static bool isFirstColumn(const QStyleOptionViewItem &option, const QModelIndex &index)
    {
        const auto *view = qobject_cast<const QTableView *>(option.widget);
        if (!view)
            return index.column() == 0;
        const QHeaderView *header = view->horizontalHeader();
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical))
                return logical == index.column();
        }
        return false;
    }
};

} // namespace

FailureTableView::FailureTableView(FailureJobModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_filter(new FailureJobFilterProxy(this))
    , m_pages(new PageProxy(this))
    , m_overlay(new TableOverlay(viewport()))
{
    m_filter->setSourceModel(m_model);
    m_pages->setSourceModel(m_filter);
    setObjectName(QStringLiteral("failureTable"));
    setAccessibleName(tr("Failed tasks"));
    setModel(m_pages);
    setItemDelegate(new FailureDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSortingEnabled(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the next control (arrows move within it): no keyboard trap.
    setTabKeyNavigation(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setupHeader();

    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QTableView::doubleClicked, this, &FailureTableView::openRequested);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *enter = new QShortcut(QKeySequence(key), this, nullptr, nullptr, Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, &FailureTableView::openRequested);
    }
    // Only a selection the user makes counts as having seen a row (not one kept across a sort).
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_autoSelecting)
            Q_EMIT selectionChangedByUser();
    });
    connect(m_pages, &QAbstractItemModel::modelReset, this,
            &FailureTableView::selectFirstRowIfNone);
    using M = QAbstractItemModel;
    connect(m_pages, &M::modelReset, this, &FailureTableView::updateOverlay);
    connect(m_pages, &M::layoutChanged, this, &FailureTableView::updateOverlay);
    connect(m_pages, &M::rowsInserted, this, &FailureTableView::updateOverlay);
    connect(m_pages, &M::rowsRemoved, this, &FailureTableView::updateOverlay);
    connect(m_overlay, &TableOverlay::buttonClicked, this, [this] {
        if (m_overlayAction == OverlayAction::ClearFilters)
            Q_EMIT clearFiltersRequested();
        else if (m_overlayAction == OverlayAction::EditConnection)
            Q_EMIT editConnectionRequested();
    });
}

void FailureTableView::setLoadingText(const QString &text)
{
    m_loadingText = text;
    updateOverlay();
}

void FailureTableView::setSignInRefused(bool refused)
{
    m_signInRefused = refused;
    updateOverlay();
}

void FailureTableView::setAnswered(bool answered)
{
    m_answered = answered;
    updateOverlay();
}

void FailureTableView::setFiltersActive(bool active)
{
    m_filtersActive = active;
    updateOverlay();
}

void FailureTableView::updateOverlay()
{
    m_overlayAction = OverlayAction::None;
    if (m_pages->rowCount() > 0) {
        m_overlay->showText({});
    } else if (!m_loadingText.isEmpty()) {
        m_overlay->showText(m_loadingText);
    } else if (m_signInRefused) {
        m_overlayAction = OverlayAction::EditConnection;
        //: Over the empty table: the service refused the credentials.
        m_overlay->showText(tr("Sign-in refused: the service did not accept the credentials."),
                            tr("Edit connection\u2026"));
    } else if (!m_answered) {
        m_overlay->showText({});
    } else if (m_filtersActive || (m_model && m_model->rowCount() > 0)) {
        m_overlayAction = OverlayAction::ClearFilters;
        //: Over the empty table: the filters leave no row.
        m_overlay->showText(tr("No failed tasks match the filters."), tr("Clear filters"));
    } else {
        //: Over the empty table: the scope has no failed task at all.
        m_overlay->showText(tr("No failed tasks"));
    }
}

void FailureTableView::setupHeader()
{
    auto *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    // ▼ for newest first, whatever the style's convention (Fusion on Linux draws it ▲).
    header->setStyle(new SortArrowStyle(header));
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Click to sort; right-click to choose columns"));
    // Widths from the font: a time, a long status name, typical names and codes.
    const QFontMetrics fm = fontMetrics();
    auto w = [&fm](const char *sample) {
        return fm.horizontalAdvance(QLatin1StringView(sample)) + 28;
    };
    const int widths[] = {w("2026-11-20 08:53:19"),
                          w("Start protection failed") + 20,
                          w("analytics-prod-08-pro"),
                          w("Protection group"),
                          w("createProtectionGroupNo"),
                          w("SDRS.1013"),
                          w("analytics-db-dr-01"),
                          w("6b6437b9-8dda-46bb-91e9-fbc34090faa3"),
                          w("ff808081d101b5b901a1f8290303c999"),
                          400};
    static_assert(std::size(widths) == FailureJobModel::ColumnCount);
    for (int column = 0; column < FailureJobModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    header->setSectionHidden(FailureJobModel::ResourceId, true);
    header->setSectionHidden(FailureJobModel::JobId, true);
    // Shown in "All protection groups" (setAllGroupsScope()); in the column menu elsewhere.
    header->setSectionHidden(FailureJobModel::ProtectionGroup, true);
    keepFailReasonLast();
    header->setSortIndicator(FailureJobModel::BeginTime, Qt::DescendingOrder);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &FailureTableView::showHeaderMenu);
}

void FailureTableView::keepFailReasonLast()
{
    // The reason takes the width the other columns leave, elided at its end.
    auto *header = horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FailureJobModel::FailReason, QHeaderView::Stretch);
    const int at = header->visualIndex(FailureJobModel::FailReason);
    if (at >= 0 && at != header->count() - 1)
        header->moveSection(at, header->count() - 1);
}

void FailureTableView::setAllGroupsScope(bool all)
{
    if (m_allGroupsScope == int(all))
        return;
    m_allGroupsScope = int(all);
    horizontalHeader()->setSectionHidden(FailureJobModel::ProtectionGroup, !all);
}

void FailureTableView::showHeaderMenu(const QPoint &pos)
{
    auto *header = horizontalHeader();
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

QModelIndex FailureTableView::sourceIndex(const QModelIndex &index) const
{
    return m_filter->mapToSource(m_pages->mapToSource(index));
}

const FailureJob *FailureTableView::currentJob() const
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    if (rows.size() != 1)
        return nullptr;
    const QModelIndex source = sourceIndex(rows.constFirst());
    return source.isValid() ? &m_model->job(source.row()) : nullptr;
}

const FailureJob *FailureTableView::jobAtCurrent() const
{
    const QModelIndex source = sourceIndex(currentIndex());
    return source.isValid() ? &m_model->job(source.row()) : nullptr;
}

QList<FailureJob> FailureTableView::selectedJobs() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<FailureJob> jobs;
    jobs.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows)) {
        const QModelIndex source = sourceIndex(index);
        if (source.isValid())
            jobs.append(m_model->job(source.row()));
    }
    return jobs;
}

QList<FailureJob> FailureTableView::shownJobs() const
{
    QList<FailureJob> jobs;
    const int count = m_filter->rowCount();
    jobs.reserve(count);
    for (int row = 0; row < count; ++row)
        jobs.append(m_model->job(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    return jobs;
}

QList<csv::Column> FailureTableView::visibleColumns(bool localTime) const
{
    const QHeaderView *header = horizontalHeader();
    QList<csv::Column> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical < 0 || header->isSectionHidden(logical))
            continue;
        const csv::Field field = FailureJobModel::field(logical);
        if (field == csv::Field::BeginTime) {
            //: Export column header: the begin time in UTC.
            columns.append({tr("Begin time (UTC)"), field});
            if (localTime)
                //: Export column header: the begin time in the computer's time zone.
                columns.append({tr("Begin time (local)"), csv::Field::BeginTimeLocal});
            continue;
        }
        // The cells as the table shows them: statuses and types in words, the group's name.
        columns.append({m_model->headerData(logical, Qt::Horizontal).toString(),
                        field == csv::Field::ServerGroupId ? csv::Field::ServerGroupName : field,
                        true});
    }
    return columns;
}

std::pair<QSet<quint64>, quint64> FailureTableView::selectionKeys() const
{
    QSet<quint64> keys;
    for (const FailureJob &job : selectedJobs())
        keys.insert(FailureJobModel::rowKey(job));
    const QModelIndex source = sourceIndex(currentIndex());
    return {keys, source.isValid() ? m_model->rowKeys().at(source.row()) : 0};
}

void FailureTableView::restoreSelection(const QSet<quint64> &keys, quint64 current)
{
    if (keys.isEmpty())
        return;
    QItemSelection selection;
    QModelIndex currentIndex;
    for (int row = 0; row < m_pages->rowCount(); ++row) {
        const QModelIndex index = m_pages->index(row, 0);
        const QModelIndex source = sourceIndex(index);
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
    selectionModel()->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void FailureTableView::rememberPositionForDelete()
{
    QSet<QString> resources;
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_pages->rowCount(); ++row) {
        if (!selectionModel()->isRowSelected(row, {}))
            continue;
        const QModelIndex source = sourceIndex(m_pages->index(row, 0));
        if (source.isValid())
            resources.insert(m_model->job(source.row()).resourceId);
        first = first < 0 ? row : first;
        last = row;
    }
    Position position;
    position.scroll = verticalScrollBar()->value();
    QList<quint64> before;
    for (int row = 0; row < m_pages->rowCount(); ++row) {
        const QModelIndex source = sourceIndex(m_pages->index(row, 0));
        if (!source.isValid() || resources.contains(m_model->job(source.row()).resourceId))
            continue;
        const quint64 key = m_model->rowKeys().at(source.row());
        if (row > first)
            position.keys.append(key); // after the first deleted row: nearest first
        else
            before.prepend(key);
    }
    position.keys += before;
    m_afterDelete = position;
}

bool FailureTableView::restorePositionAfterDelete()
{
    QHash<quint64, int> rows;
    for (int row = 0; row < m_pages->rowCount(); ++row) {
        const QModelIndex source = sourceIndex(m_pages->index(row, 0));
        if (source.isValid())
            rows.insert(m_model->rowKeys().at(source.row()), row);
    }
    for (quint64 key : std::as_const(m_afterDelete->keys)) {
        const auto found = rows.constFind(key);
        if (found == rows.cend())
            continue;
        const QScopedValueRollback<bool> automatic(m_autoSelecting, true);
        setCurrentIndex(m_pages->index(*found, 0));
        selectRow(*found);
        updateGeometries(); // the scroll range of the new rows
        verticalScrollBar()->setValue(m_afterDelete->scroll);
        scrollTo(currentIndex());
        return true;
    }
    return false;
}

void FailureTableView::selectFirstRowIfNone()
{
    // After a delete: where the deleted rows were, once the rows come without them.
    if (m_afterDelete && !selectionModel()->hasSelection()) {
        const bool restored = restorePositionAfterDelete();
        m_afterDelete.reset();
        if (restored)
            return;
    }
    // The newest failure's details at a glance, as a mail client opens the first message.
    if (!selectionModel()->hasSelection() && m_pages->rowCount() > 0) {
        // Not the user's choice: the row stays new until the user looks at it.
        const QScopedValueRollback<bool> automatic(m_autoSelecting, true);
        setCurrentIndex(m_pages->index(0, 0));
        selectRow(0);
    }
}

int FailureTableView::copyRows(const QHash<QString, QString> &groupNames) const
{
    const QList<FailureJob> jobs = selectedJobs();
    if (jobs.isEmpty())
        return 0;
    csv::Options options;
    options.separator = u'\t';
    options.lineEnd = QStringLiteral("\n");
    // Pasted into terminals and tickets as often as into spreadsheets: the text stays as it is.
    options.neutraliseFormulas = false;
    QApplication::clipboard()->setText(
        csv::formatTable(jobs, visibleColumns(false), groupNames, options));
    return int(jobs.size());
}

void FailureTableView::copyField(int column) const
{
    QStringList values;
    for (const FailureJob &job : selectedJobs())
        values.append(FailureJobModel::rawText(job, column));
    if (!values.isEmpty())
        QApplication::clipboard()->setText(values.join(u'\n'));
}

void FailureTableView::copyJson() const
{
    if (const FailureJob *job = jobAtCurrent())
        QApplication::clipboard()->setText(DetailPane::rowJson(*job));
}

void FailureTableView::copyJsonArray() const
{
    QJsonArray rows;
    for (const FailureJob &job : selectedJobs())
        rows.append(json::rowToJson(job));
    if (!rows.isEmpty())
        QApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)));
}

} // namespace sdrs::ui
