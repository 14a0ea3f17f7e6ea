// Unit tests of the error-code and console links (models/consolelinks.h).

#include "models/consolelinks.h"

#include <QTest>

using namespace sdrs;
using namespace sdrs::links;

class TstConsoleLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void links_data();
    void links();
};

void TstConsoleLinks::links_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("cloud");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("console");
    QTest::addColumn<QString>("errorCodes");

    const QString otcCodes = QStringLiteral("https://docs.otc.t-systems.com/storage-disaster-"
                                            "recovery-service/api-ref/appendix/error_codes.html");
    const QString huaweiCodes =
        QStringLiteral("https://support.huaweicloud.com/intl/en-us/api-sdrs/index.html");
    QTest::newRow("OTC eu-de") << QStringLiteral("https://sdrs.eu-de.otc.t-systems.com")
                               << int(Cloud::OpenTelekomCloud) << QStringLiteral("eu-de")
                               << QStringLiteral("https://console.otc.t-systems.com/sdrs/"
                                                 "?region=eu-de")
                               << otcCodes;
    QTest::newRow("OTC eu-nl, path and port")
        << QStringLiteral("https://SDRS.eu-nl.otc.t-systems.com:443/v1/abc")
        << int(Cloud::OpenTelekomCloud) << QStringLiteral("eu-nl")
        << QStringLiteral("https://console.otc.t-systems.com/sdrs/?region=eu-nl") << otcCodes;
    QTest::newRow("Huawei intl")
        << QStringLiteral("https://sdrs.ap-southeast-3.myhuaweicloud.com")
        << int(Cloud::HuaweiCloud) << QStringLiteral("ap-southeast-3")
        << QStringLiteral("https://console-intl.huaweicloud.com/sdrs/?region=ap-southeast-3")
        << huaweiCodes;
    QTest::newRow("Huawei Chinese mainland")
        << QStringLiteral("https://sdrs.cn-north-4.myhuaweicloud.com") << int(Cloud::HuaweiCloud)
        << QStringLiteral("cn-north-4")
        << QStringLiteral("https://console.huaweicloud.com/sdrs/?region=cn-north-4") << huaweiCodes;
    QTest::newRow("emulator") << QStringLiteral("http://127.0.0.1:8080") << int(Cloud::Unknown)
                              << QString() << QString() << otcCodes;
    QTest::newRow("look-alike domain")
        << QStringLiteral("https://sdrs.eu-de.otc.t-systems.com.example.org") << int(Cloud::Unknown)
        << QString() << QString() << otcCodes;
    QTest::newRow("two labels for the region (OTC Swiss)")
        << QStringLiteral("https://sdrs.eu-ch2.sc.otc.t-systems.com") << int(Cloud::Unknown)
        << QString() << QString() << otcCodes;
    QTest::newRow("another service") << QStringLiteral("https://ecs.eu-de.otc.t-systems.com")
                                     << int(Cloud::Unknown) << QString() << QString() << otcCodes;
    QTest::newRow("empty") << QString() << int(Cloud::Unknown) << QString() << QString()
                           << otcCodes;
}

void TstConsoleLinks::links()
{
    QFETCH(QString, endpoint);
    const QUrl url(endpoint);
    const CloudRegion where = cloudRegionOf(url);
    QTEST(int(where.cloud), "cloud");
    QTEST(where.region, "region");
    QTEST(consolePage(url).toString(), "console");
    QTEST(errorCodePage(url).toString(), "errorCodes");
}

QTEST_GUILESS_MAIN(TstConsoleLinks)
#include "tst_consolelinks.moc"
