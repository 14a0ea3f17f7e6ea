#include "models/jobtreemodel.h"

#include "models/safetext.h"

#include "models/apitime.h"
#include "models/errorcatalog.h"
#include "models/vocabulary.h"

#include <limits>
#include <utility>

namespace sdrs {

namespace {

QString timeToolTip(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    //: Tooltip of a time cell: %1 the local time, %2 the same time in UTC.
    return JobTreeModel::tr("%1 local time\n%2 UTC")
        .arg(formatLocalTableTime(time), formatTableTime(time.toUTC()));
}

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(u'\n');
    return end < 0 ? trimmed : trimmed.left(end).trimmed();
}

QString errorCodeToolTip(const QString &code)
{
    if (code.isEmpty())
        return {};
    const ErrorCodeInfo *info = ErrorCatalog::instance().find(code);
    if (!info)
        return code;
    //: Tooltip of an error code: %1 the code, %2 what it means, %3 what to do about it.
    return JobTreeModel::tr("%1: %2\nWhat to do: %3")
        .arg(info->code, info->message, info->handling);
}

qint64 msecsOrMin(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

qint64 durationSeconds(const QDateTime &begin, const QDateTime &end)
{
    if (!begin.isValid() || !end.isValid() || end < begin)
        return -1;
    return begin.msecsTo(end) / 1000;
}

using Column = JobTreeModel::Column;

QVariant displayText(const Job &job, Column column)
{
    switch (column) {
    case JobTreeModel::Status:
        return jobStatusName(job.status);
    case JobTreeModel::JobType:
        return jobTypeName(job.jobType);
    case JobTreeModel::BeginTime:
        return formatLocalTableTime(job.beginTime);
    case JobTreeModel::EndTime:
        return formatLocalTableTime(job.endTime);
    case JobTreeModel::Duration:
        return formatDuration(job.beginTime, job.endTime);
    case JobTreeModel::ErrorCode:
        return job.errorCode;
    case JobTreeModel::FailReason:
        return firstLine(job.failReason);
    case JobTreeModel::JobId:
        return job.jobId;
    case JobTreeModel::ColumnCount:
        break;
    }
    return {};
}

QVariant toolTipText(const Job &job, Column column)
{
    switch (column) {
    case JobTreeModel::Status:
        return job.status;
    case JobTreeModel::BeginTime:
        return timeToolTip(job.beginTime);
    case JobTreeModel::EndTime:
        return timeToolTip(job.endTime);
    case JobTreeModel::ErrorCode:
        return errorCodeToolTip(job.errorCode);
    case JobTreeModel::FailReason:
        return job.failReason.trimmed();
    case JobTreeModel::JobType:
        return job.jobType;
    case JobTreeModel::Duration:
    case JobTreeModel::JobId:
    case JobTreeModel::ColumnCount:
        break;
    }
    return {};
}

QVariant sortKey(const Job &job, Column column)
{
    switch (column) {
    case JobTreeModel::Status:
        return job.status;
    case JobTreeModel::JobType:
        return jobTypeName(job.jobType);
    case JobTreeModel::BeginTime:
        return msecsOrMin(job.beginTime);
    case JobTreeModel::EndTime:
        return msecsOrMin(job.endTime);
    case JobTreeModel::Duration:
        return durationSeconds(job.beginTime, job.endTime);
    case JobTreeModel::ErrorCode:
        return job.errorCode;
    case JobTreeModel::FailReason:
        return job.failReason;
    case JobTreeModel::JobId:
        return job.jobId;
    case JobTreeModel::ColumnCount:
        break;
    }
    return {};
}

} // namespace

JobTreeModel::JobTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void JobTreeModel::setJob(Job job)
{
    beginResetModel();
    m_nodes.clear();
    m_root = std::move(job);
    if (!m_root.jobId.isEmpty()) {
        m_nodes.reserve(m_root.descendantCount() + 1);
        addNode(&m_root, -1, 0);
    }
    endResetModel();
}

int JobTreeModel::addNode(const Job *job, int parent, int row)
{
    const int id = int(m_nodes.size());
    m_nodes.append(Node{job, parent, row, {}});
    // Read-only access: the pointers into m_root's lists stay valid as long as m_root is not
    // modified, which only setJob() does (after dropping every node).
    const QList<Job> &subJobs = job->subJobs;
    QList<int> children;
    children.reserve(subJobs.size());
    for (qsizetype i = 0; i < subJobs.size(); ++i)
        children.append(addNode(&subJobs.at(i), id, int(i)));
    m_nodes[id].children = std::move(children);
    return id;
}

const Job *JobTreeModel::jobAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return m_nodes.at(qsizetype(index.internalId())).job;
}

QModelIndex JobTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const Node &node = m_nodes.at(qsizetype(parent.internalId()));
    return createIndex(row, column, quintptr(node.children.at(row)));
}

QModelIndex JobTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentId = m_nodes.at(qsizetype(child.internalId())).parent;
    if (parentId < 0)
        return {};
    return createIndex(m_nodes.at(parentId).row, 0, quintptr(parentId));
}

int JobTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_nodes.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(qsizetype(parent.internalId())).children.size());
}

int JobTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JobTreeModel::data(const QModelIndex &index, int role) const
{
    // Server text: no control character or direction override reaches the view.
    QVariant value = unfilteredData(index, role);
    if (role == Qt::DisplayRole && value.typeId() == QMetaType::QString)
        return text::printable(value.toString());
    if (role == Qt::ToolTipRole && value.typeId() == QMetaType::QString)
        return text::printable(value.toString(), true);
    return value;
}

QVariant JobTreeModel::unfilteredData(const QModelIndex &index, int role) const
{
    const Job *job = jobAt(index);
    if (!job)
        return {};
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        return displayText(*job, column);
    case Qt::ToolTipRole:
        return toolTipText(*job, column);
    case Qt::TextAlignmentRole:
        if (column == Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusRole:
        return job->status;
    case SortRole:
        return sortKey(*job, column);
    default:
        return {};
    }
}

QVariant JobTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Status:
        //: Column header: the job's status (success, running, failed).
        return tr("Status");
    case JobType:
        //: Column header: the kind of job, e.g. createProtectedInstance.
        return tr("Type");
    case BeginTime:
        //: Column header: when the job began.
        return tr("Begin");
    case EndTime:
        //: Column header: when the job ended.
        return tr("End");
    case Duration:
        //: Column header: how long the job ran.
        return tr("Duration");
    case ErrorCode:
        //: Column header: an error code like SDRS.1306.
        return tr("Error code");
    case FailReason:
        //: Column header: the failure reason the service gave.
        return tr("Fail reason");
    case JobId:
        //: Column header: the id of the job.
        return tr("Job ID");
    case ColumnCount:
        break;
    }
    return {};
}

QString formatDuration(const QDateTime &begin, const QDateTime &end)
{
    const qint64 total = durationSeconds(begin, end);
    if (total < 0)
        return {};
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 seconds = total % 60;
    const auto twoDigits = [](qint64 n) {
        return QStringLiteral("%1").arg(n, 2, 10, QChar(u'0'));
    };
    if (hours > 0) {
        //: A duration: %1 hours, %2 minutes (two digits).
        return JobTreeModel::tr("%1 h %2 min").arg(QString::number(hours), twoDigits(minutes));
    }
    if (minutes > 0) {
        //: A duration: %1 minutes, %2 seconds (two digits).
        return JobTreeModel::tr("%1 min %2 s").arg(QString::number(minutes), twoDigits(seconds));
    }
    //: A duration: %1 seconds.
    return JobTreeModel::tr("%1 s").arg(seconds);
}

} // namespace sdrs
