// Unit tests of the one-line cause of a failure (models/failurecause.h), on the fail-reason
// shapes the service sends (tests/data/fixture.json, the API reference) and the demo data.

#include "emulator/dataset.h"
#include "models/errorcatalog.h"
#include "models/failurecause.h"
#include "tests/common/examplerows.h"

#include <QTest>

using namespace sdrs;
using namespace sdrs::test;

Q_DECLARE_METATYPE(sdrs::FailureCause::Source)

class TstFailureCause : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cause_data();
    void cause();
    void whatToDoIsTheHandlingOfTheCode();
    void longCauseIsCut();
    void generatedRows();
};

void TstFailureCause::cause_data()
{
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<FailureCause::Source>("source");
    QTest::addColumn<QString>("code");

    using S = FailureCause::Source;
    // The example: the catalog's SDRS.1021 says "status not available", the downstream
    // error says what really happened.
    QTest::newRow("downstream error beats the catalog")
        << QStringLiteral("SDRS.1021")
        << QStringLiteral("SdrsAttachNicTask-fail:SDRS.1021:Client error : {\"badRequest\": "
                          "{\"message\": \"IP address 192.168.10.23 is already in use\", "
                          "\"code\": 400}}")
        << QStringLiteral("IP address 192.168.10.23 is already in use") << S::Downstream
        << QStringLiteral("SDRS.1021");
    QTest::newRow("fixture: client error")
        << QStringLiteral("SDRS.1306")
        << QStringLiteral("StopProtectionGroupTask-fail:SDRS.1306:Client error : {\"badRequest\": "
                          "{\"message\": \"Invalid volume status\", \"code\": 400}}")
        << QStringLiteral("Invalid volume status") << S::Downstream << QStringLiteral("SDRS.1306");
    QTest::newRow("API example: free text")
        << QStringLiteral("EVS.2024")
        << QStringLiteral("SdrsGenerateNativeServerParamsTask-fail:volume is error!")
        << QStringLiteral("volume is error!") << S::Reason << QString();
    QTest::newRow("fixture: only task and code")
        << QStringLiteral("SDRS.1306") << QStringLiteral("StopProtectionGroupTask-fail:SDRS.1306")
        << QStringLiteral("Failed to create the server") << S::Catalog
        << QStringLiteral("SDRS.1306");
    QTest::newRow("stack trace: its first line")
        << QStringLiteral("SDRS.1601") << StackTrace
        << QStringLiteral("The replication pair cannot be expanded.") << S::Reason
        << QStringLiteral("SDRS.1601");
    QTest::newRow("no reason: the code's meaning")
        << QStringLiteral("sdrs.1306") << QString() << QStringLiteral("Failed to create the server")
        << S::Catalog << QStringLiteral("SDRS.1306");
    QTest::newRow("code only in the reason") << QString() << QStringLiteral("Task-fail:SDRS.1306:")
                                             << QStringLiteral("Failed to create the server")
                                             << S::Catalog << QStringLiteral("SDRS.1306");
    QTest::newRow("JSON without a message: text before it")
        << QString()
        << QStringLiteral("Task-fail:call failed : {\"error\": {\"code\": \"APIG.0301\"}}")
        << QStringLiteral("call failed") << S::Reason << QString();
    QTest::newRow("JSON without a message and no text: catalog")
        << QStringLiteral("SDRS.1306")
        << QStringLiteral("Task-fail:SDRS.1306:Client error : {\"badRequest\": {\"code\": 400}}")
        << QStringLiteral("Failed to create the server") << S::Catalog
        << QStringLiteral("SDRS.1306");
    QTest::newRow("API gateway message")
        << QString()
        << QStringLiteral("Task-fail:call failed: {\"error_msg\": \"Incorrect IAM authentication "
                          "information\", \"error_code\": \"APIG.0301\"}")
        << QStringLiteral("Incorrect IAM authentication information") << S::Downstream << QString();
    QTest::newRow("truncated JSON stays text")
        << QStringLiteral("SDRS.1306")
        << QStringLiteral("Task-fail:SDRS.1306:Client error : {\"badRequest\": {\"message\": \"cu")
        << QStringLiteral("Client error : {\"badRequest\": {\"message\": \"cu") << S::Reason
        << QStringLiteral("SDRS.1306");
    QTest::newRow("no structure") << QString()
                                  << QStringLiteral("  Something went wrong:\tplease retry.  ")
                                  << QStringLiteral("Something went wrong: please retry.")
                                  << S::Reason << QString();
    QTest::newRow("control characters are made printable")
        << QString() << QStringLiteral("T-fail:bad\u202Ename\x1b[31m")
        << QStringLiteral("bad\\u202Ename\\x1B[31m") << S::Reason << QString();
    QTest::newRow("nothing known")
        << QStringLiteral("XYZ.9999") << QString() << QString() << S::None << QString();
}

