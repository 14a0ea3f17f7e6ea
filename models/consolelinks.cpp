#include "models/consolelinks.h"

#include <QStringList>

namespace sdrs::links {

namespace {

/// Open Telekom Cloud's SDRS API reference, appendix "Error Codes" (the page the bundled
/// catalog was taken from).
constexpr auto OtcErrorCodes = "https://docs.otc.t-systems.com/storage-disaster-recovery-service/"
                               "api-ref/appendix/error_codes.html";
/// Huawei Cloud's SDRS API reference; the appendix "Error Codes" is listed in it (the address of
/// the appendix page itself is a generated topic id, not a stable pattern).
constexpr auto HuaweiApiReference =
    "https://support.huaweicloud.com/intl/en-us/api-sdrs/index.html";
/// The consoles take the region as a query item: `.../sdrs/?region=eu-de`.
constexpr auto OtcConsole = "https://console.otc.t-systems.com/sdrs/";
constexpr auto HuaweiConsole = "https://console-intl.huaweicloud.com/sdrs/";
/// The Chinese mainland regions (cn-*) have their own console.
constexpr auto HuaweiChinaConsole = "https://console.huaweicloud.com/sdrs/";

/// A region name as the clouds spell them: lower-case letters, digits and '-'.
bool isRegionName(const QString &text)
{
    if (text.isEmpty() || text.size() > 32 || text.startsWith(u'-'))
        return false;
    for (const QChar c : text) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    return true;
}

QUrl withRegion(const char *base, const QString &region)
{
    QUrl url(QString::fromLatin1(base));
    url.setQuery(QStringLiteral("region=") + region);
    return url;
}

} // namespace

CloudRegion cloudRegionOf(const QUrl &endpoint)
{
    const QString host = endpoint.host().toLower();
    const QStringList labels = host.split(u'.');
    // sdrs.<region>.<domain...>: exactly one label for the region.
    if (labels.size() < 3 || labels.at(0) != QLatin1StringView("sdrs") ||
        !isRegionName(labels.at(1)))
        return {};
    const QString domain = labels.mid(2).join(u'.');
    if (domain == QLatin1StringView("otc.t-systems.com"))
        return {Cloud::OpenTelekomCloud, labels.at(1)};
    if (domain == QLatin1StringView("myhuaweicloud.com") ||
        domain == QLatin1StringView("myhuaweicloud.eu"))
        return {Cloud::HuaweiCloud, labels.at(1)};
    return {};
}

QUrl errorCodePage(const QUrl &endpoint)
{
    if (cloudRegionOf(endpoint).cloud == Cloud::HuaweiCloud)
        return QUrl(QString::fromLatin1(HuaweiApiReference));
    return QUrl(QString::fromLatin1(OtcErrorCodes));
}

QUrl consolePage(const QUrl &endpoint)
{
    const CloudRegion where = cloudRegionOf(endpoint);
    switch (where.cloud) {
    case Cloud::OpenTelekomCloud:
        return withRegion(OtcConsole, where.region);
    case Cloud::HuaweiCloud:
        return withRegion(where.region.startsWith(QLatin1StringView("cn-")) ? HuaweiChinaConsole
                                                                            : HuaweiConsole,
                          where.region);
    case Cloud::Unknown:
        break;
    }
    return {};
}

} // namespace sdrs::links
