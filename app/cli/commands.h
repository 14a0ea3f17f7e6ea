// The commands of the command line, one file each. Each parses argv (the command second) into a
// request, separately from running it, and returns the exit code.
#pragma once

#include "app/api/allgroups.h"
#include "app/connectionsetup.h"
#include "models/connection.h"
#include "models/csvexport.h"
#include "models/failuresummary.h"
#include "models/result.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace sdrs::cli {

class Runner;

/// The options every command has.
struct CommonRequest
{
    QString help; ///< --help: this text is printed and nothing else is done
    bool demo = false;
    std::optional<QString> profile;
    ConnectionOptions connection;
    bool allowHttp = false;
    std::optional<int> timeoutMs;
    std::optional<qint64> maxAnswerBytes;
    bool noHistory = false; ///< --no-history: the local history is neither read nor written
};

enum class ExportFormat { Csv, Json, Table };

/// What export, summary and check read (app/cli/scopereading.*): the group level, one group or
/// every group; one page or every page; the service's filters and --since.
struct ScopeRequest
{
    QString status;
    QString resourceType;
    QString resourceName;
    std::optional<QString> group;
    bool allGroups = false;
    bool everyPage = false; ///< --all-pages or --all-groups
    int limit = 1000;
    int offset = -1; ///< -1: not sent
    qint64 maxRows = AllGroupsQuery::DefaultMaxRows;
    QDateTime since; ///< --since: only rows that began at or after it; invalid: every row
};

struct ExportRequest : ScopeRequest
{
    CommonRequest common;
    ExportFormat format = ExportFormat::Csv;
    QString output; ///< -o; empty or "-": standard output
    QList<csv::Column> columns;
    csv::Options csv;
    /// --history-columns: the history's columns (first_seen ... note) after the task's
    bool historyColumns = false;
};

struct SummaryRequest : ScopeRequest
{
    CommonRequest common;
    SummaryKey by = SummaryKey::ErrorCode;
    ExportFormat format = ExportFormat::Table;
    QString output; ///< -o; empty or "-": standard output
};

/// `check`: a Monitoring Plugins check on the failed tasks in scope.
struct CheckRequest : ScopeRequest
{
    CommonRequest common;
    std::optional<qint64> warning;  ///< WARNING when the count is above it
    std::optional<qint64> critical; ///< CRITICAL when the count is above it
};

struct GroupsRequest
{
    CommonRequest common;
    QString format; ///< table, csv or json
    QString output;
    GroupQuery query;
};

struct JobRequest
{
    CommonRequest common;
    QString jobId;
    bool json = false;
};

struct DeleteRequest
{
    CommonRequest common;
    QStringList resourceIds;
    bool groupLevel = false;
    QStringList groups; ///< by id or name, as given
};

struct HistoryRequest
{
    CommonRequest common;
    ExportFormat format = ExportFormat::Csv;
    QString output;
    bool goneOnly = false;
};

// Usage errors are of kind Invalid, their message the line to print.
Result<ExportRequest> parseExport(const QStringList &arguments);
Result<SummaryRequest> parseSummary(const QStringList &arguments);
Result<CheckRequest> parseCheck(const QStringList &arguments);
Result<GroupsRequest> parseGroups(const QStringList &arguments);
Result<JobRequest> parseJob(const QStringList &arguments);
Result<DeleteRequest> parseDelete(const QStringList &arguments);
Result<HistoryRequest> parseHistory(const QStringList &arguments);

int runExport(Runner &runner, const QStringList &arguments);
int runSummary(Runner &runner, const QStringList &arguments);
int runCheck(Runner &runner, const QStringList &arguments);
int runGroups(Runner &runner, const QStringList &arguments);
int runJob(Runner &runner, const QStringList &arguments);
int runDelete(Runner &runner, const QStringList &arguments);
int runHistory(Runner &runner, const QStringList &arguments);

} // namespace sdrs::cli
