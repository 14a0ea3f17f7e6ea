// Unit tests of the status vocabulary (models/vocabulary.h): readable names, lists and tones.

#include "emulator/dataset.h"
#include "models/vocabulary.h"

#include <QTest>

using namespace sdrs;

class TstVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vocabularyNames_data();
    void vocabularyNames();
    void vocabularyLists();
    void tones();
};

void TstVocabulary::vocabularyNames_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");

    const auto status = [](const char *code, const char *name) {
        QTest::addRow("status %s", code)
            << QStringLiteral("status") << QString::fromLatin1(code) << QString::fromLatin1(name);
    };
    status("createFail", "Create failed");
    status("deleteFail", "Delete failed");
    status("attachFail", "Attach failed");
    status("detachFail", "Detach failed");
    status("expandFail", "Expand failed");
    status("resizeFail", "Resize failed");
    status("startFail", "Start protection failed");
    status("stopFail", "Stop protection failed");
    status("reverseFail", "Planned failover failed");
    status("failoverFail", "Failover failed");
    status("reprotectFail", "Re-protection failed");
    status("updateFail", "updateFail"); // unknown: as it came
    status("", "");
    status("CREATEFAIL", "CREATEFAIL"); // exact codes only

    const auto type = [](const char *code, const char *name) {
        QTest::addRow("type %s", code)
            << QStringLiteral("type") << QString::fromLatin1(code) << QString::fromLatin1(name);
    };
    type("server_groups", "Protection group");
    type("protected_instances", "Protected instance");
    type("protectedInstance", "Protected instance");
    type("replications", "Replication pair");
    type("disaster_recovery_drills", "DR drill");
    type("volumes", "volumes");
    type("", "");

    const auto job = [](const char *code, const char *name) {
        QTest::addRow("job %s", code)
            << QStringLiteral("job") << QString::fromLatin1(code) << QString::fromLatin1(name);
    };
    job("SUCCESS", "Succeeded");
    job("RUNNING", "Running");
    job("FAIL", "Failed");
    job("INIT", "Waiting");
    job("PAUSED", "PAUSED");

    const auto jobType = [](const char *code, const char *name) {
        QTest::addRow("job type %s", code)
            << QStringLiteral("jobType") << QString::fromLatin1(code) << QString::fromLatin1(name);
    };
    jobType("addNicNew", "Add NIC");
    jobType("reverseProtectionGroupNoCG", "Planned failover");
    jobType("createDisasterRecoveryDrill", "Create DR drill");
    jobType("createProtectedInstance", "createProtectedInstance"); // the API page's example
    jobType("", "");
}

void TstVocabulary::vocabularyNames()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(QString, name);
    if (kind == QLatin1StringView("status"))
        QCOMPARE(failureStatusName(code), name);
    else if (kind == QLatin1StringView("type"))
        QCOMPARE(resourceTypeName(code), name);
    else if (kind == QLatin1StringView("jobType"))
        QCOMPARE(jobTypeName(code), name);
    else
        QCOMPARE(jobStatusName(code), name);
}

void TstVocabulary::vocabularyLists()
{
    QCOMPARE(failureStatuses(),
             QStringList({QStringLiteral("createFail"), QStringLiteral("deleteFail"),
                          QStringLiteral("attachFail"), QStringLiteral("detachFail"),
                          QStringLiteral("expandFail"), QStringLiteral("resizeFail"),
                          QStringLiteral("startFail"), QStringLiteral("stopFail"),
                          QStringLiteral("reverseFail"), QStringLiteral("failoverFail"),
                          QStringLiteral("reprotectFail")}));
    QCOMPARE(
        resourceTypes(),
        QStringList({QStringLiteral("server_groups"), QStringLiteral("protected_instances"),
                     QStringLiteral("replications"), QStringLiteral("disaster_recovery_drills")}));
    // The emulator's lists are the same.
    QCOMPARE(failureStatuses(), emulator::knownFailureStatuses());
    QCOMPARE(resourceTypes(), emulator::knownResourceTypes());
    // Every readable name differs from its code and from the others.
    QStringList seen;
    for (const QString &status : failureStatuses()) {
        const QString name = failureStatusName(status);
        QVERIFY2(name != status, qPrintable(status));
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen << name;
    }
    // The SDK's 19 job types (ShowJobStatusResponse.job_type), each with a name of its own.
    QCOMPARE(jobTypes().size(), 19);
    seen.clear();
    for (const QString &type : jobTypes()) {
        const QString name = jobTypeName(type);
        QVERIFY2(name != type, qPrintable(type));
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen << name;
        QCOMPARE(nameWithCode(type, &jobTypeName), name + QStringLiteral(" (") + type + u')');
    }
    QCOMPARE(nameWithCode(QStringLiteral("newType"), &jobTypeName), QStringLiteral("newType"));
}

void TstVocabulary::tones()
{
    for (const QString &status : failureStatuses())
        QCOMPARE(failureStatusTone(status), StatusTone::Failed);
    QCOMPARE(failureStatusTone(QStringLiteral("updateFail")), StatusTone::Failed);
    QCOMPARE(failureStatusTone(QString()), StatusTone::Neutral);
    QCOMPARE(failureStatusTone(QStringLiteral("pending")), StatusTone::Neutral);

    QCOMPARE(jobStatusTone(QStringLiteral("FAIL")), StatusTone::Failed);
    QCOMPARE(jobStatusTone(QStringLiteral("RUNNING")), StatusTone::Running);
    QCOMPARE(jobStatusTone(QStringLiteral("INIT")), StatusTone::Running);
    QCOMPARE(jobStatusTone(QStringLiteral("SUCCESS")), StatusTone::Success);
    QCOMPARE(jobStatusTone(QStringLiteral("success")), StatusTone::Success);
    QCOMPARE(jobStatusTone(QString()), StatusTone::Neutral);
    QCOMPARE(jobStatusTone(QStringLiteral("PAUSED")), StatusTone::Neutral);
}

QTEST_GUILESS_MAIN(TstVocabulary)
#include "tst_vocabulary.moc"
