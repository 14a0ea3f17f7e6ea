// Opening the history: the folder, the SQLite connection, the schema and its migration, and a
// corrupt file moved aside.
#include "app/history/historyschema.h"
#include "app/history/historysql.h"
#include "app/history/historystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>

#include <atomic>

namespace sdrs::history {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("sdrs-history-") + QString::number(++counter);
}

/// A file that exists, is not empty, and does not start as every SQLite file does.
bool headerIsForeign(const QString &path)
{
    QFile file(path);
    if (file.size() == 0 || !file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) != QByteArrayLiteral("SQLite format 3\0");
}

/// SQLite's own word for a file that is not a database or is damaged.
bool isCorruption(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

bool isLocked(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

/// Moves a damaged file (and its journal files) to NAME-corrupt-YYYYMMDD-hhmmss.SUFFIX beside
/// it; returns the new path, empty when it could not be moved.
QString moveAside(const QString &path)
{
    const QFileInfo info(path);
    const QString stem = info.dir().filePath(
        info.completeBaseName() + QStringLiteral("-corrupt-") +
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QString target = stem + suffix;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = stem + QLatin1Char('-') + QString::number(n) + suffix;
    if (!QFile::rename(path, target))
        return {};
    for (const QLatin1StringView journal : {QLatin1StringView("-wal"), QLatin1StringView("-shm")})
        if (QFileInfo::exists(path + journal))
            QFile::rename(path + journal, target + journal);
    return target;
}

/// The outcome of one attempt to open the file.
struct Attempt
{
    Result<NoContent> result;
    bool corrupt = false;
};

Attempt failed(const QString &path, const QSqlError &error)
{
    Attempt attempt;
    attempt.corrupt = isCorruption(error);
    const QString sentence =
        isLocked(error)
            ? QCoreApplication::translate("sdrs::history::HistoryStore",
                                          "The history file %1 is locked by another program.")
                  .arg(path)
            : QCoreApplication::translate("sdrs::history::HistoryStore",
                                          "The history file %1 cannot be opened or written: %2")
                  .arg(path, error.text());
    attempt.result = Result<NoContent>::failure(ApiError::Kind::Io, sentence);
    return attempt;
}

/// Brings the schema to the current version in one write transaction, reading the version under
/// the write lock (another program may have migrated the file meanwhile).
bool migrate(QSqlDatabase db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = query.lastError();
        return false;
    }
    QStringList statements;
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
        const int version = query.value(0).toInt();
        if (version < 1)
            statements += schema::version1();
        if (version < 2)
            statements += schema::version1To2();
    }
    query.finish();
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            *error = query.lastError();
            query.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    if (query.exec(QStringLiteral("COMMIT")))
        return true;
    *error = query.lastError();
    query.exec(QStringLiteral("ROLLBACK"));
    return false;
}

/// Opens, checks and migrates the file on the connection `name` (added already).
Attempt prepare(QSqlDatabase db, const QString &path)
{
    if (!db.open())
        return failed(path, db.lastError());
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed(path, query.lastError());
    const int version = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return failed(path, query.lastError());
    if (version > HistoryStore::SchemaVersion) {
        return {Result<NoContent>::failure(
                    ApiError::Kind::Invalid,
                    QCoreApplication::translate("sdrs::history::HistoryStore",
                                                "The history file %1 was written by a newer "
                                                "version of this program; it is left as it is.")
                        .arg(path)),
                false};
    }
    QSqlError error;
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
        !query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return failed(path, query.lastError());
    query.finish();
    if (version < HistoryStore::SchemaVersion && !migrate(db, &error))
        return failed(path, error);
    // A file that can be read but not written (a read-only folder, a full disk) fails here.
    if (!sql::run(query,
                  QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('opened', ?)"),
                  {QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}))
        return failed(path, query.lastError());
    return {};
}

Attempt openConnection(const QString &name, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid()) {
        return {Result<NoContent>::failure(
                    ApiError::Kind::Io,
                    QCoreApplication::translate("sdrs::history::HistoryStore",
                                                "The SQLite driver of Qt is not installed "
                                                "(Debian: libqt6sql6-sqlite).")),
                false};
    }
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    Attempt attempt = prepare(db, path);
    if (!attempt.result.ok())
        db.close();
    return attempt;
}

} // namespace

Result<std::unique_ptr<HistoryStore>> HistoryStore::open(const QString &path, OpenReport *report)
{
    using Opened = Result<std::unique_ptr<HistoryStore>>;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()) || !info.dir().exists()) {
        return Opened::failure(
            ApiError::Kind::Io,
            tr("The history folder %1 cannot be created.").arg(info.absolutePath()));
    }
    bool corrupt = headerIsForeign(path);
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (corrupt) {
            const QString movedTo = moveAside(path);
            if (movedTo.isEmpty()) {
                return Opened::failure(
                    ApiError::Kind::Io,
                    tr("The history file %1 is damaged and cannot be moved aside.").arg(path));
            }
            if (report)
                report->movedAsideTo = movedTo;
        }
        const QString name = nextConnectionName();
        const Attempt opened = openConnection(name, path);
        if (opened.result.ok()) {
            std::unique_ptr<HistoryStore> store(new HistoryStore(name, path));
            Result<int> pruned =
                store->prune(retentionDaysSetting(), QDateTime::currentDateTimeUtc());
            if (!pruned.ok())
                return Opened::failure(pruned.error);
            return Opened::success(std::move(store));
        }
        QSqlDatabase::removeDatabase(name);
        if (!opened.corrupt || corrupt)
            return Opened::failure(opened.result.error);
        corrupt = true;
    }
    return Opened::failure(ApiError::Kind::Io,
                           tr("The history file %1 cannot be opened.").arg(path));
}

} // namespace sdrs::history
