#include "models/jobtreemodel.h"

#include "models/safetext.h"

#include "models/errorcatalog.h"
#include "models/vocabulary.h"

#include <limits>
#include <utility>

namespace sdrs {

namespace {

const QString &timeFormat()
{
    static const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    return format;
}

QString localText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(timeFormat()) : QString();
}

QString timeToolTip(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    //: Tooltip of a time cell: %1 the local time, %2 the same time in UTC.
    return JobTreeModel::tr("%1 local time\n%2 UTC")
        .arg(localText(time), time.toUTC().toString(timeFormat()));
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
        switch (column) {
        case Status:
            return jobStatusName(job->status);
        case JobType:
            return jobTypeName(job->jobType);
        case BeginTime:
            return localText(job->beginTime);
        case EndTime:
            return localText(job->endTime);
        case Duration:
            return formatDuration(job->beginTime, job->endTime);
        case ErrorCode:
            return job->errorCode;
        case FailReason:
            return firstLine(job->failReason);
        case JobId:
            return job->jobId;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Status:
            return job->status;
        case BeginTime:
            return timeToolTip(job->beginTime);
        case EndTime:
            return timeToolTip(job->endTime);
        case ErrorCode:
            return errorCodeToolTip(job->errorCode);
        case FailReason:
            return job->failReason.trimmed();
        case JobType:
            return job->jobType;
        case Duration:
        case JobId:
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusRole:
        return job->status;
    case SortRole:
        switch (column) {
        case Status:
            return job->status;
        case JobType:
            return jobTypeName(job->jobType);
        case BeginTime:
            return msecsOrMin(job->beginTime);
        case EndTime:
            return msecsOrMin(job->endTime);
        case Duration:
            return durationSeconds(job->beginTime, job->endTime);
        case ErrorCode:
            return job->errorCode;
        case FailReason:
            return job->failReason;
        case JobId:
            return job->jobId;
        case ColumnCount:
            break;
        }
        return {};
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
