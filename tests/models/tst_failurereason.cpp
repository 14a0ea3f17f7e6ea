// Unit tests of the fail-reason parser (models/failurereason.h).

#include "emulator/dataset.h"
#include "models/failurereason.h"
#include "tests/common/examplerows.h"

#include <QTest>

using namespace sdrs;
using namespace sdrs::test;

class TstFailureReason : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseFailReason_data();
    void parseFailReason();
    void parseGeneratedReasons();
};

void TstFailureReason::parseFailReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("taskName");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("embeddedKey");
    QTest::addColumn<QString>("embeddedMessage");
    QTest::addColumn<int>("embeddedStatus");
    QTest::addColumn<QString>("prettyJson"); ///< a line the pretty JSON has, or empty: no JSON

    QTest::newRow("empty") << QString() << QString() << QString() << QString() << QString()
                           << QString() << 0 << QString();
    QTest::newRow("API example") << QStringLiteral(
                                        "SdrsGenerateNativeServerParamsTask-fail:volume is error!")
                                 << QStringLiteral("SdrsGenerateNativeServerParamsTask")
                                 << QString() << QStringLiteral("volume is error!") << QString()
                                 << QString() << 0 << QString();

    const QString clientError =
        QStringLiteral("Client error : {\"badRequest\": {\"message\": \"Flavor s3.xlarge.4 is "
                       "sold out in availability zone eu-de-02.\", \"code\": 400}}");
    QTest::newRow("client error")
        << QStringLiteral("SdrsCreateProtectedInstanceTask-fail:SDRS.1306:") + clientError
        << QStringLiteral("SdrsCreateProtectedInstanceTask") << QStringLiteral("SDRS.1306")
        << clientError << QStringLiteral("badRequest")
        << QStringLiteral("Flavor s3.xlarge.4 is sold out in availability zone eu-de-02.") << 400
        << QStringLiteral("    \"badRequest\": {");
    QTest::newRow("item not found")
        << QStringLiteral("SdrsAttachVolumeTask-fail:SDRS.1402:Client error : {\"itemNotFound\": "
                          "{\"message\": \"Volume could not be found.\", \"code\": 404}}")
        << QStringLiteral("SdrsAttachVolumeTask") << QStringLiteral("SDRS.1402")
        << QStringLiteral("Client error : {\"itemNotFound\": {\"message\": \"Volume could not be "
                          "found.\", \"code\": 404}}")
        << QStringLiteral("itemNotFound") << QStringLiteral("Volume could not be found.") << 404
        << QStringLiteral("        \"code\": 404,");
    QTest::newRow("other service's code")
        << QStringLiteral("Task-fail:EVS.2024:some text") << QStringLiteral("Task")
        << QStringLiteral("EVS.2024") << QStringLiteral("some text") << QString() << QString() << 0
        << QString();
    QTest::newRow("blanks around the parts")
        << QStringLiteral("SdrsStopServerTask-fail: Ecs.0000 : request error ")
        << QStringLiteral("SdrsStopServerTask") << QStringLiteral("Ecs.0000")
        << QStringLiteral("request error") << QString() << QString() << 0 << QString();
    QTest::newRow("stack trace") << StackTrace << QStringLiteral("SdrsExpandTargetVolumeTask")
                                 << QString()
                                 << StackTrace.mid(StackTrace.indexOf(u':') + 1).trimmed()
                                 << QString() << QString() << 0 << QString();
    QTest::newRow("code without task")
        << QStringLiteral("SDRS.0201: Internal error") << QString() << QStringLiteral("SDRS.0201")
        << QStringLiteral("Internal error") << QString() << QString() << 0 << QString();
    QTest::newRow("no structure") << QStringLiteral("Something went wrong: please retry later.")
                                  << QString() << QString()
                                  << QStringLiteral("Something went wrong: please retry later.")
                                  << QString() << QString() << 0 << QString();
    QTest::newRow("version is not a code")
        << QStringLiteral("v1.2: release notes") << QString() << QString()
        << QStringLiteral("v1.2: release notes") << QString() << QString() << 0 << QString();
    QTest::newRow("task name with a blank is no task")
        << QStringLiteral("Some Task-fail:x") << QString() << QString()
        << QStringLiteral("Some Task-fail:x") << QString() << QString() << 0 << QString();
    QTest::newRow("JSON in free text, string code, text after it")
        << QStringLiteral("Request failed {\"error\": {\"message\": \"Internal error.\", \"code\": "
                          "\"SDRS.0201\"}} (retry later)")
        << QString() << QString()
        << QStringLiteral("Request failed {\"error\": {\"message\": \"Internal error.\", \"code\": "
                          "\"SDRS.0201\"}} (retry later)")
        << QStringLiteral("error") << QStringLiteral("Internal error.") << 0
        << QStringLiteral("        \"message\": \"Internal error.\"");
    QTest::newRow("API gateway error, braces before it")
        << QStringLiteral("Task-fail:call {a} failed: {\"error_msg\": \"Incorrect IAM "
                          "authentication information\", \"error_code\": \"APIG.0301\"}")
        << QStringLiteral("Task") << QString()
        << QStringLiteral("call {a} failed: {\"error_msg\": \"Incorrect IAM authentication "
                          "information\", \"error_code\": \"APIG.0301\"}")
        << QString() << QStringLiteral("Incorrect IAM authentication information") << 0
        << QStringLiteral("    \"error_code\": \"APIG.0301\",");
    QTest::newRow("truncated JSON")
        << QStringLiteral("Task-fail:SDRS.1306:Client error : {\"badRequest\": {\"message\": \"cu")
        << QStringLiteral("Task") << QStringLiteral("SDRS.1306")
        << QStringLiteral("Client error : {\"badRequest\": {\"message\": \"cu") << QString()
        << QString() << 0 << QString();
    QTest::newRow("string HTTP status")
        << QStringLiteral("T-fail:{\"conflictingRequest\": {\"message\": \"busy\", \"code\": "
                          "\"409\"}}")
        << QStringLiteral("T") << QString()
        << QStringLiteral("{\"conflictingRequest\": {\"message\": \"busy\", \"code\": \"409\"}}")
        << QStringLiteral("conflictingRequest") << QStringLiteral("busy") << 409
        << QStringLiteral("        \"message\": \"busy\"");
}

