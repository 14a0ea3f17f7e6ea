#include "models/connection.h"

#include <QCoreApplication>

namespace sdrs {

namespace {

/// The translation context of the connection's messages.
class ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::Connection)
};

} // namespace

QString Connection::validate() const
{
    if (!endpoint.isEmpty() && (!endpoint.isValid() || endpoint.host().isEmpty()))
        //: %1 is the URL as entered.
        return ConnectionText::tr("The SDRS endpoint \"%1\" is not a valid URL.")
            .arg(endpoint.toString(QUrl::RemoveUserInfo));
    switch (auth) {
    case Auth::Token:
        if (token.isEmpty())
            //: The authentication token (X-Auth-Token) is missing.
            return ConnectionText::tr("No token given.");
        break;
    case Auth::Password:
        if (!iamUrl.isValid() || iamUrl.host().isEmpty())
            return ConnectionText::tr("No IAM URL given for the password sign-in.");
        if (userName.isEmpty() || password.isEmpty() || domainName.isEmpty())
            return ConnectionText::tr(
                "The password sign-in needs a user name, a password and a domain.");
        if (projectId.isEmpty() && projectName.isEmpty())
            return ConnectionText::tr("The password sign-in needs a project id or a project name.");
        return {};
    case Auth::AkSk:
        if (accessKey.isEmpty() || secretKey.isEmpty())
            //: AK/SK: access key and secret key, the signing credentials of the cloud.
            return ConnectionText::tr("AK/SK signing needs an access key and a secret key.");
        break;
    }
    if (endpoint.isEmpty())
        return ConnectionText::tr("No SDRS endpoint given.");
    if (projectId.isEmpty() && !endpoint.path().contains(QStringLiteral("/v1/")))
        return ConnectionText::tr("No project id given.");
    return {};
}

} // namespace sdrs
