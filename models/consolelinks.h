#pragma once

#include <QString>
#include <QUrl>

/// Web pages about a failure: the error-code appendix of the cloud's SDRS documentation and the
/// SDRS console of the endpoint's region. Only URL patterns that are known are built; there is no
/// deep link to one resource (the consoles' resource URLs are not documented).
namespace sdrs::links {

enum class Cloud {
    Unknown,          ///< an emulator, a proxy, an endpoint of another form
    OpenTelekomCloud, ///< `sdrs.<region>.otc.t-systems.com`
    HuaweiCloud,      ///< `sdrs.<region>.myhuaweicloud.com` (and `.myhuaweicloud.eu`)
};

struct CloudRegion
{
    Cloud cloud = Cloud::Unknown;
    QString region; ///< e.g. "eu-de", "ap-southeast-3"; empty when unknown
};

/// The cloud and region an SDRS endpoint belongs to, from its host name.
CloudRegion cloudRegionOf(const QUrl &endpoint);

/// The page listing the SDRS error codes of the endpoint's cloud. Open Telekom Cloud's appendix
/// (the source of the bundled catalog) for an unknown endpoint.
QUrl errorCodePage(const QUrl &endpoint);

/// The SDRS console of the endpoint's region, or an empty URL when the cloud or region is not
/// known.
QUrl consolePage(const QUrl &endpoint);

} // namespace sdrs::links
