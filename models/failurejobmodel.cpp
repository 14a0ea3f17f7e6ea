#include "models/failurejobmodel.h"

#include "models/safetext.h"

#include "models/apitime.h"
#include "models/failurecause.h"
#include "models/failurejobfields.h"
#include "models/vocabulary.h"

#include <QHash>
#include <QThreadPool>

#include <algorithm>
#include <limits>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sdrs {

namespace {

/// How much of a fail reason a tooltip shows.
constexpr qsizetype TooltipReasonLimit = 2000;

/// Separates the fields of a search text: no typed query spans two fields.
constexpr char16_t FieldSeparator = u'\x1f';

QString localTimeText(const FailureJob &job)
{
    return job.beginTime.isValid() ? formatLocalTableTime(job.beginTime) : job.beginTimeText;
}

/// Writes `text` case-folded (simple Unicode case folding, one code point to one) to `out`;
/// returns the end. ASCII, nearly all of the text, takes a fast path: QString::toCaseFolded()
/// looks up every character once it found one to change.
char16_t *appendFolded(char16_t *out, QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
#if defined(__SSE2__)
        // Eight ASCII characters at a time: 'A'..'Z' plus 32.
        if (end - p >= 8) {
            const __m128i chars = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i high = _mm_and_si128(chars, _mm_set1_epi16(short(0xff80)));
            if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) == 0xffff) {
                const __m128i upper =
                    _mm_and_si128(_mm_cmpgt_epi16(chars, _mm_set1_epi16('A' - 1)),
                                  _mm_cmplt_epi16(chars, _mm_set1_epi16('Z' + 1)));
                _mm_storeu_si128(reinterpret_cast<__m128i *>(out),
                                 _mm_add_epi16(chars, _mm_and_si128(upper, _mm_set1_epi16(32))));
                p += 8;
                out += 8;
                continue;
            }
        }
#endif
        const char16_t c = *p++;
        if (c < 0x80) {
            *out++ = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t folded = QChar::toCaseFolded(QChar::surrogateToUcs4(c, *p++));
            // Simple case folding stays in the code point's plane: still a surrogate pair.
            *out++ = QChar::highSurrogate(folded);
            *out++ = QChar::lowSurrogate(folded);
        } else {
            *out++ = char16_t(QChar::toCaseFolded(char32_t(c)));
        }
    }
    return out;
}

/// Builds the search text of rows (FailureJobModel::searchText()), remembering what repeats
/// from row to row.
class SearchTextBuilder
{
public:
    QByteArray text(const FailureJob &job)
    {
        const QString time =
            job.beginTime.isValid() ? m_localTimes.text(job.beginTime) : job.beginTimeText;
        const QString &statusName = folded(m_statusNames, job.failureStatus, &failureStatusName);
        const QString &typeName = folded(m_typeNames, job.resourceType, &resourceTypeName);
        const QString &jobType = folded(m_jobTypeNames, job.jobType, &jobTypeName);
        const QStringView fields[] = {
            time,        job.beginTimeText, job.failureStatus, job.resourceName, job.resourceType,
            job.jobType, job.errorCode,     job.failReason,    job.resourceId,   job.jobId,
            statusName,  typeName};
        qsizetype length = jobType.size();
        for (const QStringView field : fields)
            length += field.size() + 1;
        // One allocation and one pass per row: copied and folded at once.
        QString text(length, Qt::Uninitialized);
        char16_t *const begin = reinterpret_cast<char16_t *>(text.data());
        char16_t *out = begin;
        for (const QStringView field : fields) {
            out = appendFolded(out, field);
            *out++ = FieldSeparator;
        }
        out = std::copy_n(jobType.utf16(), jobType.size(), out); // already folded
        Q_ASSERT(out == begin + length);
        QByteArray utf8 = text.toUtf8();
        utf8.squeeze(); // toUtf8() reserves three bytes per character
        return utf8;
    }

private:
    /// The readable names repeat: each distinct code is translated and folded once.
    static const QString &folded(QHash<QString, QString> &cache, const QString &code,
                                 QString (*name)(const QString &))
    {
        auto it = cache.find(code);
        if (it == cache.end())
            it = cache.insert(code, FailureJobModel::foldCase(name(code)));
        return it.value();
    }

public:
    /// The row's cause; rows with the same code and reason share one string.
    QString cause(const FailureJob &job)
    {
        QString key = job.errorCode + FieldSeparator + job.failReason;
        auto it = m_causes.find(key);
        if (it == m_causes.end())
            it = m_causes.insert(std::move(key), failureCause(job).cause);
        return it.value();
    }

private:
    QHash<QString, QString> m_causes;
    QHash<QString, QString> m_statusNames;
    QHash<QString, QString> m_typeNames;
    QHash<QString, QString> m_jobTypeNames;
    LocalTimeCache m_localTimes;
};

} // namespace

