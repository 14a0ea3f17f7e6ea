// Unit tests of the AK/SK signer (models/signer.h): the test vectors
// published with the Huawei and OTC SDKs, the encoding rules of the canonical request and the
// Authorization header parser used by the emulator.

#include "models/signer.h"

#include <QCryptographicHash>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace sdrs::signing;

namespace {

const QByteArray emptyBodyHash =
    QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QUrl url(const char *text)
{
    return QUrl(QString::fromUtf8(text));
}

/// A typical signed SDRS request, used by the round-trip tests.
Request sampleRequest()
{
    Request r;
    r.method = QByteArrayLiteral("DELETE");
    r.url = url("https://sdrs.eu-de.otc.t-systems.com/v1/0605767b5a80d5762fb2c0128f6d2e66/"
                "task-center/failure-jobs/17984002-ad8a-438b-8ba6-b850224634c5?limit=10&offset=0");
    r.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("Host"), QByteArrayLiteral("sdrs.eu-de.otc.t-systems.com")},
        {QByteArrayLiteral("X-Project-Id"), QByteArrayLiteral("0605767b5a80d5762fb2c0128f6d2e66")},
        {QByteArrayLiteral("X-Sdk-Date"), QByteArrayLiteral("20240229T235959Z")},
    };
    r.body = QByteArrayLiteral("{\"reason\": \"test\"}");
    return r;
}

const QByteArray sampleDate = QByteArrayLiteral("20240229T235959Z");

} // namespace

class TestSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data();
    void vectors();
    void headerNamesAreLowerCasedTrimmedAndSorted();
    void percentEncode_data();
    void percentEncode();
    void canonicalPath_data();
    void canonicalPath();
    void canonicalQuery_data();
    void canonicalQuery();
    void sdkDate_data();
    void sdkDate();
    void parseSdkDateRoundTrip();
    void parseSdkDateRejectsGarbage_data();
    void parseSdkDateRejectsGarbage();
    void parseSdkDateIgnoresLocalDaylightSaving();
    void parseAuthorization_data();
    void parseAuthorization();
    void parseAuthorizationRejectsMalformed_data();
    void parseAuthorizationRejectsMalformed();
    void signParseResign_data();
    void signParseResign();
    void changesChangeTheSignature_data();
    void changesChangeTheSignature();
};

