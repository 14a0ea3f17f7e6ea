// `sdrs-failures job JOB_ID`: a job and its sub-job tree.
#include "app/api/sdrsclient.h"
#include "app/api/wiresafety.h"
#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
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

    QStringList times;
    if (job.beginTime.isValid())
        times.append(Text::tr("begin %1").arg(formatIsoTime(job.beginTime)));
    if (job.endTime.isValid())
        times.append(Text::tr("end %1").arg(formatIsoTime(job.endTime)));
    const QString duration = formatDuration(job.beginTime, job.endTime);
    if (!duration.isEmpty())
        times.append(Text::tr("took %1").arg(duration));
    if (!times.isEmpty())
        text += indent + QStringLiteral("  ") + times.join(QStringLiteral(", ")) + u'\n';
    if (!job.errorCode.isEmpty() || !job.failReason.isEmpty()) {
        QString error = Text::tr("error");
        if (!job.errorCode.isEmpty())
            error += u' ' + job.errorCode;
        if (!job.failReason.isEmpty())
            error += QStringLiteral(": ") + oneLine(job.failReason);
        text += indent + QStringLiteral("  ") + error + u'\n';
    }
    if (!job.code.isEmpty() || !job.message.isEmpty()) {
        QString message = Text::tr("message");
        if (!job.code.isEmpty())
            message += u' ' + job.code;
        if (!job.message.isEmpty())
            message += QStringLiteral(": ") + oneLine(job.message);
        text += indent + QStringLiteral("  ") + message + u'\n';
    }
    if (const QString entities = entitiesText(job.entities); !entities.isEmpty())
        text += indent + QStringLiteral("  ") + oneLine(entities) + u'\n';
    if (!job.subJobs.isEmpty()) {
        text += indent + QStringLiteral("  ") + Text::tr("sub-jobs: %1").arg(job.subJobs.size()) +
                u'\n';
        for (const Job &sub : job.subJobs)
            appendJob(text, sub, depth + 1);
    }
}

Result<JobRequest> parseJob(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("job"),
        Text::tr("Shows a job (GET /jobs/{job_id}) and its sub-job tree as indented "
                 "text: status, type, id, begin and end (UTC), error code and fail "
                 "reason, entities. --format json prints the service's answer exactly "
                 "as received."));
    QCommandLineParser &parser = command.parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("text (the default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("JOB_ID"),
                                 Text::tr("The job_id of a failed task."));
    return command.parse<JobRequest>(arguments, [&](JobRequest &r) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            return Text::tr("job: give exactly one JOB_ID (see sdrs-failures job --help)");
        const QString fmt = parser.value(format).toLower();
        if (fmt != QStringLiteral("text") && fmt != QStringLiteral("json"))
            return Text::tr("--format must be text or json, not \"%1\"").arg(parser.value(format));
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
    const Result<JobRequest> parsed = parseJob(arguments);
    Setup setup;
    if (const int rc = startCommand(runner, parsed, setup); rc >= 0)
        return rc;
    const JobRequest &r = parsed.value;
    SdrsClient client(setup.connection);
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

} // namespace sdrs::cli