FailureJobField FailureJobModel::field(int column)
{
    // The field each column shows, in Column's order.
    static constexpr FailureJobField fields[] = {
        FailureJobField::BeginTime,     FailureJobField::FailureStatus,
        FailureJobField::ResourceName,  FailureJobField::ResourceType,
        FailureJobField::JobType,       FailureJobField::ErrorCode,
        FailureJobField::ServerGroupId, FailureJobField::ResourceId,
        FailureJobField::JobId,         FailureJobField::FailReason,
    };
    static_assert(std::size(fields) == ColumnCount);
    Q_ASSERT(column >= 0 && column < ColumnCount);
    return fields[column];
}

int FailureJobModel::column(FailureJobField field)
{
    if (field == FailureJobField::ServerGroupName)
        return ProtectionGroup;
    for (int column = 0; column < ColumnCount; ++column) {
        if (FailureJobModel::field(column) == field)
            return column;
    }
    return -1;
}

QString FailureJobModel::displayText(const FailureJob &job, int column,
                                     const QHash<QString, QString> &groupNames)
{
    // Server text: no control character or direction override reaches the view.
    switch (column) {
    case BeginTime:
        return text::printable(localTimeText(job));
    case FailureStatus:
        return text::printable(failureStatusName(job.failureStatus));
    case ResourceType:
        return text::printable(resourceTypeName(job.resourceType));
    case JobType:
        return text::printable(jobTypeName(job.jobType));
    case ProtectionGroup:
        return text::printable(groupNames.value(job.serverGroupId, job.serverGroupId));
    case FailReason:
        return text::printable(failureCause(job).cause);
    default:
        return text::printable(rawText(job, column));
    }
}

void FailureJobModel::setGroupNames(QHash<QString, QString> names)
{
    if (names == m_groupNames)
        return;
    m_groupNames = std::move(names);
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, ProtectionGroup),
                           index(int(m_jobs.size()) - 1, ProtectionGroup),
                           {Qt::DisplayRole, SortRole, Qt::ToolTipRole});
}

const QString &FailureJobModel::rawText(const FailureJob &job, int column)
{
    if (column < 0 || column >= ColumnCount) {
        static const QString empty;
        return empty;
    }
    return job.*fieldInfo(field(column)).member;
}

FailureJobModel::FailureJobModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

GroupPositions::GroupPositions(const QList<FailureJob> &rows)
{
    qsizetype runStart = 0;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i).serverGroupId == rows.at(runStart).serverGroupId)
            continue;
        const QString &group = rows.at(runStart).serverGroupId;
        if (!m_runs.contains(group))
            m_runs.insert(group, {runStart, i - runStart});
        runStart = i;
    }
}

qsizetype GroupPositions::indexOf(const QString &serverGroupId, qint64 position) const
{
    const auto it = m_runs.constFind(serverGroupId);
    if (it == m_runs.cend() || position < 0 || position >= it->second)
        return -1;
    return it->first + qsizetype(position);
}

void GroupPositions::share(const QList<FailureJob> &previous, const QString &serverGroupId,
                           qint64 offset, QList<FailureJob> &page) const
{
    for (qsizetype i = 0; i < page.size(); ++i) {
        const qsizetype at = indexOf(serverGroupId, offset + i);
        if (at >= 0 && at < previous.size() && previous.at(at) == page.at(i))
            page[i] = previous.at(at);
    }
}

