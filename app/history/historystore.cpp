#include "app/history/historystore.h"

#include "app/history/historysql.h"
#include "models/apitime.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QStandardPaths>

namespace sdrs::history {

namespace {

const QString taskColumns = QStringLiteral(
    "server_group_id, job_status, resource_id, resource_name, resource_type, failure_status, "
    "job_type, begin_time, error_code, fail_reason");

const QString annotationColumns =
    QStringLiteral("first_seen, last_seen, gone_at, deleted_at, acknowledged_at, note, unseen");

/// Reads the annotation columns starting at `at`, in the order of annotationColumns.
HistoryAnnotation readAnnotation(const QSqlQuery &query, int at)
{
    HistoryAnnotation a;
    a.firstSeen = sql::toTime(query.value(at));
    a.lastSeen = sql::toTime(query.value(at + 1));
    a.goneAt = sql::toTime(query.value(at + 2));
    a.deletedAt = sql::toTime(query.value(at + 3));
    a.acknowledgedAt = sql::toTime(query.value(at + 4));
    a.note = query.value(at + 5).toString();
    a.unseen = query.value(at + 6).toBool();
    return a;
}

/// Reads the task columns starting at `at`, in the order of taskColumns.
FailureJob readJob(const QSqlQuery &query, int at)
{
    FailureJob job;
    job.serverGroupId = query.value(at).toString();
    job.jobStatus = query.value(at + 1).toString();
    job.resourceId = query.value(at + 2).toString();
    job.resourceName = query.value(at + 3).toString();
    job.resourceType = query.value(at + 4).toString();
    job.failureStatus = query.value(at + 5).toString();
    job.jobType = query.value(at + 6).toString();
    job.beginTimeText = query.value(at + 7).toString();
    job.beginTime = parseApiTime(job.beginTimeText);
    job.errorCode = query.value(at + 8).toString();
    job.failReason = query.value(at + 9).toString();
    return job;
}

/// A write transaction (BEGIN IMMEDIATE: it takes the write lock at once, waiting for another
/// writer up to the busy timeout, so that it never fails later on a stale read) that rolls back
/// unless committed.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db)
        : m_query(db)
    {
        m_open = m_query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~Transaction()
    {
        if (m_open)
            m_query.exec(QStringLiteral("ROLLBACK"));
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = !m_query.exec(QStringLiteral("COMMIT"));
        return !m_open;
    }
    QSqlError error() const { return m_query.lastError(); }

private:
    QSqlQuery m_query;
    bool m_open = false;
};

/// What the history held of a connection before a reading.
struct Prior
{
    HistoryAnnotations annotations;
    QSet<QString> completeScopes;
};

Result<Prior> readPrior(QSqlDatabase db, const QString &key)
{
    Prior prior;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::run(query,
                  QStringLiteral("SELECT job_id, ") + annotationColumns +
                      QStringLiteral(" FROM tasks WHERE connection = ?"),
                  {key}))
        return sql::failure<Prior>(query.lastError());
    while (query.next())
        prior.annotations.insert(query.value(0).toString(), readAnnotation(query, 1));
    if (!sql::run(
            query,
            QStringLiteral("SELECT server_group_id FROM complete_scopes WHERE connection = ?"),
            {key}))
        return sql::failure<Prior>(query.lastError());
    while (query.next())
        prior.completeScopes.insert(query.value(0).toString());
    return Result<Prior>::success(std::move(prior));
}

const QString upsertSql = QStringLiteral(
    "INSERT INTO tasks (connection, job_id, server_group_id, job_status, resource_id, "
    "resource_name, resource_type, failure_status, job_type, begin_time, error_code, fail_reason, "
    "first_seen, last_seen, reading, unseen) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
    "ON CONFLICT (connection, job_id) DO UPDATE SET server_group_id = excluded.server_group_id, "
    "job_status = excluded.job_status, resource_id = excluded.resource_id, "
    "resource_name = excluded.resource_name, resource_type = excluded.resource_type, "
    "failure_status = excluded.failure_status, job_type = excluded.job_type, "
    "begin_time = excluded.begin_time, error_code = excluded.error_code, "
    "fail_reason = excluded.fail_reason, last_seen = excluded.last_seen, "
    "reading = excluded.reading, gone_at = NULL");

/// Binds one row to the prepared upsert, in its column order.
void bindRow(QSqlQuery &query, const QString &key, const FailureJob &job, qint64 now,
             qint64 reading, bool unseen)
{
    query.addBindValue(key);
    query.addBindValue(job.jobId);
    query.addBindValue(sql::text(job.serverGroupId));
    query.addBindValue(job.jobStatus);
    query.addBindValue(job.resourceId);
    query.addBindValue(job.resourceName);
    query.addBindValue(job.resourceType);
    query.addBindValue(job.failureStatus);
    query.addBindValue(job.jobType);
    query.addBindValue(job.beginTimeText);
    query.addBindValue(job.errorCode);
    query.addBindValue(job.failReason);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(reading);
    query.addBindValue(unseen ? 1 : 0);
}

/// Marks the tasks of the complete scopes that this reading did not list as gone, in one
/// statement over a temporary table of the scopes (one scan, however many scopes).
Result<int> markGone(QSqlDatabase db, const QString &key, const QStringList &scopes, qint64 now,
                     qint64 reading)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS reading_scopes "
                                   "(id TEXT PRIMARY KEY) WITHOUT ROWID")) ||
        !query.exec(QStringLiteral("DELETE FROM reading_scopes")) ||
        !query.prepare(QStringLiteral("INSERT OR IGNORE INTO reading_scopes VALUES (?)")))
        return sql::failure<int>(query.lastError());
    for (const QString &scope : scopes) {
        query.addBindValue(sql::text(scope));
        if (!query.exec())
            return sql::failure<int>(query.lastError());
    }
    if (!sql::run(query,
                  QStringLiteral("UPDATE tasks SET gone_at = ? WHERE connection = ? AND gone_at IS "
                                 "NULL AND reading <> ? AND server_group_id IN (SELECT id FROM "
                                 "reading_scopes)"),
                  {now, key, reading}))
        return sql::failure<int>(query.lastError());
    const int count = query.numRowsAffected();
    if (!sql::run(query,
                  QStringLiteral("INSERT OR IGNORE INTO complete_scopes (connection, "
                                 "server_group_id, first_complete) SELECT ?, id, ? FROM "
                                 "reading_scopes"),
                  {key, now}))
        return sql::failure<int>(query.lastError());
    return Result<int>::success(count);
}

} // namespace

