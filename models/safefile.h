#pragma once

#include "models/result.h"

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

/// What the content writer hands back: success, Kind::Cancelled (no message needed) when it
/// stopped because it was asked to, or another kind with the reason in words.
using WriteStep = std::function<Result<NoContent>(QIODevice &out)>;

/// Writes `path` safely: the content goes to a temporary file in the same folder (QSaveFile)
/// that replaces `path` only when `write` succeeded and everything reached the disk.
/// A cancel, an error, or a full disk leaves `path` as it was and no temporary file behind.
/// On failure the error's message is a sentence naming the file and the reason; its kind is
/// Kind::Cancelled when `write` was cancelled (the sentence then says "cancelled"), else Kind::Io.
///
/// A pipe or a character device is never replaced by a file: it is written directly (what was
/// written before a failure stays written, and the sentence says so). A folder, a block device
/// or a socket is refused.
Result<NoContent> writeFileSafely(const QString &path, const WriteStep &write);

} // namespace sdrs
