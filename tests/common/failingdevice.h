#pragma once

// A device for the writers' tests that runs out of space.

#include <QByteArray>
#include <QIODevice>

/// Accepts `limit` bytes, then fails every write with an error.
class FailingDevice : public QIODevice
{
public:
    /// `keep`: false to count the bytes and keep only the last few (for huge outputs).
    explicit FailingDevice(qint64 limit, qint64 maxPerWrite = -1, bool keep = true)
        : m_limit(limit)
        , m_maxPerWrite(maxPerWrite)
        , m_keep(keep)
    {
        open(QIODevice::WriteOnly);
    }

    QByteArray data() const { return m_data; }
    qint64 received() const { return m_received; }
    int writeCalls() const { return m_writeCalls; }
    qint64 largestWrite() const { return m_largestWrite; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        ++m_writeCalls;
        m_largestWrite = qMax(m_largestWrite, size);
        if (m_limit >= 0 && m_received >= m_limit) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        qint64 take = size;
        if (m_maxPerWrite > 0)
            take = qMin(take, m_maxPerWrite);
        if (m_limit >= 0)
            take = qMin(take, m_limit - m_received);
        m_received += take;
        m_data.append(data, take);
        if (!m_keep && m_data.size() > 64)
            m_data.remove(0, m_data.size() - 64);
        return take;
    }

private:
    qint64 m_limit;
    qint64 m_maxPerWrite;
    bool m_keep;
    QByteArray m_data;
    qint64 m_received = 0;
    int m_writeCalls = 0;
    qint64 m_largestWrite = 0;
};
