#include "models/ticketmarkdown.h"

#include "models/apitime.h"
#include "models/failurecause.h"
#include "models/safetext.h"

#include <QCoreApplication>
#include <QStringList>

namespace sdrs {

namespace {

QString row(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString resourceCell(const FailureJob &job)
{
    if (job.resourceName.isEmpty())
        return job.resourceId;
    if (job.resourceId.isEmpty())
        return job.resourceName;
    //: A resource in a ticket: %1 its name, %2 its id.
    return QCoreApplication::translate("sdrs::TicketMarkdown", "%1 (%2)", "name (id)")
        .arg(job.resourceName, job.resourceId);
}

} // namespace

QString markdownCell(const QString &text)
{
    QString cell = text::printable(text.simplified());
    cell.replace(u'\\', QStringLiteral("\\\\"));
    cell.replace(u'|', QStringLiteral("\\|"));
    return cell;
}

QString ticketMarkdown(const QList<FailureJob> &jobs)
{
    if (jobs.isEmpty())
        return {};
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("sdrs::TicketMarkdown", text);
    };
    QString text = row({tr(QT_TRANSLATE_NOOP("sdrs::TicketMarkdown", "Began (UTC)")),
                        tr(QT_TRANSLATE_NOOP("sdrs::TicketMarkdown", "Job type")),
                        tr(QT_TRANSLATE_NOOP("sdrs::TicketMarkdown", "Resource")),
                        tr(QT_TRANSLATE_NOOP("sdrs::TicketMarkdown", "Error code")),
                        tr(QT_TRANSLATE_NOOP("sdrs::TicketMarkdown", "Cause")),
                        tr(QT_TRANSLATE_NOOP("sdrs::TicketMarkdown", "What to do"))});
    text += QStringLiteral("|---|---|---|---|---|---|\n");
    for (const FailureJob &job : jobs) {
        const FailureCause cause = failureCause(job);
        const QString time =
            job.beginTime.isValid() ? formatIsoTime(job.beginTime) : job.beginTimeText;
        text += row({markdownCell(time), markdownCell(job.jobType), markdownCell(resourceCell(job)),
                     markdownCell(job.errorCode), markdownCell(cause.cause),
                     markdownCell(cause.whatToDo)});
    }
    return text;
}

} // namespace sdrs
