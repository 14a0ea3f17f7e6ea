#include "models/protectiongroupfields.h"

#include "models/apitime.h"
#include "models/overloaded.h"

namespace sdrs {

namespace {

using G = ProtectionGroup;

} // namespace

QString ProtectionGroupField::text(const ProtectionGroup &group) const
{
    return std::visit(Overloaded{[&](QString G::*m) { return group.*m; },
                                 [&](int G::*m) { return QString::number(group.*m); },
                                 [&](QDateTime G::*m) {
                                     return formatIsoTime(group.*m);
                                 }},
                      member);
}

const QList<ProtectionGroupField> &protectionGroupFields()
{
    static const QList<ProtectionGroupField> fields{
        {QLatin1StringView("id"), &G::id, false},
        {QLatin1StringView("name"), &G::name, false},
        {QLatin1StringView("description"), &G::description, true},
        {QLatin1StringView("status"), &G::status, false},
        {QLatin1StringView("progress"), &G::progress, false},
        {QLatin1StringView("source_availability_zone"), &G::sourceAvailabilityZone, false},
        {QLatin1StringView("target_availability_zone"), &G::targetAvailabilityZone, false},
        {QLatin1StringView("domain_id"), &G::domainId, false},
        {QLatin1StringView("domain_name"), &G::domainName, false},
        {QLatin1StringView("priority_station"), &G::priorityStation, false},
        {QLatin1StringView("protected_instance_num"), &G::protectedInstanceNum, false},
        {QLatin1StringView("replication_num"), &G::replicationNum, false},
        {QLatin1StringView("disaster_recovery_drill_num"), &G::disasterRecoveryDrillNum, false},
        {QLatin1StringView("protected_status"), &G::protectedStatus, true},
        {QLatin1StringView("replication_status"), &G::replicationStatus, true},
        {QLatin1StringView("health_status"), &G::healthStatus, true},
        {QLatin1StringView("source_vpc_id"), &G::sourceVpcId, true},
        {QLatin1StringView("target_vpc_id"), &G::targetVpcId, true},
        {QLatin1StringView("test_vpc_id"), &G::testVpcId, true},
        {QLatin1StringView("dr_type"), &G::drType, true},
        {QLatin1StringView("created_at"), &G::createdAt, true},
        {QLatin1StringView("updated_at"), &G::updatedAt, true},
        {QLatin1StringView("protection_type"), &G::protectionType, true},
        {QLatin1StringView("replication_model"), &G::replicationModel, true},
        {QLatin1StringView("server_type"), &G::serverType, true},
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
