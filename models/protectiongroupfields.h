#pragma once

#include "models/protectiongroup.h"

#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QStringList>

namespace sdrs {

/// A field of a protection group as the API names it, its value as text and in the API's JSON.
struct ProtectionGroupField
{
    QLatin1StringView name;
    /// Numbers in decimal, times as ISO 8601 UTC with milliseconds (`yyyy-MM-ddTHH:mm:ss.zzzZ`).
    QString (*text)(const ProtectionGroup &group);
    /// The value in the API's JSON: a string (null for a null text of a nullable field), a
    /// number, a time as `yyyy-MM-dd HH:mm:ss.zzz` in UTC (null when invalid).
    QJsonValue (*json)(const ProtectionGroup &group);
    /// Sets the field from the API's JSON value, leniently: a missing or mistyped value gives an
    /// empty text, 0 or an invalid time.
    void (*read)(ProtectionGroup &group, const QJsonValue &value);
};

/// Every field of a protection group, in the API's order: the one list the JSON codec and the
/// exports of groups go by.
const QList<ProtectionGroupField> &protectionGroupFields();

/// The fields named `names`, in that order; a name that is no field is left out.
QList<ProtectionGroupField> protectionGroupFields(const QStringList &names);

/// The fields' names, for a header row.
QStringList fieldNames(const QList<ProtectionGroupField> &fields);

/// The texts of `group`'s `fields`, in their order.
QStringList fieldTexts(const ProtectionGroup &group, const QList<ProtectionGroupField> &fields);

} // namespace sdrs
