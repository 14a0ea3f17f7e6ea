// The emulator's sign-ins: IAM password login, and the check of a token or an AK/SK signature.
#include "emulator/requesthelpers.h"

#include "models/apitime.h"
#include "models/jsoncodec.h"
#include "models/signer.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace sdrs::emulator {

std::optional<Emulator::Response> Emulator::checkCredentials(const QHttpServerRequest &request)
{
    const auto deny = [this](const QString &message) {
        return Response{401, gatewayError(QStringLiteral("APIG.0301"), message, m_requestId), {}};
    };

    const QByteArray token = header(request, "X-Auth-Token");
    const QByteArray authorization = header(request, "Authorization");
    if (!token.isEmpty()) {
        const QString t = QString::fromLatin1(token);
        if (m_options.acceptsAnything())
            return std::nullopt;
        if (!m_options.token.isEmpty() && t == m_options.token)
            return std::nullopt;
        const auto it = m_tokens.constFind(t);
        if (it != m_tokens.cend() && QDateTime::currentDateTimeUtc() < *it)
            return std::nullopt;
        return deny(QStringLiteral("Incorrect IAM authentication information: the token is "
                                   "invalid or expired"));
    }
    if (!authorization.isEmpty()) {
        const signing::ParsedAuthorization parsed = signing::parseAuthorization(authorization);
        if (!parsed.valid)
            return deny(QStringLiteral("Incorrect IAM authentication information: malformed "
                                       "Authorization header"));
        if (m_options.accessKey.isEmpty() || parsed.accessKey != m_options.accessKey)
            return deny(
                QStringLiteral("Incorrect IAM authentication information: unknown access key"));
        const QByteArray date = header(request, "X-Sdk-Date");
        const QDateTime when = signing::parseSdkDate(date);
        if (!when.isValid() || std::abs(when.secsTo(QDateTime::currentDateTimeUtc())) > 15 * 60)
            return deny(QStringLiteral("Incorrect IAM authentication information: X-Sdk-Date is "
                                       "missing or more than 15 minutes off"));
        if (!parsed.signedHeaders.contains("host") || !parsed.signedHeaders.contains("x-sdk-date"))
            return deny(QStringLiteral("Incorrect IAM authentication information: host and "
                                       "x-sdk-date must be signed"));
        signing::HeaderList headers;
        for (const QByteArray &name : parsed.signedHeaders) {
            const QByteArray value = header(request, name);
            if (value.isNull())
                return deny(QStringLiteral("Incorrect IAM authentication information: signed "
                                           "header %1 is missing")
                                .arg(QString::fromLatin1(name)));
            headers.append({name, value});
        }
        const signing::Key key{m_options.accessKey, m_options.secretKey, parsed.variant,
                               parsed.region, parsed.service};
        const signing::Signature expected = signing::sign(
            signing::Request{methodName(request), request.url(), headers, request.body()}, key,
            date);
        if (expected.signature != parsed.signature)
            return deny(QStringLiteral("Incorrect IAM authentication information: verify aksk "
                                       "signature fail"));
        return std::nullopt;
    }
    return deny(QStringLiteral("Incorrect IAM authentication information: no token or signature"));
}

namespace {

/// What a password sign-in (`POST /v3/auth/tokens`) asks for.
struct LoginRequest
{
    bool byPassword = false; ///< "password" is among the identity's methods
    QString name;
    QString password;
    QString domain;
    QString projectId;
    QString projectName;
};

LoginRequest readLogin(const QByteArray &body)
{
    const auto member = [](const QJsonValue &object, const char *key) {
        return object.toObject().value(QLatin1StringView(key));
    };
    const QJsonValue auth = member(QJsonDocument::fromJson(body).object(), "auth");
    const QJsonValue identity = member(auth, "identity");
    const QJsonValue user = member(member(identity, "password"), "user");
    const QJsonValue project = member(member(auth, "scope"), "project");
    LoginRequest login;
    login.byPassword = member(identity, "methods").toArray().contains(QStringLiteral("password"));
    login.name = member(user, "name").toString();
    login.password = member(user, "password").toString();
    login.domain = member(member(user, "domain"), "name").toString();
    login.projectId = member(project, "id").toString();
    login.projectName = member(project, "name").toString();
    return login;
}

} // namespace

