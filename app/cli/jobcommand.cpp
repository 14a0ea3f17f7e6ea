// `sdrs-failures job JOB_ID`: a job and its sub-job tree.
#include "app/api/sdrsclient.h"
#include "app/api/wiresafety.h"
#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/options.h"
#include "models/apitime.h"
#include "models/jobtreemodel.h"
#include "models/safetext.h"

#include <QCommandLineParser>

#include <optional>

namespace sdrs::cli {

// ---------------------------------------------------------------------------------------------
// job

namespace {

QString oneLine(QString s)
{
    s.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    s.replace(u'\n', u' ');
    s.replace(u'\r', u' ');
    return s;
}

/// "name=value" for each entity the job names, comma-separated.
QString entitiesText(const JobEntities &e)
{
    QStringList entities;
    const auto entity = [&entities](const char *name, const QString &value) {
        if (!value.isEmpty())
            entities.append(QLatin1StringView(name) + u'=' + value);
    };
    entity("server_group_id", e.serverGroupId);
    entity("protected_instance_id", e.protectedInstanceId);
    entity("replication_pair_id", e.replicationPairId);
    if (!e.volumeIds.isEmpty())
        entity("volume_ids", e.volumeIds.join(u','));
    entity("native_server_id", e.nativeServerId);
    entity("nic_id", e.nicId);
    return entities.join(QStringLiteral(", "));
}

/// "<label> <code>: <text>" without the parts that are empty; empty when code and text are.
QString codeLine(const QString &label, const QString &code, const QString &text)
{
    if (code.isEmpty() && text.isEmpty())
        return {};
    QString line = label;
    if (!code.isEmpty())
        line += u' ' + code;
    if (!text.isEmpty())
        line += QStringLiteral(": ") + oneLine(text);
    return line;
}

} // namespace

void appendJob(QString &text, const Job &job, int depth)
{
    const QString indent(depth * 4, u' ');
    QString head = job.status.isEmpty() ? QStringLiteral("?") : job.status;
    if (!job.jobType.isEmpty())
        head += QStringLiteral("  ") + job.jobType;
    if (!job.jobId.isEmpty())
        head += QStringLiteral("  ") + job.jobId;
    text += indent + oneLine(head) + u'\n';

    const auto detail = [&text, &indent](const QString &line) {
        if (!line.isEmpty())
            text += indent + QStringLiteral("  ") + line + u'\n';
    };
    QStringList times;
    if (job.beginTime.isValid())
        times.append(Text::tr("begin %1").arg(formatIsoTime(job.beginTime)));
    if (job.endTime.isValid())
        times.append(Text::tr("end %1").arg(formatIsoTime(job.endTime)));
    const QString duration = formatDuration(job.beginTime, job.endTime);
    if (!duration.isEmpty())
        times.append(Text::tr("took %1").arg(duration));
    detail(times.join(QStringLiteral(", ")));
    detail(codeLine(Text::tr("error"), job.errorCode, job.failReason));
    detail(codeLine(Text::tr("message"), job.code, job.message));
    detail(oneLine(entitiesText(job.entities)));
    if (!job.subJobs.isEmpty()) {
        detail(Text::tr("sub-jobs: %1").arg(job.subJobs.size()));
        for (const Job &sub : job.subJobs)
            appendJob(text, sub, depth + 1);
    }
}

namespace {

/// What job does, at the top of its --help.
const char *const jobDescription = QT_TRANSLATE_NOOP(
    "sdrs::cli", "Shows a job (GET /jobs/{job_id}) and its sub-job tree as indented "
                 "text: status, type, id, begin and end (UTC), error code and fail "
                 "reason, entities. --format json prints the service's answer exactly "
                 "as received.");

/// The options of job beyond the common ones.
const QList<OptionSpec> jobOptions{
    {{QStringLiteral("format")},
     QT_TRANSLATE_NOOP("sdrs::cli", "text (the default) or json."),
     QStringLiteral("FORMAT"),
     QStringLiteral("text")},
};

/// Reads the job and prints it; the exit code.
int showJob(Runner &runner, SdrsClient &client, const JobRequest &r)
{
    const Result<Job> job = runner.await<Job>([&](QObject *context, auto done) {
        return client.getJob(r.jobId, context, std::move(done));
    });
    if (!job.ok())
        return callFailed(Text::tr("cannot read the job %1").arg(r.jobId), job.error);

    StdoutDevice out;
    if (r.json) {
        out.write(job.body);
        if (!job.body.endsWith('\n'))
            out.write("\n");
    } else {
        QString text;
        appendJob(text, job.value, 0);
        // The line breaks are this function's own; the server's text is on one line each.
        out.print(text::printable(text, true));
    }
    return finishStdout(out);
}

} // namespace

Result<JobRequest> parseJob(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("job"), jobDescription, jobOptions,
        {QStringLiteral("JOB_ID"), Text::tr("The job_id of a failed task."), QString()});
    return command.parse<JobRequest>(arguments, [&parser = command.parser](JobRequest &r) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            return Text::tr("job: give exactly one JOB_ID (see sdrs-failures job --help)");
        const QString fmt = parser.value(QStringLiteral("format")).toLower();
        if (fmt != QStringLiteral("text") && fmt != QStringLiteral("json"))
            return Text::tr("--format must be text or json, not \"%1\"")
                .arg(parser.value(QStringLiteral("format")));
        r.json = fmt == QStringLiteral("json");
        r.jobId = positional.constFirst();
        if (const QString problem = wire::pathSegmentProblem(r.jobId); !problem.isEmpty())
            //: %1 says why the job id cannot be sent.
            return Text::tr("job: JOB_ID: %1").arg(problem);
        return QString();
    });
}

int runJob(Runner &runner, const QStringList &arguments)
{
    return runCommand(runner, parseJob(arguments), showJob);
}

} // namespace sdrs::cli
