#pragma once

#include "models/protectiongroup.h"

#include <QLatin1StringView>
#include <QList>
#include <QStringList>

#include <variant>

namespace sdrs {

/// A field of a protection group as the API names it, the member that holds it, and its value as
/// text.
struct ProtectionGroupField
{
    using G = ProtectionGroup;

    QLatin1StringView name;
    std::variant<QString G::*, int G::*, QDateTime G::*> member;
    /// null in the service's JSON when empty (a time: when invalid).
    bool nullable;

    /// Numbers in decimal, times as ISO 8601 UTC with milliseconds (`yyyy-MM-ddTHH:mm:ss.zzzZ`).
    QString text(const ProtectionGroup &group) const;
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
