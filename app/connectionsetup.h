// The connection a run asks for, from the environment, a saved profile and the options: written
// once for the command line and the window, without widgets.
#pragma once

#include "models/connection.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace sdrs {

/// What the options say about the connection; an option that was not given is nullopt.
struct ConnectionOptions
{
    std::optional<QString> endpoint;
    std::optional<QString> projectId;
    std::optional<QString> projectName;
    std::optional<signing::Variant> signing;
};

/// The translation context of the connection set-up's sentences.
class ConnectionSetup
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::ConnectionSetup)
};

/// The sign-in the environment names, the options over it. When several are set the token wins,
/// then AK/SK (OS_ACCESS_KEY/OS_SECRET_KEY, else HUAWEICLOUD_SDK_AK/SK), then the password
/// (OS_AUTH_URL, OS_USERNAME, OS_PASSWORD, OS_USER_DOMAIN_NAME or OS_DOMAIN_NAME). An error of kind
/// Invalid when none is set (its message ends with `otherWays`, the caller's other ways to connect)
/// or the connection is incomplete.
Result<Connection> connectionFromEnvironment(const ConnectionOptions &options,
                                             const QProcessEnvironment &environment,
                                             const QString &otherWays);
/// A saved profile's connection with the options over it; Invalid when it is incomplete.
Result<Connection> connectionFromProfile(Connection connection, const ConnectionOptions &options);
/// The value of --signing: a or b, in any letter case.
Result<signing::Variant> signingVariantNamed(const QString &text);
/// A usage error's words for a profile name that is not saved, listing the saved ones (`saved`).
QString noSuchProfileText(const QString &name, const QStringList &saved);
/// The hosts of `connection` that credentials would reach over plain HTTP.
QStringList cleartextHosts(const Connection &connection);

} // namespace sdrs
