// What the client checks before it sends and before it trusts: ids that become path segments
// (encoded once, refused when a URL would collapse or mistake them), plain HTTP, Retry-After and
// Content-Length, certificates that do not name the host, the sign-in catalog (end to end), secrets
// in server text, and the text a person is shown. Units first, then end to end against the
// emulator.
#include "app/api/redactor.h"
#include "app/api/sdrsclient.h"
#include "app/api/tlscheck.h"
#include "app/api/wiresafety.h"
#include "emulator/emulator.h"
#include "models/safetext.h"
#include "tests/api/smalldataset.h"

#include <QElapsedTimer>
#include <QSslCertificate>
#include <QTest>

#include <limits>
#include <optional>

using namespace sdrs;
using namespace sdrs::emulator;

namespace {

QSslCertificate certificate(const char *name)
{
    const QList<QSslCertificate> certs =
        QSslCertificate::fromPath(QStringLiteral(SDRS_TEST_DATA "/tls/") + QLatin1StringView(name));
    return certs.isEmpty() ? QSslCertificate() : certs.constFirst();
}

} // namespace

class TestRequestSafety final : public QObject, protected testing::EmulatorHarness
{
    Q_OBJECT

    template<class T, class Start> Result<T> await(Start start)
    {
        return testing::awaitResult<T>(start);
    }

private Q_SLOTS:
    void cleanup() { m_emulator.reset(); }

