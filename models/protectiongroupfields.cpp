#include "models/protectiongroupfields.h"

#include "models/apitime.h"
#include "models/jsoncodec.h"

namespace sdrs {

namespace {

using G = ProtectionGroup;

/// Whether the API sends null for a field it has no text for.
enum Null : bool { NotNull = false, Nullable = true };

/// A field whose value is a string member.
template<QString G::*member, Null null = NotNull> ProtectionGroupField textField(const char *name)
{
    return {QLatin1StringView(name), [](const G &g) { return g.*member; },
            [](const G &g) {
                const QString &value = g.*member;
                return null && value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
            },
            [](G &g, const QJsonValue &value) {
                g.*member = json::lenientString(value);
            }};
}

template<int G::*member> ProtectionGroupField numberField(const char *name)
{
    return {QLatin1StringView(name), [](const G &g) { return QString::number(g.*member); },
            [](const G &g) { return QJsonValue(g.*member); },
            [](G &g, const QJsonValue &value) {
                g.*member = value.isDouble()   ? value.toInt()
                            : value.isString() ? value.toString().toInt()
                                               : 0;
            }};
}

template<QDateTime G::*member> ProtectionGroupField timeField(const char *name)
{
    return {QLatin1StringView(name), [](const G &g) { return formatIsoTime(g.*member); },
            [](const G &g) {
                const QDateTime &time = g.*member;
                return time.isValid() ? QJsonValue(formatGroupTime(time))
                                      : QJsonValue(QJsonValue::Null);
            },
            [](G &g, const QJsonValue &value) {
                g.*member = parseApiTime(json::lenientString(value));
            }};
}

} // namespace

const QList<ProtectionGroupField> &protectionGroupFields()
{
    static const QList<ProtectionGroupField> fields{
        textField<&G::id>("id"),
        textField<&G::name>("name"),
        textField<&G::description, Nullable>("description"),
        textField<&G::status>("status"),
        numberField<&G::progress>("progress"),
        textField<&G::sourceAvailabilityZone>("source_availability_zone"),
        textField<&G::targetAvailabilityZone>("target_availability_zone"),
        textField<&G::domainId>("domain_id"),
        textField<&G::domainName>("domain_name"),
        textField<&G::priorityStation>("priority_station"),
        numberField<&G::protectedInstanceNum>("protected_instance_num"),
        numberField<&G::replicationNum>("replication_num"),
        numberField<&G::disasterRecoveryDrillNum>("disaster_recovery_drill_num"),
        textField<&G::protectedStatus, Nullable>("protected_status"),
        textField<&G::replicationStatus, Nullable>("replication_status"),
        textField<&G::healthStatus, Nullable>("health_status"),
        textField<&G::sourceVpcId, Nullable>("source_vpc_id"),
        textField<&G::targetVpcId, Nullable>("target_vpc_id"),
        textField<&G::testVpcId, Nullable>("test_vpc_id"),
        textField<&G::drType, Nullable>("dr_type"),
        timeField<&G::createdAt>("created_at"),
        timeField<&G::updatedAt>("updated_at"),
        textField<&G::protectionType, Nullable>("protection_type"),
        textField<&G::replicationModel, Nullable>("replication_model"),
        textField<&G::serverType, Nullable>("server_type"),
    };
    return fields;
}

QList<ProtectionGroupField> protectionGroupFields(const QStringList &names)
{
    QList<ProtectionGroupField> picked;
    for (const QString &name : names) {
        for (const ProtectionGroupField &field : protectionGroupFields()) {
            if (field.name == name)
                picked.append(field);
        }
    }
    return picked;
}

QStringList fieldNames(const QList<ProtectionGroupField> &fields)
{
    QStringList names;
    for (const ProtectionGroupField &field : fields)
        names.append(field.name);
    return names;
}

QStringList fieldTexts(const ProtectionGroup &group, const QList<ProtectionGroupField> &fields)
{
    QStringList texts;
    texts.reserve(fields.size());
    for (const ProtectionGroupField &field : fields)
        texts.append(field.text(group));
    return texts;
}

} // namespace sdrs
