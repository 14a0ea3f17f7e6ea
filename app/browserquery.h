#pragma once

#include "app/api/allgroups.h"
#include "models/browserfilter.h"
#include "models/connection.h"

namespace sdrs {

/// The request for one page of the service's paging of `filter` (one protection group or the
/// protection-group level): `page` is zero-based.
FailureJobQuery pageQuery(const BrowserFilter &filter, int page, int pageSize);

/// The load of rows read whole (BrowserFilter::pagedHere(): "All protection groups", or one
/// group or the group level with a time range): every page of the scope (every scope for all
/// groups) is read with only the name filter sent, because the window filters status, type and
/// time in memory (changing them then needs no new load).
AllGroupsQuery allGroupsQuery(const BrowserFilter &filter);

/// Every row `filter` matches on every page of its scope, with every filter sent (an export of
/// all pages).
AllGroupsQuery everyPageQuery(const BrowserFilter &filter);

} // namespace sdrs
