// `sdrs-failures delete`: failed tasks by resource, group or the group level.
#include "app/api/deletes.h"
#include "app/api/sdrsclient.h"
#include "app/api/wiresafety.h"
#include "app/cli/clihistory.h"
#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/options.h"
#include "models/safetext.h"

#include <QCommandLineParser>

#include <optional>

namespace sdrs::cli {

// ---------------------------------------------------------------------------------------------
// delete

QString describeTarget(const DeleteTarget &target)
{
    switch (target.kind) {
    case DeleteTarget::Kind::FailedTask:
        return Text::tr("failed task %1").arg(target.id);
    case DeleteTarget::Kind::GroupLevel:
        return Text::tr("every protection-group-level failed task");
    case DeleteTarget::Kind::Group:
        return target.label.isEmpty() ? Text::tr("every failed task of group %1").arg(target.id)
                                      : Text::tr("every failed task of group \"%1\" (%2)")
                                            .arg(target.label, target.id);
    }
    return {};
}

namespace {

/// Why nothing is deleted without --yes: what would have been.
QString notWithoutYes(const DeleteRequest &r)
{
    QStringList what;
    if (!r.resourceIds.isEmpty())
        //: Part of "delete: not deleting %1 without --yes"; SDRS deletes failed tasks by
        //: resource.
        what.append(
            Text::tr("the failed tasks of %n resource(s)", nullptr, int(r.resourceIds.size())));
    if (r.groupLevel)
        what.append(Text::tr("every protection-group-level failed task"));
    for (const QString &g : r.groups)
        what.append(Text::tr("every failed task of group \"%1\"").arg(g));
    return Text::tr("delete: not deleting %1 without --yes").arg(what.join(QStringLiteral("; ")));
}

/// The targets of --group, after the resource ids and the group level. Returns -1 to go on, else
/// the exit code.
int addGroupTargets(Runner &runner, SdrsClient &client, const QStringList &names,
                    QList<DeleteTarget> &targets)
{
    QList<ProtectionGroup> groups;
    if (const int rc = listGroups(runner, client, {}, groups); rc >= 0)
        return rc;
    for (const QString &text : names) {
        const Result<ProtectionGroup> found = resolveGroup(groups, text);
        if (!found.ok())
            return usageError(found.error.message);
        // A group id from the server becomes a path segment too: checked before any delete.
        if (const QString problem = wire::pathSegmentProblem(found.value.id); !problem.isEmpty())
            //: %1 is the group as given, %2 says why its id cannot be sent.
            return usageError(Text::tr("delete: the protection group \"%1\" has an id that "
                                       "cannot be used: %2")
                                  .arg(text, problem));
        targets.append({DeleteTarget::Kind::Group, found.value.id, found.value.name});
    }
    return -1;
}

/// One line per target and the counts on stdout; the exit code.
int report(const Result<QList<DeleteOutcome>> &result)
{
    StdoutDevice out;
    const DeleteOutcome *firstFailure = nullptr;
    for (const DeleteOutcome &outcome : result.value) {
        QString line =
            describeTarget(outcome.target) + QStringLiteral(": ") + describeOutcome(outcome);
        line.replace(u'\n', u' ');
        out.print(text::printable(line) + u'\n');
        if (outcome.state == DeleteOutcome::State::Failed && !firstFailure)
            firstFailure = &outcome;
    }
    const DeleteCounts counts = countOutcomes(result.value);
    out.print(Text::tr("deleted: %1, already gone: %2, failed: %3, not attempted: %4")
                  .arg(counts.deleted)
                  .arg(counts.notFound)
                  .arg(counts.failed)
                  .arg(counts.notAttempted) +
              u'\n');
    if (const int rc = finishStdout(out); rc != Success)
        return rc;
    if (result.error.kind == ApiError::Kind::Cancelled && g_signal != 0)
        return interrupted();
    if (!result.ok())
        return callFailed(Text::tr("cannot delete"), result.error);
    if (firstFailure)
        return callFailed(Text::tr("%1 of %2 deletes failed; the first, %3")
                              .arg(counts.failed)
                              .arg(result.value.size())
                              .arg(describeTarget(firstFailure->target)),
                          firstFailure->error);
    if (counts.notAttempted > 0) {
        printError(Text::tr("%1 of %2 deletes were not attempted")
                       .arg(counts.notAttempted)
                       .arg(result.value.size()));
        return Failure;
    }
    return Success;
}

/// The request's own options; empty when they fit, else the usage error.
QString checkDelete(const DeleteRequest &r, bool yes)
{
    for (const QString &id : r.resourceIds) {
        // The API's path for one failed task and for the batch are the same up to this id, and
        // "." or ".." would address a parent path: such an id is never sent.
        if (const QString problem = wire::pathSegmentProblem(id); !problem.isEmpty())
            //: %1 says why the id cannot be sent.
            return Text::tr("delete: --resource-id: %1").arg(problem);
    }
    if (r.resourceIds.isEmpty() && r.groups.isEmpty() && !r.groupLevel)
        return Text::tr("delete: nothing named; give --resource-id ID, --group GROUP "
                        "or --group-level (see sdrs-failures delete --help)");
    return yes ? QString() : notWithoutYes(r);
}

/// What delete does, at the top of its --help.
const char *const deleteDescription = QT_TRANSLATE_NOOP(
    "sdrs::cli", "Deletes failed tasks: by resource_id (the id the API's delete takes; see the "
                 "README), every failed task of the protection-group level, or every failed task "
                 "of a group. Nothing is deleted without --yes. Prints one line per target and a "
                 "summary; a target that is already gone (404) counts as done. Exit code 0 when "
                 "every target was deleted or already gone, else the code of the first failure.");

/// The options of delete beyond the common ones.
const QList<OptionSpec> deleteOptions{
    {{QStringLiteral("yes")}, QT_TRANSLATE_NOOP("sdrs::cli", "Really delete.")},
    {{QStringLiteral("resource-id")},
     QT_TRANSLATE_NOOP("sdrs::cli", "A failed task by its resource_id (repeatable)."),
     QStringLiteral("ID")},
    {{QStringLiteral("group-level")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Every protection-group-level failed task.")},
    {{QStringLiteral("group")},
     QT_TRANSLATE_NOOP("sdrs::cli",
                       "Every failed task of this protection group, by id or name (repeatable)."),
     QStringLiteral("GROUP")},
};

/// Deletes what the request names, with a progress line, and reports; the exit code.
int deleteTargets(Runner &runner, SdrsClient &client, const DeleteRequest &r)
{
    QList<DeleteTarget> targets;
    for (const QString &id : r.resourceIds)
        targets.append({DeleteTarget::Kind::FailedTask, id, QString()});
    if (r.groupLevel)
        targets.append({DeleteTarget::Kind::GroupLevel, QString(), QString()});
    if (!r.groups.isEmpty()) {
        if (const int rc = addGroupTargets(runner, client, r.groups, targets); rc >= 0)
            return rc;
    }
    ProgressLine progress;
    const auto showProgress = [&progress](const DeleteProgress &p) {
        progress.show(Text::tr("%1 of %2 deletes").arg(p.done).arg(p.total));
    };
    const Result<QList<DeleteOutcome>> result =
        runner.await<QList<DeleteOutcome>>([&](QObject *context, auto done) {
            return runDeletes(&client, targets, 4, context, showProgress, std::move(done));
        });
    progress.end();
    recordDeletes(r.common, client.connection(), result.value);
    return report(result);
}

} // namespace

Result<DeleteRequest> parseDelete(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("delete"), deleteDescription, deleteOptions,
                          {QStringLiteral("RESOURCE_ID"),
                           Text::tr("More failed tasks by resource_id."),
                           QStringLiteral("[RESOURCE_ID...]")});
    return command.parse<DeleteRequest>(arguments, [&parser = command.parser](DeleteRequest &r) {
        r.resourceIds = parser.values(QStringLiteral("resource-id")) + parser.positionalArguments();
        r.groupLevel = parser.isSet(QStringLiteral("group-level"));
        r.groups = parser.values(QStringLiteral("group"));
        return checkDelete(r, parser.isSet(QStringLiteral("yes")));
    });
}

int runDelete(Runner &runner, const QStringList &arguments)
{
    return runCommand(runner, parseDelete(arguments), deleteTargets);
}

} // namespace sdrs::cli
