// A data set from a JSON fixture (`sdrs-emulator --data FILE`, the tests' fixtures).
#include "emulator/dataset.h"
#include "emulator/seededrandom.h"
#include "models/jsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace sdrs::emulator {

std::optional<Dataset> Dataset::fromFixture(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<Dataset> {
        if (error)
            *error = why;
        return std::nullopt;
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

    // An optional array of objects; sets `ok` to false (after reporting) when it is malformed.
    bool ok = true;
    const auto objects = [&](QLatin1StringView key, bool required) {
        QList<QJsonObject> result;
        const QJsonValue value = root.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                fail(QStringLiteral("The fixture has no \"%1\" array.").arg(key));
                ok = false;
            }
            return result;
        }
        if (!value.isArray()) {
            fail(QStringLiteral("The fixture's \"%1\" is not an array.").arg(key));
            ok = false;
            return result;
        }
        const QJsonArray array = value.toArray();
        result.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                fail(QStringLiteral("The fixture's \"%1\"[%2] is not an object.").arg(key).arg(i));
                ok = false;
                return QList<QJsonObject>();
            }
            result.append(array.at(i).toObject());
        }
        return result;
    };

    const QList<QJsonObject> groups = objects(QLatin1StringView("server_groups"), false);
    if (!ok)
        return std::nullopt;
    const QList<QJsonObject> failures = objects(QLatin1StringView("failure_jobs"), true);
    if (!ok)
        return std::nullopt;
    const QList<QJsonObject> jobs = objects(QLatin1StringView("jobs"), false);
    if (!ok)
        return std::nullopt;

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
    return d;
}

} // namespace sdrs::emulator
