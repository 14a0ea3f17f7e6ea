// What the window keeps between runs, without a window: defaults, a round trip, and the scope
// keys as they stand in the settings file.
#include "ui/windowsettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace sdrs;
using namespace sdrs::ui;

class TstWindowSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowsettings"));
    }

    void init() { QSettings().clear(); }

    void defaults()
    {
        const WindowSettings s = WindowSettings::load();
        QVERIFY(s.geometry.isEmpty());
        QCOMPARE(s.autoRefreshMinutes, 0);
        QVERIFY(!s.notifyNew);
        QVERIFY(!s.showGone);
        QVERIFY(!s.hideAcknowledged);
        QCOMPARE(s.filter, BrowserFilter{});
        QCOMPARE(s.pageSize, DefaultPageSize);
    }

    void roundTrip()
    {
        WindowSettings s;
        s.geometry = "geometry";
        s.splitter = "splitter";
        s.header = "header";
        s.autoRefreshMinutes = 5;
        s.notifyNew = true;
        s.showGone = true;
        s.hideAcknowledged = true;
        s.filter.scope = BrowserFilter::Scope::Group;
        s.filter.groupId = QStringLiteral("g-1");
        s.filter.failureStatus = QStringLiteral("createFail");
        s.filter.resourceType = QStringLiteral("protected_instances");
        s.filter.resourceName = QStringLiteral("web");
        s.pageSize = 500;
        s.save();
        const WindowSettings back = WindowSettings::load();
        QCOMPARE(back.geometry, s.geometry);
        QCOMPARE(back.splitter, s.splitter);
        QCOMPARE(back.header, s.header);
        QCOMPARE(back.autoRefreshMinutes, 5);
        QVERIFY(back.notifyNew);
        QVERIFY(back.showGone);
        QVERIFY(back.hideAcknowledged);
        QCOMPARE(back.filter, s.filter);
        QCOMPARE(back.pageSize, 500);
        QCOMPARE(QSettings().value(QStringLiteral("filter/scope")).toString(),
                 QStringLiteral("group"));
    }

    void groupIdOnlyForAGroup()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("filter/scope"), QStringLiteral("all"));
        settings.setValue(QStringLiteral("filter/groupId"), QStringLiteral("g-1"));
        settings.sync();
        const WindowSettings s = WindowSettings::load();
        QCOMPARE(s.filter.scope, BrowserFilter::Scope::AllGroups);
        QVERIFY(s.filter.groupId.isEmpty());
    }

    void unknownScopeIsTheGroupLevel()
    {
        QSettings().setValue(QStringLiteral("filter/scope"), QStringLiteral("nonsense"));
        QCOMPARE(WindowSettings::load().filter.scope, BrowserFilter::Scope::GroupLevel);
    }
};

QTEST_GUILESS_MAIN(TstWindowSettings)
#include "tst_windowsettings.moc"
