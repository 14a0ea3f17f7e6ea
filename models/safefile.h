#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace sdrs {

/// What a path names, for writing to it (symbolic links followed).
enum class Target {
    Missing, ///< nothing yet: a file will be made
    Regular, ///< an ordinary file: replaced safely
    Folder,  ///< never written
    Stream,  ///< a pipe (FIFO) or a character device (/dev/null, a terminal): written directly
    Other,   ///< a block device, a socket, ...: never written
};
Target targetOf(const QString &path);

/// Writes `path` safely: the content goes to a temporary file in the same folder (QSaveFile)
/// that replaces `path` only when `write` returned true and everything reached the disk.
/// A cancel (write returns false with an empty error), an error, or a full disk leaves `path`
/// as it was and no temporary file behind. Returns an empty string on success, else a sentence
/// naming the file and the reason ("cancelled" when write returned false without an error).
///
/// A pipe or a character device is never replaced by a file: it is written directly (what was
/// written before a failure stays written, and the sentence says so). A folder, a block device
/// or a socket is refused.
QString writeFileSafely(const QString &path,
                        const std::function<bool(QIODevice &out, QString *error)> &write);

} // namespace sdrs
