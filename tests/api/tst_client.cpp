// The SDRS client against the emulator over real loopback HTTP: every call, every way to sign in,
// every fault.
#include "app/api/sdrsclient.h"
#include "emulator/emulator.h"
#include "tests/api/smalldataset.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

using namespace sdrs;
using namespace sdrs::emulator;

namespace {

QStringList g_log; ///< messages of the sdrs.api category while a test captures them
QtMessageHandler g_previousHandler = nullptr;

void captureHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category) == "sdrs.api")
        g_log.append(message);
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

/// Answers every request with the same canned HTTP response: for servers that misbehave in ways
/// the emulator does not (a proxy's HTML page, an API that ignores offset).
class CannedServer final : public QTcpServer
{
public:
    explicit CannedServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    // One request per read is enough for these small GETs.
                    if (socket->readAll().contains("\r\n\r\n")) {
                        ++requests;
                        socket->write(m_response);
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    static QByteArray response(int status, const QByteArray &type, const QByteArray &body)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + type +
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

    int requests = 0;

private:
    QByteArray m_response;
};

class TestClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Emulator> m_emulator;

    Emulator &startEmulator(Options options = {}, Dataset data = Dataset::generate(11, 8, 600))
    {
        m_emulator = std::make_unique<Emulator>(std::move(data), std::move(options));
        const Result<NoContent> listening = m_emulator->listen(QHostAddress::LocalHost, 0);
        if (!listening.ok())
            qFatal("%s", qPrintable(listening.error.message));
        return *m_emulator;
    }

    Connection tokenConnection(const QString &token = QStringLiteral("t0ken")) const
    {
        Connection c;
        c.endpoint = m_emulator->baseUrl();
        c.projectId = m_emulator->projectId();
        c.token = token;
        c.retryBaseDelayMs = 5;
        c.timeoutMs = 5000;
        return c;
    }

    Connection passwordConnection() const
    {
        Connection c = tokenConnection(QString());
        c.auth = Connection::Auth::Password;
        c.endpoint.clear(); // taken from the token's catalog
        c.iamUrl = m_emulator->baseUrl();
        c.iamUrl.setPath(QStringLiteral("/v3"));
        c.userName = QStringLiteral("ops");
        c.password = QStringLiteral("Pa55-word!");
        c.domainName = QStringLiteral("acme");
        return c;
    }

    static Options passwordOptions()
    {
        Options o;
        o.userName = QStringLiteral("ops");
        o.password = QStringLiteral("Pa55-word!");
        o.domainName = QStringLiteral("acme");
        return o;
    }

    template<class T, class Start> Result<T> await(Start start)
    {
        return testing::awaitResult<T>(start);
    }

    /// Runs one failed-task listing and waits for its answer.
    Result<FailureJobPage> list(SdrsClient &client, const FailureJobQuery &query = {})
    {
        return await<FailureJobPage>([&](auto done) { client.listFailureJobs(query, this, done); });
    }

private Q_SLOTS:
    void init() { g_log.clear(); }
    void cleanup() { m_emulator.reset(); }