    void pathSegments_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("refused");
        QTest::newRow("uuid") << QStringLiteral("40df180b-9fe2-471a-8c64-1b758dc84189") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("dots inside") << QStringLiteral("a..b") << false;
        QTest::newRow("three dots") << QStringLiteral("...") << false;
        QTest::newRow("batches") << QStringLiteral("batches") << false;
        QTest::newRow("non-ASCII") << QStringLiteral("gr\u00FC\u00DFe") << false;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow(".") << QStringLiteral(".") << true;
        QTest::newRow("..") << QStringLiteral("..") << true;
        QTest::newRow("batch") << QStringLiteral("batch") << true;
        QTest::newRow("BATCH") << QStringLiteral("BATCH") << true;
        QTest::newRow("bAtCh") << QStringLiteral("bAtCh") << true;
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) << true;
        QTest::newRow("LF") << QStringLiteral("a\nb") << true;
        QTest::newRow("ESC") << QStringLiteral("\x1b[2J") << true;
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << true;
        QTest::newRow("C1") << QStringLiteral("a\u0085") << true;
    }

    void pathSegments()
    {
        QFETCH(QString, id);
        QFETCH(bool, refused);
        QCOMPARE(!wire::pathSegmentProblem(id).isEmpty(), refused);
        if (!refused) {
            // Encoded once: the segment holds no '/', and decodes back to the id.
            const QString segment = wire::encodePathSegment(id);
            QVERIFY(!segment.contains(u'/'));
            QCOMPARE(QUrl::fromPercentEncoding(segment.toLatin1()), id);
        }
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("ms"); ///< -1: unreadable
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        QTest::newRow("5") << QByteArray("5") << qint64(5000);
        QTest::newRow("0") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 7 ") << qint64(7000);
        QTest::newRow("int64 max") << QByteArray("9223372036854775807") << max;
        QTest::newRow("beyond int64") << QByteArray("99999999999999999999999") << max;
        QTest::newRow("just too big") << QByteArray("9223372036854776") << max;
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("plus") << QByteArray("+5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("past date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(0);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, ms);
        const std::optional<qint64> got =
            wire::retryAfterMs(value, QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC));
        QCOMPARE(got.value_or(-1), ms);
    }

    void retryAfterFarDate()
    {
        const QDateTime now(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
        const std::optional<qint64> got = wire::retryAfterMs("Thu, 31 Dec 2099 23:59:59 GMT", now);
        QVERIFY(got && *got > wire::MaxSingleWaitMs);
    }

    void contentLength_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("present");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("absent") << QByteArray() << false << true << qint64(-1);
        QTest::newRow("10") << QByteArray("10") << true << true << qint64(10);
        QTest::newRow("repeated, equal") << QByteArray("10, 10") << true << true << qint64(10);
        QTest::newRow("conflicting") << QByteArray("10, 20") << true << false << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << true << false << qint64(-1);
        QTest::newRow("plus") << QByteArray("+5") << true << false << qint64(-1);
        QTest::newRow("not a number") << QByteArray("ten") << true << false << qint64(-1);
        QTest::newRow("beyond int64")
            << QByteArray("99999999999999999999") << true << false << qint64(-1);
        QTest::newRow("2 GiB") << QByteArray("2147483648") << true << true << qint64(2147483648);
    }

    void contentLength()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, present);
        QFETCH(bool, valid);
        QFETCH(qint64, bytes);
        const wire::ContentLength got = wire::parseContentLength(value);
        QCOMPARE(got.present, present);
        QCOMPARE(got.valid, valid);
        QCOMPARE(got.bytes, bytes);
    }

    void cleartext_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("refused");
        QTest::newRow("https") << QStringLiteral("https://sdrs.eu-de.otc.t-systems.com") << false;
        QTest::newRow("http") << QStringLiteral("http://sdrs.eu-de.otc.t-systems.com") << true;
        QTest::newRow("HTTP") << QStringLiteral("HTTP://10.0.0.1") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << false;
        QTest::newRow("127.1.2.3") << QStringLiteral("http://127.1.2.3") << false;
        QTest::newRow("::1") << QStringLiteral("http://[::1]:80") << false;
        QTest::newRow("localhost") << QStringLiteral("http://localhost") << false;
        QTest::newRow("localhost.evil.com") << QStringLiteral("http://localhost.evil.com") << true;
        QTest::newRow("128.0.0.1") << QStringLiteral("http://128.0.0.1") << true;
    }

    void cleartext()
    {
        QFETCH(QString, url);
        QFETCH(bool, refused);
        QCOMPARE(!wire::cleartextProblem(QUrl(url), false).isEmpty(), refused);
        QVERIFY(wire::cleartextProblem(QUrl(url), true).isEmpty());
    }

    void redactor()
    {
        Connection c;
        c.token = QStringLiteral("tok-123456");
        c.password = QStringLiteral("p\"w/d \u00E4");
        c.secretKey = QStringLiteral("SK-abcdef");
        c.securityToken = QStringLiteral("abc"); // too short to hide: ignored
        const Redactor r(c);
        QCOMPARE(r.apply(QStringLiteral("X-Auth-Token: tok-123456;")),
                 QStringLiteral("X-Auth-Token: [redacted];"));
        QCOMPARE(r.apply(QStringLiteral("{\"password\":\"p\\\"w/d \u00E4\"}")),
                 QStringLiteral("{\"password\":\"[redacted]\"}"));
        QCOMPARE(r.apply(QStringLiteral("pw=p%22w%2Fd%20%C3%A4&x")),
                 QStringLiteral("pw=[redacted]&x"));
        QCOMPARE(r.apply(QStringLiteral("key SK-abcdef abc")),
                 QStringLiteral("key [redacted] abc"));
        QCOMPARE(r.apply(QByteArray("SK-abcdef!")), QByteArray("[redacted]!"));
        const QString longText(2000, u'x');
        QCOMPARE(r.apply(longText).size(), Redactor::MaxLength);
        QVERIFY(r.apply(longText).endsWith(QChar(0x2026)));
    }

    void certificateNames_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("ok");
        QTest::newRow("SAN IP") << QStringLiteral("server.pem") << QStringLiteral("127.0.0.1")
                                << true;
        QTest::newRow("SAN DNS") << QStringLiteral("server.pem") << QStringLiteral("localhost")
                                 << true;
        QTest::newRow("SAN DNS, other case")
            << QStringLiteral("server.pem") << QStringLiteral("LocalHost") << true;
        QTest::newRow("not listed")
            << QStringLiteral("server.pem") << QStringLiteral("example.com") << false;
        QTest::newRow("other IP") << QStringLiteral("server.pem") << QStringLiteral("127.0.0.2")
                                  << false;
        // CN=localhost, SANs elsewhere.invalid and 10.9.9.9: the CN does not count.
        QTest::newRow("CN only") << QStringLiteral("wrong-san.pem") << QStringLiteral("localhost")
                                 << false;
        QTest::newRow("its SAN DNS")
            << QStringLiteral("wrong-san.pem") << QStringLiteral("elsewhere.invalid") << true;
        QTest::newRow("its SAN IP")
            << QStringLiteral("wrong-san.pem") << QStringLiteral("10.9.9.9") << true;
    }

    void certificateNames()
    {
        QFETCH(QString, file);
        QFETCH(QString, host);
        QFETCH(bool, ok);
        const QSslCertificate cert = certificate(qPrintable(file));
        QVERIFY(!cert.isNull());
        const QString problem = tls::hostProblem(cert, host);
        QVERIFY2(problem.isEmpty() == ok, qPrintable(problem));
    }

    void printable()
    {
        QCOMPARE(text::printable(QStringLiteral("plain \u00E4\u4E2D")),
                 QStringLiteral("plain \u00E4\u4E2D"));
        QCOMPARE(text::printable(QStringLiteral("\x1b]0;x\x07")), QStringLiteral("\\x1B]0;x\\x07"));
        QCOMPARE(text::printable(QStringLiteral("a\x7f\u009b")), QStringLiteral("a\\x7F\\x9B"));
        QCOMPARE(text::printable(QStringLiteral("\u202Egnp.exe")),
                 QStringLiteral("\\u202Egnp.exe"));
        QCOMPARE(text::printable(QStringLiteral("\u2066x\u2069")),
                 QStringLiteral("\\u2066x\\u2069"));
        QCOMPARE(text::printable(QStringLiteral("a\nb\tc")), QStringLiteral("a\\x0Ab\\x09c"));
        QCOMPARE(text::printable(QStringLiteral("a\r\nb\tc\rd"), true),
                 QStringLiteral("a\r\nb\tc\\x0Dd"));
        QCOMPARE(text::printable(QStringLiteral("\U0001F600")), QStringLiteral("\U0001F600"));
        for (const QChar c : text::printable(QStringLiteral("\x01\x1b\u0085\u202E\u2028")))
            QVERIFY(c.unicode() >= 0x20 && c.unicode() < 0x7F); // plain ASCII, any font has it
    }

    void idsAreEncodedOnceEndToEnd()
    {
        // Ids with '/', space, '%', '?', '#' and non-ASCII: each addresses exactly its row.
        Dataset data = Dataset::generate(5, 3, 60);
        const QStringList ids{QStringLiteral("a/b"),    QStringLiteral("sp ace"),
                              QStringLiteral("100%"),   QStringLiteral("q?x=1"),
                              QStringLiteral("frag#1"), QStringLiteral("gr\u00FC\u00DFe")};
        for (qsizetype i = 0; i < ids.size(); ++i) {
            data.failures[i].resourceId = ids.at(i);
            data.failures[i].jobId = QStringLiteral("job ") + ids.at(i);
        }
        Emulator &e = startEmulator(data);
        SdrsClient client(connection());
        for (const QString &id : ids) {
            const auto job = await<Job>(
                [&](auto done) { client.getJob(QStringLiteral("job ") + id, this, done); });
            QVERIFY2(job.ok(), qPrintable(job.error.toString()));
            QCOMPARE(job.value.jobId, QStringLiteral("job ") + id);
            const qsizetype before = e.data().failures.size();
            const auto deleted =
                await<NoContent>([&](auto done) { client.deleteFailureJob(id, this, done); });
            QVERIFY2(deleted.ok(),
                     qPrintable(id + QStringLiteral(": ") + deleted.error.toString()));
            QCOMPARE(e.data().failures.size(), before - 1);
            for (const FailureJob &f : e.data().failures)
                QVERIFY(f.resourceId != id);
        }
    }

    void refusedIdsAreNeverSent_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow(".") << QStringLiteral(".");
        QTest::newRow("..") << QStringLiteral("..");
        QTest::newRow("BATCH") << QStringLiteral("BATCH");
        QTest::newRow("control") << QStringLiteral("x\ty");
    }

    void refusedIdsAreNeverSent()
    {
        QFETCH(QString, id);
        Emulator &e = startEmulator(Dataset::generate(5, 3, 60));
        SdrsClient client(connection());
        const qsizetype rows = e.data().failures.size();
        const int requests = e.requestCount();
        const auto one =
            await<NoContent>([&](auto done) { client.deleteFailureJob(id, this, done); });
        const auto group =
            await<NoContent>([&](auto done) { client.deleteGroupFailureJobs(id, this, done); });
        const auto job = await<Job>([&](auto done) { client.getJob(id, this, done); });
        for (const ApiError &error : {one.error, group.error, job.error}) {
            QCOMPARE(error.kind, ApiError::Kind::Invalid);
            QVERIFY2(error.message.contains(QStringLiteral("nothing was sent")),
                     qPrintable(error.message));
        }
        QCOMPARE(e.requestCount(), requests);
        QCOMPARE(e.data().failures.size(), rows);
    }

    void projectIdIsASegmentToo()
    {
        startEmulator(Dataset::generate(5, 3, 60));
        Connection c = connection();
        c.projectId = QStringLiteral("..");
        SdrsClient client(c);
        const int requests = m_emulator->requestCount();
        const auto r =
            await<FailureJobPage>([&](auto done) { client.listFailureJobs({}, this, done); });
        QCOMPARE(r.error.kind, ApiError::Kind::Invalid);
        QCOMPARE(m_emulator->requestCount(), requests);
    }

    void plainHttpIsRefusedUnlessAllowed()
    {
        Connection c;
        c.endpoint = QUrl(QStringLiteral("http://192.0.2.1:9"));
        c.projectId = QStringLiteral("p");
        c.token = QStringLiteral("t0ken");
        c.timeoutMs = 500;
        c.maxRetries = 0;
        {
            SdrsClient client(c);
            const auto r =
                await<FailureJobPage>([&](auto done) { client.listFailureJobs({}, this, done); });
            QCOMPARE(r.error.kind, ApiError::Kind::Invalid);
            QVERIFY(r.error.message.contains(QStringLiteral("plain HTTP")));
        }
        c.allowHttp = true;
        SdrsClient client(c);
        const auto r =
            await<FailureJobPage>([&](auto done) { client.listFailureJobs({}, this, done); });
        QVERIFY(r.error.kind == ApiError::Kind::Network || r.error.kind == ApiError::Kind::Timeout);
    }

    void plainHttpCatalogEntryIsIgnoredAfterHttpsSignIn()
    {
        // A plain emulator that must never see the token, named by the TLS one's catalog.
        Options plainOptions;
        Emulator plain(Dataset::generate(5, 3, 60), plainOptions);
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0).ok());
        Options o;
        o.userName = QStringLiteral("ops");
        o.password = QStringLiteral("pw-123456");
        o.domainName = QStringLiteral("acme");
        o.catalogUrl =
            QUrl(plain.baseUrl().toString() + QStringLiteral("/v1/") + plain.projectId());
        m_emulator = std::make_unique<Emulator>(Dataset::generate(5, 3, 60), o);
        const Result<NoContent> tls =
            m_emulator->useTls(QStringLiteral(SDRS_TEST_DATA "/tls/server.pem"),
                               QStringLiteral(SDRS_TEST_DATA "/tls/server.key"));
        QVERIFY2(tls.ok(), qPrintable(tls.error.message));
        QVERIFY(m_emulator->listen(QHostAddress::LocalHost, 0).ok());
        Connection c;
        c.auth = Connection::Auth::Password;
        c.iamUrl = m_emulator->baseUrl();
        c.caFile = QStringLiteral(SDRS_TEST_DATA "/tls/ca.pem");
        c.userName = o.userName;
        c.password = o.password;
        c.domainName = o.domainName;
        c.projectId = m_emulator->projectId();
        SdrsClient client(c);
        const auto r =
            await<FailureJobPage>([&](auto done) { client.listFailureJobs({}, this, done); });
        QVERIFY2(r.error.isError(), "the plain-HTTP catalog entry was used");
        QCOMPARE(m_emulator->loginCount(), 1);
        QCOMPARE(plain.requestCount(), 0);
    }

    void certificateThatDoesNotNameTheHostIsRefusedBeforeTheRequest()
    {
        Options o;
        o.token = QStringLiteral("t0ken");
        m_emulator = std::make_unique<Emulator>(Dataset::generate(5, 3, 60), o);
        QVERIFY(m_emulator
                    ->useTls(QStringLiteral(SDRS_TEST_DATA "/tls/wrong-san.pem"),
                             QStringLiteral(SDRS_TEST_DATA "/tls/wrong-san.key"))
                    .ok());
        QVERIFY(m_emulator->listen(QHostAddress::LocalHost, 0).ok());
        Connection c = connection();
        c.endpoint = QUrl(QStringLiteral("https://localhost:%1").arg(m_emulator->baseUrl().port()));
        c.caFile = QStringLiteral(SDRS_TEST_DATA "/tls/wrong-san.pem");
        SdrsClient client(c);
        const auto r =
            await<FailureJobPage>([&](auto done) { client.listFailureJobs({}, this, done); });
        QCOMPARE(r.error.kind, ApiError::Kind::Network);
        QVERIFY2(r.error.message.contains(QStringLiteral("does not name localhost")),
                 qPrintable(r.error.message));
        QCOMPARE(m_emulator->requestCount(), 0); // the token never went out
    }

    void retriesStayWithinTheirBudget()
    {
        Emulator &e = startEmulator(Dataset::generate(5, 3, 60));
        e.setRetryAfterSeconds(1);
        e.queueFault(Fault::Http429, 1000);
        Connection c = connection();
        c.maxRetries = 1000;
        c.maxRetryTotalMs = 1500;
        SdrsClient client(c);
        QElapsedTimer clock;
        clock.start();
        const auto r =
            await<FailureJobPage>([&](auto done) { client.listFailureJobs({}, this, done); });
        QCOMPARE(r.error.httpStatus, 429);
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(e.requestCount() <= 3);
    }
};

QTEST_GUILESS_MAIN(TestRequestSafety)
#include "tst_requestsafety.moc"
