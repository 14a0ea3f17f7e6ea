#pragma once

#include "models/connection.h"

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
    QString label;   ///< "Open Telekom Cloud eu-de", translated
    QString sdrsUrl; ///< "https://sdrs.eu-de.otc.t-systems.com", no trailing slash
    QString iamUrl;  ///< "https://iam.eu-de.otc.t-systems.com/v3"
};
/// OTC eu-de (the only OTC region with SDRS), then the Huawei Cloud regions that offer SDRS.
/// Built, and its labels translated, on the first call: call it after the
/// translators are installed.
const QList<EndpointPreset> &endpointPresets();
/// The IAM URL of an SDRS endpoint's region: https://iam.REGION.DOMAIN/v3 for an endpoint on
/// sdrs.REGION.DOMAIN; an empty URL for an endpoint of another form (a proxy, an emulator).
QUrl iamUrlForEndpoint(const QUrl &endpoint);

} // namespace sdrs
