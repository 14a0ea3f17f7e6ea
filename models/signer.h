#pragma once

#include "models/signingvariant.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

/// AK/SK request signing ("SDK-HMAC-SHA256") in both variants: A, as the Huawei Cloud SDKs and
/// signing guide sign (HMAC of the string to sign with the SK), and B, as OTC's own SDKs sign (a
/// dated scope and a key derived from "SDK" + SK through date, region and service).
/// Shared by the client (to sign) and the emulator (to verify). Qt Core only.
namespace sdrs::signing {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// What is signed: the request as it goes on the wire.
struct Request
{
    QByteArray method;  ///< upper case, e.g. "GET"
    QUrl url;           ///< path and query are used; scheme and host are not
    HeaderList headers; ///< exactly the headers to sign (name, value); names in any case
    QByteArray body;
};

/// The signing identity.
struct Key
{
    QString accessKey;
    QString secretKey;
    Variant variant = Variant::A;
    QString region;  ///< variant B scope; OTC's SDKs leave it empty
    QString service; ///< variant B scope; OTC's SDKs leave it empty
};

/// Everything a signature is made of, for callers and for tests.
struct Signature
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders; ///< "host;x-sdk-date"
    QByteArray signature;     ///< lower-case hex
    QByteArray authorization; ///< the whole `Authorization` header value
};

/// Percent-encodes UTF-8 bytes, keeping only `A-Za-z0-9-_.~`; upper-case hex.
QByteArray percentEncode(const QByteArray &utf8);

/// The canonical path: each decoded segment encoded, joined by '/', always ending in '/'.
QByteArray canonicalPath(const QUrl &url);

/// The canonical query: keys and values encoded, sorted by key then value, joined by '&'.
QByteArray canonicalQuery(const QUrl &url);

/// The six-line canonical request; `signedHeaders` receives the sorted header names.
QByteArray canonicalRequest(const Request &request, QByteArray *signedHeaders = nullptr);

/// The `X-Sdk-Date` value for `time`: `yyyyMMddTHHmmssZ` in UTC.
QByteArray sdkDate(const QDateTime &time);

/// Parses an `X-Sdk-Date` value; invalid on a malformed one.
QDateTime parseSdkDate(const QByteArray &value);

/// Signs `request` at `date` (an `X-Sdk-Date` value, which must also be among the headers).
Signature sign(const Request &request, const Key &key, const QByteArray &date);

/// An `Authorization` header taken apart.
struct ParsedAuthorization
{
    bool valid = false;
    Variant variant = Variant::A;
    QString accessKey;
    QByteArray scopeDate; ///< variant B: yyyyMMdd
    QString region;       ///< variant B
    QString service;      ///< variant B
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

/// Parses `SDK-HMAC-SHA256 Access=...` (A) or `SDK-HMAC-SHA256 Credential=...` (B).
ParsedAuthorization parseAuthorization(const QByteArray &header);

} // namespace sdrs::signing
