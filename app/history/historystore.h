#pragma once

#include "models/connection.h"
#include "models/failurejob.h"
#include "models/historyentry.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace sdrs::history {

/// "HOST/PROJECT_ID": records are kept apart per endpoint host plus project id (the project name
/// when a password sign-in has no id yet).
QString connectionKey(const Connection &connection);

/// What one reading changed in the history.
struct RecordOutcome
{
    /// Tasks not recorded before this reading whose scope had had a complete reading before
    /// (empty when baseline): the "new since I last looked" of the window and of `check --new`.
    QStringList newJobIds;
    int goneCount = 0;              ///< tasks that became gone by this reading
    bool baseline = false;          ///< the connection had no records: nothing counts as new
    HistoryAnnotations annotations; ///< of the rows recorded, after this reading
};

/// What opening the history did besides opening it.
struct OpenReport
{
    QString movedAsideTo; ///< a corrupt file was moved aside here; empty when none was
};

/// The local record of failed tasks: a SQLite file (WAL journal, busy timeout, short
/// transactions, so that two running programs share it). Synchronous; use one object on one
/// thread only (the command line uses it directly, the window through HistoryService).
/// Times are stored in UTC milliseconds.
class HistoryStore final
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::history::HistoryStore)

public:
    /// The schema this version writes; older files are migrated when opened, newer ones refused.
    static constexpr int SchemaVersion = 2;
    /// The QSettings key of the retention in days after a task went (default 180).
    static QString retentionSettingKey();
    static int retentionDaysSetting();

    /// AppDataLocation/history.sqlite.
    static QString defaultPath();
    /// Opens (creating, migrating or replacing a corrupt file, which is moved aside under a dated
    /// name: `report->movedAsideTo`), then prunes by the retention setting. Fails, with a
    /// sentence, on a folder or file that cannot be written, a locked file, or a file of a newer
    /// schema (which is left as it is).
    static Result<std::unique_ptr<HistoryStore>> open(const QString &path,
                                                      OpenReport *report = nullptr);
    ~HistoryStore();
    Q_DISABLE_COPY_MOVE(HistoryStore)

    QString path() const { return m_path; }

    /// Records `rows` read at `now`. `completeScopes`: the server_group_id values ("" = the
    /// group level) whose every page was read with no narrowing filter (status, type, name,
    /// time): tasks of those scopes recorded earlier, not gone, and absent from `rows` become
    /// gone at `now`. A partial reading never makes anything gone. A task recorded as gone that
    /// is listed again is no longer gone.
    Result<RecordOutcome> record(const QString &key, const QList<FailureJob> &rows,
                                 const QStringList &completeScopes, const QDateTime &now);
    /// This program deleted these tasks: deleted_at (and gone_at, if not yet gone) become `now`.
    Result<NoContent> markDeleted(const QString &key, const QStringList &jobIds,
                                  const QDateTime &now);
    /// The command line's delete names resources and groups, not tasks: the tasks of the
    /// connection not yet gone with one of these resource_id values, or in one of these scopes
    /// (server_group_id, "" = the group level), become deleted (and gone) at `now`. Returns how
    /// many.
    Result<int> markResourcesDeleted(const QString &key, const QStringList &resourceIds,
                                     const QDateTime &now);
    Result<int> markScopesDeleted(const QString &key, const QStringList &scopes,
                                  const QDateTime &now);
    /// Acknowledges with a note (may be empty); an acknowledged task is also seen.
    Result<NoContent> acknowledge(const QString &key, const QStringList &jobIds,
                                  const QString &note, const QDateTime &now);
    /// Takes an acknowledgement and its note back.
    Result<NoContent> unacknowledge(const QString &key, const QStringList &jobIds);
    /// The user has looked at these tasks: they lose their "new" mark.
    Result<NoContent> markSeen(const QString &key, const QStringList &jobIds);
    /// The annotations of the recorded ones among `jobIds`.
    Result<HistoryAnnotations> annotations(const QString &key, const QStringList &jobIds);
    /// Every task of the connection (gone ones too) with annotations, latest begin time first;
    /// with a valid `goneSince`, gone tasks only if they went at or after it.
    Result<QList<HistoryEntry>> entries(const QString &key, const QDateTime &goneSince = {});
    /// Removes the tasks gone more than `retentionDays` days before `now` (none when
    /// retentionDays < 1); returns how many.
    Result<int> prune(int retentionDays, const QDateTime &now);

private:
    HistoryStore(QString connectionName, QString path);
    Result<int> markDeletedBy(const QString &column, const QString &key, const QStringList &values,
                              const QDateTime &now);
    Result<NoContent> updateEach(const QString &sql, const QString &key, const QStringList &jobIds,
                                 const QVariantList &values);

    QString m_connectionName; ///< the QSqlDatabase connection, used on the opening thread only
    QString m_path;
};

} // namespace sdrs::history