void TestSigner::vectors_data()
{
    QTest::addColumn<bool>("variantB");
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("canonicalRequest"); // empty: not published
    QTest::addColumn<QByteArray>("canonicalHash");    // empty: not published
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QByteArray>("authorization");

    // A1: Huawei Go SDK test.
    QTest::newRow("A1 Huawei Go SDK")
        << false << QStringLiteral("AccessKey") << QStringLiteral("SecretKey")
        << url("https://example.huaweicloud.com/path?limit=1")
        << HeaderList{{QByteArrayLiteral("x-sdk-date"), QByteArrayLiteral("20060102T150405Z")}}
        << QByteArray("GET\n/path/\nlimit=1\nx-sdk-date:20060102T150405Z\n\nx-sdk-date\n" +
                      emptyBodyHash)
        << QByteArray()
        << QByteArrayLiteral("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, "
                             "Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d0"
                             "2ac79624");

    // A2: Huawei signing guide.
    QTest::newRow("A2 Huawei signing guide")
        << false << QStringLiteral("QTWAOYTTINDUT2QVKYUC")
        << QStringLiteral("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc")
        << url("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/"
               "vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0")
        << HeaderList{{QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")},
                      {QByteArrayLiteral("host"), QByteArrayLiteral("service.region.example.com")},
                      {QByteArrayLiteral("x-sdk-date"), QByteArrayLiteral("20191115T033655Z")}}
        << QByteArray()
        << QByteArrayLiteral("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a")
        << QByteArrayLiteral("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
                             "SignedHeaders=content-type;host;x-sdk-date, "
                             "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d687"
                             "0f4f6ebe");

    // B1: OTC JS SDK test, region and service empty.
    QTest::newRow("B1 OTC JS SDK")
        << true << QStringLiteral("AKIDEXAMPLE")
        << QStringLiteral("BYBYIiF3WUZGlorXmcTEDtNjB40JTibEXAMPLE")
        << url("https://iam.eu-de.otc.t-systems.com/v3/projects?name=eu-de_test_dmd")
        << HeaderList{{QByteArrayLiteral("accept"), QByteArrayLiteral("application/json")},
                      {QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")},
                      {QByteArrayLiteral("host"), QByteArrayLiteral("iam.eu-de.otc.t-systems.com")},
                      {QByteArrayLiteral("user-agent"),
                       QByteArrayLiteral("OpenTelekomCloud JS/v1.0")},
                      {QByteArrayLiteral("x-sdk-date"), QByteArrayLiteral("20201021T115411Z")}}
        << QByteArray() << QByteArray()
        << QByteArrayLiteral("cb8397a6b119b38e8a4879f342e498896eb6f80f4c3cdebfd400cb2298d8a555")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Credential=AKIDEXAMPLE/20201021///sdk_request, "
                             "SignedHeaders=accept;content-type;host;user-agent;x-sdk-date, "
                             "Signature=cb8397a6b119b38e8a4879f342e498896eb6f80f4c3cdebfd400cb22"
                             "98d8a555");
}

void TestSigner::vectors()
{
    QFETCH(bool, variantB);
    QFETCH(QString, accessKey);
    QFETCH(QString, secretKey);
    QFETCH(QUrl, url);
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, canonicalRequest);
    QFETCH(QByteArray, canonicalHash);
    QFETCH(QByteArray, signature);
    QFETCH(QByteArray, authorization);

    QVERIFY(url.isValid());
    const Request request{QByteArrayLiteral("GET"), url, headers, {}};
    Key key;
    key.accessKey = accessKey;
    key.secretKey = secretKey;
    key.variant = variantB ? Variant::B : Variant::A;
    QByteArray date;
    for (const auto &[name, value] : headers) {
        if (name == "x-sdk-date")
            date = value;
    }
    QVERIFY(!date.isEmpty());

    const Signature s = sign(request, key, date);
    if (!canonicalRequest.isEmpty())
        QCOMPARE(s.canonicalRequest, canonicalRequest);
    if (!canonicalHash.isEmpty())
        QCOMPARE(sha256Hex(s.canonicalRequest), canonicalHash);
    QCOMPARE(s.canonicalRequest, sdrs::signing::canonicalRequest(request));
    QCOMPARE(s.signature, signature);
    QCOMPARE(s.authorization, authorization);

    // The string to sign follows the documented layout.
    const QByteArray hashed = sha256Hex(s.canonicalRequest);
    if (variantB) {
        QCOMPARE(s.stringToSign, QByteArray("SDK-HMAC-SHA256\n" + date + '\n' + date.left(8) +
                                            "///sdk_request\n" + hashed));
    } else {
        QCOMPARE(s.stringToSign, QByteArray("SDK-HMAC-SHA256\n" + date + '\n' + hashed));
    }
}

void TestSigner::headerNamesAreLowerCasedTrimmedAndSorted()
{
    // B1 again, with names in mixed case, given out of order and with padded values.
    Request request;
    request.method = QByteArrayLiteral("get");
    request.url = url("https://iam.eu-de.otc.t-systems.com/v3/projects?name=eu-de_test_dmd");
    request.headers = {
        {QByteArrayLiteral("X-Sdk-Date"), QByteArrayLiteral("  20201021T115411Z")},
        {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("OpenTelekomCloud JS/v1.0 \t")},
        {QByteArrayLiteral("HOST"), QByteArrayLiteral("iam.eu-de.otc.t-systems.com")},
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral(" application/json ")},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
    };

    QByteArray names;
    const QByteArray canonical = canonicalRequest(request, &names);
    QCOMPARE(names, QByteArrayLiteral("accept;content-type;host;user-agent;x-sdk-date"));
    QCOMPARE(canonical, QByteArray("GET\n"
                                   "/v3/projects/\n"
                                   "name=eu-de_test_dmd\n"
                                   "accept:application/json\n"
                                   "content-type:application/json\n"
                                   "host:iam.eu-de.otc.t-systems.com\n"
                                   "user-agent:OpenTelekomCloud JS/v1.0\n"
                                   "x-sdk-date:20201021T115411Z\n"
                                   "\n"
                                   "accept;content-type;host;user-agent;x-sdk-date\n" +
                                   emptyBodyHash));

    Key key;
    key.accessKey = QStringLiteral("AKIDEXAMPLE");
    key.secretKey = QStringLiteral("BYBYIiF3WUZGlorXmcTEDtNjB40JTibEXAMPLE");
    key.variant = Variant::B;
    const Signature s = sign(request, key, QByteArrayLiteral("20201021T115411Z"));
    QCOMPARE(s.signedHeaders, names);
    QCOMPARE(s.signature,
             QByteArrayLiteral("cb8397a6b119b38e8a4879f342e498896eb6f80f4c3cdebfd400cb2298d8a555"));

    // The body's hash is the last line.
    request.body = QByteArrayLiteral("{}");
    QVERIFY(canonicalRequest(request).endsWith(QByteArray('\n' + sha256Hex("{}"))));
}