    void listsWithFiltersAndPaging()
    {
        startEmulator();
        SdrsClient client(tokenConnection());
        const QString group = m_emulator->data().groups.at(2).id;
        QList<FailureJob> expected;
        for (const FailureJob &f : m_emulator->data().failures) {
            if (f.serverGroupId == group && f.failureStatus == QStringLiteral("createFail"))
                expected.append(f);
        }
        QVERIFY(expected.size() > 3);
        FailureJobQuery q;
        q.serverGroupId = group;
        q.failureStatus = QStringLiteral("createFail");
        q.limit = 3;
        q.offset = 1;
        const Result<FailureJobPage> r = list(client, q);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value.count, qint64(expected.size()));
        QCOMPARE(r.value.jobs, expected.mid(1, 3)); // serverGroupId is filled from the query
    }

    void groupsOnePageAndAllPages_data()
    {
        QTest::addColumn<bool>("countIsPageLength");
        QTest::newRow("count is the total") << false;
        QTest::newRow("count is the page's length") << true;
    }

    void groupsOnePageAndAllPages()
    {
        // Every group is read whether `count` is the total or the page's length.
        QFETCH(bool, countIsPageLength);
        Options options;
        options.countIsPageLength = countIsPageLength;
        startEmulator(options, Dataset::generate(2, 2345, 10));
        SdrsClient client(tokenConnection());
        GroupQuery q;
        q.limit = 10;
        const auto one = await<ProtectionGroupPage>(
            [&](auto done) { client.listProtectionGroups(q, this, done); });
        QVERIFY2(one.ok(), qPrintable(one.error.toString()));
        QCOMPARE(one.value.count, countIsPageLength ? 10 : 2345);
        QCOMPARE(one.value.groups.size(), 10);
        const int before = m_emulator->requestCount();
        const auto all = await<ProtectionGroupPage>(
            [&](auto done) { client.listAllProtectionGroups({}, this, done); });
        QVERIFY2(all.ok(), qPrintable(all.error.toString()));
        QCOMPARE(all.value.count, 2345);
        QCOMPARE(all.value.groups, m_emulator->data().groups);
        QCOMPARE(m_emulator->requestCount() - before, 3); // 1000 + 1000 + 345
    }

    void jobWithSubJobTree()
    {
        startEmulator();
        SdrsClient client(tokenConnection());
        int checked = 0;
        for (const FailureJob &f : m_emulator->data().failures) {
            const Job expected = synthesizeJob(f);
            if (expected.descendantCount() < 2)
                continue;
            const auto r = await<Job>([&](auto done) { client.getJob(f.jobId, this, done); });
            QVERIFY2(r.ok(), qPrintable(r.error.toString()));
            QCOMPARE(r.value, expected);
            if (++checked == 3)
                break;
        }
        QCOMPARE(checked, 3);
        const auto missing = await<Job>([&](auto done) {
            client.getJob(QStringLiteral("00000000000000000000000000000000"), this, done);
        });
        QCOMPARE(missing.error.kind, ApiError::Kind::Http);
        QCOMPARE(missing.error.httpStatus, 404);
        QVERIFY(missing.error.endpoint.contains(
            QStringLiteral("/jobs/00000000000000000000000000000000")));
    }

    void typedResultsCarryTheBody()
    {
        startEmulator();
        SdrsClient client(tokenConnection());
        const FailureJob row = m_emulator->data().failures.at(3);
        const auto job = await<Job>([&](auto done) { client.getJob(row.jobId, this, done); });
        QVERIFY2(job.ok(), qPrintable(job.error.toString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(job.body, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QLatin1StringView("job_id")).toString(), row.jobId);
        QCOMPARE(job.value.jobId, row.jobId);

        FailureJobQuery q;
        q.limit = 2;
        const Result<FailureJobPage> page = list(client, q);
        QVERIFY2(page.ok(), qPrintable(page.error.toString()));
        QCOMPARE(QJsonDocument::fromJson(page.body)
                     .object()
                     .value(QLatin1StringView("count"))
                     .toInteger(),
                 page.value.count);

        // An error answer's body too; a 204 has none.
        const auto missing = await<Job>([&](auto done) {
            client.getJob(QStringLiteral("00000000000000000000000000000000"), this, done);
        });
        QCOMPARE(missing.error.httpStatus, 404);
        QVERIFY(QJsonDocument::fromJson(missing.body)
                    .object()
                    .contains(QLatin1StringView("itemNotFound")));
        const auto deleted = await<NoContent>(
            [&](auto done) { client.deleteFailureJob(row.resourceId, this, done); });
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.toString()));
        QVERIFY(deleted.body.isEmpty());
    }

    void deletes()
    {
        startEmulator();
        SdrsClient client(tokenConnection());
        const FailureJob victim = m_emulator->data().failures.at(5);
        QList<FailureJob> expected = m_emulator->data().failures;
        expected.removeAll(victim);
        auto r = await<NoContent>(
            [&](auto done) { client.deleteFailureJob(victim.resourceId, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(m_emulator->data().failures, expected);
        // Bodiless, and saying so with Content-Length: 0, as the SDK sends a DELETE.
        const auto sent = m_emulator->lastRequestHeaders();
        const auto length = std::find_if(sent.cbegin(), sent.cend(), [](const auto &h) {
            return h.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
        });
        QVERIFY(length != sent.cend());
        QCOMPARE(length->second, QByteArray("0"));

        r = await<NoContent>(
            [&](auto done) { client.deleteFailureJob(victim.resourceId, this, done); });
        QCOMPARE(r.error.httpStatus, 404);

        const int requests = m_emulator->requestCount();
        r = await<NoContent>(
            [&](auto done) { client.deleteFailureJob(QStringLiteral("batch"), this, done); });
        QVERIFY(r.error.isError());
        QCOMPARE(m_emulator->requestCount(), requests); // never sent
        QCOMPARE(m_emulator->data().failures, expected);

        const QString group = m_emulator->data().groups.at(0).id;
        expected.removeIf([&group](const FailureJob &f) { return f.serverGroupId == group; });
        r = await<NoContent>([&](auto done) { client.deleteGroupFailureJobs(group, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(m_emulator->data().failures, expected);

        expected.removeIf([](const FailureJob &f) { return f.serverGroupId.isEmpty(); });
        r = await<NoContent>([&](auto done) { client.deleteGroupLevelFailureJobs(this, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(m_emulator->data().failures, expected);
    }

    void deleteIsNeverRetried()
    {
        startEmulator();
        SdrsClient client(tokenConnection());
        const FailureJob victim = m_emulator->data().failures.at(0);
        m_emulator->queueFault(Fault::Http503, 1);
        const int before = m_emulator->requestCount();
        const auto r = await<NoContent>(
            [&](auto done) { client.deleteFailureJob(victim.resourceId, this, done); });
        QCOMPARE(r.error.httpStatus, 503);
        QCOMPARE(m_emulator->requestCount() - before, 1);
        QVERIFY(m_emulator->data().failures.contains(victim));
    }

    void fixedToken()
    {
        Options o;
        o.token = QStringLiteral("right");
        startEmulator(o);
        SdrsClient good(tokenConnection(QStringLiteral("right")));
        QVERIFY(list(good).ok());
        QCOMPARE(QString::fromLatin1(m_emulator->lastRequestHeaders().value(0).first).isEmpty(),
                 false);
        bool sawAgent = false;
        for (const auto &[k, v] : m_emulator->lastRequestHeaders()) {
            if (k.compare("user-agent", Qt::CaseInsensitive) == 0)
                sawAgent = v.startsWith("sdrs-failures/" SDRS_VERSION);
        }
        QVERIFY(sawAgent);
        SdrsClient bad(tokenConnection(QStringLiteral("wrong")));
        const auto r = list(bad);
        QCOMPARE(r.error.kind, ApiError::Kind::Auth);
        QCOMPARE(r.error.httpStatus, 401);
        QCOMPARE(r.error.code, QStringLiteral("APIG.0301"));
        QVERIFY(!r.error.requestId.isEmpty());
    }

    void otherProjectIsRefused()
    {
        // SDRS.0001 "Invalid tenant ID", a 400 in the error table.
        startEmulator();
        Connection c = tokenConnection();
        c.projectId = QStringLiteral("0000000000000000000000000000beef");
        SdrsClient client(c);
        const auto r = list(client);
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, 400);
        QCOMPARE(r.error.code, QStringLiteral("SDRS.0001"));
    }

    void passwordSignInReusesTheToken()
    {
        startEmulator(passwordOptions());
        SdrsClient client(passwordConnection());
        QVERIFY(list(client).ok());
        QVERIFY(list(client).ok());
        QVERIFY(list(client).ok());
        QCOMPARE(m_emulator->loginCount(), 1);
        // The endpoint came from the catalog.
        QCOMPARE(client.serviceBase().toString(), m_emulator->baseUrl().toString() +
                                                      QStringLiteral("/v1/") +
                                                      m_emulator->projectId());
    }

    void parallelCallsShareOneLogin()
    {
        startEmulator(passwordOptions());
        SdrsClient client(passwordConnection());
        int answers = 0;
        for (int i = 0; i < 5; ++i)
            client.listFailureJobs({}, this, [&answers](const Result<FailureJobPage> &r) {
                answers += r.ok() ? 1 : 100;
            });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 5, 20000);
        QCOMPARE(m_emulator->loginCount(), 1);
    }

    void passwordSignInByProjectName()
    {
        startEmulator(passwordOptions());
        Connection c = passwordConnection();
        c.projectId.clear();
        c.projectName = QStringLiteral("eu-de");
        c.endpoint =
            m_emulator->baseUrl(); // given without /v1/{project}: the id comes from the token
        SdrsClient client(c);
        QVERIFY(list(client).ok());
        // The project id came from the token.
        QCOMPARE(client.serviceBase().toString(), m_emulator->baseUrl().toString() +
                                                      QStringLiteral("/v1/") +
                                                      m_emulator->projectId());
    }

    void tokenNearExpiryIsRenewed()
    {
        Options o = passwordOptions();
        o.tokenTtlSeconds = 200; // inside the five-minute margin from the start
        startEmulator(o);
        SdrsClient client(passwordConnection());
        QVERIFY(list(client).ok());
        QVERIFY(list(client).ok());
        QCOMPARE(m_emulator->loginCount(), 2);
    }

    void revokedTokenGetsOneNewLogin()
    {
        startEmulator(passwordOptions());
        SdrsClient client(passwordConnection());
        QVERIFY(list(client).ok());
        m_emulator->revokeTokens();
        const auto r = list(client);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(m_emulator->loginCount(), 2);
    }

    void secondRejectionIsReported()
    {
        startEmulator(passwordOptions());
        SdrsClient client(passwordConnection());
        QVERIFY(list(client).ok());
        m_emulator->queueFault(Fault::Http401, 2);
        const auto r = list(client);
        QCOMPARE(r.error.kind, ApiError::Kind::Auth);
        QCOMPARE(r.error.httpStatus, 401);
        QCOMPARE(m_emulator->loginCount(), 2); // one new login, then the error
    }

    void policyRefusalKeepsItsAuthorizationMessage()
    {
        // {"error": {code, message, encoded_authorization_message}, "request_id"}: read as the
        // SDK reads it, and said once ("HTTP 403: ...", not "HTTP 403 403: ...").
        startEmulator();
        SdrsClient client(tokenConnection());
        m_emulator->queueFault(Fault::Http403);
        const auto r = list(client);
        QCOMPARE(r.error.kind, ApiError::Kind::Auth);
        QCOMPARE(r.error.httpStatus, 403);
        QCOMPARE(r.error.code, QStringLiteral("403"));
        QVERIFY(r.error.message.startsWith(QStringLiteral("Policy doesn't allow")));
        QCOMPARE(QByteArray::fromBase64(r.error.authorizationMessage.toLatin1()),
                 QByteArray("denied:sdrs:task-center:list"));
        QVERIFY(!r.error.requestId.isEmpty());
        QVERIFY2(r.error.toString().startsWith(QStringLiteral("HTTP 403: Policy")),
                 qPrintable(r.error.toString()));
    }

    void wrongPassword()
    {
        startEmulator(passwordOptions());
        Connection c = passwordConnection();
        c.password = QStringLiteral("not-it");
        SdrsClient client(c);
        const auto r = list(client);
        QCOMPARE(r.error.kind, ApiError::Kind::Auth);
        QCOMPARE(r.error.httpStatus, 401);
        QVERIFY(r.error.message.contains(QStringLiteral("IAM")));
        QVERIFY(!r.error.toString().contains(QStringLiteral("not-it")));
        const auto signIn = await<NoContent>([&](auto done) { client.signIn(this, done); });
        QCOMPARE(signIn.error.kind, ApiError::Kind::Auth);
    }

    void akskSigning_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("securityToken");
        QTest::addColumn<bool>("ok");
        QTest::newRow("A") << 0 << QStringLiteral("SECRET") << QString() << true;
        QTest::newRow("B") << 1 << QStringLiteral("SECRET") << QString() << true;
        QTest::newRow("A with security token")
            << 0 << QStringLiteral("SECRET") << QStringLiteral("tmp-token") << true;
        QTest::newRow("B with security token")
            << 1 << QStringLiteral("SECRET") << QStringLiteral("tmp-token") << true;
        QTest::newRow("A wrong secret") << 0 << QStringLiteral("WRONG") << QString() << false;
        QTest::newRow("B wrong secret") << 1 << QStringLiteral("WRONG") << QString() << false;
    }

    void akskSigning()
    {
        QFETCH(int, variant);
        QFETCH(QString, secret);
        QFETCH(QString, securityToken);
        QFETCH(bool, ok);
        Options o;
        o.accessKey = QStringLiteral("AKEXAMPLE");
        o.secretKey = QStringLiteral("SECRET");
        startEmulator(o);
        Connection c = tokenConnection(QString());
        c.auth = Connection::Auth::AkSk;
        c.accessKey = QStringLiteral("AKEXAMPLE");
        c.secretKey = secret;
        c.securityToken = securityToken;
        c.signingVariant = variant == 0 ? signing::Variant::A : signing::Variant::B;
        SdrsClient client(c);
        FailureJobQuery q;
        q.resourceName = QStringLiteral("Instance ä/1"); // space, non-ASCII and '/' are signed too
        q.serverGroupId = m_emulator->data().groups.at(0).id;
        const auto r = list(client, q);
        if (ok) {
            QVERIFY2(r.ok(), qPrintable(r.error.toString()));
            bool sawProject = false;
            for (const auto &[k, v] : m_emulator->lastRequestHeaders())
                sawProject |= k.compare("x-project-id", Qt::CaseInsensitive) == 0 &&
                              v == m_emulator->projectId().toLatin1();
            QVERIFY(sawProject);
        } else {
            QCOMPARE(r.error.kind, ApiError::Kind::Auth);
            QCOMPARE(r.error.httpStatus, 401);
        }
        // Deletes are signed the same way.
        const auto d = await<NoContent>([&](auto done) {
            client.deleteFailureJob(m_emulator->data().failures.at(0).resourceId, this, done);
        });
        QCOMPARE(d.ok(), ok);
    }

    void timeoutWithinItsBound()
    {
        startEmulator();
        Connection c = tokenConnection();
        c.timeoutMs = 400;
        SdrsClient client(c);
        m_emulator->queueFault(Fault::Stall, 1);
        QElapsedTimer clock;
        clock.start();
        const auto r = list(client);
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        QVERIFY(clock.elapsed() >= 350);
        QVERIFY2(clock.elapsed() < 10000, "the timeout must end the call");
        QVERIFY(r.error.endpoint.contains(QStringLiteral("/task-center/failure-jobs")));
    }

    void retryThenSuccess_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("503") << int(Fault::Http503);
        QTest::newRow("drop") << int(Fault::Drop);
        QTest::newRow("429 with Retry-After 0") << int(Fault::Http429);
    }

    void retryThenSuccess()
    {
        QFETCH(int, fault);
        startEmulator();
        m_emulator->setRetryAfterSeconds(0);
        SdrsClient client(tokenConnection());
        m_emulator->queueFault(Fault(fault), 2);
        const int before = m_emulator->requestCount();
        const auto r = list(client);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(m_emulator->requestCount() - before, 3);
    }

    void retriesUsedUp()
    {
        startEmulator();
        SdrsClient client(tokenConnection());
        m_emulator->queueFault(Fault::Http503, 10);
        const int before = m_emulator->requestCount();
        const auto r = list(client);
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, 503);
        QCOMPARE(r.error.code, QStringLiteral("503"));    // no SDRS code: the status, as a string
        QCOMPARE(m_emulator->requestCount() - before, 4); // 1 + 3 retries
    }

    void retryAfterIsHonoured()
    {
        startEmulator();
        m_emulator->setRetryAfterSeconds(1);
        SdrsClient client(tokenConnection());
        m_emulator->queueFault(Fault::Http429, 1);
        QElapsedTimer clock;
        clock.start();
        const auto r = list(client);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY2(clock.elapsed() >= 950, "waited for Retry-After");
    }

    void retryAfterTooLongIsReported()
    {
        startEmulator();
        m_emulator->setRetryAfterSeconds(120);
        Connection c = tokenConnection();
        c.maxRetryAfterMs = 1000;
        SdrsClient client(c);
        m_emulator->queueFault(Fault::Http429, 1);
        const auto r = list(client);
        QCOMPARE(r.error.httpStatus, 429);
        QCOMPARE(r.error.code, QStringLiteral("APIG.0308"));
    }

    void badBodiesAreDecodeErrors_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("malformed") << int(Fault::Malformed);
        QTest::newRow("truncated") << int(Fault::Truncated);
    }

    void badBodiesAreDecodeErrors()
    {
        QFETCH(int, fault);
        startEmulator();
        SdrsClient client(tokenConnection());
        m_emulator->queueFault(Fault(fault), 1);
        const int before = m_emulator->requestCount();
        const auto r = list(client);
        QCOMPARE(r.error.kind, ApiError::Kind::Decode);
        QVERIFY(r.error.endpoint.startsWith(QStringLiteral("GET http://127.0.0.1:")));
        QVERIFY(r.error.endpoint.contains(QStringLiteral("/task-center/failure-jobs")));
        QVERIFY(r.error.toString().contains(QStringLiteral("/task-center/failure-jobs")));
        QCOMPARE(m_emulator->requestCount() - before, 1);
    }

    void cancel()
    {
        Options o;
        o.latencyMs = 3000;
        startEmulator(o);
        SdrsClient client(tokenConnection());
        int calls = 0;
        ApiError error;
        QPointer<ApiCall> call =
            client.listFailureJobs({}, this, [&](const Result<FailureJobPage> &r) {
                ++calls;
                error = r.error;
            });
        QTest::qWait(100); // let the request go out
        QVERIFY(call);
        call->cancel();
        QCOMPARE(calls, 1);
        QCOMPARE(error.kind, ApiError::Kind::Cancelled);
        QTRY_VERIFY(call.isNull()); // it deletes itself
        QTest::qWait(50);
        QCOMPARE(calls, 1);
    }

    void callbackThatCancelsGetsOneResult()
    {
        // A callback that closes what started the call (which cancels it) must not be handed a
        // second, cancelled result; nor may one that destroys the client crash (review finding).
        startEmulator();
        SdrsClient client(tokenConnection());
        int calls = 0;
        ApiError::Kind kind = ApiError::Kind::Cancelled;
        QPointer<ApiCall> call;
        call = client.listFailureJobs({}, this, [&](const Result<FailureJobPage> &r) {
            ++calls;
            kind = r.error.kind;
            if (call)
                call->cancel();
        });
        QTRY_COMPARE(calls, 1);
        QCOMPARE(kind, ApiError::Kind::None);
        QTRY_VERIFY(call.isNull());
        QCOMPARE(calls, 1);

        auto *doomed = new SdrsClient(tokenConnection());
        int groupsCalls = 0;
        doomed->listAllProtectionGroups({}, this, [&](const Result<ProtectionGroupPage> &) {
            ++groupsCalls;
            delete doomed; // e.g. another connection chosen while a dialog was open
        });
        QTRY_COMPARE(groupsCalls, 1);
        QCoreApplication::processEvents();
        QCOMPARE(groupsCalls, 1);
    }

    void destroyedContextCancels()
    {
        Options o;
        o.latencyMs = 2000;
        startEmulator(o);
        SdrsClient client(tokenConnection());
        auto *context = new QObject;
        int calls = 0;
        QPointer<ApiCall> call = client.listFailureJobs(
            {}, context, [&calls](const Result<FailureJobPage> &) { ++calls; });
        delete context;
        QTRY_VERIFY(call.isNull());
        QCOMPARE(calls, 0);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        Connection c;
        c.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        c.projectId = QStringLiteral("p");
        c.token = QStringLiteral("t");
        c.retryBaseDelayMs = 5;
        SdrsClient client(c);
        const auto r = list(client);
        QCOMPARE(r.error.kind, ApiError::Kind::Network);
        QVERIFY(!r.error.message.isEmpty());
    }

    void tlsIsVerified_data()
    {
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<int>("auth");
        QTest::addColumn<bool>("ok");
        const QString ca = QStringLiteral(SDRS_TEST_DATA "/tls/ca.pem");
        QTest::newRow("token, our CA trusted") << ca << int(Connection::Auth::Token) << true;
        QTest::newRow("AK/SK, our CA trusted") << ca << int(Connection::Auth::AkSk) << true;
        QTest::newRow("token, unknown issuer")
            << QString() << int(Connection::Auth::Token) << false;
        QTest::newRow("wrong CA") << QStringLiteral(SDRS_TEST_DATA "/tls/server.pem")
                                  << int(Connection::Auth::Token) << false;
    }

    void tlsIsVerified()
    {
        QFETCH(QString, caFile);
        QFETCH(int, auth);
        QFETCH(bool, ok);
        Options o;
        o.accessKey = QStringLiteral("AK");
        o.secretKey = QStringLiteral("SK");
        o.token = QStringLiteral("tls-token");
        m_emulator = std::make_unique<Emulator>(Dataset::generate(4, 2, 30), o);
        const Result<NoContent> tls =
            m_emulator->useTls(QStringLiteral(SDRS_TEST_DATA "/tls/server.pem"),
                               QStringLiteral(SDRS_TEST_DATA "/tls/server.key"));
        QVERIFY2(tls.ok(), qPrintable(tls.error.message));
        const Result<NoContent> listening = m_emulator->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listening.ok(), qPrintable(listening.error.message));
        QCOMPARE(m_emulator->baseUrl().scheme(), QStringLiteral("https"));
        Connection c = tokenConnection(QStringLiteral("tls-token"));
        c.auth = Connection::Auth(auth);
        c.accessKey = QStringLiteral("AK");
        c.secretKey = QStringLiteral("SK");
        c.caFile = caFile;
        SdrsClient client(c);
        const int before = m_emulator->requestCount();
        const auto r = list(client);
        if (ok) {
            QVERIFY2(r.ok(), qPrintable(r.error.toString()));
            QVERIFY(r.value.count > 0);
        } else {
            QCOMPARE(r.error.kind, ApiError::Kind::Network);
            QCOMPARE(r.error.httpStatus, 0);
            QCOMPARE(m_emulator->requestCount(), before); // nothing got through
        }
    }

    void proxyHtmlPageIsShownAsText()
    {
        CannedServer proxy(CannedServer::response(
            502, "text/html",
            "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>"
            "<p>The upstream server did not answer.</p></body></html>"));
        Connection c;
        c.endpoint = proxy.url();
        c.projectId = QStringLiteral("p");
        c.token = QStringLiteral("t");
        c.retryBaseDelayMs = 5;
        SdrsClient client(c);
        const auto r = list(client);
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, 502);
        QVERIFY2(r.error.message.contains(QStringLiteral("Bad Gateway")),
                 qPrintable(r.error.message));
        QCOMPARE(proxy.requests, 4); // 502 is retried three times
    }

    void serverIgnoringOffsetIsCaught()
    {
        // Claims 2500 groups but answers the same first page whatever the offset.
        const QByteArray page =
            "{\"count\": 2500, \"server_groups\": [{\"id\": \"g1\", \"name\": \"one\"}, "
            "{\"id\": \"g2\", \"name\": \"two\"}]}";
        CannedServer broken(CannedServer::response(200, "application/json", page));
        Connection c;
        c.endpoint = broken.url();
        c.projectId = QStringLiteral("p");
        c.token = QStringLiteral("t");
        SdrsClient client(c);
        const auto r = await<ProtectionGroupPage>(
            [&](auto done) { client.listAllProtectionGroups({}, this, done); });
        QCOMPARE(r.error.kind, ApiError::Kind::Decode);
        QVERIFY(r.error.message.contains(QStringLiteral("incomplete")));
        QCOMPARE(broken.requests, 2);
    }

    void connectionValidation_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("complaint"); // empty: valid
        const int token = int(Connection::Auth::Token);
        const int password = int(Connection::Auth::Password);
        const int aksk = int(Connection::Auth::AkSk);
        const QString otc = QStringLiteral("https://sdrs.eu-de.otc.t-systems.com");
        QTest::newRow("token ok") << token << otc << QStringLiteral("p") << QStringLiteral("t")
                                  << QString();
        QTest::newRow("no token") << token << otc << QStringLiteral("p") << QString()
                                  << QStringLiteral("token");
        QTest::newRow("no endpoint") << token << QString() << QStringLiteral("p")
                                     << QStringLiteral("t") << QStringLiteral("endpoint");
        QTest::newRow("no project")
            << token << otc << QString() << QStringLiteral("t") << QStringLiteral("project id");
        QTest::newRow("project in the endpoint") << token << otc + QStringLiteral("/v1/0123abcd")
                                                 << QString() << QStringLiteral("t") << QString();
        QTest::newRow("not a URL") << token << QStringLiteral("sdrs eu-de") << QStringLiteral("p")
                                   << QStringLiteral("t") << QStringLiteral("not a valid URL");
        QTest::newRow("password ok, endpoint from catalog")
            << password << QString() << QStringLiteral("p") << QStringLiteral("pw") << QString();
        QTest::newRow("password missing") << password << QString() << QStringLiteral("p")
                                          << QString() << QStringLiteral("password");
        QTest::newRow("aksk ok") << aksk << otc << QStringLiteral("p") << QStringLiteral("sk")
                                 << QString();
        QTest::newRow("aksk no secret")
            << aksk << otc << QStringLiteral("p") << QString() << QStringLiteral("secret key");
    }

    void connectionValidation()
    {
        QFETCH(int, auth);
        QFETCH(QString, endpoint);
        QFETCH(QString, projectId);
        QFETCH(QString, secret);
        QFETCH(QString, complaint);
        Connection c;
        c.auth = Connection::Auth(auth);
        c.endpoint = QUrl(endpoint, QUrl::StrictMode);
        c.projectId = projectId;
        c.token = secret;
        c.password = secret;
        c.userName = QStringLiteral("u");
        c.domainName = QStringLiteral("d");
        c.iamUrl = QUrl(QStringLiteral("https://iam.eu-de.otc.t-systems.com/v3"));
        c.accessKey = QStringLiteral("ak");
        c.secretKey = secret;
        const QString problem = c.validate();
        if (complaint.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(complaint), qPrintable(problem));
    }

    void unreadableCaFile()
    {
        startEmulator();
        Connection c = tokenConnection();
        c.caFile = QStringLiteral("/nonexistent/ca.pem");
        SdrsClient client(c);
        const auto r = list(client);
        QCOMPARE(r.error.kind, ApiError::Kind::Network);
        QVERIFY(r.error.message.contains(QStringLiteral("/nonexistent/ca.pem")));
    }

    void secretsNeverLogged()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("sdrs.api.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureHandler);
        Options o = passwordOptions();
        o.accessKey = QStringLiteral("AKEXAMPLE");
        o.secretKey = QStringLiteral("SECRETKEY123");
        startEmulator(o);
        QStringList shown;
        {
            SdrsClient client(passwordConnection());
            const auto r = list(client);
            QVERIFY(r.ok());
            Connection bad = passwordConnection();
            bad.password = QStringLiteral("wrong-Pa55");
            SdrsClient badClient(bad);
            shown << list(badClient).error.toString();
            Connection aksk = tokenConnection(QString());
            aksk.auth = Connection::Auth::AkSk;
            aksk.accessKey = QStringLiteral("AKEXAMPLE");
            aksk.secretKey = QStringLiteral("SECRETKEY123");
            SdrsClient signer(aksk);
            QVERIFY(list(signer).ok());
            m_emulator->queueFault(Fault::Http500, 1);
            shown << list(signer).error.toString();
        }
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(g_log.size() >= 5, qPrintable(g_log.join(u'\n')));
        const QString all = g_log.join(u'\n') + shown.join(u'\n');
        for (const QString &secret :
             {QStringLiteral("Pa55-word!"), QStringLiteral("wrong-Pa55"),
              QStringLiteral("SECRETKEY123"), QStringLiteral("MIIT"),
              QStringLiteral("X-Auth-Token"), QStringLiteral("Authorization"),
              QStringLiteral("Signature=")})
            QVERIFY2(!all.contains(secret), qPrintable(secret));
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
