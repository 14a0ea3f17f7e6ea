#include "connection.h"

namespace sdrs {

QString Connection::validate() const
{
    if (!endpoint.isEmpty() && (!endpoint.isValid() || endpoint.host().isEmpty()))
        return QStringLiteral("The SDRS endpoint \"%1\" is not a valid URL.")
            .arg(endpoint.toString(QUrl::RemoveUserInfo));
    switch (auth) {
    case Auth::Token:
        if (token.isEmpty())
            return QStringLiteral("No token given.");
        break;
    case Auth::Password:
        if (!iamUrl.isValid() || iamUrl.host().isEmpty())
            return QStringLiteral("No IAM URL given for the password sign-in.");
        if (userName.isEmpty() || password.isEmpty() || domainName.isEmpty())
            return QStringLiteral(
                "The password sign-in needs a user name, a password and a domain.");
        if (projectId.isEmpty() && projectName.isEmpty())
            return QStringLiteral("The password sign-in needs a project id or a project name.");
        return {};
    case Auth::AkSk:
        if (accessKey.isEmpty() || secretKey.isEmpty())
            return QStringLiteral("AK/SK signing needs an access key and a secret key.");
        break;
    }
    if (endpoint.isEmpty())
        return QStringLiteral("No SDRS endpoint given.");
    if (projectId.isEmpty() && !endpoint.path().contains(QStringLiteral("/v1/")))
        return QStringLiteral("No project id given.");
    return {};
}

} // namespace sdrs