void TestSigner::percentEncode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("unreserved kept")
        << QByteArrayLiteral("AZaz09-_.~") << QByteArrayLiteral("AZaz09-_.~");
    QTest::newRow("space") << QByteArrayLiteral(" ") << QByteArrayLiteral("%20");
    QTest::newRow("slash") << QByteArrayLiteral("/") << QByteArrayLiteral("%2F");
    QTest::newRow("tilde kept") << QByteArrayLiteral("~user") << QByteArrayLiteral("~user");
    QTest::newRow("plus") << QByteArrayLiteral("a+b") << QByteArrayLiteral("a%2Bb");
    QTest::newRow("star") << QByteArrayLiteral("a*b") << QByteArrayLiteral("a%2Ab");
    QTest::newRow("percent") << QByteArrayLiteral("100%") << QByteArrayLiteral("100%25");
    QTest::newRow("reserved") << QByteArrayLiteral("!#$&'()+,:;=?@[]")
                              << QByteArrayLiteral(
                                     "%21%23%24%26%27%28%29%2B%2C%3A%3B%3D%3F%40%5B%5D");
    QTest::newRow("umlaut") << QStringLiteral("\u00fc").toUtf8() << QByteArrayLiteral("%C3%BC");
    QTest::newRow("euro sign") << QStringLiteral("price \u20ac").toUtf8()
                               << QByteArrayLiteral("price%20%E2%82%AC");
    QTest::newRow("emoji") << QStringLiteral("\U0001F600").toUtf8()
                           << QByteArrayLiteral("%F0%9F%98%80");
    QTest::newRow("control and high bytes")
        << QByteArray("\x00\x0a\x7f\xff", 4) << QByteArrayLiteral("%00%0A%7F%FF");
}

void TestSigner::percentEncode()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(sdrs::signing::percentEncode(input), expected);
}

void TestSigner::canonicalPath_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("no trailing slash") << url("https://h/path") << QByteArrayLiteral("/path/");
    QTest::newRow("trailing slash") << url("https://h/path/") << QByteArrayLiteral("/path/");
    QTest::newRow("empty path") << url("https://h") << QByteArrayLiteral("/");
    QTest::newRow("root") << url("https://h/") << QByteArrayLiteral("/");
    QTest::newRow("query ignored")
        << url("https://h/v1/p/task-center/failure-jobs?limit=1&offset=2")
        << QByteArrayLiteral("/v1/p/task-center/failure-jobs/");
    QTest::newRow("batch with group")
        << url("https://h/v1/p/task-center/decf224d-87fe-403a-8721-037a1a45c287/failure-jobs/batch")
        << QByteArrayLiteral(
               "/v1/p/task-center/decf224d-87fe-403a-8721-037a1a45c287/failure-jobs/batch/");
    QTest::newRow("encoded space segment")
        << url("https://h/a%20b/c") << QByteArrayLiteral("/a%20b/c/");
    QTest::newRow("raw space segment") << url("https://h/a b/c") << QByteArrayLiteral("/a%20b/c/");
    QTest::newRow("encoded utf-8 segment")
        << url("https://h/caf%C3%A9/x") << QByteArrayLiteral("/caf%C3%A9/x/");
    QTest::newRow("lower-case escape normalised")
        << url("https://h/caf%c3%a9") << QByteArrayLiteral("/caf%C3%A9/");
    QTest::newRow("unreserved kept")
        << url("https://h/a-b_c.d~e") << QByteArrayLiteral("/a-b_c.d~e/");
    QTest::newRow("plus and colon encoded")
        << url("https://h/a+b/c:d") << QByteArrayLiteral("/a%2Bb/c%3Ad/");
}

void TestSigner::canonicalPath()
{
    QFETCH(QUrl, url);
    QFETCH(QByteArray, expected);
    QVERIFY(url.isValid());
    QCOMPARE(sdrs::signing::canonicalPath(url), expected);
}

