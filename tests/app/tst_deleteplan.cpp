// The delete plan: what a confirmation names and asks, the requests it sends, and the summary of
// a run, without a window or a server.
#include "app/deleteplan.h"

#include <QTest>

using namespace sdrs;

namespace {

FailureJob row(const QString &resourceId, const QString &resourceName)
{
    FailureJob job;
    job.resourceId = resourceId;
    job.resourceName = resourceName;
    return job;
}

DeleteOutcome outcome(DeleteOutcome::State state)
{
    DeleteOutcome o;
    o.target = {DeleteTarget::Kind::FailedTask, QStringLiteral("r"), QString()};
    o.state = state;
    return o;
}

} // namespace

class TstDeletePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsAreDeletedOncePerResource()
    {
        const DeletePlan plan = DeletePlan::forJobs(
            {row(QStringLiteral("r1"), QStringLiteral("web-1")), row(QStringLiteral("r2"), {}),
             row(QStringLiteral("r1"), QStringLiteral("web-1"))});
        const QList<DeleteTarget> expected{
            {DeleteTarget::Kind::FailedTask, QStringLiteral("r1"), QStringLiteral("web-1")},
            {DeleteTarget::Kind::FailedTask, QStringLiteral("r2"), QString()}};
        QCOMPARE(plan.targets, expected);
        // A resource without a name is called by its id.
        QCOMPARE(plan.names, QStringList({QStringLiteral("web-1"), QStringLiteral("r2")}));
        QCOMPARE(plan.count, 2);
        QVERIFY(plan.byResource);
        QCOMPARE(plan.question,
                 QStringLiteral("Delete the failed tasks of the 2 selected resources?"));
    }

    void oneResourceIsAskedAboutInTheSingular()
    {
        const DeletePlan plan = DeletePlan::forJobs({row(QStringLiteral("r1"), {})});
        QCOMPARE(plan.question,
                 QStringLiteral("Delete the failed tasks of the selected resource?"));
        QCOMPARE(plan.count, 1);
    }

    void aGroupIsDeletedByOneBatch()
    {
        FailureJobPage counted;
        counted.count = 42;
        counted.jobs = {row(QStringLiteral("r1"), QStringLiteral("db-1")),
                        row(QStringLiteral("r2"), {})};
        const DeletePlan plan =
            DeletePlan::forScope(QStringLiteral("g1"), QStringLiteral("Prod"), counted);
        QCOMPARE(plan.targets,
                 QList<DeleteTarget>(
                     {{DeleteTarget::Kind::Group, QStringLiteral("g1"), QStringLiteral("Prod")}}));
        QCOMPARE(plan.count, 42);
        QCOMPARE(plan.names, QStringList({QStringLiteral("db-1"), QStringLiteral("r2")}));
        QVERIFY(!plan.byResource);
        QCOMPARE(plan.question,
                 QStringLiteral("Delete every failed task of protection group \u201cProd\u201d?"));
    }

    void theGroupLevelIsDeletedByTheBatchWithoutId()
    {
        FailureJobPage counted;
        counted.count = 3;
        const DeletePlan plan = DeletePlan::forScope(QString(), QString(), counted);
        QCOMPARE(plan.targets.size(), 1);
        QCOMPARE(plan.targets.constFirst().kind, DeleteTarget::Kind::GroupLevel);
        QCOMPARE(plan.targets.constFirst().label, QStringLiteral("Protection-group level"));
        QCOMPARE(DeletePlan::sentId(plan.targets.constFirst()), QStringLiteral("batch"));
        QCOMPARE(plan.question, QStringLiteral("Delete every protection-group-level failed task?"));
    }

    void nothingToDeleteNamesTheScope()
    {
        QCOMPARE(DeletePlan::nothingToDelete(QString(), QString()),
                 QStringLiteral("There are no protection-group-level failed tasks to delete."));
        QCOMPARE(
            DeletePlan::nothingToDelete(QStringLiteral("g1"), QStringLiteral("Prod")),
            QStringLiteral("Protection group \u201cProd\u201d has no failed tasks to delete."));
    }

    void theSummaryCountsEachOutcome()
    {
        QList<DeleteOutcome> outcomes{
            outcome(DeleteOutcome::State::Deleted), outcome(DeleteOutcome::State::Deleted),
            outcome(DeleteOutcome::State::NotFound), outcome(DeleteOutcome::State::Failed)};
        QCOMPARE(DeletePlan::summary(outcomes, false),
                 QStringLiteral("Deleted: 2. Not found (already gone): 1. Failed: 1."));
        outcomes << outcome(DeleteOutcome::State::NotAttempted);
        QCOMPARE(DeletePlan::summary(outcomes, true),
                 QStringLiteral("The delete was cancelled. Deleted: 2. Not found (already gone): "
                                "1. Failed: 1. Not attempted: 1."));
    }

    void aGroupDeleteSaysHowManyFailedTasksWent()
    {
        // Bug 8: "Deleted: 1. Not found: 0. Failed: 0." counted the one request, not the 735
        // failed tasks confirmed.
        FailureJobPage counted;
        counted.count = 735;
        counted.jobs = {row(QStringLiteral("r1"), QStringLiteral("web-1"))};
        const DeletePlan group =
            DeletePlan::forScope(QStringLiteral("g1"), QStringLiteral("Prod"), counted);
        DeleteOutcome done;
        done.target = group.targets.constFirst();
        done.state = DeleteOutcome::State::Deleted;
        QCOMPARE(
            group.resultSummary({done}, false),
            QStringLiteral("Deleted the 735 failed tasks of protection group \u201cProd\u201d."));
        const DeletePlan level = DeletePlan::forScope(QString(), QString(), counted);
        done.target = level.targets.constFirst();
        QCOMPARE(level.resultSummary({done}, false),
                 QStringLiteral("Deleted the 735 protection-group-level failed tasks."));
        // A failure or a cancel is said by outcome, as before.
        done.state = DeleteOutcome::State::Failed;
        QCOMPARE(level.resultSummary({done}, false),
                 QStringLiteral("Deleted: 0. Not found (already gone): 0. Failed: 1."));
        // The selected resources' deletes are counted by request, as before.
        const DeletePlan jobs = DeletePlan::forJobs({row(QStringLiteral("r1"), {})});
        QCOMPARE(jobs.resultSummary({outcome(DeleteOutcome::State::Deleted)}, false),
                 QStringLiteral("Deleted: 1. Not found (already gone): 0. Failed: 0."));
    }

    void aRequestIsShownByWhatWasSent()
    {
        const DeleteTarget task{DeleteTarget::Kind::FailedTask, QStringLiteral("r1"), QString()};
        const DeleteTarget group{DeleteTarget::Kind::Group, QStringLiteral("g1"), QString()};
        QCOMPARE(DeletePlan::sentId(task), QStringLiteral("r1"));
        QCOMPARE(DeletePlan::sentId(group), QStringLiteral("g1"));
    }
};

QTEST_GUILESS_MAIN(TstDeletePlan)
#include "tst_deleteplan.moc"
