#pragma once

#include "app/api/allgroups.h"
#include "models/connection.h"

namespace sdrs::ui {
struct BrowserFilter;
} // namespace sdrs::ui

namespace sdrs {

/// The request for one page of the service's paging of `filter` (one protection group or the
/// protection-group level): `page` is zero-based.
FailureJobQuery pageQuery(const ui::BrowserFilter &filter, int page, int pageSize);

/// The "All protection groups" load of `filter`: every scope is read whole with only the name
/// filter sent, because the window filters status and type in memory (changing them then needs
/// no new load).
AllGroupsQuery allGroupsQuery(const ui::BrowserFilter &filter);

/// Every row `filter` matches on every page of its scope, with every filter sent (an export of
/// all pages).
AllGroupsQuery everyPageQuery(const ui::BrowserFilter &filter);

} // namespace sdrs