void TestSigner::canonicalQuery_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("no query") << url("https://h/p") << QByteArray();
    QTest::newRow("empty query") << url("https://h/p?") << QByteArray();
    QTest::newRow("single") << url("https://h/p?limit=1") << QByteArrayLiteral("limit=1");
    QTest::newRow("sorted by key")
        << url("https://h/p?offset=0&limit=100&failure_status=createFail")
        << QByteArrayLiteral("failure_status=createFail&limit=100&offset=0");
    QTest::newRow("repeated keys sorted by value")
        << url("https://h/p?k=b&j=z&k=a&k=B") << QByteArrayLiteral("j=z&k=B&k=a&k=b");
    QTest::newRow("key prefix sorts first")
        << url("https://h/p?ab=1&a=2") << QByteArrayLiteral("a=2&ab=1");
    QTest::newRow("value with slash and space")
        << url("https://h/p?resource_name=a/b%20c") << QByteArrayLiteral("resource_name=a%2Fb%20c");
    QTest::newRow("value with encoded slash")
        << url("https://h/p?x=a%2Fb") << QByteArrayLiteral("x=a%2Fb");
    QTest::newRow("value with utf-8") << url("https://h/p?resource_name=Gruppe-%C3%BC")
                                      << QByteArrayLiteral("resource_name=Gruppe-%C3%BC");
    QTest::newRow("value with equals sign")
        << url("https://h/p?a=b=c") << QByteArrayLiteral("a=b%3Dc");
    QTest::newRow("key without value")
        << url("https://h/p?flag&a=1") << QByteArrayLiteral("a=1&flag=");
    QTest::newRow("empty value") << url("https://h/p?name=") << QByteArrayLiteral("name=");
    QTest::newRow("A2 query")
        << url("https://h/p?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0")
        << QByteArrayLiteral("limit=2&marker=13551d6b-755d-4757-b956-536f674975c0");
}

void TestSigner::canonicalQuery()
{
    QFETCH(QUrl, url);
    QFETCH(QByteArray, expected);
    QVERIFY(url.isValid());
    QCOMPARE(sdrs::signing::canonicalQuery(url), expected);
}

void TestSigner::sdkDate_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("utc") << QDateTime(QDate(2006, 1, 2), QTime(15, 4, 5), QTimeZone::utc())
                         << QByteArrayLiteral("20060102T150405Z");
    QTest::newRow("milliseconds dropped")
        << QDateTime(QDate(2019, 11, 15), QTime(3, 36, 55, 999), QTimeZone::utc())
        << QByteArrayLiteral("20191115T033655Z");
    QTest::newRow("east of utc converted")
        << QDateTime(QDate(2020, 10, 21), QTime(13, 54, 11), QTimeZone(2 * 3600))
        << QByteArrayLiteral("20201021T115411Z");
    QTest::newRow("west of utc crosses midnight")
        << QDateTime(QDate(2023, 12, 31), QTime(20, 0, 0), QTimeZone(-5 * 3600))
        << QByteArrayLiteral("20240101T010000Z");
}

void TestSigner::sdkDate()
{
    QFETCH(QDateTime, time);
    QFETCH(QByteArray, expected);
    QCOMPARE(sdrs::signing::sdkDate(time), expected);

    const QDateTime parsed = parseSdkDate(expected);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.offsetFromUtc(), 0);
    const QDateTime wholeSeconds = time.addMSecs(-time.time().msec());
    QCOMPARE(parsed, wholeSeconds);
}

void TestSigner::parseSdkDateRoundTrip()
{
    const QDateTime t(QDate(2024, 2, 29), QTime(23, 59, 59), QTimeZone::utc());
    QCOMPARE(parseSdkDate(QByteArrayLiteral("20240229T235959Z")), t);
    QCOMPARE(sdrs::signing::sdkDate(parseSdkDate(QByteArrayLiteral("20240229T235959Z"))),
             QByteArrayLiteral("20240229T235959Z"));
    for (qint64 secs : {0LL, 1LL, 86399LL, 1234567890LL, 4102444799LL}) {
        const QDateTime time = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
        QCOMPARE(parseSdkDate(sdrs::signing::sdkDate(time)), time);
    }
}

