#pragma once

#include "app/api/deletes.h"
#include "models/failurejob.h"

#include <QCoreApplication>
#include <QStringList>

namespace sdrs {

/// A delete the user asked for, before it is confirmed: the question, how many failed tasks go
/// and the first names (for the confirmation), and the requests that do it.
struct DeletePlan
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::DeletePlan)

public:
    QString question;
    qint64 count = 0;
    QStringList names;
    QList<DeleteTarget> targets;
    /// The names are resources, each of whose failed tasks all go (the API deletes by resource).
    bool byResource = false;

    /// The failed tasks of `jobs`' resources: one request per resource, as the API deletes the
    /// failed tasks of a resource together.
    static DeletePlan forJobs(const QList<FailureJob> &jobs);
    /// Every failed task of the group `groupId` (empty: the protection-group level), as counted
    /// on the service: `counted` holds the count and the first rows.
    static DeletePlan forScope(const QString &groupId, const QString &groupName,
                               const FailureJobPage &counted);
    /// The notice when the group `groupId` (empty: the protection-group level) has nothing to
    /// delete.
    static QString nothingToDelete(const QString &groupId, const QString &groupName);

    /// The summary of a delete run: the number of delete requests per outcome.
    static QString summary(const QList<DeleteOutcome> &outcomes, bool cancelled);
    /// The summary of this plan's run: for a group (or the protection-group level) deleted, how
    /// many failed tasks went (as counted before it was confirmed), by the group's name;
    /// otherwise summary(outcomes, cancelled).
    QString resultSummary(const QList<DeleteOutcome> &outcomes, bool cancelled) const;
    /// What a results list shows as sent for `target`: its id, or "batch" for the
    /// protection-group level, which has none.
    static QString sentId(const DeleteTarget &target);
    /// What a confirmation calls a failed task's resource: its name, else its id.
    static QString resourceLabel(const FailureJob &job);
};

} // namespace sdrs
