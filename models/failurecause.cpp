#include "models/failurecause.h"

#include "models/errorcatalog.h"
#include "models/failurejob.h"
#include "models/failurereason.h"
#include "models/safetext.h"

namespace sdrs {

namespace {

/// The first non-blank line of `text`, simplified, printable and at most MaxCauseLength long.
QString oneLine(QStringView text)
{
    QStringView line;
    for (QStringView candidate : text.split(u'\n')) {
        candidate = candidate.trimmed();
        if (!candidate.isEmpty()) {
            line = candidate;
            break;
        }
    }
    return text::elide(text::printable(line.toString().simplified()), MaxCauseLength);
}

/// The reason's text without the embedded JSON and the "Client error :" before it; empty when
/// nothing else is there.
QStringView textBeforeJson(const FailReasonParts &parts)
{
    QStringView text(parts.text);
    if (parts.prettyJson.isEmpty())
        return text;
    qsizetype cut = text.indexOf(QLatin1StringView("Client error"), 0, Qt::CaseInsensitive);
    if (cut < 0)
        cut = text.indexOf(u'{');
    text = text.left(cut < 0 ? text.size() : cut).trimmed();
    while (text.endsWith(u':'))
        text = text.chopped(1).trimmed();
    return text;
}

/// True when the reason's text is only the error code ("Task-fail:SDRS.1306"): no cause in it.
bool isJustTheCode(const QString &text, const QString &errorCode, const ErrorCodeInfo *info)
{
    return text.compare(errorCode.trimmed(), Qt::CaseInsensitive) == 0 ||
           (info && text.compare(info->code, Qt::CaseInsensitive) == 0);
}

} // namespace

FailureCause failureCause(const QString &errorCode, const QString &failReason)
{
    const FailReasonParts parts = parseFailReason(failReason);
    FailureCause result;
    const ErrorCatalog &catalog = ErrorCatalog::instance();
    const ErrorCodeInfo *info = catalog.find(errorCode);
    if (!info && !parts.errorCode.isEmpty())
        info = catalog.find(parts.errorCode);
    if (info) {
        result.code = info->code;
        result.whatToDo = oneLine(info->handling);
    }

    if (QString downstream = oneLine(parts.embeddedMessage); !downstream.isEmpty()) {
        result.cause = std::move(downstream);
        result.source = FailureCause::Source::Downstream;
    } else if (QString own = oneLine(textBeforeJson(parts));
               !own.isEmpty() && !isJustTheCode(own, errorCode, info)) {
        result.cause = std::move(own);
        result.source = FailureCause::Source::Reason;
    } else if (info && !info->message.isEmpty()) {
        result.cause = oneLine(info->message);
        result.source = FailureCause::Source::Catalog;
    }
    return result;
}

FailureCause failureCause(const FailureJob &job)
{
    return failureCause(job.errorCode, job.failReason);
}

} // namespace sdrs
