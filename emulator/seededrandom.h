// What the data generator and the job synthesis share: a seeded random source that gives the same
// sequence on every machine, stable hashing, and the hex ids and UUIDs made from them.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sdrs::emulator {

// All generated times lie in the 60 days before 2026-11-20T12:00:00.000Z.
constexpr qint64 ReferenceMs = Q_INT64_C(1795176000000);
constexpr qint64 SecondMs = 1000;
constexpr qint64 DayMs = 24 * 3600 * SecondMs;
constexpr qint64 WindowMs = 60 * DayMs;

inline QString defaultProjectId()
{
    return QStringLiteral("4d2a1c8e5b7f4e3a9c6d0b1a2f3e4d5c");
}

inline QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

/// splitmix64: tiny, fast and the same sequence on every platform and compiler.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += Q_UINT64_C(0x9e3779b97f4a7c15));
        z = (z ^ (z >> 30)) * Q_UINT64_C(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)) * Q_UINT64_C(0x94d049bb133111eb);
        return z ^ (z >> 31);
    }

    /// Uniform in [0, n); the modulo bias is irrelevant for test data.
    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64(next() % quint64(n)); }
    /// Uniform in [lo, hi].
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    bool percent(int p) { return below(100) < p; }
    bool permille(int p) { return below(1000) < p; }

    template<class T> const T &pick(const QList<T> &list) { return list.at(below(list.size())); }

private:
    quint64 m_state;
};

/// FNV-1a (64 bit) over UTF-8: stable across runs, unlike qHash with a random QT_HASH_SEED.
inline quint64 fnv1a(const QByteArray &bytes, quint64 hash = Q_UINT64_C(0xcbf29ce484222325))
{
    for (const char c : bytes) {
        hash ^= quint8(c);
        hash *= Q_UINT64_C(0x100000001b3);
    }
    return hash;
}

inline void appendHex(QString &out, quint64 value, int digits)
{
    static constexpr char16_t Digits[] = u"0123456789abcdef";
    char16_t buffer[16];
    for (int i = digits - 1; i >= 0; --i) {
        buffer[i] = Digits[value & 0xf];
        value >>= 4;
    }
    out.append(reinterpret_cast<const QChar *>(buffer), digits);
}

inline QString hexText(quint64 value, int digits)
{
    QString s;
    s.reserve(digits);
    appendHex(s, value, digits);
    return s;
}

/// 8-4-4-4-12 lowercase hex with the version-4 and variant bits set.
inline QString uuidText(quint64 hi, quint64 lo)
{
    hi = (hi & ~Q_UINT64_C(0xf000)) | Q_UINT64_C(0x4000);
    lo = (lo & Q_UINT64_C(0x3fffffffffffffff)) | Q_UINT64_C(0x8000000000000000);
    QString s;
    s.reserve(36);
    appendHex(s, hi >> 32, 8);
    s += u'-';
    appendHex(s, (hi >> 16) & 0xffff, 4);
    s += u'-';
    appendHex(s, hi & 0xffff, 4);
    s += u'-';
    appendHex(s, lo >> 48, 4);
    s += u'-';
    appendHex(s, lo & Q_UINT64_C(0xffffffffffff), 12);
    return s;
}

inline QString randomUuid(Rng &rng)
{
    const quint64 hi = rng.next();
    return uuidText(hi, rng.next());
}

} // namespace sdrs::emulator