FailureJobModel::PreparedJobs FailureJobModel::prepare(QList<FailureJob> jobs,
                                                       const PreparedJobs &previous)
{
    PreparedJobs prepared;
    prepared.jobs = std::move(jobs);
    prepared.searchText.reserve(prepared.jobs.size());
    prepared.keys.reserve(prepared.jobs.size());
    prepared.causes.reserve(prepared.jobs.size());
    for (const FailureJob &job : std::as_const(prepared.jobs))
        prepared.keys.append(rowKey(job));
    const bool reuse = !previous.jobs.isEmpty() &&
                       previous.jobs.size() == previous.searchText.size() &&
                       previous.jobs.size() == previous.causes.size();
    const GroupPositions positions = reuse ? GroupPositions(previous.jobs) : GroupPositions();
    qsizetype runStart = 0;
    SearchTextBuilder builder;
    for (qsizetype row = 0; row < prepared.jobs.size(); ++row) {
        const FailureJob &job = prepared.jobs.at(row);
        if (reuse) {
            if (row > 0 && job.serverGroupId != prepared.jobs.at(row - 1).serverGroupId)
                runStart = row;
            const qsizetype at = positions.indexOf(job.serverGroupId, row - runStart);
            if (at >= 0 && previous.jobs.at(at) == job) {
                prepared.searchText.append(previous.searchText.at(at));
                prepared.causes.append(previous.causes.at(at));
                continue;
            }
        }
        prepared.searchText.append(builder.text(job));
        prepared.causes.append(builder.cause(job));
    }
    return prepared;
}

void FailureJobModel::setJobs(PreparedJobs prepared)
{
    Q_ASSERT(prepared.jobs.size() == prepared.searchText.size());
    Q_ASSERT(prepared.jobs.size() == prepared.keys.size());
    Q_ASSERT(prepared.jobs.size() == prepared.causes.size());
    beginResetModel();
    PreparedJobs old{std::exchange(m_jobs, std::move(prepared.jobs)),
                     std::exchange(m_searchText, std::move(prepared.searchText)),
                     std::exchange(m_keys, std::move(prepared.keys)),
                     std::exchange(m_causes, std::move(prepared.causes))};
    m_stale = false;
    m_liveCount = int(m_jobs.size());
    appendGoneRows();
    endResetModel();
    // Freeing 100,000 rows takes tens of milliseconds; nothing else refers to these lists.
    if (old.jobs.size() > 5000)
        QThreadPool::globalInstance()->start([old = std::move(old)]() mutable { old = {}; });
}

QString FailureJobModel::foldCase(QStringView text)
{
    QString folded(text.size(), Qt::Uninitialized);
    appendFolded(reinterpret_cast<char16_t *>(folded.data()), text);
    return folded;
}

void FailureJobModel::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_jobs.size()) - 1, ColumnCount - 1),
                           {StaleRole, Qt::ToolTipRole});
}

int FailureJobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int FailureJobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureJobModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_jobs.size() ||
        index.column() >= ColumnCount)
        return {};
    const FailureJob &job = m_jobs.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        if (column == FailReason)
            return m_causes.at(index.row()); // printable already
        return displayText(job, column, m_groupNames);
    case Qt::ToolTipRole: {
        QString tip = text::printable(
            column == ProtectionGroup ? groupToolTip(job) : toolTip(job, column), true);
        if (m_stale)
            //: Tooltip of every row while the list shows an older answer.
            tip = tr("These rows are from an earlier answer: the last request for this list "
                     "failed.") +
                  (tip.isEmpty() ? QString() : QStringLiteral("\n\n") + tip);
        if (!m_newKeys.isEmpty() && m_newKeys.contains(m_keys.at(index.row())))
            //: Tooltip of a row marked new: it was not there before the last refresh.
            tip = tr("New since an earlier refresh.") +
                  (tip.isEmpty() ? QString() : QStringLiteral("\n\n") + tip);
        if (const QString history = historyToolTip(index.row()); !history.isEmpty())
            tip = history + (tip.isEmpty() ? QString() : QStringLiteral("\n\n") + tip);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case SortRole:
        if (column == BeginTime)
            return job.beginTime.isValid() ? job.beginTime.toMSecsSinceEpoch()
                                           : std::numeric_limits<qint64>::min();
        if (column == ProtectionGroup)
            return m_groupNames.value(job.serverGroupId, job.serverGroupId);
        if (column == FailReason)
            return m_causes.at(index.row());
        return rawText(job, column);
    case RawRole:
        return rawText(job, column);
    case FailureStatusRole:
        return job.failureStatus;
    case StaleRole:
        return m_stale;
    case NewRole:
        return isNew(index.row());
    default:
        return historyData(index.row(), role);
    }
}

quint64 FailureJobModel::rowKey(const FailureJob &job)
{
    // Fixed seeds: the keys are compared across answers, never stored.
    const size_t a = qHash(job.jobId, 0x5d2c1f);
    const size_t b = qHash(job.resourceId, 0x1b873593);
    const size_t c = qHash(job.serverGroupId, 0x68e31da4);
    return quint64(a) ^ (quint64(b) * 0x9e3779b97f4a7c15ULL) ^ (quint64(c) << 1);
}

