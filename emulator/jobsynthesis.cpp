// The job behind a failed task, made up deterministically from the row: one level of sub-jobs
// with the SDK's job types, the last one carrying the row's error.
#include "emulator/dataset.h"
#include "emulator/seededrandom.h"

#include <array>
#include <utility>

namespace sdrs::emulator {

namespace {

/// The sub-jobs a job is made of, by its type, from the SDK's 19 job types (ShowJobStatusResponse,
/// SubJobParams): "*" repeats the job's own type once per replication pair. Job types not listed
/// have no sub-jobs.
constexpr std::pair<const char *, std::array<const char *, 3>> SubJobTypes[] = {
    {"startProtectionGroupNoCG", {"*"}},
    {"stopProtectionGroupNoCG", {"*"}},
    {"reverseProtectionGroupNoCG", {"*"}},
    {"failoverProtectionGroupNoCG", {"*"}},
    {"reprotectProtectionGroupNoCG", {"*"}},
    {"createProtectedInstanceNoCG",
     {"createReplicationPairNoCG", "attachReplicationPairNew", "addNicNew"}},
    {"deleteProtectedInstanceNoCG",
     {"detachReplicationPairNew", "deleteReplicationPairNoCG", "deleteNicNew"}},
};

/// Builds the sub-job tree of one synthesized job.
class JobBuilder
{
public:
    JobBuilder(Rng &rng, const Job &root)
        : m_rng(rng)
        , m_root(root)
    {
        const bool hexId = root.jobId.size() == 32;
        m_prefix = hexId ? root.jobId.left(16)
                         : hexText(Q_UINT64_C(0xff808081), 8) + hexText(m_rng.next(), 8);
        bool ok = false;
        m_counter = hexId ? root.jobId.right(4).toUInt(&ok, 16) : 0;
        if (!ok)
            m_counter = quint64(m_rng.below(0x10000));
    }

    /// A sub-job spanning [begin, end] (ms since the epoch; -1 when the root has no time).
    Job subJob(const QString &type, bool failed, qint64 begin, qint64 end)
    {
        Job j;
        j.status = failed ? QStringLiteral("FAIL") : QStringLiteral("SUCCESS");
        j.jobId = m_prefix;
        appendHex(j.jobId, begin >= 0 ? quint64(begin) : m_rng.next(), 12);
        appendHex(j.jobId, ++m_counter, 4);
        j.jobType = type;
        if (begin >= 0) {
            j.beginTime = utcFromMs(begin);
            j.endTime = utcFromMs(end);
        }
        if (failed) {
            j.errorCode = m_root.errorCode;
            j.failReason = m_root.failReason;
        }
        j.entities = m_root.entities;
        j.entities.volumeIds.clear();
        return j;
    }

    /// `types` in sequence over [begin, end], one level (the SDK's sub-jobs have none of their
    /// own); the last one fails when `failLast`.
    QList<Job> sequence(const QStringList &types, bool failLast, qint64 begin, qint64 end)
    {
        QList<Job> jobs;
        const qsizetype k = types.size();
        for (qsizetype i = 0; i < k; ++i) {
            qint64 b = -1;
            qint64 e = -1;
            if (begin >= 0) {
                b = begin + (end - begin) * i / k;
                e = begin + (end - begin) * (i + 1) / k;
            }
            jobs.append(subJob(types.at(i), failLast && i == k - 1, b, e));
        }
        return jobs;
    }

private:
    Rng &m_rng;
    const Job &m_root;
    QString m_prefix;
    quint64 m_counter = 0;
};

/// The entities of the job behind `failure`: the group, and the resource by its type.
JobEntities entitiesOf(const FailureJob &failure, Rng &rng)
{
    const QString &type = failure.resourceType;
    const bool isGroup = type == QLatin1StringView("server_groups");
    const bool isInstance = type == QLatin1StringView("protected_instances") ||
                            type == QLatin1StringView("protectedInstance");
    const bool isReplication = type == QLatin1StringView("replications");
    JobEntities e;
    e.serverGroupId = !failure.serverGroupId.isEmpty() ? failure.serverGroupId
                      : isGroup                        ? failure.resourceId
                                                       : QString();
    if (isInstance) {
        e.protectedInstanceId = failure.resourceId;
        if (rng.percent(70))
            e.nativeServerId = randomUuid(rng);
        if (rng.percent(40)) {
            const qint64 n = rng.between(1, 3);
            for (qint64 i = 0; i < n; ++i)
                e.volumeIds.append(randomUuid(rng));
        }
        if (failure.jobType == QLatin1StringView("addNicNew") ||
            failure.jobType == QLatin1StringView("deleteNicNew"))
            e.nicId = randomUuid(rng);
    } else if (isReplication) {
        e.replicationPairId = failure.resourceId;
        if (rng.percent(80)) {
            e.volumeIds.append(randomUuid(rng));
            if (rng.percent(25))
                e.volumeIds.append(randomUuid(rng));
        }
    } else if (type == QLatin1StringView("disaster_recovery_drills")) {
        if (rng.percent(30))
            e.volumeIds.append(randomUuid(rng));
    }
    return e;
}

/// The types of the sub-jobs of a job of `jobType`, in order; empty for a job made of none.
QStringList subJobTypesOf(const QString &jobType, Rng &rng)
{
    QStringList types;
    for (const auto &[parent, children] : SubJobTypes) {
        if (jobType != QLatin1StringView(parent))
            continue;
        for (const char *child : children) {
            if (!child)
                break;
            if (QByteArrayView(child) == "*") {
                for (qint64 i = rng.between(1, 3); i > 0; --i)
                    types.append(jobType);
            } else if (types.isEmpty() || rng.percent(70)) {
                types.append(QLatin1StringView(child));
            }
        }
    }
    return types;
}

} // namespace

Job synthesizeJob(const FailureJob &failure)
{
    const QByteArray key = failure.jobId.toUtf8() + '\x1f' + failure.resourceId.toUtf8();
    Rng rng(fnv1a(key));

    Job job;
    job.status = QStringLiteral("FAIL");
    job.jobId = failure.jobId;
    job.jobType = failure.jobType;
    job.errorCode = failure.errorCode;
    job.failReason = failure.failReason;
    qint64 begin = -1;
    qint64 end = -1;
    if (failure.beginTime.isValid()) {
        begin = failure.beginTime.toMSecsSinceEpoch();
        end = begin + rng.between(5 * SecondMs, 600 * SecondMs);
        job.beginTime = utcFromMs(begin);
        job.endTime = utcFromMs(end);
    }
    job.entities = entitiesOf(failure, rng);

    // Sub-jobs, for the job types made of others: the last one carries the error.
    const QStringList types = subJobTypesOf(failure.jobType, rng);
    if (types.isEmpty() || !rng.percent(80))
        return job;
    JobBuilder builder(rng, job);
    job.subJobs = builder.sequence(types, true, begin, end);
    return job;
}

} // namespace sdrs::emulator
