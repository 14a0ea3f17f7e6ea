// The SDRS client against a hostile server, one mode at a time: every answer ends as one clear
// error of the right kind (or, for endless lists, a bounded and marked result), in bounded time
// and memory, and never with a secret of the connection in its text.
#include "app/api/allgroups.h"
#include "app/api/sdrsclient.h"
#include "tests/common/peakmemory.h"
#include "tests/hostile/hostileserver.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>

using namespace sdrs;
using namespace sdrs::testing;

Q_DECLARE_METATYPE(sdrs::testing::Mode)
Q_DECLARE_METATYPE(sdrs::ApiError::Kind)

namespace {

const QString secretToken = QStringLiteral("tok-SECRET-0123456789abcdef");

Connection connectionTo(const HostileServer &server)
{
    Connection c;
    c.endpoint = server.url();
    c.projectId = HostileServer::projectId();
    c.token = secretToken;
    c.timeoutMs = 3000;
    c.retryBaseDelayMs = 5;
    return c;
}

template<class T, class Start> std::optional<Result<T>> await(Start start, int ms = 60000)
{
    std::optional<Result<T>> got;
    start([&got](const Result<T> &r) { got = r; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, ms))
        return std::nullopt;
    return got;
}

} // namespace

class TestHostileClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listing_data();
    void listing();
    void endlessPagingIsBoundedAndMarked();
    void endlessGroupsAreBounded();
    void echoedTokenIsRedacted();
    void echoedPasswordIsRedacted();
    void echoedSignatureAndSecretKeyAreRedacted();
};

void TestHostileClient::listing_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status");      ///< the error's HTTP status; -1: any
    QTest::addColumn<QString>("message"); ///< a part of the error's message; empty: any
    QTest::addColumn<QString>("notIn");   ///< what the message must not say
    QTest::addColumn<int>("maxSeconds");
    using K = ApiError::Kind;
    const auto row = [](Mode mode, K kind, int status, const QString &message,
                        const QString &notIn = {}, int maxSeconds = 15) {
        QTest::newRow(qPrintable(modeName(mode)))
            << mode << kind << status << message << notIn << maxSeconds;
    };
    row(Mode::Malformed, K::Decode, 200, QStringLiteral("could not be read"));
    row(Mode::TruncatedJson, K::Decode, 200, QStringLiteral("could not be read"));
    row(Mode::CutBody, K::Network, -1, QStringLiteral("closed after 10 of 4096 bytes"));
    row(Mode::HtmlError, K::Http, 502, QStringLiteral("502 Bad Gateway"));
    row(Mode::Silence, K::Timeout, 0, QStringLiteral("No complete answer within 3 s"));
    row(Mode::SlowDrip, K::Timeout, 0, QStringLiteral("No complete answer within 3 s"));
    row(Mode::Reset, K::Network, 0, {});
    row(Mode::RedirectAway, K::Http, 302, {});
    row(Mode::RedirectLoop, K::Http, 302, {});
    // A Retry-After beyond the longest wait is not waited for: the 503 is reported at once.
    row(Mode::RetryAfterDate, K::Http, 503, QStringLiteral("busy"), {}, 5);
    row(Mode::RetryAfterHuge, K::Http, 503, QStringLiteral("busy"), {}, 5);
    row(Mode::RetryAfterNegative, K::Http, 503, QStringLiteral("busy"));
    row(Mode::RetryAfterGarbage, K::Http, 503, QStringLiteral("busy"));
    row(Mode::HugeLength, K::Decode, 0, QStringLiteral("too large"), {}, 5);
    row(Mode::Endless, K::Decode, 0, QStringLiteral("too large"), QStringLiteral("within"), 20);
    row(Mode::ConflictingLength, K::Decode, 0, QStringLiteral("Content-Length"));
    row(Mode::NegativeLength, K::Decode, 0, QStringLiteral("Content-Length"));
    // Whatever stops it (Qt's own bomb check or the size limit), it is not "malformed JSON".
    row(Mode::CompressedBomb, K::Network, -1, {}, QStringLiteral("JSON"));
}

void TestHostileClient::listing()
{
    QFETCH(Mode, mode);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QString, notIn);
    QFETCH(int, maxSeconds);

    HostileServer server(mode);
    Connection c = connectionTo(server);
    if (mode == Mode::Endless)
        c.timeoutMs = 60000; // the size limit must stop it, not the timeout
    SdrsClient client(c);
    QElapsedTimer clock;
    clock.start();
    const std::optional<Result<FailureJobPage>> r =
        await<FailureJobPage>([&](auto done) { client.listFailureJobs({}, this, done); }, 60000);
    QVERIFY2(r.has_value(), "no answer within a minute");
    const ApiError &e = r->error;
    const QString text = e.toString();
    qInfo().noquote() << modeName(mode) << clock.elapsed() << "ms:" << text;
    if (mode == Mode::CompressedBomb) {
        // Qt 6.4 refuses the bomb itself (Network) unless the size limit stops it first (Decode).
        QVERIFY2(e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Decode,
                 qPrintable(text));
    } else {
        QVERIFY2(e.kind == kind, qPrintable(text));
    }
    if (status >= 0)
        QCOMPARE(e.httpStatus, status);
    QVERIFY2(message.isEmpty() || e.message.contains(message), qPrintable(text));
    QVERIFY2(notIn.isEmpty() || !e.message.contains(notIn), qPrintable(text));
    QVERIFY2(!text.contains(secretToken), qPrintable(text));
    QVERIFY2(clock.elapsed() < maxSeconds * 1000,
             qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
    QVERIFY(r->body.size() <= (64 << 20));
    QVERIFY2(peakMemoryMiB() < 1024, qPrintable(QString::number(peakMemoryMiB())));
}

