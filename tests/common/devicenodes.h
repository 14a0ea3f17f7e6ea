// Device nodes of a test's own, so that a test of writing to devices can never damage the
// machine's /dev/null or /dev/full, even when the code under test is wrong and the test runs as
// root (an earlier build replaced /dev/null with a file here).
#pragma once

#include <QFile>
#include <QString>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace sdrs::testing {

/// Makes `path` a character device like /dev/null (kind "null": 1,3) or /dev/full ("full": 1,7).
/// False when this process may not (not root, or a file system mounted nodev).
inline bool makeDeviceNode(const QString &path, const char *kind)
{
    const unsigned minor = QByteArrayView(kind) == "full" ? 7 : 3;
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, minor)) != 0)
        return false;
    // Usable: a nodev mount refuses to open it.
    QFile probe(path);
    return probe.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

/// True when `path` is (still) a character device.
inline bool isCharacterDevice(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

} // namespace sdrs::testing
