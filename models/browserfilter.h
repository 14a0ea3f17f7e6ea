#pragma once

#include <QString>

namespace sdrs {

/// What the window asks the server for.
struct BrowserFilter
{
    enum class Scope {
        GroupLevel, ///< failed tasks of no particular group (no `server_group_id`)
        Group,      ///< one protection group
        AllGroups,  ///< every group plus the group level, merged; paged and filtered in memory
    };
    Scope scope = Scope::GroupLevel;
    QString groupId; ///< Scope::Group
    QString failureStatus;
    QString resourceType;
    QString resourceName;

    friend bool operator==(const BrowserFilter &, const BrowserFilter &) = default;
};

} // namespace sdrs
