#pragma once

#include "connection.h"

#include <QString>

namespace sdrs {

/// A saved connection under a name. The secrets (token, password, secret key, security token) in
/// `connection` are filled only in memory; they are stored in the keychain, never in settings.
struct Profile
{
    QString name;
    Connection connection;
};

/// The endpoint presets the profile dialog offers: a label and the SDRS URL, plus the IAM URL
/// of the same region.
struct EndpointPreset
{
    QString label; ///< "Open Telekom Cloud eu-de"
    QString sdrsUrl;
    QString iamUrl;
};
const QList<EndpointPreset> &endpointPresets();

} // namespace sdrs
