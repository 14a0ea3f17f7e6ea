// Group resolution of the command line (--group of export and delete), in process, on the groups
// an in-process emulator lists: the id, then the exact name, then the name in any letter case.
#include "app/cli/clisupport.h"
#include "tests/api/smalldataset.h"

#include <QTest>

using namespace sdrs;
using namespace sdrs::testing;

class TestGroupResolution : public QObject, private EmulatorHarness
{
    Q_OBJECT

    QList<ProtectionGroup> m_groups;

private Q_SLOTS:
    void initTestCase()
    {
        emulator::Dataset data = makeDataset(1, {1, 1, 1});
        data.groups[0].name = QStringLiteral("Web");
        data.groups[1].name = QStringLiteral("web");
        data.groups[2].name = QStringLiteral("Database");
        startEmulator(std::move(data));
        SdrsClient client(connection());
        const Result<ProtectionGroupPage> listed = awaitResult<ProtectionGroupPage>(
            [&](auto done) { client.listAllProtectionGroups({}, this, std::move(done)); });
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        m_groups = listed.value.groups;
        QCOMPARE(m_groups.size(), 3);
    }
    void cleanupTestCase() { m_emulator.reset(); }

    void byId()
    {
        const Result<ProtectionGroup> g = cli::resolveGroup(m_groups, m_groups.at(2).id);
        QVERIFY(g.ok());
        QCOMPARE(g.value.name, QStringLiteral("Database"));
    }

    void exactNameFirst()
    {
        const Result<ProtectionGroup> g = cli::resolveGroup(m_groups, QStringLiteral("web"));
        QVERIFY(g.ok());
        QCOMPARE(g.value.id, m_groups.at(1).id);
    }

    void anyLetterCase()
    {
        const Result<ProtectionGroup> g = cli::resolveGroup(m_groups, QStringLiteral("DATABASE"));
        QVERIFY(g.ok());
        QCOMPARE(g.value.id, m_groups.at(2).id);
    }

    void ambiguous()
    {
        const Result<ProtectionGroup> g = cli::resolveGroup(m_groups, QStringLiteral("WEB"));
        QCOMPARE(g.error.kind, ApiError::Kind::Invalid);
        QCOMPARE(g.error.message,
                 QStringLiteral("the name \"WEB\" fits 2 protection groups (%1, %2): give the id")
                     .arg(m_groups.at(0).id, m_groups.at(1).id));
    }

    void unknown()
    {
        const Result<ProtectionGroup> g = cli::resolveGroup(m_groups, QStringLiteral("mail"));
        QCOMPARE(g.error.kind, ApiError::Kind::Invalid);
        QCOMPARE(g.error.message,
                 QStringLiteral("no protection group has the id or name \"mail\" (3 groups "
                                "listed)"));
    }
};

QTEST_GUILESS_MAIN(TestGroupResolution)
#include "tst_groupresolution.moc"
