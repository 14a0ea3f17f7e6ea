#pragma once

#include "models/csvexport.h"
#include "models/failurejob.h"

#include <QPointer>
#include <QSet>
#include <QTableView>

#include <optional>

namespace sdrs {
class FailureJobFilterProxy;
class FailureJobModel;
class PageProxy;
} // namespace sdrs

namespace sdrs::ui {

class TableOverlay;

/// The failed-task table: the model's rows through the in-memory filter and sort
/// (FailureJobFilterProxy) and the in-memory page (PageProxy), with status icons and new/stale
/// marks, a header menu to choose columns, and the selection read back as jobs and copied.
class FailureTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureTableView)

public:
    FailureTableView(FailureJobModel *model, QWidget *parent = nullptr);

    FailureJobFilterProxy *filterProxy() const { return m_filter; }
    PageProxy *pageProxy() const { return m_pages; }

    /// The row the detail pane shows (exactly one selected), or nullptr.
    const FailureJob *currentJob() const;
    /// The job under the current index, or nullptr.
    const FailureJob *jobAtCurrent() const;
    /// The selected rows, in the order the table shows them.
    QList<FailureJob> selectedJobs() const;
    /// Every row that passes the in-memory filters, in the table's order, on every page.
    QList<FailureJob> shownJobs() const;
    /// The visible columns in their order, as export columns with the table's titles; with
    /// `localTime`, a local begin-time column follows the begin time.
    QList<csv::Column> visibleColumns(bool localTime) const;

    /// The selected rows' keys and the current row's key, to keep them across new rows.
    std::pair<QSet<quint64>, quint64> selectionKeys() const;
    /// Selects the rows on this page whose keys are given (nothing when none is there).
    void restoreSelection(const QSet<quint64> &keys, quint64 current);
    /// Selects the first row when nothing is selected; after rememberPositionForDelete(), the
    /// row after the deleted ones instead (or the one before when they were last), at the scroll
    /// position the view had.
    void selectFirstRowIfNone();
    /// The selected rows are about to be deleted: the rows around them (except every row of a
    /// selected resource, as their failed tasks all go) and the scroll position are kept for the
    /// first rows that arrive without the selection.
    void rememberPositionForDelete();

    /// Copies the selected rows with a header line, tab-separated; returns how many.
    int copyRows(const QHash<QString, QString> &groupNames) const;
    /// Copies one raw field of every selected row, a line each.
    void copyField(int column) const;
    /// Copies the current row as a JSON object (as the detail pane shows it).
    void copyJson() const;
    /// Copies the selected rows as a JSON array (one row: an array of one).
    void copyJsonArray() const;

    /// Shows the Protection group column when the scope becomes "All protection groups" and
    /// hides it when the scope becomes another (where the column menu offers it).
    void setAllGroupsScope(bool all);
    /// Puts the Fail reason column last, taking the width the others leave (also after a
    /// restored header state).
    void keepFailReasonLast();

    // What the table says over its viewport while it shows no row (TableOverlay): "Loading…",
    // "Sign-in refused", "No failed tasks match" or "No failed tasks", in that precedence.

    /// What is loading (with progress where known); empty: nothing is.
    void setLoadingText(const QString &text);
    /// The last load was refused at sign-in: offers to edit the connection.
    void setSignInRefused(bool refused);
    /// An answer of the service is shown (before the first one the table stays blank).
    void setAnswered(bool answered);
    /// A filter narrows the rows (server or in memory): offers to clear the filters.
    void setFiltersActive(bool active);

Q_SIGNALS:
    /// The overlay's "Clear filters" button.
    void clearFiltersRequested();
    /// The overlay's "Edit connection…" button, after a refused sign-in.
    void editConnectionRequested();
    /// Enter or a double-click: open the current row's job.
    void openRequested();
    /// The user changed the selection (not the program keeping or choosing one).
    void selectionChangedByUser();

private:
    void setupHeader();
    void updateOverlay();
    void showHeaderMenu(const QPoint &pos);
    /// The model's index of a row of this view (through both proxies); invalid when none.
    QModelIndex sourceIndex(const QModelIndex &index) const;

    // Guarded: the model may go first, and its end resets the proxies, which update the overlay.
    QPointer<FailureJobModel> m_model;
    FailureJobFilterProxy *m_filter;
    PageProxy *m_pages;
    /// Selects the first row of m_afterDelete that is on this page, at the scroll position kept;
    /// false when none is.
    bool restorePositionAfterDelete();

    bool m_autoSelecting = false; ///< a row selected by the program is not "seen"
    TableOverlay *m_overlay;
    QString m_loadingText;
    bool m_signInRefused = false;
    bool m_answered = false;
    bool m_filtersActive = false;
    /// What the overlay's button does now.
    enum class OverlayAction { None, ClearFilters, EditConnection } m_overlayAction{};
    int m_allGroupsScope = -1; ///< setAllGroupsScope()'s last value; -1 before the first
    /// What rememberPositionForDelete() kept: the keys of the rows after the deleted ones
    /// (nearest first), then of those before them (nearest first); and the scroll position.
    struct Position
    {
        QList<quint64> keys;
        int scroll = 0;
    };
    std::optional<Position> m_afterDelete;
};

} // namespace sdrs::ui
