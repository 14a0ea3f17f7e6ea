#include "models/safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <sys/stat.h>

namespace sdrs {

namespace {

/// The translation context of this file's messages.
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::SafeFile)
};

/// A reason as the end of a sentence: trimmed, with a full stop.
QString sentenceEnd(const QString &reason)
{
    QString text = reason.trimmed();
    if (text.isEmpty())
        //: The reason of a failed write when the system gave none.
        text = SafeFile::tr("unknown error");
    if (!text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?'))
        text += u'.';
    return text;
}

} // namespace

Target targetOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Target::Missing;
    if (S_ISREG(st.st_mode))
        return Target::Regular;
    if (S_ISDIR(st.st_mode))
        return Target::Folder;
    if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))
        return Target::Stream;
    return Target::Other;
}

namespace {

using Written = Result<NoContent>;

Written ioError(QString sentence)
{
    return Written::failure(ApiError::Kind::Io, std::move(sentence));
}

Written cancelled(QString sentence)
{
    return Written::failure(ApiError::Kind::Cancelled, std::move(sentence));
}

/// The file `shown` could not be written for `reason`.
Written cannotWrite(const QString &shown, const QString &reason)
{
    //: %1 is a file path, %2 the reason (a sentence).
    return ioError(SafeFile::tr("Cannot write \"%1\": %2").arg(shown, sentenceEnd(reason)));
}

/// Writes to a pipe or a character device as it is: there is nothing to replace safely.
Written writeStream(const QString &path, const QString &shown, const WriteStep &write)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return cannotWrite(shown, file.errorString());
    const Written written = write(file);
    if (written.ok() && file.error() == QFileDevice::NoError)
        return {};
    if (written.error.kind == ApiError::Kind::Cancelled)
        //: %1 is a pipe or a device (not an ordinary file), written directly.
        return cancelled(SafeFile::tr("Writing \"%1\" was cancelled; what was already written to "
                                      "it stays (it is not an ordinary file).")
                             .arg(shown));
    const QString error = written.ok() ? file.errorString() : written.error.message;
    //: %1 is a pipe or a device (not an ordinary file), %2 the reason (a sentence).
    return ioError(SafeFile::tr("Cannot write \"%1\": %2 What was already written to it stays (it "
                                "is not an ordinary file).")
                       .arg(shown, sentenceEnd(error)));
}

} // namespace

Written writeFileSafely(const QString &path, const WriteStep &write)
{
    const QString shown = QDir::toNativeSeparators(path);
    switch (targetOf(path)) {
    case Target::Missing:
    case Target::Regular:
        break;
    case Target::Stream:
        return writeStream(path, shown, write);
    case Target::Folder:
        //: %1 is a path.
        return ioError(SafeFile::tr("Cannot write \"%1\": it is a folder.").arg(shown));
    case Target::Other:
        //: %1 is a path that is a block device or a socket.
        return ioError(SafeFile::tr("Cannot write \"%1\": it is neither an ordinary file nor a "
                                    "pipe nor a character device; nothing was written.")
                           .arg(shown));
    }
    QSaveFile file(path);
    // Never write in place: a failure must leave an existing file as it was.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(shown, file.errorString());

    const Written written = write(file);
    if (!written.ok()) {
        file.cancelWriting();
        if (written.error.kind == ApiError::Kind::Cancelled)
            //: %1 is a file path.
            return cancelled(
                SafeFile::tr("Writing \"%1\" was cancelled; nothing was saved.").arg(shown));
        return cannotWrite(shown, written.error.message);
    }
    if (!file.commit())
        return cannotWrite(shown, file.errorString());
    return {};
}

} // namespace sdrs
