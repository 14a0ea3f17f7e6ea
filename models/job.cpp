#include "job.h"

namespace sdrs {

qsizetype Job::descendantCount() const
{
    qsizetype n = subJobs.size();
    for (const Job &sub : subJobs)
        n += sub.descendantCount();
    return n;
}

} // namespace sdrs