void TestSigner::parseSdkDateRejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("word") << QByteArrayLiteral("garbage");
    QTest::newRow("iso 8601 extended") << QByteArrayLiteral("2006-01-02T15:04:05Z");
    QTest::newRow("no Z") << QByteArrayLiteral("20060102T150405");
    QTest::newRow("no T") << QByteArrayLiteral("20060102 150405Z");
    QTest::newRow("date only") << QByteArrayLiteral("20060102");
    QTest::newRow("month 13") << QByteArrayLiteral("20061302T150405Z");
    QTest::newRow("february 30") << QByteArrayLiteral("20060230T150405Z");
    QTest::newRow("hour 25") << QByteArrayLiteral("20060102T250405Z");
    QTest::newRow("letters in time") << QByteArrayLiteral("20060102T15a405Z");
    QTest::newRow("http date") << QByteArrayLiteral("Mon, 02 Jan 2006 15:04:05 GMT");
}

void TestSigner::parseSdkDateRejectsGarbage()
{
    QFETCH(QByteArray, value);
    QVERIFY(!parseSdkDate(value).isValid());
}

void TestSigner::parseSdkDateIgnoresLocalDaylightSaving()
{
    // The value is UTC: it must not be read through the local time zone, where 02:30 on the
    // last Sunday of March does not exist in Central Europe.
    if (!QTimeZone(QByteArrayLiteral("Europe/Berlin")).isValid())
        QSKIP("no time-zone database");
    const QByteArray oldTz = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", "Europe/Berlin");
    const QDateTime parsed = parseSdkDate(QByteArrayLiteral("20200329T023000Z"));
    const QDateTime autumn = parseSdkDate(QByteArrayLiteral("20201025T023000Z"));
    if (hadTz)
        qputenv("TZ", oldTz);
    else
        qunsetenv("TZ");

    QCOMPARE(autumn, QDateTime(QDate(2020, 10, 25), QTime(2, 30), QTimeZone::utc()));
    QCOMPARE(parsed, QDateTime(QDate(2020, 3, 29), QTime(2, 30), QTimeZone::utc()));
}

void TestSigner::parseAuthorization_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("variantB");
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<QByteArray>("scopeDate");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QList<QByteArray>>("signedHeaders");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("variant A")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
                             "SignedHeaders=content-type;host;x-sdk-date, Signature=7be66680")
        << false << QStringLiteral("QTWAOYTTINDUT2QVKYUC") << QByteArray() << QString() << QString()
        << QList<QByteArray>{"content-type", "host", "x-sdk-date"} << QByteArrayLiteral("7be66680");
    QTest::newRow("variant A without spaces")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Access=AK,SignedHeaders=x-sdk-date,Signature=ab")
        << false << QStringLiteral("AK") << QByteArray() << QString() << QString()
        << QList<QByteArray>{"x-sdk-date"} << QByteArrayLiteral("ab");
    QTest::newRow("variant A, parts reordered")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Signature=ab, SignedHeaders=host, Access=AK") << false
        << QStringLiteral("AK") << QByteArray() << QString() << QString()
        << QList<QByteArray>{"host"} << QByteArrayLiteral("ab");
    QTest::newRow("variant B, empty region and service (B1)")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Credential=AKIDEXAMPLE/20201021///sdk_request, "
                             "SignedHeaders=accept;content-type;host;user-agent;x-sdk-date, "
                             "Signature=cb8397a6b119b38e8a4879f342e498896eb6f80f4c3cdebfd400cb22"
                             "98d8a555")
        << true << QStringLiteral("AKIDEXAMPLE") << QByteArrayLiteral("20201021") << QString()
        << QString()
        << QList<QByteArray>{"accept", "content-type", "host", "user-agent", "x-sdk-date"}
        << QByteArrayLiteral("cb8397a6b119b38e8a4879f342e498896eb6f80f4c3cdebfd400cb2298d8a555");
    QTest::newRow("variant B with region and service")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Credential=AK/20240229/eu-de/sdrs/sdk_request, "
                             "SignedHeaders=host;x-sdk-date, Signature=0123")
        << true << QStringLiteral("AK") << QByteArrayLiteral("20240229") << QStringLiteral("eu-de")
        << QStringLiteral("sdrs") << QList<QByteArray>{"host", "x-sdk-date"}
        << QByteArrayLiteral("0123");
}

