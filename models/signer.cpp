#include "models/signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>

namespace sdrs::signing {

namespace {

constexpr QByteArrayView algorithm = "SDK-HMAC-SHA256";

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

} // namespace

QByteArray percentEncode(const QByteArray &utf8)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            const auto b = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[b >> 4]);
            out.append(hex[b & 0xF]);
        }
    }
    return out;
}

QByteArray canonicalPath(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    const QStringList segments = path.split(u'/');
    QList<QByteArray> encoded;
    encoded.reserve(segments.size());
    for (const QString &segment : segments)
        encoded.append(percentEncode(segment.toUtf8()));
    QByteArray out = encoded.join('/');
    if (!out.startsWith('/'))
        out.prepend('/');
    if (!out.endsWith('/'))
        out.append('/');
    return out;
}

QByteArray canonicalQuery(const QUrl &url)
{
    if (!url.hasQuery())
        return {};
    const QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    QList<QPair<QByteArray, QByteArray>> pairs;
    pairs.reserve(items.size());
    for (const auto &[key, value] : items)
        pairs.append({percentEncode(key.toUtf8()), percentEncode(value.toUtf8())});
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &[key, value] : pairs) {
        if (!out.isEmpty())
            out.append('&');
        out.append(key).append('=').append(value);
    }
    return out;
}

QByteArray canonicalRequest(const Request &request, QByteArray *signedHeaders)
{
    HeaderList headers;
    headers.reserve(request.headers.size());
    for (const auto &[name, value] : request.headers)
        headers.append({name.toLower(), value.trimmed()});
    std::sort(headers.begin(), headers.end());

    QByteArray canonicalHeaders;
    QList<QByteArray> names;
    for (const auto &[name, value] : headers) {
        canonicalHeaders.append(name).append(':').append(value).append('\n');
        names.append(name);
    }
    const QByteArray nameList = names.join(';');
    if (signedHeaders)
        *signedHeaders = nameList;

    QByteArray out;
    out.append(request.method.toUpper()).append('\n');
    out.append(canonicalPath(request.url)).append('\n');
    out.append(canonicalQuery(request.url)).append('\n');
    out.append(canonicalHeaders).append('\n');
    out.append(nameList).append('\n');
    out.append(sha256Hex(request.body));
    return out;
}

QByteArray sdkDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QDateTime parseSdkDate(const QByteArray &value)
{
    // Built as UTC directly: read as local time first, a date in a skipped DST hour would be lost.
    if (value.size() != 16 || value.at(8) != 'T' || value.at(15) != 'Z')
        return {};
    const QDate day =
        QDate::fromString(QString::fromLatin1(value.left(8)), QStringLiteral("yyyyMMdd"));
    const QTime time =
        QTime::fromString(QString::fromLatin1(value.mid(9, 6)), QStringLiteral("HHmmss"));
    if (!day.isValid() || !time.isValid())
        return {};
    return QDateTime(day, time, QTimeZone::utc());
}

Signature sign(const Request &request, const Key &key, const QByteArray &date)
{
    Signature s;
    s.canonicalRequest = canonicalRequest(request, &s.signedHeaders);
    const QByteArray hashed = sha256Hex(s.canonicalRequest);
    const QByteArray ak = key.accessKey.toUtf8();
    const QByteArray sk = key.secretKey.toUtf8();
    if (key.variant == Variant::A) {
        s.stringToSign = algorithm.toByteArray() + '\n' + date + '\n' + hashed;
        s.signature = hmac(sk, s.stringToSign).toHex();
        s.authorization = algorithm.toByteArray() + " Access=" + ak +
                          ", SignedHeaders=" + s.signedHeaders + ", Signature=" + s.signature;
    } else {
        const QByteArray day = date.left(8);
        const QByteArray region = key.region.toUtf8();
        const QByteArray service = key.service.toUtf8();
        const QByteArray scope = day + '/' + region + '/' + service + "/sdk_request";
        s.stringToSign = algorithm.toByteArray() + '\n' + date + '\n' + scope + '\n' + hashed;
        const QByteArray kDate = hmac("SDK" + sk, day);
        const QByteArray kRegion = hmac(kDate, region);
        const QByteArray kService = hmac(kRegion, service);
        const QByteArray kSigning = hmac(kService, "sdk_request");
        s.signature = hmac(kSigning, s.stringToSign).toHex();
        s.authorization = algorithm.toByteArray() + " Credential=" + ak + '/' + scope +
                          ", SignedHeaders=" + s.signedHeaders + ", Signature=" + s.signature;
    }
    return s;
}

ParsedAuthorization parseAuthorization(const QByteArray &header)
{
    ParsedAuthorization p;
    const QByteArray prefix = algorithm.toByteArray() + ' ';
    if (!header.startsWith(prefix))
        return p;
    bool haveIdentity = false;
    for (const QByteArray &rawPart : header.mid(prefix.size()).split(',')) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return p;
        const QByteArray name = part.left(eq);
        const QByteArray value = part.mid(eq + 1);
        if (name == "Access") {
            p.variant = Variant::A;
            p.accessKey = QString::fromUtf8(value);
            haveIdentity = true;
        } else if (name == "Credential") {
            // AK/yyyyMMdd/region/service/sdk_request; region and service may be empty.
            const QList<QByteArray> fields = value.split('/');
            if (fields.size() != 5 || fields.at(4) != "sdk_request" || fields.at(1).size() != 8)
                return p;
            p.variant = Variant::B;
            p.accessKey = QString::fromUtf8(fields.at(0));
            p.scopeDate = fields.at(1);
            p.region = QString::fromUtf8(fields.at(2));
            p.service = QString::fromUtf8(fields.at(3));
            haveIdentity = true;
        } else if (name == "SignedHeaders") {
            p.signedHeaders = value.split(';');
        } else if (name == "Signature") {
            p.signature = value;
        }
    }
    p.valid = haveIdentity && !p.accessKey.isEmpty() && !p.signedHeaders.isEmpty() &&
              !p.signedHeaders.contains(QByteArray()) && !p.signature.isEmpty();
    return p;
}

} // namespace sdrs::signing
