// Peak memory, for tests that bound what hostile input may cost.
#pragma once

#include <QFile>
#include <QRegularExpression>

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

} // namespace sdrs::testing
