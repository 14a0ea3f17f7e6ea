// The emulator over real loopback HTTP, spoken to with a plain QNetworkAccessManager.
#include "emulator/emulator.h"
#include "models/apitime.h"
#include "models/jsoncodec.h"
#include "models/signer.h"
#include "tests/emulator/inprocessemulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace sdrs;
using namespace sdrs::emulator;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    /// The code of an SDRS error body, whatever its wrapper key.
    QString errorCode() const
    {
        const QJsonObject o = json();
        if (o.size() == 1)
            return json::lenientString(
                o.begin().value().toObject().value(QLatin1StringView("code")));
        return o.value(QLatin1StringView("error_code")).toString();
    }
    /// The wrapper key of an SDRS error body (`badrequest`, `itemNotFound`, `error`).
    QString wrapper() const
    {
        const QJsonObject o = json();
        return o.size() == 1 ? o.begin().key() : QString();
    }
    QString errorMessage() const
    {
        return json().value(wrapper()).toObject().value(QLatin1StringView("message")).toString();
    }
};

} // namespace

class TestEmulator final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    Answer send(const QByteArray &method, const QUrl &url,
                const QList<QPair<QByteArray, QByteArray>> &headers = {},
                const QByteArray &body = {})
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(5000);
        for (const auto &[k, v] : headers)
            request.setRawHeader(k, v);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return a;
    }

    static QUrl url(const Emulator &e, const QString &path, const QUrlQuery &query = {})
    {
        return testing::projectUrl(e, path, query);
    }

    Answer get(const Emulator &e, const QString &path, const QUrlQuery &query = {})
    {
        return send("GET", url(e, path, query), {{"X-Auth-Token", "any"}});
    }

    /// Sends raw bytes on a connection of its own (the emulator runs in this thread: no blocking
    /// waits); what came back until one answer was complete, the connection closed, or `ms`.
    static QByteArray exchange(const Emulator &e, const QByteArray &request, int ms)
    {
        QTcpSocket socket;
        QByteArray answer;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [&] { answer += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, quint16(e.baseUrl().port()));
        socket.write(request);
        (void)QTest::qWaitFor(
            [&] {
                return socket.state() == QAbstractSocket::UnconnectedState ||
                       (answer.contains("\r\n\r\n") && !answer.startsWith("HTTP/1.1 431"));
            },
            ms);
        return answer;
    }

    static std::unique_ptr<Emulator> start(Dataset data = Dataset::generate(3, 12, 1500),
                                           Options options = {})
    {
        return testing::startInProcess(std::move(data), std::move(options));
    }

    /// Every row of a scope, fetched page by page, as the server's JSON objects.
    QList<FailureJob> allPages(const Emulator &e, QUrlQuery query, int limit, qint64 *count)
    {
        QList<FailureJob> rows;
        *count = -1;
        for (int offset = 0;; offset += limit) {
            QUrlQuery q = query;
            q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
            const Answer a = get(e, QStringLiteral("/task-center/failure-jobs"), q);
            if (a.status != 200)
                return {};
            const auto page = json::decodeFailureJobPage(a.body);
            if (!page.ok())
                return {};
            if (*count >= 0 && page.value.count != *count)
                return {}; // the total must not change between pages
            *count = page.value.count;
            rows += page.value.jobs;
            if (page.value.jobs.isEmpty())
                break;
        }
        return rows;
    }

