// A data set from a JSON fixture (`sdrs-emulator --data FILE`, the tests' fixtures).
#include "emulator/dataset.h"
#include "emulator/seededrandom.h"
#include "models/jsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace sdrs::emulator {

namespace {

/// The array of objects under `key` of the fixture (an empty list when it is absent and not
/// `required`); a message saying what is wrong when it is malformed.
QString readObjects(const QJsonObject &root, QLatin1StringView key, bool required,
                    QList<QJsonObject> *result)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined() || value.isNull())
        return required ? QStringLiteral("The fixture has no \"%1\" array.").arg(key) : QString();
    if (!value.isArray())
        return QStringLiteral("The fixture's \"%1\" is not an array.").arg(key);
    const QJsonArray array = value.toArray();
    result->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            result->clear();
            return QStringLiteral("The fixture's \"%1\"[%2] is not an object.").arg(key).arg(i);
        }
        result->append(array.at(i).toObject());
    }
    return {};
}

} // namespace

Result<Dataset> Dataset::fromFixture(const QByteArray &json)
{
    const auto fail = [](const QString &why) {
        return Result<Dataset>::failure(ApiError::Kind::Decode, why);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("The fixture is not valid JSON (byte %1: %2).")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("The fixture is not a JSON object."));
    const QJsonObject root = doc.object();
    QList<QJsonObject> groups, failures, jobs;
    for (const QString &problem :
         {readObjects(root, QLatin1StringView("server_groups"), false, &groups),
          readObjects(root, QLatin1StringView("failure_jobs"), true, &failures),
          readObjects(root, QLatin1StringView("jobs"), false, &jobs)}) {
        if (!problem.isEmpty())
            return fail(problem);
    }

    Dataset d;
    const QJsonValue project = root.value(QLatin1StringView("project_id"));
    d.projectId = project.isString() && !project.toString().isEmpty() ? project.toString()
                                                                      : defaultProjectId();
    d.groups.reserve(groups.size());
    for (const QJsonObject &o : groups)
        d.groups.append(json::protectionGroupFromJson(o));
    d.failures.reserve(failures.size());
    for (const QJsonObject &o : failures) {
        FailureJob f = json::failureJobFromJson(o);
        f.serverGroupId = json::lenientString(o.value(QLatin1StringView("server_group_id")));
        d.failures.append(f);
    }
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const Job job = json::jobFromJson(jobs.at(i));
        if (job.jobId.isEmpty())
            return fail(QStringLiteral("The fixture's \"jobs\"[%1] has no \"job_id\".").arg(i));
        d.jobs.insert(job.jobId, job);
    }
    return Result<Dataset>::success(std::move(d));
}

} // namespace sdrs::emulator
