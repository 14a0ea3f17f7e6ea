#include "models/job.h"

namespace sdrs {

qsizetype Job::descendantCount() const
{
    qsizetype n = subJobs.size();
    for (const Job &sub : subJobs)
        n += sub.descendantCount();
    return n;
}

bool operator==(const Job &a, const Job &b)
{
    return a.status == b.status && a.jobId == b.jobId && a.jobType == b.jobType &&
           a.beginTime == b.beginTime && a.endTime == b.endTime && a.errorCode == b.errorCode &&
           a.failReason == b.failReason && a.message == b.message && a.code == b.code &&
           a.entities == b.entities && a.subJobs == b.subJobs;
}

} // namespace sdrs
