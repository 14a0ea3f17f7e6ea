// The browser's filter as the API queries it becomes: a page of the service's paging, an "All
// protection groups" load, and an export of every page.
#include "app/browserquery.h"
#include "models/browserfilter.h"

#include <QTest>

using namespace sdrs;

namespace {

BrowserFilter filter(BrowserFilter::Scope scope)
{
    BrowserFilter f;
    f.scope = scope;
    f.groupId = scope == BrowserFilter::Scope::Group ? QStringLiteral("g1") : QString();
    f.failureStatus = QStringLiteral("createFail");
    f.resourceType = QStringLiteral("protected_instances");
    f.resourceName = QStringLiteral("web");
    return f;
}

} // namespace

class TstBrowserQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPageAsksForItsRowsWithEveryFilter()
    {
        const FailureJobQuery q = pageQuery(filter(BrowserFilter::Scope::Group), 2, 50);
        QCOMPARE(q.serverGroupId, QStringLiteral("g1"));
        QCOMPARE(q.failureStatus, QStringLiteral("createFail"));
        QCOMPARE(q.resourceType, QStringLiteral("protected_instances"));
        QCOMPARE(q.resourceName, QStringLiteral("web"));
        QCOMPARE(q.limit, 50);
        QCOMPARE(q.offset, 100);
        QVERIFY(
            pageQuery(filter(BrowserFilter::Scope::GroupLevel), 0, 100).serverGroupId.isEmpty());
    }

    void everyGroupIsReadWithOnlyTheNameFilter()
    {
        const AllGroupsQuery q = allGroupsQuery(filter(BrowserFilter::Scope::AllGroups));
        QCOMPARE(q.resourceName, QStringLiteral("web"));
        // Status and type are filtered in memory by the window.
        QVERIFY(q.failureStatus.isEmpty());
        QVERIFY(q.resourceType.isEmpty());
        QVERIFY(!q.onlyScope.has_value());
    }

    void aTimeRangeReadsEveryPageOfTheScope()
    {
        // The service has no time filter: a range on one group reads all of it, as "All
        // protection groups" does, status and type filtered here.
        BrowserFilter group = filter(BrowserFilter::Scope::Group);
        QVERIFY(!group.pagedHere());
        group.range.preset = TimeRange::Preset::Last24Hours;
        QVERIFY(group.pagedHere());
        const AllGroupsQuery q = allGroupsQuery(group);
        QCOMPARE(q.onlyScope, std::optional<QString>(QStringLiteral("g1")));
        QCOMPARE(q.resourceName, QStringLiteral("web"));
        QVERIFY(q.failureStatus.isEmpty());
        QVERIFY(q.resourceType.isEmpty());
        BrowserFilter level = filter(BrowserFilter::Scope::GroupLevel);
        level.range.preset = TimeRange::Preset::LastHour;
        QVERIFY(allGroupsQuery(level).onlyScope.has_value());
        QVERIFY(allGroupsQuery(level).onlyScope->isEmpty());
        QVERIFY(filter(BrowserFilter::Scope::AllGroups).pagedHere());
    }

    void anExportOfEveryPageReadsTheScopeShown()
    {
        const AllGroupsQuery group = everyPageQuery(filter(BrowserFilter::Scope::Group));
        QCOMPARE(group.onlyScope, std::optional<QString>(QStringLiteral("g1")));
        QCOMPARE(group.failureStatus, QStringLiteral("createFail"));
        QCOMPARE(group.resourceType, QStringLiteral("protected_instances"));
        QCOMPARE(group.resourceName, QStringLiteral("web"));

        const AllGroupsQuery level = everyPageQuery(filter(BrowserFilter::Scope::GroupLevel));
        QVERIFY(level.onlyScope.has_value());
        QVERIFY(level.onlyScope->isEmpty());

        const AllGroupsQuery all = everyPageQuery(filter(BrowserFilter::Scope::AllGroups));
        QVERIFY(!all.onlyScope.has_value());
        QCOMPARE(all.failureStatus, QStringLiteral("createFail"));
    }
};

QTEST_GUILESS_MAIN(TstBrowserQuery)
#include "tst_browserquery.moc"
