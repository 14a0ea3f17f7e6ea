#include "app/connectionsetup.h"

#include "app/api/wiresafety.h"

namespace sdrs {

namespace {

Result<Connection> checked(Connection connection)
{
    const QString problem = connection.validate();
    if (!problem.isEmpty())
        return Result<Connection>::failure(ApiError::Kind::Invalid, problem);
    return Result<Connection>::success(std::move(connection));
}

/// Fills the sign-in of `c` from the environment; false when it names none.
bool signInFromEnvironment(Connection &c, const ConnectionOptions &options,
                           const QProcessEnvironment &env)
{
    QString accessKey = env.value(QStringLiteral("OS_ACCESS_KEY"));
    QString secretKey = env.value(QStringLiteral("OS_SECRET_KEY"));
    if (accessKey.isEmpty() && secretKey.isEmpty()) {
        accessKey = env.value(QStringLiteral("HUAWEICLOUD_SDK_AK"));
        secretKey = env.value(QStringLiteral("HUAWEICLOUD_SDK_SK"));
    }
    const QString token = env.value(QStringLiteral("OS_AUTH_TOKEN"));
    if (!token.isEmpty()) {
        c.auth = Connection::Auth::Token;
        c.token = token;
    } else if (!accessKey.isEmpty() || !secretKey.isEmpty()) {
        c.auth = Connection::Auth::AkSk;
        c.accessKey = accessKey;
        c.secretKey = secretKey;
        c.securityToken = env.value(QStringLiteral("OS_SECURITY_TOKEN"));
        c.signingVariant = options.signing.value_or(signing::Variant::A);
    } else if (!env.value(QStringLiteral("OS_USERNAME")).isEmpty() ||
               !env.value(QStringLiteral("OS_PASSWORD")).isEmpty() ||
               !env.value(QStringLiteral("OS_AUTH_URL")).isEmpty()) {
        c.auth = Connection::Auth::Password;
        c.iamUrl = QUrl(env.value(QStringLiteral("OS_AUTH_URL")), QUrl::StrictMode);
        c.userName = env.value(QStringLiteral("OS_USERNAME"));
        c.password = env.value(QStringLiteral("OS_PASSWORD"));
        c.domainName = env.value(QStringLiteral("OS_USER_DOMAIN_NAME"));
        if (c.domainName.isEmpty())
            c.domainName = env.value(QStringLiteral("OS_DOMAIN_NAME"));
    } else {
        return false;
    }
    return true;
}

} // namespace

Result<Connection> connectionFromEnvironment(const ConnectionOptions &options,
                                             const QProcessEnvironment &env,
                                             const QString &otherWays)
{
    Connection c;
    c.endpoint = QUrl(options.endpoint.value_or(QString()), QUrl::StrictMode);
    c.projectId = options.projectId.value_or(env.value(QStringLiteral("OS_PROJECT_ID")));
    if (c.projectId.isEmpty() && !options.projectId)
        c.projectId = env.value(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"));
    c.projectName = options.projectName.value_or(env.value(QStringLiteral("OS_PROJECT_NAME")));
    c.caFile = env.value(QStringLiteral("OS_CACERT"));
    if (!signInFromEnvironment(c, options, env))
        //: A usage error; the names are environment variables. %1 names the other ways to
        //: connect, e.g. "use --profile or --demo".
        return Result<Connection>::failure(
            ApiError::Kind::Invalid,
            ConnectionSetup::tr("no credentials: set OS_AUTH_TOKEN; or OS_ACCESS_KEY and "
                                "OS_SECRET_KEY; or OS_AUTH_URL, OS_USERNAME, OS_PASSWORD and "
                                "OS_USER_DOMAIN_NAME; or %1")
                .arg(otherWays));
    return checked(std::move(c));
}

Result<Connection> connectionFromProfile(Connection c, const ConnectionOptions &options)
{
    if (options.endpoint)
        c.endpoint = QUrl(*options.endpoint, QUrl::StrictMode);
    if (options.projectId)
        c.projectId = *options.projectId;
    if (options.projectName)
        c.projectName = *options.projectName;
    if (options.signing)
        c.signingVariant = *options.signing;
    return checked(std::move(c));
}

Result<signing::Variant> signingVariantNamed(const QString &text)
{
    const QString v = text.toLower();
    if (v == QStringLiteral("a"))
        return Result<signing::Variant>::success(signing::Variant::A);
    if (v == QStringLiteral("b"))
        return Result<signing::Variant>::success(signing::Variant::B);
    return Result<signing::Variant>::failure(
        ApiError::Kind::Invalid,
        ConnectionSetup::tr("--signing must be a or b, not \"%1\"").arg(text));
}

QString noSuchProfileText(const QString &name, const QStringList &saved)
{
    if (saved.isEmpty())
        return ConnectionSetup::tr("there is no saved profile named \"%1\" (none are saved)")
            .arg(name);
    return ConnectionSetup::tr("there is no saved profile named \"%1\" (saved: %2)")
        .arg(name, saved.join(QStringLiteral(", ")));
}

QStringList cleartextHosts(const Connection &connection)
{
    QStringList hosts;
    for (const QUrl &url : {connection.endpoint, connection.iamUrl}) {
        if (!url.isEmpty() && !wire::cleartextProblem(url, false).isEmpty())
            hosts.append(url.host());
    }
    return hosts;
}

} // namespace sdrs
