#include "models/vocabulary.h"

#include <QCoreApplication>

namespace sdrs {

namespace {

/// The translation context of every readable name here (lupdate finds them by the
/// QT_TRANSLATE_NOOP3 markers below).
constexpr char Context[] = "Vocabulary";

/// One API code and its readable English name with the disambiguation that helps the translator
/// (QT_TRANSLATE_NOOP3 gives both as a brace pair).
struct Term
{
    const char *code;
    struct
    {
        const char *source;
        const char *comment;
    } name;
};

constexpr Term FailureStatusTerms[] = {
    {"createFail", QT_TRANSLATE_NOOP3("Vocabulary", "Create failed", "failure status")},
    {"deleteFail", QT_TRANSLATE_NOOP3("Vocabulary", "Delete failed", "failure status")},
    {"attachFail", QT_TRANSLATE_NOOP3("Vocabulary", "Attach failed", "failure status")},
    {"detachFail", QT_TRANSLATE_NOOP3("Vocabulary", "Detach failed", "failure status")},
    {"expandFail", QT_TRANSLATE_NOOP3("Vocabulary", "Expand failed", "failure status")},
    {"resizeFail",
     QT_TRANSLATE_NOOP3("Vocabulary", "Resize failed", "failure status: specification change")},
    {"startFail", QT_TRANSLATE_NOOP3("Vocabulary", "Start protection failed", "failure status")},
    {"stopFail", QT_TRANSLATE_NOOP3("Vocabulary", "Stop protection failed", "failure status")},
    {"reverseFail",
     QT_TRANSLATE_NOOP3("Vocabulary", "Planned failover failed",
                        "failure status: reverseFail, a planned failover (switchover)")},
    {"failoverFail", QT_TRANSLATE_NOOP3("Vocabulary", "Failover failed", "failure status")},
    {"reprotectFail", QT_TRANSLATE_NOOP3("Vocabulary", "Re-protection failed", "failure status")},
};

constexpr Term ResourceTypeTerms[] = {
    {"server_groups", QT_TRANSLATE_NOOP3("Vocabulary", "Protection group", "resource type")},
    {"protected_instances",
     QT_TRANSLATE_NOOP3("Vocabulary", "Protected instance", "resource type")},
    {"replications", QT_TRANSLATE_NOOP3("Vocabulary", "Replication pair", "resource type")},
    {"disaster_recovery_drills",
     QT_TRANSLATE_NOOP3("Vocabulary", "DR drill", "resource type: disaster recovery drill")},
};

/// The singular spelling the API page's example rows use for protected instances.
constexpr char ProtectedInstanceSingular[] = "protectedInstance";

constexpr Term JobTypeTerms[] = {
    {"createProtectionGroupNoCG",
     QT_TRANSLATE_NOOP3("Vocabulary", "Create protection group", "job type")},
    {"deleteProtectionGroupNoCG",
     QT_TRANSLATE_NOOP3("Vocabulary", "Delete protection group", "job type")},
    {"startProtectionGroupNoCG", QT_TRANSLATE_NOOP3("Vocabulary", "Start protection", "job type")},
    {"stopProtectionGroupNoCG", QT_TRANSLATE_NOOP3("Vocabulary", "Stop protection", "job type")},
    {"failoverProtectionGroupNoCG",
     QT_TRANSLATE_NOOP3("Vocabulary", "Failover",
                        "job type: fail a protection group over to the DR site")},
    {"reverseProtectionGroupNoCG",
     QT_TRANSLATE_NOOP3("Vocabulary", "Planned failover",
                        "job type: reverse a protection group, a planned failover (switchover)")},
    {"reprotectProtectionGroupNoCG", QT_TRANSLATE_NOOP3("Vocabulary", "Re-protect", "job type")},
    {"createProtectedInstanceNoCG",
     QT_TRANSLATE_NOOP3("Vocabulary", "Create protected instance", "job type")},
    {"deleteProtectedInstanceNoCG",
     QT_TRANSLATE_NOOP3("Vocabulary", "Delete protected instance", "job type")},
    {"resizeProtectedInstanceNew",
     QT_TRANSLATE_NOOP3("Vocabulary", "Resize protected instance",
                        "job type: change the specification (flavor)")},
    {"attachReplicationPairNew",
     QT_TRANSLATE_NOOP3("Vocabulary", "Attach replication pair", "job type")},
    {"detachReplicationPairNew",
     QT_TRANSLATE_NOOP3("Vocabulary", "Detach replication pair", "job type")},
    {"addNicNew",
     QT_TRANSLATE_NOOP3("Vocabulary", "Add NIC",
                        "job type: add a network interface card to a protected instance")},
    {"deleteNicNew",
     QT_TRANSLATE_NOOP3("Vocabulary", "Delete NIC",
                        "job type: remove a network interface card from a protected instance")},
    {"createReplicationPairNoCG",
     QT_TRANSLATE_NOOP3("Vocabulary", "Create replication pair", "job type")},
    {"deleteReplicationPairNoCG",
     QT_TRANSLATE_NOOP3("Vocabulary", "Delete replication pair", "job type")},
    {"expandReplicationPairNew",
     QT_TRANSLATE_NOOP3("Vocabulary", "Expand replication pair", "job type")},
    {"createDisasterRecoveryDrill",
     QT_TRANSLATE_NOOP3("Vocabulary", "Create DR drill", "job type: disaster recovery drill")},
    {"deleteDisasterRecoveryDrill",
     QT_TRANSLATE_NOOP3("Vocabulary", "Delete DR drill", "job type: disaster recovery drill")},
};

constexpr Term JobStatusTerms[] = {
    {"SUCCESS", QT_TRANSLATE_NOOP3("Vocabulary", "Succeeded", "job status")},
    {"RUNNING", QT_TRANSLATE_NOOP3("Vocabulary", "Running", "job status")},
    {"FAIL", QT_TRANSLATE_NOOP3("Vocabulary", "Failed", "job status")},
    {"INIT", QT_TRANSLATE_NOOP3("Vocabulary", "Waiting", "job status: initialized, not started")},
};

template<std::size_t N> const Term *findTerm(const Term (&terms)[N], const QString &code)
{
    for (const Term &term : terms) {
        if (code == QLatin1StringView(term.code))
            return &term;
    }
    return nullptr;
}

QString translated(const Term &term)
{
    return QCoreApplication::translate(Context, term.name.source, term.name.comment);
}

template<std::size_t N> QStringList codes(const Term (&terms)[N])
{
    QStringList list;
    list.reserve(qsizetype(N));
    for (const Term &term : terms)
        list.append(QLatin1StringView(term.code));
    return list;
}

} // namespace

const QStringList &failureStatuses()
{
    static const QStringList list = codes(FailureStatusTerms);
    return list;
}

const QStringList &resourceTypes()
{
    static const QStringList list = codes(ResourceTypeTerms);
    return list;
}

QString failureStatusName(const QString &status)
{
    const Term *term = findTerm(FailureStatusTerms, status);
    return term ? translated(*term) : status;
}

const QStringList &groupQueryTypes()
{
    static const QStringList list{QStringLiteral("status_abnormal"),
                                  QStringLiteral("stop_protected"),
                                  QStringLiteral("period_no_dr_drill"), QStringLiteral("general")};
    return list;
}

const QStringList &jobTypes()
{
    static const QStringList list = codes(JobTypeTerms);
    return list;
}

QString jobTypeName(const QString &type)
{
    const Term *term = findTerm(JobTypeTerms, type);
    return term ? translated(*term) : type;
}

QString resourceTypeName(const QString &type)
{
    if (type == QLatin1StringView(ProtectedInstanceSingular))
        return translated(ResourceTypeTerms[1]);
    const Term *term = findTerm(ResourceTypeTerms, type);
    return term ? translated(*term) : type;
}

QString jobStatusName(const QString &status)
{
    const Term *term = findTerm(JobStatusTerms, status);
    return term ? translated(*term) : status;
}

QString nameWithCode(const QString &code, QString (*name)(const QString &))
{
    const QString readable = name(code);
    return readable == code ? code : readable + QStringLiteral(" (") + code + u')';
}

StatusTone failureStatusTone(const QString &failureStatus)
{
    if (failureStatus.isEmpty())
        return StatusTone::Neutral;
    if (findTerm(FailureStatusTerms, failureStatus) ||
        failureStatus.endsWith(QLatin1StringView("Fail"), Qt::CaseInsensitive))
        return StatusTone::Failed;
    return StatusTone::Neutral;
}

StatusTone jobStatusTone(const QString &jobStatus)
{
    if (jobStatus.compare(QLatin1StringView("FAIL"), Qt::CaseInsensitive) == 0)
        return StatusTone::Failed;
    if (jobStatus.compare(QLatin1StringView("RUNNING"), Qt::CaseInsensitive) == 0 ||
        jobStatus.compare(QLatin1StringView("INIT"), Qt::CaseInsensitive) == 0)
        return StatusTone::Running;
    if (jobStatus.compare(QLatin1StringView("SUCCESS"), Qt::CaseInsensitive) == 0)
        return StatusTone::Success;
    return StatusTone::Neutral;
}

} // namespace sdrs