HistoryStore::HistoryStore(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{}

HistoryStore::~HistoryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString connectionKey(const Connection &connection)
{
    const QString project =
        connection.projectId.isEmpty() ? connection.projectName : connection.projectId;
    return connection.endpoint.host().toLower() + QLatin1Char('/') + project;
}

QString HistoryStore::retentionSettingKey()
{
    return QStringLiteral("history/retentionDays");
}

int HistoryStore::retentionDaysSetting()
{
    return QSettings().value(retentionSettingKey(), 180).toInt();
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history.sqlite");
}

Result<RecordOutcome> HistoryStore::record(const QString &key, const QList<FailureJob> &rows,
                                           const QStringList &completeScopes, const QDateTime &now)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    if (!transaction.isOpen())
        return sql::failure<RecordOutcome>(transaction.error());
    Result<Prior> prior = readPrior(db, key);
    if (!prior.ok())
        return Result<RecordOutcome>::failure(prior.error);
    RecordOutcome outcome;
    outcome.baseline = prior.value.annotations.isEmpty();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 reading = qint64(QRandomGenerator::global()->generate64() >> 1);
    QSqlQuery upsert(db);
    if (!upsert.prepare(upsertSql))
        return sql::failure<RecordOutcome>(upsert.lastError());
    outcome.annotations.reserve(rows.size());
    for (const FailureJob &job : rows) {
        auto known = prior.value.annotations.constFind(job.jobId);
        const bool isNew = known == prior.value.annotations.cend() && !outcome.baseline &&
                           prior.value.completeScopes.contains(job.serverGroupId) &&
                           !outcome.annotations.contains(job.jobId);
        bindRow(upsert, key, job, nowMs, reading, isNew);
        if (!upsert.exec())
            return sql::failure<RecordOutcome>(upsert.lastError());
        HistoryAnnotation a =
            known != prior.value.annotations.cend() ? *known : HistoryAnnotation{};
        if (known == prior.value.annotations.cend() && !outcome.annotations.contains(job.jobId)) {
            a.firstSeen = now;
            a.unseen = isNew;
        }
        if (isNew)
            outcome.newJobIds.append(job.jobId);
        a.lastSeen = now;
        a.goneAt = {};
        outcome.annotations.insert(job.jobId, a);
    }
    Result<int> gone = markGone(db, key, completeScopes, nowMs, reading);
    if (!gone.ok())
        return Result<RecordOutcome>::failure(gone.error);
    outcome.goneCount = gone.value;
    if (!transaction.commit())
        return sql::failure<RecordOutcome>(transaction.error());
    return Result<RecordOutcome>::success(std::move(outcome));
}

Result<NoContent> HistoryStore::updateEach(const QString &statement, const QString &key,
                                           const QStringList &jobIds, const QVariantList &values)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isOpen())
        return sql::failure<NoContent>(transaction.error());
    if (!query.prepare(statement))
        return sql::failure<NoContent>(query.lastError());
    for (const QString &jobId : jobIds) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.addBindValue(key);
        query.addBindValue(jobId);
        if (!query.exec())
            return sql::failure<NoContent>(query.lastError());
    }
    if (!transaction.commit())
        return sql::failure<NoContent>(transaction.error());
    return {};
}

