#pragma once

#include "models/browserfilter.h"
#include "models/failurejob.h"
#include "models/protectiongroup.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace sdrs::ui {

class TimeRangeBox;

/// The bar above the table: the protection group (or scope), status, type and resource name
/// the server is asked for, and the quick filter over the rows held here.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);

    BrowserFilter filter() const;
    QString quickFilter() const;
    /// A transparent icon the size of the group dropdown's marks.
    QIcon blankMark() const;
    /// The protection groups of the dropdown, sorted by name; the choice stays on the same group
    /// (or falls back to the group level, with groupVanished()).
    void setGroups(const QList<ProtectionGroup> &groups);
    /// Only the scopes remain in the group dropdown (and no counts are known).
    void clearGroups();
    /// The number of failed tasks of a group, shown in the dropdown after its status.
    void setGroupCount(const QString &groupId, qint64 count);
    /// Counts the failed tasks of every listed group in `rows` (all of them, unfiltered).
    void countGroupRows(const QList<FailureJob> &rows);
    /// Shows `filter` (restored settings); a group not listed yet is named by its id until
    /// setGroups() comes.
    void showFilter(const BrowserFilter &filter);
    /// Beside the quick filter: how many rows it keeps ("12 match"); nothing when `matching`
    /// is negative (no filter active).
    void setMatchCount(int matching);
    void focusQuickFilter();
    /// Empties status, type, resource name, the time range and the quick filter (the scope
    /// stays), and asks
    /// for the rows again as the change needs.
    void clearFilters();

Q_SIGNALS:
    /// Another scope or protection group was chosen.
    void scopeChosen();
    /// A filter the server applies changed (or a time range came or went on a scope the service
    /// pages: then every page is read, or the service pages again).
    void serverFilterChanged();
    /// Status, type or time range of rows read whole (BrowserFilter::pagedHere()) changed:
    /// applied to the rows held here.
    void memoryFilterChanged();
    /// The quick filter's text changed (after a short pause while typing).
    void quickFilterChanged();
    /// setGroups() found the chosen group gone.
    void groupVanished(const QString &groupId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildGroupCombo();
    /// The group box's text is not the scope in effect.
    bool groupTextEdited() const;
    /// Shows the scope in effect again.
    void revertGroupText();
    void buildStatusAndType();
    void buildName();
    void buildQuickFilter();
    /// The time range changed: applied here, or the rows asked for again.
    void onRangeChanged();
    /// A widget of the flow that keeps a label and its field on one line.
    QWidget *addUnit(const QString &name);
    /// Adds `label` and `field` to the unit that is `field`'s parent.
    void addLabeled(const QString &label, QWidget *field);
    static QString matchText(int matching);
    void addGroup(const ProtectionGroup &group);
    void addPendingGroup(const QString &id);
    /// The status and count after the name of the entry at `index`.
    void showGroupDetail(int index);
    void fitGroupList();
    /// Status or type chosen (or the name applied with Enter).
    void onQueryChanged(bool fromName);

    QComboBox *m_group = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_name = nullptr;
    QString m_appliedName;                ///< the resource name last sent to the service
    QHash<QString, qint64> m_groupCounts; ///< group id -> failed tasks, once known
    TimeRangeBox *m_range = nullptr;
    TimeRange m_appliedRange; ///< the range the rows held were read for
    QLineEdit *m_quick = nullptr;
    QLabel *m_quickCount = nullptr;
    QTimer *m_quickTimer = nullptr;
};

} // namespace sdrs::ui