private Q_SLOTS:
    void withoutGroupOnlyGroupLevelFailures()
    {
        const auto e = start();
        qsizetype expected = 0;
        for (const FailureJob &f : e->data().failures)
            expected += f.serverGroupId.isEmpty() ? 1 : 0;
        QVERIFY(expected > 0);
        qint64 count = 0;
        const QList<FailureJob> rows = allPages(*e, {}, 1000, &count);
        QCOMPARE(count, expected);
        QCOMPARE(rows.size(), expected);
        for (const FailureJob &f : rows)
            QCOMPARE(f.resourceType, QStringLiteral("server_groups"));
    }

    void servedRowsAreTheData()
    {
        // Every field survives the emulator's own JSON writer: quotes, backslashes, newlines,
        // non-ASCII, nulls.
        Dataset data = Dataset::generate(9, 3, 400);
        FailureJob odd = data.failures.constFirst();
        odd.resourceId = QStringLiteral("odd-row");
        odd.serverGroupId.clear();
        odd.resourceName =
            QStringLiteral("quote\" back\\slash tab\t ctrl\x01 \u00fc\u6570 \U0001F600");
        odd.failReason = QStringLiteral("line 1\nline 2\r\n{\"badRequest\": {\"code\": 400}}");
        odd.errorCode = QString();
        odd.beginTime = odd.beginTime.addYears(1); // newest: first in the list
        odd.beginTimeText = formatIsoTime(odd.beginTime);
        data.failures.prepend(odd);
        const auto e = start(data);
        QHash<QString, FailureJob> expected;
        for (const FailureJob &f : e->data().failures)
            expected.insert(f.resourceId, f);
        for (const QString &group : {QString(), e->data().groups.at(0).id}) {
            QUrlQuery q;
            if (!group.isEmpty())
                q.addQueryItem(QStringLiteral("server_group_id"), group);
            qint64 count = 0;
            for (FailureJob f : allPages(*e, q, 1000, &count)) {
                f.serverGroupId = group;
                QCOMPARE(f, expected.value(f.resourceId));
            }
            QVERIFY(count > 0);
        }
        QCOMPARE(
            json::decodeFailureJobPage(get(*e, QStringLiteral("/task-center/failure-jobs")).body)
                .value.jobs.constFirst()
                .resourceName,
            odd.resourceName);
    }

    void pagingCoversEveryRowOnce_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("limit");
        QTest::newRow("group level, 7 a page") << QString() << QString() << 7;
        QTest::newRow("first group, 13 a page") << QStringLiteral("#0") << QString() << 13;
        QTest::newRow("last group, 1000 a page") << QStringLiteral("#last") << QString() << 1000;
        QTest::newRow("first group, createFail, 5 a page")
            << QStringLiteral("#0") << QStringLiteral("createFail") << 5;
    }

    void pagingCoversEveryRowOnce()
    {
        QFETCH(QString, group);
        QFETCH(QString, status);
        QFETCH(int, limit);
        const auto e = start();
        if (group == QStringLiteral("#0"))
            group = e->data().groups.constFirst().id;
        else if (group == QStringLiteral("#last"))
            group = e->data().groups.constLast().id;
        QSet<QString> expected;
        for (const FailureJob &f : e->data().failures) {
            if (f.serverGroupId == group && (status.isEmpty() || f.failureStatus == status))
                expected.insert(f.resourceId);
        }
        QUrlQuery q;
        if (!group.isEmpty())
            q.addQueryItem(QStringLiteral("server_group_id"), group);
        if (!status.isEmpty())
            q.addQueryItem(QStringLiteral("failure_status"), status);
        qint64 count = 0;
        const QList<FailureJob> rows = allPages(*e, q, limit, &count);
        QCOMPARE(count, qint64(expected.size()));
        QSet<QString> seen;
        for (const FailureJob &f : rows) {
            QVERIFY2(!seen.contains(f.resourceId), qPrintable(f.resourceId));
            seen.insert(f.resourceId);
        }
        QCOMPARE(seen, expected);
        // Newest first.
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(rows.at(i - 1).beginTime >= rows.at(i).beginTime);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("failure_status")
            << QStringLiteral("failure_status") << QStringLiteral("deleteFail");
        QTest::newRow("resource_type replications")
            << QStringLiteral("resource_type") << QStringLiteral("replications");
        QTest::newRow("resource_type protected_instances")
            << QStringLiteral("resource_type") << QStringLiteral("protected_instances");
        QTest::newRow("resource_name part")
            << QStringLiteral("resource_name") << QStringLiteral("instance");
    }

    void filters()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto e = start();
        const QString group = e->data().groups.constFirst().id;
        qsizetype expected = 0;
        for (const FailureJob &f : e->data().failures) {
            if (f.serverGroupId != group)
                continue;
            bool match = false;
            if (key == QStringLiteral("failure_status"))
                match = f.failureStatus == value;
            else if (key == QStringLiteral("resource_type"))
                match = f.resourceType == value;
            else
                match = f.resourceName.contains(value, Qt::CaseInsensitive);
            expected += match ? 1 : 0;
        }
        QVERIFY(expected > 0);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("server_group_id"), group);
        q.addQueryItem(key, value);
        qint64 count = 0;
        const QList<FailureJob> rows = allPages(*e, q, 1000, &count);
        QCOMPARE(count, qint64(expected));
        QCOMPARE(rows.size(), expected);
        for (const FailureJob &f : rows) {
            if (key == QStringLiteral("failure_status"))
                QCOMPARE(f.failureStatus, value);
            else if (key == QStringLiteral("resource_name"))
                QVERIFY(f.resourceName.contains(value, Qt::CaseInsensitive));
            else
                QCOMPARE(f.resourceType, value);
        }
    }

    void validation_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("limit -1") << QStringLiteral("limit=-1") << 400
                                  << QStringLiteral("SDRS.0221");
        QTest::newRow("limit 1001")
            << QStringLiteral("limit=1001") << 400 << QStringLiteral("SDRS.0221");
        QTest::newRow("limit abc")
            << QStringLiteral("limit=abc") << 400 << QStringLiteral("SDRS.0221");
        QTest::newRow("offset -1")
            << QStringLiteral("offset=-1") << 400 << QStringLiteral("SDRS.0222");
        QTest::newRow("offset 1.5")
            << QStringLiteral("offset=1.5") << 400 << QStringLiteral("SDRS.0222");
        QTest::newRow("status") << QStringLiteral("failure_status=brokenFail") << 400
                                << QStringLiteral("SDRS.0201");
        QTest::newRow("type") << QStringLiteral("resource_type=volumes") << 400
                              << QStringLiteral("SDRS.0201");
        // Digits only, as a strict server reads an integer.
        QTest::newRow("limit +5") << QStringLiteral("limit=%2B5") << 400
                                  << QStringLiteral("SDRS.0221");
        QTest::newRow("limit with a space")
            << QStringLiteral("limit=%205") << 400 << QStringLiteral("SDRS.0221");
        QTest::newRow("offset +1")
            << QStringLiteral("offset=%2B1") << 400 << QStringLiteral("SDRS.0222");
        QTest::newRow("limit 0") << QStringLiteral("limit=0") << 200 << QString();
        QTest::newRow("limit 1000") << QStringLiteral("limit=1000") << 200 << QString();
    }

    void validation()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, code);
        const auto e = start();
        const Answer a = get(*e, QStringLiteral("/task-center/failure-jobs"), QUrlQuery(query));
        QCOMPARE(a.status, status);
        if (status == 400) {
            QCOMPARE(a.errorCode(), code);
            // The pages' own example: a 400 is wrapped in "badrequest".
            QCOMPARE(a.wrapper(), QStringLiteral("badrequest"));
            QVERIFY(!a.errorMessage().isEmpty());
        } else {
            QVERIFY(json::decodeFailureJobPage(a.body).ok());
        }
        QVERIFY(!a.header("X-Request-Id").isEmpty());
    }

    void tokenCredentials()
    {
        Options o;
        o.token = QStringLiteral("s3cret");
        const auto e = start(Dataset::generate(1, 2, 20), o);
        const QUrl u = url(*e, QStringLiteral("/task-center/failure-jobs"));
        Answer a = send("GET", u);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.errorCode(), QStringLiteral("APIG.0301"));
        QVERIFY(!a.json().value(QLatin1StringView("error_msg")).toString().isEmpty());
        QCOMPARE(send("GET", u, {{"X-Auth-Token", "wrong"}}).status, 401);
        QCOMPARE(send("GET", u, {{"X-Auth-Token", "s3cret"}}).status, 200);
        // Another project than the emulator's: SDRS.0001, which the error table lists as 400.
        QUrl other = e->baseUrl();
        other.setPath(
            QStringLiteral("/v1/0000000000000000000000000000beef/task-center/failure-jobs"));
        const Answer mismatch = send("GET", other, {{"X-Auth-Token", "s3cret"}});
        QCOMPARE(mismatch.status, 400);
        QCOMPARE(mismatch.errorCode(), QStringLiteral("SDRS.0001"));
    }

    void passwordLogin()
    {
        Options o;
        o.userName = QStringLiteral("ops");
        o.password = QStringLiteral("pw");
        o.domainName = QStringLiteral("acme");
        const auto e = start(Dataset::generate(1, 2, 20), o);
        const auto body = [&](const QString &password, const QJsonObject &project) {
            const QJsonObject user{{QStringLiteral("name"), QStringLiteral("ops")},
                                   {QStringLiteral("password"), password},
                                   {QStringLiteral("domain"),
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("acme")}}}};
            return QJsonDocument(
                       QJsonObject{
                           {QStringLiteral("auth"),
                            QJsonObject{
                                {QStringLiteral("identity"),
                                 QJsonObject{{QStringLiteral("methods"),
                                              QJsonArray{QStringLiteral("password")}},
                                             {QStringLiteral("password"),
                                              QJsonObject{{QStringLiteral("user"), user}}}}},
                                {QStringLiteral("scope"),
                                 QJsonObject{{QStringLiteral("project"), project}}}}}})
                .toJson();
        };
        QUrl iam = e->baseUrl();
        iam.setPath(QStringLiteral("/v3/auth/tokens"));
        const QJsonObject byId{{QStringLiteral("id"), e->projectId()}};
        Answer a = send("POST", iam, {{"Content-Type", "application/json"}},
                        body(QStringLiteral("pw"), byId));
        QCOMPARE(a.status, 201);
        const QByteArray token = a.header("X-Subject-Token");
        QVERIFY(token.size() > 1000);
        const QJsonObject t = a.json().value(QLatin1StringView("token")).toObject();
        QVERIFY(QDateTime::fromString(t.value(QLatin1StringView("expires_at")).toString(),
                                      Qt::ISODateWithMs) >
                QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
        const QString catalogUrl = t.value(QLatin1StringView("catalog"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QLatin1StringView("endpoints"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QLatin1StringView("url"))
                                       .toString();
        QVERIFY(catalogUrl.endsWith(QStringLiteral("/v1/") + e->projectId()));
        const QUrl u = url(*e, QStringLiteral("/server-groups"));
        QCOMPARE(send("GET", u, {{"X-Auth-Token", token}}).status, 200);
        e->revokeTokens();
        QCOMPARE(send("GET", u, {{"X-Auth-Token", token}}).status, 401);

        QCOMPARE(send("POST", iam, {}, body(QStringLiteral("nope"), byId)).status, 401);
        const QJsonObject byName{{QStringLiteral("name"), QStringLiteral("eu-de")}};
        QCOMPARE(send("POST", iam, {}, body(QStringLiteral("pw"), byName)).status, 201);
        const QJsonObject wrongProject{{QStringLiteral("name"), QStringLiteral("eu-nl")}};
        QCOMPARE(send("POST", iam, {}, body(QStringLiteral("pw"), wrongProject)).status, 401);
        iam.setQuery(QStringLiteral("nocatalog=true"));
        a = send("POST", iam, {}, body(QStringLiteral("pw"), byId));
        QCOMPARE(a.status, 201);
        QVERIFY(!a.json()
                     .value(QLatin1StringView("token"))
                     .toObject()
                     .contains(QLatin1StringView("catalog")));
        QCOMPARE(e->loginCount(), 3);
    }

    void akskSignatures_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("skewMinutes");
        QTest::addColumn<int>("status");
        QTest::newRow("A") << 0 << QStringLiteral("SK") << 0 << 200;
        QTest::newRow("B") << 1 << QStringLiteral("SK") << 0 << 200;
        QTest::newRow("A, 10 min off") << 0 << QStringLiteral("SK") << -10 << 200;
        QTest::newRow("A, wrong secret") << 0 << QStringLiteral("XX") << 0 << 401;
        QTest::newRow("B, wrong secret") << 1 << QStringLiteral("XX") << 0 << 401;
        QTest::newRow("A, 20 min off") << 0 << QStringLiteral("SK") << 20 << 401;
    }

    void akskSignatures()
    {
        QFETCH(int, variant);
        QFETCH(QString, secret);
        QFETCH(int, skewMinutes);
        QFETCH(int, status);
        Options o;
        o.accessKey = QStringLiteral("AK");
        o.secretKey = QStringLiteral("SK");
        const auto e = start(Dataset::generate(1, 2, 20), o);
        QUrlQuery q(QStringLiteral("limit=5&resource_name=a b/ü"));
        const QUrl u = url(*e, QStringLiteral("/task-center/failure-jobs"), q);
        const QByteArray date =
            signing::sdkDate(QDateTime::currentDateTimeUtc().addSecs(skewMinutes * 60));
        const QByteArray host = "127.0.0.1:" + QByteArray::number(u.port());
        const signing::HeaderList headers{
            {"host", host}, {"x-sdk-date", date}, {"x-project-id", e->projectId().toLatin1()}};
        const signing::Key key{QStringLiteral("AK"),
                               secret,
                               variant == 0 ? signing::Variant::A : signing::Variant::B,
                               {},
                               {}};
        const signing::Signature sig = signing::sign({"GET", u, headers, {}}, key, date);
        const Answer a = send("GET", u,
                              {{"Host", host},
                               {"X-Sdk-Date", date},
                               {"X-Project-Id", e->projectId().toLatin1()},
                               {"Authorization", sig.authorization}});
        QCOMPARE(a.status, status);
        if (status == 401)
            QCOMPARE(a.errorCode(), QStringLiteral("APIG.0301"));
    }

    void everyFailureHasItsJob()
    {
        const auto e = start();
        int withSubJobs = 0;
        for (qsizetype i = 0; i < e->data().failures.size(); i += 25) {
            const FailureJob &f = e->data().failures.at(i);
            const Answer a = get(*e, QStringLiteral("/jobs/") + f.jobId);
            QCOMPARE(a.status, 200);
            const auto job = json::decodeJob(a.body);
            QVERIFY(job.ok());
            QCOMPARE(job.value.jobId, f.jobId);
            QCOMPARE(job.value.status, QStringLiteral("FAIL"));
            QCOMPARE(job.value, synthesizeJob(f));
            withSubJobs += job.value.subJobs.isEmpty() ? 0 : 1;
        }
        QVERIFY(withSubJobs > 0);
        const Answer missing = get(*e, QStringLiteral("/jobs/ffffffffffffffffffffffffffffffff"));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json().contains(QLatin1StringView("itemNotFound")));
    }

    void deleteOneRemovesExactlyIt()
    {
        const auto e = start();
        const QList<FailureJob> before = e->data().failures;
        const FailureJob victim = before.at(before.size() / 2);
        const auto auth = QList<QPair<QByteArray, QByteArray>>{{"X-Auth-Token", "t"}};
        Answer a =
            send("DELETE",
                 url(*e, QStringLiteral("/task-center/failure-jobs/") + victim.resourceId), auth);
        QCOMPARE(a.status, 204);
        QVERIFY(a.body.isEmpty());
        QList<FailureJob> expected = before;
        expected.removeAll(victim);
        QCOMPARE(e->data().failures, expected);
        a = send("DELETE",
                 url(*e, QStringLiteral("/task-center/failure-jobs/") + victim.resourceId), auth);
        QCOMPARE(a.status, 404);
        QVERIFY(a.json().contains(QLatin1StringView("itemNotFound")));
        QCOMPARE(e->data().failures, expected);
    }

    void batchDeletes_data()
    {
        QTest::addColumn<bool>("groupLevel");
        QTest::newRow("group level") << true;
        QTest::newRow("one group") << false;
    }

    void batchDeletes()
    {
        QFETCH(bool, groupLevel);
        const auto e = start();
        const QString group = groupLevel ? QString() : e->data().groups.at(1).id;
        QList<FailureJob> expected;
        for (const FailureJob &f : e->data().failures) {
            if (f.serverGroupId != group)
                expected.append(f);
        }
        QVERIFY(expected.size() < e->data().failures.size());
        const QString path = groupLevel
                                 ? QStringLiteral("/task-center/failure-jobs/batch")
                                 : QStringLiteral("/task-center/%1/failure-jobs/batch").arg(group);
        QCOMPARE(send("DELETE", url(*e, path), {{"X-Auth-Token", "t"}}).status, 204);
        QCOMPARE(e->data().failures, expected);
        QUrlQuery q;
        if (!groupLevel)
            q.addQueryItem(QStringLiteral("server_group_id"), group);
        QCOMPARE(get(*e, QStringLiteral("/task-center/failure-jobs"), q)
                     .json()
                     .value(QLatin1StringView("count"))
                     .toInt(),
                 0);
    }

    void batchDeleteOfUnknownGroup()
    {
        const auto e = start();
        const qsizetype before = e->data().failures.size();
        const Answer a =
            send("DELETE", url(*e, QStringLiteral("/task-center/no-such-group/failure-jobs/batch")),
                 {{"X-Auth-Token", "t"}});
        // SDRS.1013, listed as 400 in the error table.
        QCOMPARE(a.status, 400);
        QCOMPARE(a.errorCode(), QStringLiteral("SDRS.1013"));
        QCOMPARE(e->data().failures.size(), before);
    }

    void emptySegmentIsNoRoute()
    {
        // "//" must not be read as the group level's batch delete.
        const auto e = start();
        const qsizetype before = e->data().failures.size();
        const QByteArray request = "DELETE /v1/" + e->projectId().toLatin1() +
                                   "/task-center//failure-jobs/batch HTTP/1.1\r\nHost: x\r\n"
                                   "X-Auth-Token: t\r\nContent-Length: 0\r\n\r\n";
        const QByteArray answer = exchange(*e, request, 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
        QCOMPARE(e->data().failures.size(), before);
    }

    void encodedIdsAreDecodedOncePerSegment()
    {
        // A server splits the path first and decodes each segment: "a%2Fb" is the id "a/b".
        Dataset data = Dataset::generate(3, 2, 20);
        const QStringList ids{QStringLiteral("a/b"), QStringLiteral("sp ace"),
                              QStringLiteral("per%cent"), QStringLiteral("q?x#y"),
                              QStringLiteral("gr\u00FC\u00DFe")};
        for (qsizetype i = 0; i < ids.size(); ++i)
            data.failures[i].resourceId = ids.at(i);
        const auto e = start(data);
        for (const QString &id : ids) {
            QUrl u = e->baseUrl();
            u.setPath(QStringLiteral("/v1/") + e->projectId() +
                          QStringLiteral("/task-center/failure-jobs/") +
                          QString::fromLatin1(QUrl::toPercentEncoding(id)),
                      QUrl::TolerantMode);
            const Answer a = send("DELETE", u, {{"X-Auth-Token", "t"}});
            QVERIFY2(a.status == 204,
                     qPrintable(id + QStringLiteral(": ") + QString::fromUtf8(a.body)));
        }
        for (const FailureJob &f : e->data().failures)
            QVERIFY(!ids.contains(f.resourceId));
    }

    void oversizedRequestIsRefused()
    {
        const auto e = start();
        const QByteArray request =
            "GET /v1/p/server-groups HTTP/1.1\r\nHost: x\r\nX-Junk: " + QByteArray(2 << 20, 'j') +
            "\r\n\r\n";
        const QByteArray answer = exchange(*e, request, 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(100).constData());
        // The emulator still serves everyone else.
        QCOMPARE(get(*e, QStringLiteral("/server-groups")).status, 200);
    }

    void idleAndHalfOpenConnectionsAreClosed()
    {
        Options o;
        o.limits.idleTimeoutMs = 300;
        o.limits.requestTimeoutMs = 300;
        const auto e = start(Dataset::generate(3, 2, 20), o);
        for (const QByteArray &sent : {QByteArray(), QByteArray("GET /v1/p/server-gr")}) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(e->baseUrl().port()));
            QVERIFY(socket.waitForConnected(5000));
            if (!sent.isEmpty())
                socket.write(sent);
            QElapsedTimer clock;
            clock.start();
            QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
            QVERIFY(clock.elapsed() >= 250);
        }
        // A request held by latency is being answered, not idle.
        o.latencyMs = 800;
        const auto slow = start(Dataset::generate(3, 2, 20), o);
        QCOMPARE(get(*slow, QStringLiteral("/server-groups")).status, 200);
    }

    void wrongMethodAndUnknownPath()
    {
        const auto e = start();
        QCOMPARE(send("POST", url(*e, QStringLiteral("/task-center/failure-jobs")),
                      {{"X-Auth-Token", "t"}})
                     .status,
                 405);
        QCOMPARE(get(*e, QStringLiteral("/nothing-here")).status, 404);
    }

    void protectionGroups_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("expected"); // -1: compute from data with the same rule
        QTest::newRow("all") << QString() << 30;
        QTest::newRow("page") << QStringLiteral("limit=7&offset=28") << 30;
        QTest::newRow("bad query_type") << QStringLiteral("query_type=x") << -400;
        QTest::newRow("bad limit") << QStringLiteral("limit=5000") << -400;
    }

    void protectionGroups()
    {
        QFETCH(QString, query);
        QFETCH(int, expected);
        const auto e = start(Dataset::generate(5, 30, 100));
        const Answer a = get(*e, QStringLiteral("/server-groups"), QUrlQuery(query));
        if (expected < 0) {
            QCOMPARE(a.status, -expected);
            return;
        }
        QCOMPARE(a.status, 200);
        const auto page = json::decodeProtectionGroupPage(a.body);
        QVERIFY(page.ok());
        QCOMPARE(page.value.count, qint64(expected));
        const QUrlQuery q(query);
        const int limit = q.hasQueryItem(QStringLiteral("limit"))
                              ? q.queryItemValue(QStringLiteral("limit")).toInt()
                              : 1000;
        const int offset = q.queryItemValue(QStringLiteral("offset")).toInt();
        QCOMPARE(page.value.groups.size(), qMin(limit, expected - offset));
        QCOMPARE(page.value.groups.constFirst(), e->data().groups.at(offset));
    }

    void groupFilters()
    {
        const auto e = start(Dataset::generate(5, 60, 100));
        const ProtectionGroup &g = e->data().groups.at(3);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("name"), g.name.mid(1, 4).toUpper());
        const auto page =
            json::decodeProtectionGroupPage(get(*e, QStringLiteral("/server-groups"), q).body);
        QVERIFY(page.ok());
        QVERIFY(page.value.groups.contains(g));
        for (const ProtectionGroup &other : page.value.groups)
            QVERIFY(other.name.contains(g.name.mid(1, 4), Qt::CaseInsensitive));
        q.clear();
        q.addQueryItem(QStringLiteral("query_type"), QStringLiteral("status_abnormal"));
        const auto abnormal =
            json::decodeProtectionGroupPage(get(*e, QStringLiteral("/server-groups"), q).body);
        QVERIFY(abnormal.ok());
        for (const ProtectionGroup &other : abnormal.value.groups)
            QVERIFY(other.status.startsWith(QStringLiteral("error")));
    }

    void faultsByHeader_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<int>("status");
        QTest::newRow("500") << QByteArray("500") << 500;
        QTest::newRow("503") << QByteArray("503") << 503;
        QTest::newRow("429") << QByteArray("429") << 429;
        QTest::newRow("401") << QByteArray("401") << 401;
        QTest::newRow("malformed") << QByteArray("malformed") << 200;
        QTest::newRow("truncated") << QByteArray("truncated") << 200;
    }

    void faultsByHeader()
    {
        QFETCH(QByteArray, fault);
        QFETCH(int, status);
        const auto e = start();
        const Answer a = send("GET", url(*e, QStringLiteral("/task-center/failure-jobs")),
                              {{"X-Auth-Token", "t"}, {"X-Emulator-Fault", fault}});
        QCOMPARE(a.status, status);
        if (status == 200)
            QVERIFY(!json::decodeFailureJobPage(a.body).ok());
        if (status == 429)
            QCOMPARE(a.header("Retry-After"), QByteArray("1"));
        // The next request is healthy again.
        QCOMPARE(get(*e, QStringLiteral("/task-center/failure-jobs")).status, 200);
    }

    void queuedFaultsAndLatency()
    {
        const auto e = start();
        e->queueFault(Fault::Http503, 2);
        QCOMPARE(get(*e, QStringLiteral("/server-groups")).status, 503);
        QCOMPARE(get(*e, QStringLiteral("/server-groups")).status, 503);
        QCOMPARE(get(*e, QStringLiteral("/server-groups")).status, 200);
        QElapsedTimer clock;
        clock.start();
        const Answer slow = send("GET", url(*e, QStringLiteral("/server-groups")),
                                 {{"X-Auth-Token", "t"}, {"X-Emulator-Fault", "latency=300"}});
        QCOMPARE(slow.status, 200);
        QVERIFY(clock.elapsed() >= 290);
    }

    void stallAndDropNeverAnswerFully()
    {
        const auto e = start();
        QNetworkRequest stall(url(*e, QStringLiteral("/server-groups")));
        stall.setRawHeader("X-Auth-Token", "t");
        stall.setRawHeader("X-Emulator-Fault", "stall");
        stall.setTransferTimeout(300);
        QNetworkReply *reply = m_nam.get(stall);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        reply->deleteLater();

        const Answer dropped = send("GET", url(*e, QStringLiteral("/server-groups")),
                                    {{"X-Auth-Token", "t"}, {"X-Emulator-Fault", "drop"}});
        QVERIFY(!json::decodeProtectionGroupPage(dropped.body).ok());
    }

    void fixtureIsServed()
    {
        QFile file(QStringLiteral(SDRS_TEST_DATA "/fixture.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<Dataset> data = Dataset::fromFixture(file.readAll());
        QVERIFY2(data.ok(), qPrintable(data.error.message));
        const auto e = start(data.value);
        const Answer groups = get(*e, QStringLiteral("/server-groups"));
        QCOMPARE(json::decodeProtectionGroupPage(groups.body).value.count, 2);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("server_group_id"),
                       QStringLiteral("40df180b-9fe2-471a-8c64-1b758dc84189"));
        const auto page = json::decodeFailureJobPage(
            get(*e, QStringLiteral("/task-center/failure-jobs"), q).body);
        QCOMPARE(page.value.count, 2);
        const auto level =
            json::decodeFailureJobPage(get(*e, QStringLiteral("/task-center/failure-jobs")).body);
        QCOMPARE(level.value.count, 1);
        const auto job =
            json::decodeJob(get(*e, QStringLiteral("/jobs/ff8080826b45d4a5016b5036242c0025")).body);
        QVERIFY(job.ok());
        QCOMPARE(job.value.subJobs.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestEmulator)
#include "tst_emulator.moc"
