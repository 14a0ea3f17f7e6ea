#include "models/overviewfacet.h"

namespace sdrs {

OverviewFacet OverviewFacet::make(Kind kind, const QString &value, const QString &label)
{
    if (kind == Kind::Day)
        return day(QDate::fromString(value, Qt::ISODate));
    OverviewFacet facet;
    facet.kind = kind;
    facet.value = value;
    facet.label = label;
    return facet;
}

OverviewFacet OverviewFacet::day(QDate day)
{
    OverviewFacet facet;
    facet.kind = Kind::Day;
    facet.value = day.toString(Qt::ISODate);
    facet.label = facet.value;
    if (day.isValid()) {
        facet.m_dayStart = day.startOfDay().toMSecsSinceEpoch();
        facet.m_dayEnd = day.addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    return facet;
}

bool OverviewFacet::matches(const FailureJob &job) const
{
    switch (kind) {
    case Kind::ErrorCode:
        return job.errorCode == value;
    case Kind::Group:
        return job.serverGroupId == value;
    case Kind::Resource:
        return job.resourceId == value;
    case Kind::JobType:
        return job.jobType == value;
    case Kind::Day: {
        if (!job.beginTime.isValid())
            return false;
        const qint64 at = job.beginTime.toMSecsSinceEpoch();
        return at >= m_dayStart && at < m_dayEnd;
    }
    }
    return false;
}

bool matchesFacets(const QList<OverviewFacet> &facets, const FailureJob &job)
{
    for (const OverviewFacet &facet : facets) {
        if (!facet.matches(job))
            return false;
    }
    return true;
}

QList<OverviewFacet> withFacet(QList<OverviewFacet> facets, const OverviewFacet &facet)
{
    facets.removeIf([&facet](const OverviewFacet &f) { return f.kind == facet.kind; });
    facets.append(facet);
    return facets;
}

} // namespace sdrs
