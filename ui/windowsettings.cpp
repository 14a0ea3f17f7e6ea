#include "ui/windowsettings.h"

#include "models/apitime.h"

#include <QSettings>

namespace sdrs::ui {

namespace {

using Scope = BrowserFilter::Scope;

QString scopeKey(Scope scope)
{
    switch (scope) {
    case Scope::GroupLevel:
        return QStringLiteral("group-level");
    case Scope::Group:
        return QStringLiteral("group");
    case Scope::AllGroups:
        return QStringLiteral("all");
    }
    return {};
}

Scope scopeFromKey(const QString &key)
{
    if (key == QLatin1StringView("group"))
        return Scope::Group;
    if (key == QLatin1StringView("all"))
        return Scope::AllGroups;
    return Scope::GroupLevel;
}

} // namespace

WindowSettings WindowSettings::load()
{
    WindowSettings s;
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    s.geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    s.splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    // "tableHeader": the columns of a "header" state were in another order (before the
    // Protection group column).
    s.header = settings.value(QStringLiteral("tableHeader")).toByteArray();
    s.autoRefreshMinutes = settings.value(QStringLiteral("autoRefreshMinutes"), 0).toInt();
    s.notifyNew = settings.value(QStringLiteral("notifyNew"), false).toBool();
    s.showGone = settings.value(QStringLiteral("showGone"), false).toBool();
    s.hideAcknowledged = settings.value(QStringLiteral("hideAcknowledged"), false).toBool();
    settings.endGroup();

    settings.beginGroup(QStringLiteral("filter"));
    s.filter.scope = scopeFromKey(settings.value(QStringLiteral("scope")).toString());
    if (s.filter.scope == Scope::Group)
        s.filter.groupId = settings.value(QStringLiteral("groupId")).toString();
    s.filter.failureStatus = settings.value(QStringLiteral("failureStatus")).toString();
    s.filter.resourceType = settings.value(QStringLiteral("resourceType")).toString();
    s.filter.resourceName = settings.value(QStringLiteral("resourceName")).toString();
    s.pageSize = settings.value(QStringLiteral("pageSize"), DefaultPageSize).toInt();
    s.filter.range.preset =
        TimeRange::presetFromKey(settings.value(QStringLiteral("timeRange")).toString());
    if (s.filter.range.preset == TimeRange::Preset::Custom) {
        s.filter.range.from = parseApiTime(settings.value(QStringLiteral("timeFrom")).toString());
        s.filter.range.to = parseApiTime(settings.value(QStringLiteral("timeTo")).toString());
    }
    settings.endGroup();
    return s;
}

void WindowSettings::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), geometry);
    settings.setValue(QStringLiteral("splitter"), splitter);
    settings.setValue(QStringLiteral("tableHeader"), header);
    settings.setValue(QStringLiteral("autoRefreshMinutes"), autoRefreshMinutes);
    settings.setValue(QStringLiteral("notifyNew"), notifyNew);
    settings.setValue(QStringLiteral("showGone"), showGone);
    settings.setValue(QStringLiteral("hideAcknowledged"), hideAcknowledged);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("filter"));
    settings.setValue(QStringLiteral("scope"), scopeKey(filter.scope));
    settings.setValue(QStringLiteral("groupId"), filter.groupId);
    settings.setValue(QStringLiteral("failureStatus"), filter.failureStatus);
    settings.setValue(QStringLiteral("resourceType"), filter.resourceType);
    settings.setValue(QStringLiteral("resourceName"), filter.resourceName);
    settings.setValue(QStringLiteral("pageSize"), pageSize);
    settings.setValue(QStringLiteral("timeRange"), TimeRange::presetKey(filter.range.preset));
    settings.setValue(QStringLiteral("timeFrom"), formatIsoTime(filter.range.from));
    settings.setValue(QStringLiteral("timeTo"), formatIsoTime(filter.range.to));
    settings.endGroup();
}

} // namespace sdrs::ui
