#include "app/history/historyschema.h"

namespace sdrs::history::schema {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral(
            "CREATE TABLE tasks (connection TEXT NOT NULL, job_id TEXT NOT NULL, "
            "server_group_id TEXT NOT NULL DEFAULT '', job_status TEXT, resource_id TEXT, "
            "resource_name TEXT, resource_type TEXT, failure_status TEXT, job_type TEXT, "
            "begin_time TEXT, error_code TEXT, fail_reason TEXT, first_seen INTEGER NOT NULL, "
            "last_seen INTEGER NOT NULL, gone_at INTEGER, deleted_at INTEGER, "
            "reading INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (connection, job_id)) WITHOUT ROWID"),
        QStringLiteral("PRAGMA user_version = 1"),
    };
}

QStringList version1To2()
{
    return {
        QStringLiteral("ALTER TABLE tasks ADD COLUMN acknowledged_at INTEGER"),
        QStringLiteral("ALTER TABLE tasks ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE tasks ADD COLUMN unseen INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE complete_scopes (connection TEXT NOT NULL, "
                       "server_group_id TEXT NOT NULL, first_complete INTEGER NOT NULL, "
                       "PRIMARY KEY (connection, server_group_id)) WITHOUT ROWID"),
        // A version 1 file knew no complete readings: every scope it holds counts as read.
        QStringLiteral("INSERT INTO complete_scopes SELECT connection, server_group_id, "
                       "MIN(first_seen) FROM tasks GROUP BY connection, server_group_id"),
        QStringLiteral("CREATE INDEX tasks_gone ON tasks (gone_at) WHERE gone_at IS NOT NULL"),
        QStringLiteral("PRAGMA user_version = 2"),
    };
}

} // namespace sdrs::history::schema
