// The connection set-up shared by the command line and the window, in process: the sign-in from
// a given environment, the options over it, and the usage errors of what is missing.
#include "app/connectionsetup.h"

#include <QTest>

using namespace sdrs;

namespace {

QProcessEnvironment environment(const QList<std::pair<QString, QString>> &variables)
{
    QProcessEnvironment env;
    for (const auto &[name, value] : variables)
        env.insert(name, value);
    return env;
}

ConnectionOptions endpointOptions()
{
    ConnectionOptions options;
    options.endpoint = QStringLiteral("https://sdrs.example.com");
    options.projectId = QStringLiteral("p1");
    return options;
}

const QString otherWays = QStringLiteral("use --demo");

} // namespace

class TestConnectionSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void token()
    {
        const Result<Connection> c = connectionFromEnvironment(
            endpointOptions(),
            environment({{QStringLiteral("OS_AUTH_TOKEN"), QStringLiteral("tok")},
                         {QStringLiteral("OS_ACCESS_KEY"), QStringLiteral("ak")},
                         {QStringLiteral("OS_SECRET_KEY"), QStringLiteral("sk")}}),
            otherWays);
        QVERIFY2(c.ok(), qPrintable(c.error.message));
        // The token wins over AK/SK.
        QCOMPARE(c.value.auth, Connection::Auth::Token);
        QCOMPARE(c.value.token, QStringLiteral("tok"));
        QCOMPARE(c.value.endpoint, QUrl(QStringLiteral("https://sdrs.example.com")));
        QCOMPARE(c.value.projectId, QStringLiteral("p1"));
    }

    void akSk()
    {
        ConnectionOptions options = endpointOptions();
        options.projectId.reset();
        options.signing = signing::Variant::B;
        const Result<Connection> c = connectionFromEnvironment(
            options,
            environment({{QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("ak")},
                         {QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("sk")},
                         {QStringLiteral("OS_SECURITY_TOKEN"), QStringLiteral("st")},
                         {QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), QStringLiteral("hp")}}),
            otherWays);
        QVERIFY2(c.ok(), qPrintable(c.error.message));
        QCOMPARE(c.value.auth, Connection::Auth::AkSk);
        QCOMPARE(c.value.accessKey, QStringLiteral("ak"));
        QCOMPARE(c.value.secretKey, QStringLiteral("sk"));
        QCOMPARE(c.value.securityToken, QStringLiteral("st"));
        QCOMPARE(c.value.signingVariant, signing::Variant::B);
        QCOMPARE(c.value.projectId, QStringLiteral("hp"));
    }

    void password()
    {
        ConnectionOptions options;
        const Result<Connection> c = connectionFromEnvironment(
            options,
            environment(
                {{QStringLiteral("OS_AUTH_URL"), QStringLiteral("https://iam.example.com/v3")},
                 {QStringLiteral("OS_USERNAME"), QStringLiteral("u")},
                 {QStringLiteral("OS_PASSWORD"), QStringLiteral("pw")},
                 {QStringLiteral("OS_DOMAIN_NAME"), QStringLiteral("d")},
                 {QStringLiteral("OS_PROJECT_NAME"), QStringLiteral("eu-de")}}),
            otherWays);
        QVERIFY2(c.ok(), qPrintable(c.error.message));
        QCOMPARE(c.value.auth, Connection::Auth::Password);
        QCOMPARE(c.value.userName, QStringLiteral("u"));
        QCOMPARE(c.value.domainName, QStringLiteral("d"));
        QCOMPARE(c.value.projectName, QStringLiteral("eu-de"));
        // The endpoint may be left out: the token's catalog names it.
        QVERIFY(c.value.endpoint.isEmpty());
    }

    void missingPieces_data()
    {
        QTest::addColumn<QStringList>("variables");
        QTest::addColumn<QString>("error");
        QTest::newRow("nothing") << QStringList{}
                                 << QStringLiteral("no credentials: set OS_AUTH_TOKEN; or "
                                                   "OS_ACCESS_KEY and OS_SECRET_KEY; or "
                                                   "OS_AUTH_URL, OS_USERNAME, OS_PASSWORD and "
                                                   "OS_USER_DOMAIN_NAME; or use --demo");
        QTest::newRow("secret key missing")
            << QStringList{QStringLiteral("OS_ACCESS_KEY=ak")}
            << QStringLiteral("AK/SK signing needs an access key and a secret key.");
        QTest::newRow("password missing")
            << QStringList{QStringLiteral("OS_AUTH_URL=https://iam.example.com"),
                           QStringLiteral("OS_USERNAME=u"), QStringLiteral("OS_DOMAIN_NAME=d")}
            << QStringLiteral("The password sign-in needs a user name, a password and a domain.");
    }
    void missingPieces()
    {
        QFETCH(QStringList, variables);
        QFETCH(QString, error);
        QProcessEnvironment env;
        for (const QString &v : std::as_const(variables))
            env.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
        const Result<Connection> c = connectionFromEnvironment(endpointOptions(), env, otherWays);
        QVERIFY(!c.ok());
        QCOMPARE(c.error.kind, ApiError::Kind::Invalid);
        QCOMPARE(c.error.message, error);
    }

    void noEndpointForToken()
    {
        const Result<Connection> c = connectionFromEnvironment(
            {}, environment({{QStringLiteral("OS_AUTH_TOKEN"), QStringLiteral("tok")}}), otherWays);
        QCOMPARE(c.error.kind, ApiError::Kind::Invalid);
        QCOMPARE(c.error.message, QStringLiteral("No SDRS endpoint given."));
    }

    void profileOverrides()
    {
        Connection saved;
        saved.endpoint = QUrl(QStringLiteral("https://old.example.com"));
        saved.projectId = QStringLiteral("old");
        saved.token = QStringLiteral("tok");
        ConnectionOptions options = endpointOptions();
        const Result<Connection> c = connectionFromProfile(saved, options);
        QVERIFY2(c.ok(), qPrintable(c.error.message));
        QCOMPARE(c.value.endpoint, QUrl(QStringLiteral("https://sdrs.example.com")));
        QCOMPARE(c.value.projectId, QStringLiteral("p1"));
        saved.token.clear();
        QCOMPARE(connectionFromProfile(saved, {}).error.kind, ApiError::Kind::Invalid);
    }

    void signingVariants()
    {
        QCOMPARE(signingVariantNamed(QStringLiteral("A")).value, signing::Variant::A);
        QCOMPARE(signingVariantNamed(QStringLiteral("b")).value, signing::Variant::B);
        const Result<signing::Variant> bad = signingVariantNamed(QStringLiteral("c"));
        QCOMPARE(bad.error.kind, ApiError::Kind::Invalid);
        QCOMPARE(bad.error.message, QStringLiteral("--signing must be a or b, not \"c\""));
    }

    void httpRefusal()
    {
        // Plain http to another computer is named (and refused by the client unless allowed);
        // to this computer it is not.
        ConnectionOptions options = endpointOptions();
        options.endpoint = QStringLiteral("http://sdrs.example.com");
        const Result<Connection> c = connectionFromEnvironment(
            options, environment({{QStringLiteral("OS_AUTH_TOKEN"), QStringLiteral("tok")}}),
            otherWays);
        QVERIFY2(c.ok(), qPrintable(c.error.message));
        QCOMPARE(cleartextHosts(c.value), QStringList{QStringLiteral("sdrs.example.com")});
        Connection local = c.value;
        local.endpoint = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(cleartextHosts(local).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionSetup)
#include "tst_connectionsetup.moc"
