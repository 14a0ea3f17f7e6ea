#pragma once

#include "models/protectiongroup.h"

#include <QLatin1StringView>
#include <QList>
#include <QStringList>

namespace sdrs {

/// A field of a protection group as the API names it, and its value as text.
struct ProtectionGroupField
{
    QLatin1StringView name;
    /// Numbers in decimal, times as ISO 8601 UTC with milliseconds (`yyyy-MM-ddTHH:mm:ss.zzzZ`).
    QString (*text)(const ProtectionGroup &group);
};

/// Every field of a protection group, in the API's order: the one list the exports of groups go
/// by.
const QList<ProtectionGroupField> &protectionGroupFields();

/// The fields named `names`, in that order; a name that is no field is left out.
QList<ProtectionGroupField> protectionGroupFields(const QStringList &names);

/// The fields' names, for a header row.
QStringList fieldNames(const QList<ProtectionGroupField> &fields);

/// The texts of `group`'s `fields`, in their order.
QStringList fieldTexts(const ProtectionGroup &group, const QList<ProtectionGroupField> &fields);

} // namespace sdrs
