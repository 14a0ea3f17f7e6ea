#pragma once

#include "models/failurejob.h"
#include "models/failurejobfields.h"
#include "models/historyentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace sdrs {

/// Where each group's rows start in a row list ordered by group, as "All protection groups"
/// hands them over: finds the row of an earlier answer at the same place in O(1), so that a
/// refresh can share what did not change.
class GroupPositions final
{
public:
    GroupPositions() = default;
    explicit GroupPositions(const QList<FailureJob> &rows);
    /// Index in the rows of the `position`-th row of `serverGroupId` (its first run), or -1.
    qsizetype indexOf(const QString &serverGroupId, qint64 position) const;
    /// Replaces each row of `page` (the rows of `serverGroupId` from `offset` on) that equals the
    /// row at the same place of `previous` (the rows these positions were built from) by that
    /// row, so that both share their strings.
    void share(const QList<FailureJob> &previous, const QString &serverGroupId, qint64 offset,
               QList<FailureJob> &page) const;

private:
    QHash<QString, std::pair<qsizetype, qsizetype>> m_runs; ///< group -> first index, length
};

/// The failed tasks held in memory: one page from the server, or every row of "All protection
/// groups". Shows the rows it is given; knows nothing of the network.
class FailureJobModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureJobModel)

public:
    enum Column {
        BeginTime,     ///< local time; ToolTipRole gives local and UTC
        FailureStatus, ///< readable name (failureStatusName); ToolTipRole the raw value
        ResourceName,
        ResourceType, ///< readable name (resourceTypeName)
        JobType,      ///< readable name (jobTypeName); ToolTipRole the raw value
        ErrorCode,
        /// The group's name (groupNames()); RawRole the server_group_id; empty at group level.
        ProtectionGroup,
        ResourceId, ///< hidden by default in the view
        JobId,      ///< hidden by default in the view
        /// Shows the cause (failureCause(), prepared once per row) and sorts by it; ToolTipRole
        /// the whole reason (up to ~2000 characters), RawRole and exports the raw fail_reason.
        FailReason,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /// Raw value for sorting: qint64 msecs since epoch for BeginTime (invalid times sort
        /// first), the raw string otherwise.
        SortRole = Qt::UserRole + 1,
        /// The raw API value of the cell as a QString (begin_time as received, failure_status
        /// code).
        RawRole,
        /// The row's failure_status (any column), for the status colour/icon.
        FailureStatusRole,
        /// bool: the rows are from an earlier answer and a newer request failed.
        StaleRole,
        /// bool: the row is new since an earlier refresh and the user has not looked at it yet,
        /// or the local history says it is new since the user last looked (unseen).
        NewRole,
        /// bool: the task is acknowledged in the local history (setAnnotations()).
        AcknowledgedRole,
        /// bool: the row is a gone task added by setGoneRows(): greyed, after the rows read.
        GoneRole,
        /// QString: the acknowledgement's note (empty: none).
        NoteRole,
    };

    /// Rows with their search text, ready to be swapped in.
    struct PreparedJobs
    {
        QList<FailureJob> jobs;
        QList<QByteArray> searchText; ///< UTF-8: half the memory of UTF-16 for this text
        QList<quint64> keys;          ///< rowKey() of each row
        QList<QString> causes;        ///< failureCause(job).cause of each row
    };

    explicit FailureJobModel(QObject *parent = nullptr);

    /// Builds the search text and the cause of every row. Safe to call on any thread: at 100,000
    /// rows it takes about 100 ms, which a caller may spend off the GUI thread. A row equal to the
    /// one at the same place of `previous` (same group, same position in it) takes its search text.
    static PreparedJobs prepare(QList<FailureJob> jobs, const PreparedJobs &previous = {});
    /// The rows and search text held now (shallow copies, safe to hand to another thread).
    PreparedJobs current() const { return {m_jobs, m_searchText, m_keys, m_causes}; }
    /// Replaces every row (one model reset) and clears the stale mark. The rows it held are
    /// released on a worker thread, so that freeing a large set does not block the GUI.
    void setJobs(PreparedJobs prepared);
    /// Same, building the search text here.
    void setJobs(QList<FailureJob> jobs) { setJobs(prepare(std::move(jobs))); }
    const QList<FailureJob> &jobs() const { return m_jobs; }
    const FailureJob &job(int row) const { return m_jobs.at(row); }

    /// Marks every row stale (greyed out, tooltip says so) or fresh again; emits dataChanged.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    /// What identifies a failed task across refreshes: its job, its resource and the group it
    /// was asked for, hashed (a collision would at worst leave one row unmarked).
    static quint64 rowKey(const FailureJob &job);
    /// The rows whose rowKey() is in `keys` are marked new (NewRole); emits
    /// dataChanged for the rows whose mark changed.
    void setNewKeys(QSet<quint64> keys);
    /// rowKey() of every row, in row order (built by prepare()).
    const QList<quint64> &rowKeys() const { return m_keys; }
    bool isNew(int row) const;

    // The local history (failurejobmodelhistory.cpp). Rows read come first; the gone rows of
    // setGoneRows() follow them (liveRowCount() on), and stay across setJobs() until replaced.

    /// Merges what the history knows of tasks, by job_id (marks, tooltips, NoteRole); emits
    /// dataChanged for the rows whose annotation changed.
    void updateAnnotations(const HistoryAnnotations &annotations);
    const HistoryAnnotations &annotations() const { return m_annotations; }
    /// The history's annotation of a row; nullptr when the history knows nothing of it.
    const HistoryAnnotation *annotation(int row) const;
    /// Replaces the gone rows shown after the rows read (empty: none); their annotations are
    /// merged. A gone row whose job_id is among the rows read is left out. One model reset.
    void setGoneRows(const QList<HistoryEntry> &entries);
    /// Forgets annotations and gone rows (another connection).
    void clearHistory();
    /// The rows read (the rows before the gone ones).
    int liveRowCount() const { return m_liveCount; }
    bool isGone(int row) const { return row >= m_liveCount && row < m_jobs.size(); }
    bool isAcknowledged(int row) const;
    /// Clears the history's "unseen" mark of these rows; returns the job_ids whose mark went.
    QStringList markSeen(const QList<FailureJob> &jobs);
    /// Clears every "unseen" mark of the rows held; returns the job_ids whose mark went.
    QStringList markAllSeen();
    /// Whether any row held is unseen in the history.
    bool hasUnseen() const;
    /// Rows marked new (NewRole) now.
    int newRowCount() const;

    /// Case-folded (lower-cased) text of every column of a row, raw and as shown, the full fail
    /// reason and the readable names included, fields separated by U+001F: what the quick filter
    /// searches, in UTF-8. Built once per prepare().
    const QByteArray &searchText(int row) const { return m_searchText.at(row); }
    /// The protection groups' names (id -> name) the ProtectionGroup column shows, sorts and
    /// the quick filter searches (FailureJobFilterProxy); emits dataChanged for that column.
    void setGroupNames(QHash<QString, QString> names);
    const QHash<QString, QString> &groupNames() const { return m_groupNames; }
    /// The text a cell shows: statuses and types in words, the local begin time, the group's
    /// name (its id when not listed), the fail reason's cause; made printable.
    static QString displayText(const FailureJob &job, int column,
                               const QHash<QString, QString> &groupNames);
    /// The one-line cause of a row (failureCause()), built once per prepare(): what the
    /// FailReason column shows and sorts by.
    const QString &cause(int row) const { return m_causes.at(row); }
    /// The field a column shows: the one column-to-field mapping. `column` must be a Column.
    static FailureJobField field(int column);
    /// The column that shows `field` (ServerGroupName: ProtectionGroup), or -1.
    static int column(FailureJobField field);
    /// The raw API value of a column (begin_time as received, the failure_status code, ...): what
    /// RawRole gives and what string columns sort by.
    static const QString &rawText(const FailureJob &job, int column);
    /// The case folding searchText() applies (simple Unicode folding: lower case, and the same
    /// length); a query folded with it matches case-insensitively.
    static QString foldCase(QStringView text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /// The title and the tooltip of a column's header; empty for no column.
    static QString columnTitle(int column);
    static QString columnToolTip(int column);
    /// The tooltip of one cell, without the stale note.
    static QString toolTip(const FailureJob &job, int column);
    /// The tooltip of a ProtectionGroup cell: the group's name and ID, or the group level.
    QString groupToolTip(const FailureJob &job) const;
    /// What the history adds to a row's tooltip: acknowledged, note, gone, unseen; empty: none.
    QString historyToolTip(int row) const;
    /// AcknowledgedRole, GoneRole and NoteRole of a row; {} for any other role.
    QVariant historyData(int row, int role) const;
    /// Appends the gone rows not among the rows read to m_jobs (setJobs()).
    void appendGoneRows();
    /// dataChanged for the history's roles of every row.
    void historyChanged();

    QList<FailureJob> m_jobs;
    QList<QByteArray> m_searchText;
    QList<quint64> m_keys;
    QList<QString> m_causes;
    QSet<quint64> m_newKeys;
    QHash<QString, QString> m_groupNames;
    HistoryAnnotations m_annotations;
    PreparedJobs m_gone; ///< the gone rows of setGoneRows(), prepared
    int m_liveCount = 0;
    bool m_stale = false;
};

} // namespace sdrs
