#include "models/failuresummary.h"

#include "models/errorcatalog.h"
#include "models/vocabulary.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace sdrs {

namespace {

class Summary
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::Summary)
};

const std::array<QString, 6> &keyNames()
{
    static const std::array<QString, 6> names{
        QStringLiteral("error_code"), QStringLiteral("group"), QStringLiteral("resource"),
        QStringLiteral("status"),     QStringLiteral("type"),  QStringLiteral("day")};
    return names;
}

/// The key of one row; `localDays` caches the local date per quarter hour (every zone's offset
/// is a multiple of 15 minutes).
QString keyOf(const FailureJob &job, SummaryKey key, QHash<qint64, QString> &localDays)
{
    switch (key) {
    case SummaryKey::ErrorCode:
        return job.errorCode;
    case SummaryKey::Group:
        return job.serverGroupId;
    case SummaryKey::Resource:
        return job.resourceId;
    case SummaryKey::Status:
        return job.failureStatus;
    case SummaryKey::JobType:
        return job.jobType;
    case SummaryKey::Day:
        break;
    }
    if (!job.beginTime.isValid())
        return {};
    constexpr qint64 Quarter = 15 * 60 * 1000;
    const qint64 ms = job.beginTime.toMSecsSinceEpoch();
    const qint64 bucket = ms >= 0 ? ms / Quarter : (ms - Quarter + 1) / Quarter;
    auto it = localDays.constFind(bucket);
    if (it == localDays.cend())
        it = localDays.insert(bucket, job.beginTime.toLocalTime().date().toString(Qt::ISODate));
    return *it;
}

/// What a key is called.
QString nameOf(const SummaryLine &line, SummaryKey key, const QHash<QString, QString> &groupNames,
               const QHash<QString, QString> &resourceNames)
{
    switch (key) {
    case SummaryKey::ErrorCode: {
        const ErrorCodeInfo *info = ErrorCatalog::instance().find(line.key);
        return info ? info->message : QString();
    }
    case SummaryKey::Group:
        return line.key.isEmpty() ? Summary::tr("(protection-group level)")
                                  : groupNames.value(line.key);
    case SummaryKey::Resource:
        return resourceNames.value(line.key);
    case SummaryKey::Status:
        return failureStatusName(line.key);
    case SummaryKey::JobType:
        return jobTypeName(line.key);
    case SummaryKey::Day:
        break;
    }
    return {};
}

} // namespace

QString summaryKeyName(SummaryKey key)
{
    return keyNames().at(size_t(key));
}

std::optional<SummaryKey> summaryKeyNamed(QStringView name)
{
    for (size_t i = 0; i < keyNames().size(); ++i) {
        if (name.compare(keyNames().at(i), Qt::CaseInsensitive) == 0)
            return SummaryKey(i);
    }
    return std::nullopt;
}

QStringList summaryKeyNames()
{
    return QStringList(keyNames().begin(), keyNames().end());
}

QList<SummaryLine> summarize(const QList<FailureJob> &jobs, SummaryKey key,
                             const QHash<QString, QString> &groupNames)
{
    QList<SummaryLine> lines;
    QHash<QString, qsizetype> index;
    QHash<QString, QString> resourceNames;
    QHash<qint64, QString> localDays;
    for (const FailureJob &job : jobs) {
        const QString k = keyOf(job, key, localDays);
        auto it = index.constFind(k);
        if (it == index.cend()) {
            it = index.insert(k, lines.size());
            lines.append(SummaryLine{k, {}, 0, {}, {}});
        }
        SummaryLine &line = lines[*it];
        ++line.count;
        if (job.beginTime.isValid()) {
            if (!line.first.isValid() || job.beginTime < line.first)
                line.first = job.beginTime;
            if (!line.last.isValid() || job.beginTime > line.last)
                line.last = job.beginTime;
        }
        if (key == SummaryKey::Resource && !job.resourceName.isEmpty())
            resourceNames.insert(job.resourceId, job.resourceName);
    }
    for (SummaryLine &line : lines)
        line.name = nameOf(line, key, groupNames, resourceNames);
    std::sort(lines.begin(), lines.end(), [](const SummaryLine &a, const SummaryLine &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    return lines;
}

} // namespace sdrs