void TestSigner::parseAuthorization()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, variantB);
    QFETCH(QString, accessKey);
    QFETCH(QByteArray, scopeDate);
    QFETCH(QString, region);
    QFETCH(QString, service);
    QFETCH(QList<QByteArray>, signedHeaders);
    QFETCH(QByteArray, signature);

    const ParsedAuthorization p = sdrs::signing::parseAuthorization(header);
    QVERIFY(p.valid);
    QCOMPARE(p.variant, variantB ? Variant::B : Variant::A);
    QCOMPARE(p.accessKey, accessKey);
    QCOMPARE(p.scopeDate, scopeDate);
    QCOMPARE(p.region, region);
    QCOMPARE(p.service, service);
    QCOMPARE(p.signedHeaders, signedHeaders);
    QCOMPARE(p.signature, signature);
}

void TestSigner::parseAuthorizationRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("header");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("bearer token") << QByteArrayLiteral("Bearer abc");
    QTest::newRow("aws algorithm")
        << QByteArrayLiteral("AWS4-HMAC-SHA256 Credential=AK/20201021/eu-de/s3/aws4_request, "
                             "SignedHeaders=host, Signature=ab");
    QTest::newRow("algorithm only") << QByteArrayLiteral("SDK-HMAC-SHA256");
    QTest::newRow("algorithm and space") << QByteArrayLiteral("SDK-HMAC-SHA256 ");
    QTest::newRow("no identity") << QByteArrayLiteral(
        "SDK-HMAC-SHA256 SignedHeaders=host, Signature=ab");
    QTest::newRow("empty access key")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Access=, SignedHeaders=host, Signature=ab");
    QTest::newRow("no signed headers")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Access=AK, Signature=ab");
    QTest::newRow("empty signed headers")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Access=AK, SignedHeaders=, Signature=ab");
    QTest::newRow("empty name in signed headers") << QByteArrayLiteral(
        "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;;x-sdk-date, Signature=ab");
    QTest::newRow("no signature") << QByteArrayLiteral(
        "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host");
    QTest::newRow("empty signature")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=");
    QTest::newRow("part without equals sign")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Access=AK, SignedHeaders, Signature=ab");
    QTest::newRow("part with empty name")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Access=AK, =x, SignedHeaders=host, Signature=ab");
    QTest::newRow("credential, wrong terminator")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Credential=AK/20201021///aws4_request, "
                             "SignedHeaders=host, Signature=ab");
    QTest::newRow("credential, missing field")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Credential=AK/20201021//sdk_request, "
                             "SignedHeaders=host, Signature=ab");
    QTest::newRow("credential, short date")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Credential=AK/201021///sdk_request, "
                             "SignedHeaders=host, Signature=ab");
    QTest::newRow("credential, empty access key")
        << QByteArrayLiteral("SDK-HMAC-SHA256 Credential=/20201021///sdk_request, "
                             "SignedHeaders=host, Signature=ab");
}

void TestSigner::parseAuthorizationRejectsMalformed()
{
    QFETCH(QByteArray, header);
    QVERIFY(!sdrs::signing::parseAuthorization(header).valid);
}

void TestSigner::signParseResign_data()
{
    QTest::addColumn<bool>("variantB");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("service");

    QTest::newRow("variant A") << false << QString() << QString();
    QTest::newRow("variant B, empty scope") << true << QString() << QString();
    QTest::newRow("variant B, eu-de/sdrs")
        << true << QStringLiteral("eu-de") << QStringLiteral("sdrs");
}

