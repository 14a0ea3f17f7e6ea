// The failed tasks counted per key (error code, group, resource, status, job type or day): what
// `sdrs-failures summary` prints.
#pragma once

#include "models/failurejob.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace sdrs {

/// What the rows are counted by.
enum class SummaryKey {
    ErrorCode, ///< error_code, named by its meaning from the error table
    Group,     ///< server_group_id ("" = the protection-group level), named by the group's name
    Resource,  ///< resource_id, named by the resource's name
    Status,    ///< failure_status, named in words
    JobType,   ///< job_type, named in words
    Day,       ///< the local date (yyyy-MM-dd) of the begin time; rows without one: ""
};

/// The command line's name of a key: error_code, group, resource, status, type, day.
QString summaryKeyName(SummaryKey key);
/// The key of a name summaryKeyName() gives (any letter case), or nullopt.
std::optional<SummaryKey> summaryKeyNamed(QStringView name);
/// Every key's name, in the order of the enum.
QStringList summaryKeyNames();

/// One line of a summary: a key, what it is called, how many rows and when they began.
struct SummaryLine
{
    QString key;
    QString name; ///< the code's meaning, the group's or resource's name, ...; may be empty
    qint64 count = 0;
    QDateTime first; ///< the earliest valid begin time (UTC); invalid: none
    QDateTime last;  ///< the latest valid begin time (UTC)

    friend bool operator==(const SummaryLine &, const SummaryLine &) = default;
};

/// The rows counted by `key`, most first, then by key. `groupNames` maps a group id to its name.
QList<SummaryLine> summarize(const QList<FailureJob> &jobs, SummaryKey key,
                             const QHash<QString, QString> &groupNames);

} // namespace sdrs
