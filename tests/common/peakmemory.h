// Peak memory, for tests that bound what hostile input may cost.
#pragma once

#include <QFile>
#include <QRegularExpression>

#include <sys/resource.h>

namespace sdrs::testing {

/// This process's peak resident memory so far (VmHWM), in MiB; -1 when unknown.
inline qint64 peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s*(\\d+) kB"));
    const QRegularExpressionMatch m = hwm.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() / 1024 : -1;
}

/// The largest peak resident memory of any child process waited for so far, in MiB. A maximum
/// over all children: a test that asserts a bound after each child asserts it for each.
inline qint64 childrenPeakMemoryMiB()
{
    rusage usage = {};
    if (::getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return -1;
    return qint64(usage.ru_maxrss) / 1024; // kilobytes on Linux
}

} // namespace sdrs::testing