void TestSigner::signParseResign()
{
    QFETCH(bool, variantB);
    QFETCH(QString, region);
    QFETCH(QString, service);

    Key key;
    key.accessKey = QStringLiteral("HPUAXXXXXXXXXXXXXXXX");
    key.secretKey = QStringLiteral("s3cr3t/K3y+with=odd*chars");
    key.variant = variantB ? Variant::B : Variant::A;
    key.region = region;
    key.service = service;

    const Request request = sampleRequest();
    const Signature signature = sign(request, key, sampleDate);
    QCOMPARE(signature.signedHeaders,
             QByteArrayLiteral("content-type;host;x-project-id;x-sdk-date"));
    QCOMPARE(signature.signature.size(), 64);
    QCOMPARE(signature.signature, signature.signature.toLower());

    // What the emulator does: take the header apart, rebuild the key and the signed headers.
    const ParsedAuthorization p = sdrs::signing::parseAuthorization(signature.authorization);
    QVERIFY(p.valid);
    QCOMPARE(p.variant, key.variant);
    QCOMPARE(p.accessKey, key.accessKey);
    QCOMPARE(p.signature, signature.signature);
    QCOMPARE(p.signedHeaders,
             (QList<QByteArray>{"content-type", "host", "x-project-id", "x-sdk-date"}));
    if (variantB) {
        QCOMPARE(p.scopeDate, sampleDate.left(8));
        QCOMPARE(p.region, region);
        QCOMPARE(p.service, service);
    }

    Key verifier;
    verifier.accessKey = p.accessKey;
    verifier.secretKey = key.secretKey;
    verifier.variant = p.variant;
    verifier.region = p.region;
    verifier.service = p.service;

    // A header that was not signed (added by a proxy, say) must not matter.
    HeaderList onTheWire = request.headers;
    onTheWire.append({QByteArrayLiteral("User-Agent"), QByteArrayLiteral("proxy/1.0")});
    Request received = request;
    received.headers.clear();
    QByteArray date;
    for (const auto &[name, value] : onTheWire) {
        if (p.signedHeaders.contains(name.toLower()))
            received.headers.append({name.toLower(), value});
        if (name.toLower() == "x-sdk-date")
            date = value;
    }
    // Order on the wire does not matter either.
    std::reverse(received.headers.begin(), received.headers.end());
    const Signature again = sign(received, verifier, date);
    QCOMPARE(again.signature, signature.signature);
    QCOMPARE(again.authorization, signature.authorization);
}

void TestSigner::changesChangeTheSignature_data()
{
    QTest::addColumn<bool>("variantB");
    QTest::newRow("variant A") << false;
    QTest::newRow("variant B") << true;
}

void TestSigner::changesChangeTheSignature()
{
    QFETCH(bool, variantB);

    Key key;
    key.accessKey = QStringLiteral("AK");
    key.secretKey = QStringLiteral("SK");
    key.variant = variantB ? Variant::B : Variant::A;
    const Request base = sampleRequest();
    const QByteArray reference = sign(base, key, sampleDate).signature;
    QCOMPARE(sign(base, key, sampleDate).signature, reference); // deterministic

    const auto differs = [&](const Request &changed, const Key &k, const QByteArray &date) {
        return sign(changed, k, date).signature != reference;
    };

    Request r = base;
    r.body += ' ';
    QVERIFY(differs(r, key, sampleDate)); // body

    r = base;
    r.body.clear();
    QVERIFY(differs(r, key, sampleDate)); // no body

    r = base;
    r.url.setQuery(QStringLiteral("limit=10&offset=1"));
    QVERIFY(differs(r, key, sampleDate)); // query value

    r = base;
    r.url.setQuery(QString());
    QVERIFY(differs(r, key, sampleDate)); // query removed

    r = base;
    r.url.setPath(r.url.path() + QStringLiteral("x"));
    QVERIFY(differs(r, key, sampleDate)); // path

    r = base;
    r.method = QByteArrayLiteral("GET");
    QVERIFY(differs(r, key, sampleDate)); // method

    r = base;
    r.headers[1].second = QByteArrayLiteral("sdrs.eu-nl.otc.t-systems.com");
    QVERIFY(differs(r, key, sampleDate)); // header value

    r = base;
    r.headers.append({QByteArrayLiteral("X-Security-Token"), QByteArrayLiteral("t")});
    QVERIFY(differs(r, key, sampleDate)); // extra signed header

    r = base;
    r.headers.removeAt(2);
    QVERIFY(differs(r, key, sampleDate)); // header dropped

    Key other = key;
    other.secretKey = QStringLiteral("SK2");
    QVERIFY(differs(base, other, sampleDate)); // secret

    QVERIFY(differs(base, key, QByteArrayLiteral("20240301T000000Z"))); // date

    if (variantB) {
        other = key;
        other.region = QStringLiteral("eu-de");
        QVERIFY(differs(base, other, sampleDate)); // scope region
        other = key;
        other.service = QStringLiteral("sdrs");
        QVERIFY(differs(base, other, sampleDate)); // scope service
    }

    // Header value whitespace and name case are not significant.
    r = base;
    r.headers[0] = {QByteArrayLiteral("content-type"), QByteArrayLiteral("  application/json ")};
    QCOMPARE(sign(r, key, sampleDate).signature, reference);
}

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