Result<NoContent> HistoryStore::markDeleted(const QString &key, const QStringList &jobIds,
                                            const QDateTime &now)
{
    const QVariant at = sql::fromTime(now);
    return updateEach(QStringLiteral("UPDATE tasks SET deleted_at = ?, gone_at = "
                                     "COALESCE(gone_at, ?) WHERE connection = ? AND job_id = ?"),
                      key, jobIds, {at, at});
}

Result<int> HistoryStore::markDeletedBy(const QString &column, const QString &key,
                                        const QStringList &values, const QDateTime &now)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isOpen())
        return sql::failure<int>(transaction.error());
    if (!query.prepare(QStringLiteral("UPDATE tasks SET deleted_at = ?, gone_at = ? WHERE "
                                      "connection = ? AND gone_at IS NULL AND ") +
                       column + QStringLiteral(" = ?")))
        return sql::failure<int>(query.lastError());
    int count = 0;
    for (const QString &value : values) {
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(key);
        query.addBindValue(sql::text(value));
        if (!query.exec())
            return sql::failure<int>(query.lastError());
        count += query.numRowsAffected();
    }
    if (!transaction.commit())
        return sql::failure<int>(transaction.error());
    return Result<int>::success(count);
}

Result<int> HistoryStore::markResourcesDeleted(const QString &key, const QStringList &resourceIds,
                                               const QDateTime &now)
{
    return markDeletedBy(QStringLiteral("resource_id"), key, resourceIds, now);
}

Result<int> HistoryStore::markScopesDeleted(const QString &key, const QStringList &scopes,
                                            const QDateTime &now)
{
    return markDeletedBy(QStringLiteral("server_group_id"), key, scopes, now);
}

Result<NoContent> HistoryStore::acknowledge(const QString &key, const QStringList &jobIds,
                                            const QString &note, const QDateTime &now)
{
    return updateEach(QStringLiteral("UPDATE tasks SET acknowledged_at = ?, note = ?, unseen = 0 "
                                     "WHERE connection = ? AND job_id = ?"),
                      key, jobIds, {sql::fromTime(now), note});
}

Result<NoContent> HistoryStore::unacknowledge(const QString &key, const QStringList &jobIds)
{
    return updateEach(QStringLiteral("UPDATE tasks SET acknowledged_at = NULL, note = '' "
                                     "WHERE connection = ? AND job_id = ?"),
                      key, jobIds, {});
}

Result<NoContent> HistoryStore::markSeen(const QString &key, const QStringList &jobIds)
{
    return updateEach(
        QStringLiteral("UPDATE tasks SET unseen = 0 WHERE connection = ? AND job_id = ?"), key,
        jobIds, {});
}

Result<HistoryAnnotations> HistoryStore::annotations(const QString &key, const QStringList &jobIds)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT ") + annotationColumns +
                       QStringLiteral(" FROM tasks WHERE connection = ? AND job_id = ?")))
        return sql::failure<HistoryAnnotations>(query.lastError());
    HistoryAnnotations found;
    for (const QString &jobId : jobIds) {
        query.addBindValue(key);
        query.addBindValue(jobId);
        if (!query.exec())
            return sql::failure<HistoryAnnotations>(query.lastError());
        if (query.next())
            found.insert(jobId, readAnnotation(query, 0));
        query.finish();
    }
    return Result<HistoryAnnotations>::success(std::move(found));
}

Result<QList<HistoryEntry>> HistoryStore::entries(const QString &key, const QDateTime &goneSince)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QString statement = QStringLiteral("SELECT job_id, ") + taskColumns + QStringLiteral(", ") +
                        annotationColumns + QStringLiteral(" FROM tasks WHERE connection = ?");
    QVariantList values{key};
    if (goneSince.isValid()) {
        statement += QStringLiteral(" AND (gone_at IS NULL OR gone_at >= ?)");
        values.append(goneSince.toMSecsSinceEpoch());
    }
    statement += QStringLiteral(" ORDER BY begin_time DESC, job_id");
    if (!sql::run(query, statement, values))
        return sql::failure<QList<HistoryEntry>>(query.lastError());
    QList<HistoryEntry> list;
    while (query.next()) {
        HistoryEntry entry{readJob(query, 1), readAnnotation(query, 11)};
        entry.job.jobId = query.value(0).toString();
        list.append(std::move(entry));
    }
    return Result<QList<HistoryEntry>>::success(std::move(list));
}

Result<int> HistoryStore::prune(int retentionDays, const QDateTime &now)
{
    if (retentionDays < 1)
        return Result<int>::success(0);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const QDateTime limit = now.addDays(-retentionDays);
    if (!sql::run(query, QStringLiteral("DELETE FROM tasks WHERE gone_at < ?"),
                  {limit.toMSecsSinceEpoch()}))
        return sql::failure<int>(query.lastError());
    return Result<int>::success(query.numRowsAffected());
}

} // namespace sdrs::history