void TstFailureReason::parseFailReason()
{
    QFETCH(QString, reason);
    const FailReasonParts parts = sdrs::parseFailReason(reason);
    QTEST(parts.taskName, "taskName");
    QTEST(parts.errorCode, "errorCode");
    QTEST(parts.text, "text");
    QTEST(parts.embeddedKey, "embeddedKey");
    QTEST(parts.embeddedMessage, "embeddedMessage");
    QTEST(parts.embeddedStatus, "embeddedStatus");
    QFETCH(QString, prettyJson);
    if (prettyJson.isEmpty()) {
        QVERIFY2(parts.prettyJson.isEmpty(), qPrintable(parts.prettyJson));
    } else {
        QVERIFY2(parts.prettyJson.split(u'\n').contains(prettyJson), qPrintable(parts.prettyJson));
        QVERIFY(parts.prettyJson.startsWith(u'{'));
        QVERIFY(parts.prettyJson.endsWith(u'}'));
    }
}

void TstFailureReason::parseGeneratedReasons()
{
    // Every form the demo data produces.
    const QList<FailureJob> jobs = emulator::Dataset::generate(11, 20, 3000).failures;
    int clientErrors = 0;
    int stackTraces = 0;
    for (const FailureJob &f : jobs) {
        const FailReasonParts parts = sdrs::parseFailReason(f.failReason);
        const QByteArray context = f.failReason.toUtf8();
        if (f.failReason.isEmpty()) {
            QCOMPARE(parts, FailReasonParts());
            continue;
        }
        QVERIFY2(parts.taskName.endsWith(QLatin1StringView("Task")), context.constData());
        QVERIFY2(!parts.text.isEmpty(), context.constData());
        QVERIFY2(f.failReason.endsWith(parts.text), context.constData());
        if (f.failReason.contains(QLatin1StringView("Client error : {"))) {
            ++clientErrors;
            if (!f.errorCode.isEmpty()) // a few rows lose their error code
                QCOMPARE(parts.errorCode, f.errorCode);
            QVERIFY2(parts.errorCode.startsWith(QLatin1StringView("SDRS.")), context.constData());
            QVERIFY2(!parts.embeddedKey.isEmpty(), context.constData());
            QVERIFY2(!parts.embeddedMessage.isEmpty(), context.constData());
            QVERIFY2(parts.embeddedStatus == 400 || parts.embeddedStatus == 404 ||
                         parts.embeddedStatus == 409,
                     context.constData());
            QVERIFY(parts.prettyJson.contains(u'\n'));
        } else {
            QVERIFY2(parts.prettyJson.isEmpty(), context.constData());
        }
        if (f.failReason.contains(u'\n')) {
            ++stackTraces;
            QVERIFY(parts.text.contains(QLatin1StringView("\tat ")));
        }
    }
    QVERIFY(clientErrors > 100);
    QVERIFY(stackTraces > 10);
}

QTEST_GUILESS_MAIN(TstFailureReason)
#include "tst_failurereason.moc"