Emulator::Response Emulator::login(const QHttpServerRequest &request)
{
    const auto deny = [](const QString &message) {
        Response r;
        r.status = 401;
        r.body = json(QJsonObject{
            {QLatin1StringView("error"),
             QJsonObject{{QLatin1StringView("code"), 401},
                         {QLatin1StringView("message"), message},
                         {QLatin1StringView("title"), QStringLiteral("Unauthorized")}}}});
        return r;
    };
    const LoginRequest login = readLogin(request.body());
    if (!login.byPassword)
        return deny(QStringLiteral("The request you have made requires authentication."));
    const bool accepted =
        m_options.userName.isEmpty()
            ? m_options.acceptsAnything() && !login.name.isEmpty() && !login.password.isEmpty()
            : login.name == m_options.userName && login.password == m_options.password &&
                  login.domain == m_options.domainName;
    if (!accepted)
        return deny(QStringLiteral("The username or password is wrong."));
    if (login.projectId != m_data.projectId && login.projectName != m_options.projectName)
        return deny(QStringLiteral("No project matches the scope of the request."));
    return issueToken(request, login.name, login.domain);
}

Emulator::Response Emulator::issueToken(const QHttpServerRequest &request, const QString &name,
                                        const QString &domain)
{
    ++m_loginCount;
    QByteArray random(1536, Qt::Uninitialized);
    for (char &c : random)
        c = char(QRandomGenerator::global()->bounded(256));
    const QByteArray token =
        "MIIT" + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addSecs(m_options.tokenTtlSeconds);
    m_tokens.insert(QString::fromLatin1(token), expires);

    QJsonObject tokenBody{
        {QLatin1StringView("expires_at"), formatIsoTime(expires)},
        {QLatin1StringView("issued_at"), formatIsoTime(now)},
        {QLatin1StringView("methods"), QJsonArray{QStringLiteral("password")}},
        {QLatin1StringView("project"),
         QJsonObject{
             {QLatin1StringView("id"), m_data.projectId},
             {QLatin1StringView("name"), m_options.projectName},
             {QLatin1StringView("domain"), QJsonObject{{QLatin1StringView("name"), domain}}}}},
        {QLatin1StringView("user"),
         QJsonObject{
             {QLatin1StringView("name"), name},
             {QLatin1StringView("domain"), QJsonObject{{QLatin1StringView("name"), domain}}}}},
    };
    if (request.query().queryItemValue(QStringLiteral("nocatalog")) != QStringLiteral("true")) {
        const QString url = m_options.catalogUrl.isEmpty()
                                ? m_baseUrl.toString() + QStringLiteral("/v1/") + m_data.projectId
                                : m_options.catalogUrl.toString();
        tokenBody.insert(QLatin1StringView("catalog"),
                         QJsonArray{QJsonObject{
                             {QLatin1StringView("type"), QStringLiteral("sdrs")},
                             {QLatin1StringView("name"), QStringLiteral("sdrs")},
                             {QLatin1StringView("endpoints"),
                              QJsonArray{QJsonObject{
                                  {QLatin1StringView("url"), url},
                                  {QLatin1StringView("region"), m_options.region},
                                  {QLatin1StringView("interface"), QStringLiteral("public")}}}}}});
    }
    Response r;
    r.status = 201;
    r.headers.append({"X-Subject-Token", token});
    r.body = json(QJsonObject{{QLatin1StringView("token"), tokenBody}});
    return r;
}

} // namespace sdrs::emulator
