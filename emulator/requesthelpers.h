// The emulator's request handling shares these: the answer type, and reading a request.
#pragma once

#include "emulator/emulator.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

#include <optional>

namespace sdrs::emulator {

struct Emulator::Response
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

inline QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

inline QByteArray methodName(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QByteArray newRequestId()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 16)
               .rightJustified(16, '0') +
           QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
}

/// An optional integer query parameter: nullopt when absent, `bad` set when not an integer.
inline std::optional<qint64> intParam(const QUrlQuery &q, const QString &key, bool *bad)
{
    if (!q.hasQueryItem(key))
        return std::nullopt;
    // Digits, with a minus for the "negative" error: "+5", " 5" or "5.0" are not integers here.
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]{1,18}$"));
    const QString text = q.queryItemValue(key, QUrl::FullyDecoded);
    if (!integer.match(text).hasMatch()) {
        *bad = true;
        return 0;
    }
    return text.toLongLong();
}

inline QString textParam(const QUrlQuery &q, const QString &key)
{
    return q.queryItemValue(key, QUrl::FullyDecoded);
}

inline quint64 splitmix(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

} // namespace sdrs::emulator
