#pragma once

#include "models/failurejob.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sdrs {

/// One facet the Overview narrows the table to when a bar or a ranked row is clicked: rows with
/// this error code, protection group, resource, job type or (local) day of begin time. The
/// failed-task proxy keeps the rows that match every facet it is given.
struct OverviewFacet
{
    enum class Kind { ErrorCode, Group, Resource, JobType, Day };

    Kind kind = Kind::ErrorCode;
    /// The raw value compared: error_code, server_group_id (empty: the protection-group level),
    /// resource_id or job_type; for Day the local date as yyyy-MM-dd.
    QString value;
    /// What a person reads for the value (the group's or resource's name, the code's meaning);
    /// not compared.
    QString label;

    /// A facet of `kind` for `value` (Day: a local date yyyy-MM-dd).
    static OverviewFacet make(Kind kind, const QString &value, const QString &label = {});
    static OverviewFacet day(QDate day);

    /// Whether `job` has this facet's value.
    bool matches(const FailureJob &job) const;

    friend bool operator==(const OverviewFacet &a, const OverviewFacet &b)
    {
        return a.kind == b.kind && a.value == b.value;
    }

private:
    /// For Day: the local day's UTC milliseconds [m_dayStart, m_dayEnd).
    qint64 m_dayStart = 0;
    qint64 m_dayEnd = 0;
};

/// Whether `job` matches every facet (none: every row).
bool matchesFacets(const QList<OverviewFacet> &facets, const FailureJob &job);

/// `facets` with `facet` in place of any facet of its kind (one facet per kind).
QList<OverviewFacet> withFacet(QList<OverviewFacet> facets, const OverviewFacet &facet);

} // namespace sdrs
