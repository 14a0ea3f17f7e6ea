#include "models/rowwriter.h"

#include <QIODevice>

namespace sdrs {

namespace {

/// Bytes gathered before they go to the device.
constexpr qsizetype FlushBytes = 1024 * 1024;
/// UTF-16 units gathered before they are converted to UTF-8 (at most 3 bytes each).
constexpr qsizetype ConvertChars = 256 * 1024;
/// Rows written between two questions to `shouldStop`.
constexpr qint64 StopCheckRows = 256;

/// Writes all of `data`, or returns false.
bool writeAll(QIODevice &out, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const qint64 written = out.write(data.constData() + done, data.size() - done);
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

} // namespace

RowWriter::RowWriter(QIODevice &out, std::function<bool()> shouldStop)
    : m_out(out)
    , m_shouldStop(std::move(shouldStop))
{
    m_bytes.reserve(FlushBytes + 3 * ConvertChars + 4096);
    m_text.reserve(ConvertChars + 4096);
}

bool RowWriter::nextRow()
{
    if (!m_result.ok())
        return false;
    if (m_text.size() >= ConvertChars)
        convert();
    if (m_bytes.size() >= FlushBytes && !flush())
        return false;
    if (m_rows % StopCheckRows == 0 && m_shouldStop && m_shouldStop()) {
        m_result = WriteResult::failure(ApiError::Kind::Cancelled, {});
        return false;
    }
    ++m_rows;
    return true;
}

QByteArray &RowWriter::bytes()
{
    convert();
    return m_bytes;
}

WriteResult RowWriter::finish()
{
    if (m_result.ok())
        flush();
    m_result.value = m_rows; // also when cancelled: how far it got
    return m_result;
}

void RowWriter::convert()
{
    if (m_text.isEmpty())
        return;
    m_bytes += m_text.toUtf8();
    m_text.resize(0); // unlike clear(), keeps the capacity
}

bool RowWriter::flush()
{
    convert();
    const bool written = writeAll(m_out, m_bytes);
    m_bytes.resize(0);
    if (!written) {
        QString reason = m_out.errorString();
        if (reason.isEmpty())
            reason = tr("The data could not be written.");
        m_result = WriteResult::failure(ApiError::Kind::Io, reason);
    }
    return written;
}

} // namespace sdrs
