#include "models/profile.h"

#include <QCoreApplication>

namespace sdrs {

namespace {

EndpointPreset huaweiRegion(const char *label, const QString &region)
{
    return {QCoreApplication::translate("sdrs::EndpointPreset", label),
            QStringLiteral("https://sdrs.%1.myhuaweicloud.com").arg(region),
            QStringLiteral("https://iam.%1.myhuaweicloud.com/v3").arg(region)};
}

QList<EndpointPreset> makePresets()
{
    QList<EndpointPreset> presets;
    presets.append({QCoreApplication::translate("sdrs::EndpointPreset", "Open Telekom Cloud eu-de"),
                    QStringLiteral("https://sdrs.eu-de.otc.t-systems.com"),
                    QStringLiteral("https://iam.eu-de.otc.t-systems.com/v3")});
    // The region names as Huawei Cloud's console shows them, with the region id in brackets.
    presets.append(huaweiRegion(
        QT_TRANSLATE_NOOP("sdrs::EndpointPreset", "Huawei Cloud AP-Singapore (ap-southeast-3)"),
        QStringLiteral("ap-southeast-3")));
    presets.append(huaweiRegion(
        QT_TRANSLATE_NOOP("sdrs::EndpointPreset", "Huawei Cloud CN North-Beijing4 (cn-north-4)"),
        QStringLiteral("cn-north-4")));
    presets.append(huaweiRegion(
        QT_TRANSLATE_NOOP("sdrs::EndpointPreset", "Huawei Cloud CN South-Guangzhou (cn-south-1)"),
        QStringLiteral("cn-south-1")));
    presets.append(huaweiRegion(
        QT_TRANSLATE_NOOP("sdrs::EndpointPreset", "Huawei Cloud CN East-Shanghai2 (cn-east-2)"),
        QStringLiteral("cn-east-2")));
    presets.append(huaweiRegion(
        QT_TRANSLATE_NOOP("sdrs::EndpointPreset", "Huawei Cloud CN East-Shanghai1 (cn-east-3)"),
        QStringLiteral("cn-east-3")));
    presets.append(huaweiRegion(
        QT_TRANSLATE_NOOP("sdrs::EndpointPreset", "Huawei Cloud AF-Johannesburg (af-south-1)"),
        QStringLiteral("af-south-1")));
    return presets;
}

} // namespace

const QList<EndpointPreset> &endpointPresets()
{
    static const QList<EndpointPreset> presets = makePresets();
    return presets;
}

QUrl iamUrlForEndpoint(const QUrl &endpoint)
{
    const QString host = endpoint.host().toLower();
    const QString prefix = QStringLiteral("sdrs.");
    // At least REGION.DOMAIN after "sdrs.": "sdrs.localhost" names no region.
    if (!endpoint.isValid() || !host.startsWith(prefix) || host.count(u'.') < 2)
        return {};
    QUrl iam;
    iam.setScheme(QStringLiteral("https"));
    iam.setHost(QStringLiteral("iam.") + host.mid(prefix.size()));
    iam.setPath(QStringLiteral("/v3"));
    return iam;
}

} // namespace sdrs
