// The IAM sign-in's JSON: the password login's body and the token answer (catalog, placeholders,
// plain-HTTP entries, tokens that would break a header).
#include "models/iamcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sdrs;

class TestIamCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginBodyScopesByIdOrName()
    {
        // The value at `path` (keys separated by '/') of the login body for `c`.
        const auto at = [](const Connection &c, const QString &path) {
            QJsonValue value = QJsonDocument::fromJson(iam::passwordLoginBody(c)).object();
            for (const QString &key : path.split(u'/'))
                value = value.toObject().value(key);
            return value;
        };
        Connection c;
        c.userName = QStringLiteral("alice");
        c.password = QStringLiteral("s3cret");
        c.domainName = QStringLiteral("acme");
        c.projectId = QStringLiteral("p1");
        QCOMPARE(at(c, QStringLiteral("auth/identity/methods")).toArray(),
                 QJsonArray{QStringLiteral("password")});
        const QString user = QStringLiteral("auth/identity/password/user/");
        QCOMPARE(at(c, user + QStringLiteral("name")).toString(), QStringLiteral("alice"));
        QCOMPARE(at(c, user + QStringLiteral("password")).toString(), QStringLiteral("s3cret"));
        QCOMPARE(at(c, user + QStringLiteral("domain/name")).toString(), QStringLiteral("acme"));
        const QString project = QStringLiteral("auth/scope/project");
        QCOMPARE(at(c, project).toObject(),
                 (QJsonObject{{QStringLiteral("id"), QStringLiteral("p1")}}));
        c.projectId.clear();
        c.projectName = QStringLiteral("eu-de");
        QCOMPARE(at(c, project).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("eu-de")}}));
    }

    void iamToken()
    {
        const QByteArray body =
            "{\"token\":{\"expires_at\":\"2026-12-05T12:00:00.000000Z\","
            "\"project\":{\"id\":\"p1\"},\"catalog\":[{\"type\":\"sdrs\",\"endpoints\":["
            "{\"url\":\"http://sdrs.example.com/v1/$(project_id)s\",\"interface\":\"public\"},"
            "{\"url\":\"https://sdrs.example.com/v1/$(project_id)s\",\"interface\":"
            "\"internal\"}]}]}}";
        Result<iam::Token> t = iam::parseToken("MIIT-token", body, QString(), true);
        QVERIFY2(t.ok(), qPrintable(t.error.message));
        QCOMPARE(t.value.projectId, QStringLiteral("p1"));
        QCOMPARE(t.value.catalogBase, QUrl(QStringLiteral("https://sdrs.example.com/v1/p1")));
        QCOMPARE(t.value.skippedPlainHttp, 1);
        QVERIFY(t.value.expiresAt.isValid());
        // IAM reached over plain HTTP (loopback, a test): the public http entry wins.
        t = iam::parseToken("MIIT-token", body, QStringLiteral("p2"), false);
        QCOMPARE(t.value.catalogBase, QUrl(QStringLiteral("http://sdrs.example.com/v1/p2")));
        // A token that would break the headers it is sent in is refused.
        QCOMPARE(iam::parseToken("MIIT\r\nX-Evil: 1", body, {}, true).error.kind,
                 ApiError::Kind::Decode);
        QVERIFY(!iam::parseToken(QByteArray(70000, 'a'), body, {}, true).ok());
        QVERIFY(!iam::parseToken(QByteArray(), body, {}, true).ok());
    }
};

QTEST_GUILESS_MAIN(TestIamCodec)
#include "tst_iamcodec.moc"
