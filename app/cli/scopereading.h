// What export, summary and check share: the options that choose the rows (a scope, the service's
// filters, a page or every page, --since) and the reading of them.
#pragma once

#include "app/cli/commands.h"
#include "app/cli/options.h"
#include "models/failurejob.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sdrs {
class SdrsClient;
}

namespace sdrs::cli {

class Runner;

/// Which of the scope options a command has.
enum class Paging {
    OnePageOrEvery, ///< export and summary: one request (--limit, --offset) or --all-pages
    EveryPage,      ///< check: always every page, every group unless --group
};

/// The scope options: --status, --group, --all-groups, --resource-type, --resource-name,
/// --since, --max-rows; with Paging::OnePageOrEvery also --limit, --offset and --all-pages.
QList<OptionSpec> scopeOptions(Paging paging);

/// Reads the scope options into `r` (--since seen from `now`); empty when they fit, else the
/// usage error. With Paging::EveryPage every page is read, of every group unless --group.
QString parseScope(const QCommandLineParser &parser, ScopeRequest &r, Paging paging,
                   const QDateTime &now = QDateTime::currentDateTimeUtc());

/// The rows of a scope, the names of their groups, and what was read completely.
struct ScopeRows
{
    QList<FailureJob> jobs;             ///< at or after --since, when it is given
    QHash<QString, QString> groupNames; ///< server_group_id -> name
    qsizetype rowsRead = 0;             ///< before --since
    /// The server_group_id values ("" = the group level) whose every page was read with no
    /// filter of the service (status, type, name): what the history may count as complete.
    QStringList completeScopes;
};

/// Reads the rows `r` asks for into `rows`. Returns -1 to go on, else the exit code (the
/// failure printed).
int readScope(Runner &runner, SdrsClient &client, const ScopeRequest &r, ScopeRows &rows);

/// Keeps the rows that began at or after `since` (a row without a begin time is dropped); every
/// row when `since` is invalid.
void keepSince(QList<FailureJob> &jobs, const QDateTime &since);

} // namespace sdrs::cli
