#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace sdrs {

/// A protection group (`GET /v1/{project_id}/server-groups`). Nullable strings are null QStrings.
struct ProtectionGroup
{
    QString id;
    QString name;
    QString description;
    QString status; ///< open string: creating, available, protected, error-failing-over, ...
    int progress = 0;
    QString sourceAvailabilityZone;
    QString targetAvailabilityZone;
    QString domainId;
    QString domainName;
    QString priorityStation; ///< "source" or "target"
    int protectedInstanceNum = 0;
    int replicationNum = 0;
    int disasterRecoveryDrillNum = 0;
    QString protectedStatus;
    QString replicationStatus;
    QString healthStatus;
    QString sourceVpcId;
    QString targetVpcId;
    QString testVpcId;
    QString drType;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    QString protectionType;
    QString replicationModel;
    QString serverType;

    friend bool operator==(const ProtectionGroup &, const ProtectionGroup &) = default;
};

/// One page of protection groups with the total `count`.
struct ProtectionGroupPage
{
    qint64 count = 0;
    QList<ProtectionGroup> groups;
};

/// Group id -> name, e.g. for the `server_group_name` of exported rows.
/// Whether the group is in an abnormal state, as the group list's `query_type=status_abnormal`
/// selects them: an error status ("error", "error-failing-over", ...) or health_status
/// "abnormal".
inline bool isAbnormal(const ProtectionGroup &group)
{
    return group.status.startsWith(QLatin1StringView("error")) ||
           group.healthStatus == QLatin1StringView("abnormal");
}

inline QHash<QString, QString> groupNamesById(const QList<ProtectionGroup> &groups)
{
    QHash<QString, QString> names;
    names.reserve(groups.size());
    for (const ProtectionGroup &g : groups)
        names.insert(g.id, g.name);
    return names;
}

} // namespace sdrs
