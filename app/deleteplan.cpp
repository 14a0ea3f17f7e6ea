#include "app/deleteplan.h"

#include <QSet>

namespace sdrs {

DeletePlan DeletePlan::forJobs(const QList<FailureJob> &jobs)
{
    DeletePlan plan;
    QSet<QString> resources;
    for (const FailureJob &job : jobs) {
        if (resources.contains(job.resourceId))
            continue;
        resources.insert(job.resourceId);
        plan.names.append(resourceLabel(job));
        plan.targets.append({DeleteTarget::Kind::FailedTask, job.resourceId, job.resourceName});
    }
    plan.question = plan.targets.size() == 1
                        ? tr("Delete the failed tasks of the selected resource?")
                        : tr("Delete the failed tasks of the %Ln selected resources?", nullptr,
                             int(plan.targets.size()));
    plan.count = plan.targets.size();
    plan.byResource = true;
    return plan;
}

DeletePlan DeletePlan::forScope(const QString &groupId, const QString &groupName,
                                const FailureJobPage &counted)
{
    DeletePlan plan;
    plan.count = counted.count;
    for (const FailureJob &job : counted.jobs)
        plan.names.append(resourceLabel(job));
    if (groupId.isEmpty()) {
        plan.question = tr("Delete every protection-group-level failed task?");
        //: What is deleted: the failed tasks that belong to no protection group.
        plan.targets = {{DeleteTarget::Kind::GroupLevel, QString(), tr("Protection-group level")}};
    } else {
        //: %1 is the name of a protection group.
        plan.question =
            tr("Delete every failed task of protection group \u201c%1\u201d?").arg(groupName);
        plan.targets = {{DeleteTarget::Kind::Group, groupId, groupName}};
    }
    return plan;
}

QString DeletePlan::nothingToDelete(const QString &groupId, const QString &groupName)
{
    if (groupId.isEmpty())
        return tr("There are no protection-group-level failed tasks to delete.");
    //: %1 is the name of a protection group.
    return tr("Protection group \u201c%1\u201d has no failed tasks to delete.").arg(groupName);
}

QString DeletePlan::summary(const QList<DeleteOutcome> &outcomes, bool cancelled)
{
    const DeleteCounts counts = countOutcomes(outcomes);
    //: The summary of a delete run: the number of delete requests per outcome.
    QString summary = tr("Deleted: %1. Not found (already gone): %2. Failed: %3.")
                          .arg(counts.deleted)
                          .arg(counts.notFound)
                          .arg(counts.failed);
    if (counts.notAttempted > 0) {
        //: Added to the summary of a delete run: %1 delete requests that were not sent.
        summary += u' ' + tr("Not attempted: %1.").arg(counts.notAttempted);
    }
    if (cancelled)
        summary = tr("The delete was cancelled.") + u' ' + summary;
    return summary;
}

QString DeletePlan::resultSummary(const QList<DeleteOutcome> &outcomes, bool cancelled) const
{
    const bool scope =
        targets.size() == 1 && targets.constFirst().kind != DeleteTarget::Kind::FailedTask;
    if (!scope || outcomes.size() != 1 ||
        outcomes.constFirst().state != DeleteOutcome::State::Deleted)
        return summary(outcomes, cancelled);
    const DeleteTarget &target = targets.constFirst();
    if (target.kind == DeleteTarget::Kind::GroupLevel)
        return tr("Deleted the %Ln protection-group-level failed tasks.", nullptr, int(count));
    //: %1 is the name of a protection group.
    return tr("Deleted the %Ln failed tasks of protection group \u201c%1\u201d.", nullptr,
              int(count))
        .arg(target.label);
}

QString DeletePlan::sentId(const DeleteTarget &target)
{
    return target.kind == DeleteTarget::Kind::GroupLevel ? QStringLiteral("batch") : target.id;
}

QString DeletePlan::resourceLabel(const FailureJob &job)
{
    return job.resourceName.isEmpty() ? job.resourceId : job.resourceName;
}

} // namespace sdrs
