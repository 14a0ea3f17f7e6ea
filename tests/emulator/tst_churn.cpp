// The emulator's churn: a step adds and removes as many failed tasks, the new ones begin now,
// the listings stay consistent, and the same seed churns the same rows. Over real loopback HTTP.
#include "emulator/emulator.h"
#include "models/jsoncodec.h"
#include "tests/emulator/inprocessemulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace sdrs;
using namespace sdrs::emulator;

class TestChurn final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    /// Status and body of one request.
    QPair<int, QByteArray> send(const QByteArray &method, const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(5000);
        request.setRawHeader("X-Auth-Token", "any");
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const QPair<int, QByteArray> answer{
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return answer;
    }

    /// Every row of one scope (empty: the group level), as listed, all pages.
    QList<FailureJob> listScope(const Emulator &e, const QString &groupId)
    {
        QList<FailureJob> rows;
        for (int offset = 0;; offset += 1000) {
            QUrlQuery q;
            if (!groupId.isEmpty())
                q.addQueryItem(QStringLiteral("server_group_id"), groupId);
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
            q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
            const auto [status, body] =
                send("GET", testing::projectUrl(e, QStringLiteral("/task-center/failure-jobs"), q));
            const auto page = json::decodeFailureJobPage(body);
            if (status != 200 || !page.ok())
                return {};
            rows += page.value.jobs;
            if (page.value.jobs.isEmpty() || rows.size() >= page.value.count)
                return rows;
        }
    }

    /// The job ids of every scope's listing, and each scope's count, summed.
    QSet<QString> listedIds(const Emulator &e)
    {
        QSet<QString> ids;
        QStringList scopes{QString()};
        for (const ProtectionGroup &g : e.data().groups)
            scopes << g.id;
        for (const QString &scope : std::as_const(scopes)) {
            for (const FailureJob &row : listScope(e, scope))
                ids.insert(row.jobId);
        }
        return ids;
    }

    static QSet<QString> idsOf(const QList<FailureJob> &rows)
    {
        QSet<QString> ids;
        for (const FailureJob &row : rows)
            ids.insert(row.jobId);
        return ids;
    }

private Q_SLOTS:
    void parsesTheOption_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("seconds"); ///< 0: refused
        QTest::addColumn<int>("count");
        QTest::newRow("seconds") << "30" << 30 << 1;
        QTest::newRow("seconds and count") << "5:3" << 5 << 3;
        QTest::newRow("zero seconds") << "0" << 0 << 0;
        QTest::newRow("zero count") << "5:0" << 0 << 0;
        QTest::newRow("empty count") << "5:" << 0 << 0;
        QTest::newRow("words") << "often" << 0 << 0;
        QTest::newRow("too many") << "5:10001" << 0 << 0;
    }
    void parsesTheOption()
    {
        QFETCH(QString, text);
        QFETCH(int, seconds);
        QFETCH(int, count);
        const auto parsed = parseChurn(text);
        QCOMPARE(parsed.has_value(), seconds > 0);
        if (parsed)
            QCOMPARE(*parsed, std::pair(seconds, count));
    }

    void aStepAddsAndRemovesCount()
    {
        auto e = testing::startInProcess(Dataset::generate(5, 8, 300));
        const QList<FailureJob> before = e->data().failures;
        const QSet<QString> listedBefore = listedIds(*e);
        QCOMPARE(listedBefore.size(), before.size());

        const QDateTime start = QDateTime::currentDateTimeUtc();
        const ChurnStep step = e->churn(4);
        const QDateTime end = QDateTime::currentDateTimeUtc();
        QCOMPARE(step.added.size(), 4);
        QCOMPARE(step.removed.size(), 4);
        QCOMPARE(e->data().failures.size(), before.size());
        // The removed ones are the oldest four listed.
        QCOMPARE(idsOf(step.removed), idsOf(before.mid(before.size() - 4)));
        for (const FailureJob &row : step.added) {
            QVERIFY(row.beginTime >= start.addMSecs(-1) && row.beginTime <= end);
            QVERIFY(!before.contains(row));
            QVERIFY(!idsOf(before).contains(row.jobId));
        }
        // The listings agree: the new rows in, the old ones out, nothing else changed.
        const QSet<QString> listedAfter = listedIds(*e);
        QCOMPARE(listedAfter, (listedBefore - idsOf(step.removed)) + idsOf(step.added));
        QCOMPARE(e->churnSteps(), 1);
    }

    void newRowsComeFirstInTheirScope()
    {
        auto e = testing::startInProcess(Dataset::generate(6, 5, 200));
        const ChurnStep step = e->churn(12);
        QSet<QString> groupIds{QString()};
        for (const ProtectionGroup &g : e->data().groups)
            groupIds.insert(g.id);
        int groupLevel = 0;
        for (const FailureJob &row : step.added) {
            QVERIFY2(groupIds.contains(row.serverGroupId), qPrintable(row.serverGroupId));
            groupLevel += row.serverGroupId.isEmpty() ? 1 : 0;
            // Newest first, as the service lists: the new row is on the first page of its scope.
            const QList<FailureJob> scope = listScope(*e, row.serverGroupId);
            QVERIFY(idsOf(scope.mid(0, 12)).contains(row.jobId));
        }
        QVERIFY(groupLevel < 12); // spread, not all at the group level
    }

    void theSameSeedChurnsTheSameRows()
    {
        Options options;
        options.seed = 42;
        auto a = testing::startInProcess(Dataset::generate(7, 6, 100), options);
        auto b = testing::startInProcess(Dataset::generate(7, 6, 100), options);
        for (int i = 0; i < 2; ++i) {
            const ChurnStep x = a->churn(3);
            const ChurnStep y = b->churn(3);
            QCOMPARE(idsOf(x.removed), idsOf(y.removed));
            QCOMPARE(x.added.size(), y.added.size());
            for (qsizetype k = 0; k < x.added.size(); ++k) {
                // The same rows, apart from the time they began (and the job id, which holds it).
                QCOMPARE(x.added[k].resourceId, y.added[k].resourceId);
                QCOMPARE(x.added[k].serverGroupId, y.added[k].serverGroupId);
                QCOMPARE(x.added[k].failureStatus, y.added[k].failureStatus);
                QCOMPARE(x.added[k].jobType, y.added[k].jobType);
            }
        }
        options.seed = 43;
        auto c = testing::startInProcess(Dataset::generate(7, 6, 100), options);
        QVERIFY(c->churn(3).added.first().resourceId != a->churn(3).added.first().resourceId);
    }

    void aRequestTakesOneStep()
    {
        auto e = testing::startInProcess(Dataset::generate(5, 4, 50));
        QUrl url = e->baseUrl();
        url.setPath(QStringLiteral("/emulator/churn"));
        url.setQuery(QStringLiteral("count=2"));
        const auto [status, body] = send("POST", url);
        QCOMPARE(status, 200);
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        QCOMPARE(o.value(QLatin1StringView("added")).toArray().size(), 2);
        QCOMPARE(o.value(QLatin1StringView("removed")).toArray().size(), 2);
        const QString added = o.value(QLatin1StringView("added")).toArray().first().toString();
        QVERIFY(listedIds(*e).contains(added));
        QCOMPARE(e->data().failures.size(), 50);

        url.setQuery(QString());
        QCOMPARE(send("POST", url).first, 200); // count defaults to 1
        QCOMPARE(e->churnSteps(), 2);
        url.setQuery(QStringLiteral("count=-1"));
        QCOMPARE(send("POST", url).first, 400);
        url.setQuery(QStringLiteral("count=many"));
        QCOMPARE(send("POST", url).first, 400);
        QCOMPARE(send("GET", url).first, 405);
        QCOMPARE(e->churnSteps(), 2);
    }

    void theOptionStartsATimer()
    {
        Options options;
        options.churnSeconds = 90;
        options.churnCount = 2;
        auto e = testing::startInProcess(Dataset::generate(5, 4, 50), options);
        auto *timer = e->findChild<QTimer *>(QStringLiteral("churnTimer"));
        QVERIFY(timer);
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 90 * 1000);
        // Its step is an ordinary one, of the option's count.
        QMetaObject::invokeMethod(timer, "timeout", Qt::DirectConnection);
        QCOMPARE(e->churnSteps(), 1);
        QCOMPARE(e->data().failures.size(), 50);
        auto quiet = testing::startInProcess(Dataset::generate(5, 4, 50));
        QVERIFY(!quiet->findChild<QTimer *>(QStringLiteral("churnTimer")));
    }
};

QTEST_GUILESS_MAIN(TestChurn)
#include "tst_churn.moc"