void TstFailureCause::cause()
{
    QFETCH(QString, errorCode);
    QFETCH(QString, reason);
    const FailureCause result = failureCause(errorCode, reason);
    QTEST(result.cause, "cause");
    QTEST(result.source, "source");
    QTEST(result.code, "code");
    QVERIFY(!result.cause.contains(u'\n'));
}

void TstFailureCause::whatToDoIsTheHandlingOfTheCode()
{
    const ErrorCodeInfo *info = ErrorCatalog::instance().find(QStringLiteral("SDRS.1021"));
    QVERIFY(info);
    const FailureCause result = failureCause(
        QStringLiteral("SDRS.1021"),
        QStringLiteral("T-fail:SDRS.1021:Client error : {\"badRequest\": {\"message\": \"x\"}}"));
    QCOMPARE(result.whatToDo, info->handling);
    QVERIFY(result.whatToDo.startsWith(QLatin1StringView("Perform this operation")));
    // The job's code wins over the one in the reason; an unknown job code falls back to it.
    QCOMPARE(failureCause(QStringLiteral("SDRS.1306"), QStringLiteral("T-fail:SDRS.1021:x")).code,
             QStringLiteral("SDRS.1306"));
    QCOMPARE(failureCause(QStringLiteral("EVS.2024"), QStringLiteral("T-fail:SDRS.1021:x")).code,
             QStringLiteral("SDRS.1021"));
    QVERIFY(failureCause(QStringLiteral("EVS.2024"), QStringLiteral("x")).whatToDo.isEmpty());
}

void TstFailureCause::longCauseIsCut()
{
    const QString longText(1000, u'a');
    const FailureCause result = failureCause(QString(), QStringLiteral("T-fail:") + longText);
    QCOMPARE(result.cause.size(), MaxCauseLength);
    QVERIFY(result.cause.endsWith(QChar(0x2026)));
}

void TstFailureCause::generatedRows()
{
    // Every form the demo data produces has a one-line cause, and a client error's is the
    // downstream message.
    const QList<FailureJob> jobs = emulator::Dataset::generate(11, 20, 3000).failures;
    int downstream = 0;
    for (const FailureJob &f : jobs) {
        const FailureCause result = failureCause(f);
        const QByteArray context = f.failReason.toUtf8();
        QVERIFY(!result.cause.contains(u'\n'));
        if (f.failReason.isEmpty() && !ErrorCatalog::instance().find(f.errorCode))
            continue;
        QVERIFY2(!result.cause.isEmpty(), context.constData());
        if (f.failReason.contains(QLatin1StringView("Client error : {"))) {
            ++downstream;
            QCOMPARE(result.source, FailureCause::Source::Downstream);
            QVERIFY2(f.failReason.contains(result.cause.left(MaxCauseLength - 1)),
                     context.constData());
        }
        if (result.source != FailureCause::Source::Catalog)
            QVERIFY2(!result.cause.contains(QLatin1StringView("-fail:")), context.constData());
    }
    QVERIFY(downstream > 100);
}

QTEST_GUILESS_MAIN(TstFailureCause)
#include "tst_failurecause.moc"
