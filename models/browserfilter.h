#pragma once

#include "models/timerange.h"

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
    /// Begin times shown; applied on this computer (the API has no time filter).
    TimeRange range;

    /// Whether every page of the scope is read and the rows are paged and filtered here: for
    /// "All protection groups", and for any scope with a bounded time range.
    bool pagedHere() const { return scope == Scope::AllGroups || range.isBounded(); }

    friend bool operator==(const BrowserFilter &, const BrowserFilter &) = default;
};

} // namespace sdrs
