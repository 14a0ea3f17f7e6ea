// The generator's vocabulary: the failing operations with their statuses, job types and task
// steps, the error codes by category, the other services' codes, the downstream client errors,
// and the names it builds resources from.
#pragma once

#include "emulator/seededrandom.h"
#include "models/errorcatalog.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <utility>

namespace sdrs::emulator {

enum Category { GroupLevel, Instance, Replication, Drill, CategoryCount };

/// The share of each in-group category, in percent.
constexpr int InstanceShare = 55;
constexpr int ReplicationShare = 30;

/// Downstream client errors embedded in "Client error : {...}" reasons: wrapper key, HTTP status,
/// text.
struct ClientError
{
    const char *key;
    int status;
    const char *message;
};

inline constexpr ClientError ClientErrors[] = {
    {"badRequest", 400, "Flavor s3.xlarge.4 is sold out in availability zone eu-de-02."},
    {"badRequest", 400,
     "Quota exceeded for instances: Requested 1, but already used 50 of 50 instances."},
    {"badRequest", 400, "Invalid volume type SAS for availability zone eu-de-02."},
    {"badRequest", 400, "IP address 192.168.10.23 is already in use on the subnet."},
    {"badRequest", 400, "Volume status must be available or in-use, but current status is: error."},
    {"badRequest", 400, "Invalid imageRef provided."},
    {"itemNotFound", 404, "Instance could not be found."},
    {"itemNotFound", 404, "Volume could not be found."},
    {"conflictingRequest", 409,
     "Cannot 'attach_volume' instance while it is in task_state resize_migrating"},
};

struct Op
{
    Category category;
    QString status;
    QString jobType;
    int weight;
    QStringList tasks;
};

/// The tables as QStrings, built once.
struct Vocabulary
{
    QList<Op> ops;
    std::array<QList<qsizetype>, CategoryCount> opsByCategory;
    QHash<QString, qsizetype> opByJobType;
    QList<std::pair<QString, QString>> otherCodes;
    QList<const ErrorCodeInfo *> allCodes;
    std::array<QList<const ErrorCodeInfo *>, CategoryCount> codesByCategory;
    QStringList apps;
    QStringList envs;
    QStringList nonAsciiNames;
    QStringList errorStatuses;

    Vocabulary();

    /// A weighted pick among the operations of one category.
    qsizetype pickOp(Rng &rng, Category category) const
    {
        const QList<qsizetype> &candidates = opsByCategory[category];
        int total = 0;
        for (qsizetype i : candidates)
            total += ops.at(i).weight;
        qint64 r = rng.below(total);
        for (qsizetype i : candidates) {
            r -= ops.at(i).weight;
            if (r < 0)
                return i;
        }
        return candidates.last();
    }
};

const Vocabulary &vocabulary();
/// The API's resource_type of a category.
QString resourceTypeFor(Category category);

} // namespace sdrs::emulator
