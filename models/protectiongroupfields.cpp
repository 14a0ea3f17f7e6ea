#include "models/protectiongroupfields.h"

#include "models/apitime.h"

namespace sdrs {

namespace {

using G = ProtectionGroup;

/// A field whose value is a string member.
template<QString G::*member> ProtectionGroupField textField(const char *name)
{
    return {QLatin1StringView(name), [](const G &g) {
                return g.*member;
            }};
}

template<int G::*member> ProtectionGroupField numberField(const char *name)
{
    return {QLatin1StringView(name), [](const G &g) {
                return QString::number(g.*member);
            }};
}

template<QDateTime G::*member> ProtectionGroupField timeField(const char *name)
{
    return {QLatin1StringView(name), [](const G &g) {
                return formatIsoTime(g.*member);
            }};
}

} // namespace

const QList<ProtectionGroupField> &protectionGroupFields()
{
    static const QList<ProtectionGroupField> fields{
        textField<&G::id>("id"),
        textField<&G::name>("name"),
        textField<&G::description>("description"),
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
        textField<&G::protectedStatus>("protected_status"),
        textField<&G::replicationStatus>("replication_status"),
        textField<&G::healthStatus>("health_status"),
        textField<&G::sourceVpcId>("source_vpc_id"),
        textField<&G::targetVpcId>("target_vpc_id"),
        textField<&G::testVpcId>("test_vpc_id"),
        textField<&G::drType>("dr_type"),
        timeField<&G::createdAt>("created_at"),
        timeField<&G::updatedAt>("updated_at"),
        textField<&G::protectionType>("protection_type"),
        textField<&G::replicationModel>("replication_model"),
        textField<&G::serverType>("server_type"),
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
