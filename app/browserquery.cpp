#include "app/browserquery.h"

#include "models/browserfilter.h"

namespace sdrs {

FailureJobQuery pageQuery(const BrowserFilter &filter, int page, int pageSize)
{
    FailureJobQuery query;
    query.failureStatus = filter.failureStatus;
    query.resourceType = filter.resourceType;
    query.resourceName = filter.resourceName;
    query.serverGroupId = filter.groupId;
    query.limit = pageSize;
    query.offset = page * pageSize;
    return query;
}

AllGroupsQuery allGroupsQuery(const BrowserFilter &filter)
{
    AllGroupsQuery query;
    query.resourceName = filter.resourceName;
    if (filter.scope == BrowserFilter::Scope::Group)
        query.onlyScope = filter.groupId;
    else if (filter.scope == BrowserFilter::Scope::GroupLevel)
        query.onlyScope = QString();
    return query;
}

AllGroupsQuery everyPageQuery(const BrowserFilter &filter)
{
    AllGroupsQuery query;
    query.failureStatus = filter.failureStatus;
    query.resourceType = filter.resourceType;
    query.resourceName = filter.resourceName;
    query.onlyScope = allGroupsQuery(filter).onlyScope;
    return query;
}

} // namespace sdrs