void TestHostileClient::endlessPagingIsBoundedAndMarked()
{
    HostileServer server(Mode::EndlessPaging);
    SdrsClient client(connectionTo(server));
    AllGroupsQuery query;
    query.onlyScope = QString(); // the group level, every page
    query.knownGroups = QList<ProtectionGroup>();
    query.maxRows = 5000;
    const std::optional<Result<AllGroupsResult>> r =
        await<AllGroupsResult>([&](auto done) { loadAllGroups(&client, query, this, {}, done); });
    QVERIFY(r.has_value());
    QVERIFY2(r->ok(), qPrintable(r->error.toString()));
    QCOMPARE(r->value.jobs.size(), 5000);
    QVERIFY2(r->value.incomplete.contains(QStringLiteral("2,147,483,000")) ||
                 r->value.incomplete.contains(QStringLiteral("2147483000")),
             qPrintable(r->value.incomplete));
    QCOMPARE(server.requests().size(), 5); // five pages of 1000, nothing more
}

void TestHostileClient::endlessGroupsAreBounded()
{
    HostileServer server(Mode::EndlessGroups);
    SdrsClient client(connectionTo(server));
    const std::optional<Result<ProtectionGroupPage>> r = await<ProtectionGroupPage>(
        [&](auto done) { client.listAllProtectionGroups({}, this, done); });
    QVERIFY(r.has_value());
    QCOMPARE(r->error.kind, ApiError::Kind::Decode);
    QVERIFY2(r->error.message.contains(QStringLiteral("incomplete")), qPrintable(r->error.message));
    QCOMPARE(r->value.groups.size(), SdrsClient::MaxGroups); // kept, as a partial result
    QCOMPARE(server.requests().size(), int(SdrsClient::MaxGroups / 1000) + 1);
}

void TestHostileClient::echoedTokenIsRedacted()
{
    HostileServer server(Mode::EchoSecrets);
    SdrsClient client(connectionTo(server));
    const auto r =
        await<FailureJobPage>([&](auto done) { client.listFailureJobs({}, this, done); });
    QVERIFY(r.has_value());
    QCOMPARE(r->error.httpStatus, 500);
    QVERIFY2(r->error.message.contains(QStringLiteral("[redacted]")), qPrintable(r->error.message));
    QVERIFY(!r->error.toString().contains(secretToken));
    QVERIFY(!r->body.contains(secretToken.toUtf8()));
    QVERIFY(r->error.message.size() <= 500);
}

void TestHostileClient::echoedPasswordIsRedacted()
{
    HostileServer server(Mode::EchoSecrets);
    Connection c = connectionTo(server);
    c.auth = Connection::Auth::Password;
    c.endpoint.clear();
    c.iamUrl = server.url();
    c.userName = QStringLiteral("ops");
    c.password = QStringLiteral("pa\"ss-WORD-4711"); // a quote: JSON-escaped in the echo
    c.domainName = QStringLiteral("acme");
    SdrsClient client(c);
    const auto r =
        await<FailureJobPage>([&](auto done) { client.listFailureJobs({}, this, done); });
    QVERIFY(r.has_value());
    QCOMPARE(r->error.kind, ApiError::Kind::Auth);
    const QString text = r->error.toString();
    QVERIFY2(text.contains(QStringLiteral("The request was")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("WORD-4711")), qPrintable(text));
}

void TestHostileClient::echoedSignatureAndSecretKeyAreRedacted()
{
    HostileServer server(Mode::EchoSecrets);
    Connection c = connectionTo(server);
    c.auth = Connection::Auth::AkSk;
    c.token.clear();
    c.accessKey = QStringLiteral("AKEXAMPLE");
    c.secretKey = QStringLiteral("SK-very-secret-value");
    c.securityToken = QStringLiteral("security-token-value-99");
    SdrsClient client(c);
    const auto r =
        await<FailureJobPage>([&](auto done) { client.listFailureJobs({}, this, done); });
    QVERIFY(r.has_value());
    QCOMPARE(r->error.httpStatus, 500);
    const QList<SeenRequest> seen = server.requests();
    QVERIFY(!seen.isEmpty());
    const qsizetype at = seen.constFirst().headers.indexOf("Signature=");
    QVERIFY(at > 0);
    const QByteArray signature = seen.constFirst().headers.mid(at + 10, 64);
    const QString text = r->error.toString();
    QVERIFY2(!text.contains(QString::fromLatin1(signature)), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("security-token-value-99")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("[redacted]")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestHostileClient)
#include "tst_hostile_client.moc"