bool FailureJobModel::isNew(int row) const
{
    if (row < 0 || row >= m_jobs.size())
        return false;
    if (!m_newKeys.isEmpty() && m_newKeys.contains(m_keys.at(row)))
        return true;
    const HistoryAnnotation *a = annotation(row);
    return a && a->unseen && !isGone(row);
}

void FailureJobModel::setNewKeys(QSet<quint64> keys)
{
    if (keys == m_newKeys)
        return;
    const QSet<quint64> before = std::exchange(m_newKeys, std::move(keys));
    int first = -1, last = -1;
    for (int row = 0; row < m_jobs.size(); ++row) {
        const quint64 key = m_keys.at(row);
        if (before.contains(key) != m_newKeys.contains(key)) {
            if (first < 0)
                first = row;
            last = row;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), {NewRole});
}

QString FailureJobModel::toolTip(const FailureJob &job, int column)
{
    switch (column) {
    case BeginTime:
        if (!job.beginTime.isValid())
            return job.beginTimeText.isEmpty()
                       ? QString()
                       //: %1 is the time text as the service sent it.
                       : tr("Not a time this program understands: %1").arg(job.beginTimeText);
        //: Tooltip of a time: %1 local time, %2 the same time in UTC.
        return tr("%1 local time\n%2 UTC")
            .arg(formatLocalTableTime(job.beginTime), formatTableTime(job.beginTime.toUTC()));
    case FailureStatus:
        return job.failureStatus;
    case ResourceType:
        return job.resourceType;
    case FailReason:
        if (job.failReason.size() > TooltipReasonLimit)
            return job.failReason.left(TooltipReasonLimit) + QChar(0x2026);
        return job.failReason;
    default:
        return rawText(job, column);
    }
}

QString FailureJobModel::groupToolTip(const FailureJob &job) const
{
    if (job.serverGroupId.isEmpty())
        //: Tooltip of the protection group cell of a row that belongs to no group.
        return tr("Protection-group level: the task belongs to no particular protection group");
    const QString name = m_groupNames.value(job.serverGroupId);
    //: Tooltip of the protection group cell: %1 the group's name, %2 its ID.
    return name.isEmpty() ? job.serverGroupId : tr("%1\nID: %2").arg(name, job.serverGroupId);
}

QVariant FailureJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role); // row numbers
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole)
        return columnToolTip(section);
    return {};
}

QString FailureJobModel::columnTitle(int column)
{
    switch (column) {
    case BeginTime:
        //: Column title: when the failed task began.
        return tr("Begin time");
    case FailureStatus:
        //: Column title: what failed (create, delete, failover, ...).
        return tr("Failure status");
    case ResourceName:
        //: Column title: the name of the protection group, instance, pair or drill.
        return tr("Resource name");
    case ResourceType:
        //: Column title: the kind of resource (protection group, protected instance, ...).
        return tr("Resource type");
    case JobType:
        //: Column title: the SDRS job type, e.g. createProtectedInstanceNoCG.
        return tr("Job type");
    case ErrorCode:
        //: Column title: an error code like SDRS.1306.
        return tr("Error code");
    case ProtectionGroup:
        //: Column title: the name of the protection group a failed task belongs to.
        return tr("Protection group");
    case FailReason:
        //: Column title: the failure reason the service gave.
        return tr("Fail reason");
    case ResourceId:
        //: Column title: the id of the resource the task worked on.
        return tr("Resource ID");
    case JobId:
        //: Column title: the id of the SDRS job.
        return tr("Job ID");
    default:
        return {};
    }
}

QString FailureJobModel::columnToolTip(int column)
{
    switch (column) {
    case BeginTime:
        return tr("When the task began (local time)");
    case FailureStatus:
        return tr("The operation that failed");
    case ResourceName:
        return tr("The name of the resource the task worked on");
    case ResourceType:
        return tr("The kind of resource");
    case JobType:
        return tr("The SDRS job type");
    case ErrorCode:
        return tr("The error code, e.g. SDRS.1306");
    case ProtectionGroup:
        return tr("The protection group the task belongs to (empty at the protection-group "
                  "level)");
    case FailReason:
        return tr("Why the task failed: the most specific message in the fail reason, else the "
                  "error code's meaning (the tooltip shows the whole reason)");
    case ResourceId:
        return tr("The resource's ID");
    case JobId:
        return tr("The job's ID, usable to look up the job");
    default:
        return {};
    }
}

} // namespace sdrs
