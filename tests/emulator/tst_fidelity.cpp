// The emulator and the client checked against the official SDK's models (tests/data/
// sdk-models.tsv, written from huaweicloud-sdk-python-v3), and the emulator's answers where the
// API pages and the error table say how it answers.
#include "emulator/emulator.h"
#include "models/apitime.h"
#include "models/jsoncodec.h"
#include "tests/emulator/inprocessemulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace sdrs;
using namespace sdrs::emulator;

namespace {

struct SdkField
{
    QString type;       ///< "str", "int", "list[Model]" or a model's name
    QStringList values; ///< the only strings allowed, when the SDK lists them
};
using SdkModels = QHash<QString, QHash<QString, SdkField>>; // model → field → type

SdkModels loadSdkModels()
{
    QFile file(QStringLiteral(SDRS_TEST_DATA "/sdk-models.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    SdkModels models;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u'\t');
        if (cells.size() != 4)
            qFatal("malformed line in sdk-models.tsv: %s", qPrintable(line));
        models[cells.at(0)][cells.at(1)] =
            SdkField{cells.at(2), cells.at(3).split(u',', Qt::SkipEmptyParts)};
    }
    return models;
}

/// Where `value` (at `path`) breaks the SDK's model `model`; empty when it fits. Every key must be
/// one of the model's fields with the field's type; str and int fields may be null.
QStringList misfits(const SdkModels &models, const QString &model, const QJsonObject &value,
                    const QString &path)
{
    QStringList found;
    const auto fields = models.constFind(model);
    if (fields == models.cend())
        return {path + QStringLiteral(": no model ") + model};
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QString where = path + u'.' + it.key();
        const auto field = fields->constFind(it.key());
        if (field == fields->cend()) {
            found << where + QStringLiteral(" is not a field of ") + model;
            continue;
        }
        const QJsonValue v = it.value();
        const QString &type = field->type;
        if (type == QLatin1StringView("str")) {
            if (!v.isString() && !v.isNull())
                found << where + QStringLiteral(" is not a string");
            else if (v.isString() && !field->values.isEmpty() &&
                     !field->values.contains(v.toString()))
                found << where + QStringLiteral(" has the value \"%1\"").arg(v.toString());
        } else if (type == QLatin1StringView("int")) {
            if (!v.isNull() && (!v.isDouble() || v.toDouble() != double(v.toInteger())))
                found << where + QStringLiteral(" is not an integer");
        } else if (type.startsWith(QLatin1StringView("list["))) {
            if (!v.isArray()) {
                found << where + QStringLiteral(" is not a list");
                continue;
            }
            const QString item = type.mid(5, type.size() - 6);
            const QJsonArray array = v.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                found << misfits(models, item, array.at(i).toObject(),
                                 where + QStringLiteral("[%1]").arg(i));
            }
        } else if (!v.isObject()) {
            found << where + QStringLiteral(" is not an object");
        } else {
            found << misfits(models, type, v.toObject(), where);
        }
    }
    return found;
}

/// A value of the SDK's type for a field, different for every field: the enum's last value, a
/// time for the time fields, else the field's name.
QJsonValue sampleValue(const QString &field, const SdkField &f, int serial)
{
    if (f.type == QLatin1StringView("int"))
        return 10 + serial;
    if (!f.values.isEmpty())
        return f.values.last();
    if (field.endsWith(QLatin1StringView("_time")) || field.endsWith(QLatin1StringView("_at")))
        return QStringLiteral("2019-04-01T12:00:%1.000Z").arg(10 + serial);
    return QString(field + QStringLiteral("-value"));
}

/// Whether two JSON values say the same: equal, or the same instant written two ways.
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a == b)
        return true;
    if (!a.isString() || !b.isString())
        return false;
    const QDateTime ta = parseApiTime(a.toString());
    return ta.isValid() && ta == parseApiTime(b.toString());
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray requestId;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    /// The single wrapper's object of an SDRS error body.
    QJsonObject wrapped() const
    {
        const QJsonObject o = json();
        return o.size() == 1 ? o.begin().value().toObject() : QJsonObject();
    }
};

} // namespace

class TestFidelity final : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    SdkModels m_models;

    Answer send(const QByteArray &method, const QUrl &url,
                const QList<QPair<QByteArray, QByteArray>> &headers = {{"X-Auth-Token", "t"}})
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(5000);
        for (const auto &[k, v] : headers)
            request.setRawHeader(k, v);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.requestId = reply->rawHeader("X-Request-Id");
        reply->deleteLater();
        return a;
    }

    static QUrl url(const Emulator &e, const QString &path, const QUrlQuery &query = {})
    {
        return testing::projectUrl(e, path, query);
    }

    static std::unique_ptr<Emulator> start(Dataset data, Options options = {})
    {
        return testing::startInProcess(std::move(data), std::move(options));
    }

    void expectFits(const QString &model, const QJsonObject &value, const QString &path)
    {
        const QStringList found = misfits(m_models, model, value, path);
        QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 10).join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_models = loadSdkModels();
        QCOMPARE(m_models.value(QStringLiteral("FailureJobParams")).size(), 10);
        QCOMPARE(m_models.value(QStringLiteral("ShowProtectionGroupParams")).size(), 25);
        QCOMPARE(m_models.value(QStringLiteral("ShowJobStatusResponse"))
                     .value(QStringLiteral("job_type"))
                     .values.size(),
                 19);
    }

    void misfitsAreFound()
    {
        // The checker itself: what the emulator used to serve is caught.
        const QJsonObject entities{
            {QLatin1StringView("volume_ids"), QJsonArray{QStringLiteral("v1")}},
            {QLatin1StringView("sub_jobs"),
             QJsonArray{QJsonObject{
                 {QLatin1StringView("job_type"), QStringLiteral("SdrsAttachVolumeTask")},
                 {QLatin1StringView("entities"),
                  QJsonObject{{QLatin1StringView("sub_jobs"), QJsonArray()}}}}}}};
        const QStringList found =
            misfits(m_models, QStringLiteral("ShowJobStatusResponse"),
                    QJsonObject{{QLatin1StringView("entities"), entities}}, QStringLiteral("job"));
        QCOMPARE(found,
                 (QStringList{QStringLiteral("job.entities.sub_jobs[0].entities.sub_jobs is not a "
                                             "field of SubJobEntities"),
                              QStringLiteral("job.entities.sub_jobs[0].job_type has the value "
                                             "\"SdrsAttachVolumeTask\""),
                              QStringLiteral("job.entities.volume_ids is not a string")}));
        QCOMPARE(
            misfits(m_models, QStringLiteral("ShowProtectionGroupParams"),
                    QJsonObject{{QLatin1StringView("replication_status"), QStringLiteral("error")},
                                {QLatin1StringView("progress"), 1.5}},
                    QStringLiteral("g")),
            (QStringList{QStringLiteral("g.progress is not an integer"),
                         QStringLiteral("g.replication_status has the value \"error\"")}));
    }

    void servedFieldsHaveTheSdkTypes()
    {
        const auto e = start(Dataset::generate(11, 40, 3000));
        // Every group, and every failed task of the group level and of each group.
        const Answer groups = send("GET", url(*e, QStringLiteral("/server-groups")));
        QCOMPARE(groups.status, 200);
        expectFits(QStringLiteral("ListProtectionGroupsResponse"), groups.json(),
                   QStringLiteral("groups"));
        QStringList scopes{QString()};
        for (const ProtectionGroup &g : e->data().groups)
            scopes.append(g.id);
        qsizetype rows = 0;
        for (const QString &scope : std::as_const(scopes)) {
            QUrlQuery q;
            if (!scope.isEmpty())
                q.addQueryItem(QStringLiteral("server_group_id"), scope);
            const Answer page =
                send("GET", url(*e, QStringLiteral("/task-center/failure-jobs"), q));
            QCOMPARE(page.status, 200);
            expectFits(QStringLiteral("ListFailureJobsResponse"), page.json(),
                       QStringLiteral("failures(%1)").arg(scope));
            rows += page.json().value(QLatin1StringView("failure_jobs")).toArray().size();
        }
        QCOMPARE(rows, e->data().failures.size());
        // The job of every failed task.
        qsizetype withVolumes = 0;
        qsizetype withSubJobs = 0;
        for (const FailureJob &f : e->data().failures) {
            const Answer job = send("GET", url(*e, QStringLiteral("/jobs/") + f.jobId));
            QCOMPARE(job.status, 200);
            const QJsonObject o = job.json();
            expectFits(QStringLiteral("ShowJobStatusResponse"), o,
                       QStringLiteral("job ") + f.jobId);
            const QJsonObject entities = o.value(QLatin1StringView("entities")).toObject();
            withVolumes += entities.contains(QLatin1StringView("volume_ids"));
            withSubJobs += entities.contains(QLatin1StringView("sub_jobs"));
        }
        qInfo("checked %lld groups, %lld failed tasks in %lld scopes, %lld jobs (%lld with "
              "volume_ids, %lld with sub-jobs)",
              qint64(e->data().groups.size()), qint64(rows), qint64(scopes.size()),
              qint64(e->data().failures.size()), qint64(withVolumes), qint64(withSubJobs));
        // The checks above saw the fields they are about.
        QVERIFY(withVolumes > 100);
        QVERIFY(withSubJobs > 100);
    }

    void clientDecodesEverySdkField_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("failed task") << QStringLiteral("FailureJobParams");
        QTest::newRow("protection group") << QStringLiteral("ShowProtectionGroupParams");
        QTest::newRow("job") << QStringLiteral("ShowJobStatusResponse");
    }

    /// Every field of the model (and of the job's entities and sub-jobs) decoded and written back.
    void clientDecodesEverySdkField()
    {
        QFETCH(QString, model);
        int serial = 0;
        const auto sample = [&](const QString &name, const auto &self) -> QJsonObject {
            QJsonObject o;
            const QHash<QString, SdkField> fields = m_models.value(name);
            for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
                const QString &type = it->type;
                if (type.startsWith(QLatin1StringView("list[")))
                    o.insert(it.key(), QJsonArray{self(type.mid(5, type.size() - 6), self)});
                else if (m_models.contains(type))
                    o.insert(it.key(), self(type, self));
                else
                    o.insert(it.key(), sampleValue(it.key(), *it, ++serial));
            }
            return o;
        };
        const QJsonObject sent = sample(model, sample);
        QJsonObject back;
        if (model == QLatin1StringView("FailureJobParams")) {
            const QJsonObject page{{QLatin1StringView("failure_jobs"), QJsonArray{sent}},
                                   {QLatin1StringView("count"), 1}};
            const auto decoded = json::decodeFailureJobPage(QJsonDocument(page).toJson());
            QVERIFY(decoded.ok());
            back = json::toJson(decoded.value.jobs.constFirst());
        } else if (model == QLatin1StringView("ShowProtectionGroupParams")) {
            const QJsonObject page{{QLatin1StringView("server_groups"), QJsonArray{sent}},
                                   {QLatin1StringView("count"), 1}};
            const auto decoded = json::decodeProtectionGroupPage(QJsonDocument(page).toJson());
            QVERIFY(decoded.ok());
            back = json::toJson(decoded.value.groups.constFirst());
        } else {
            const auto decoded = json::decodeJob(QJsonDocument(sent).toJson());
            QVERIFY(decoded.ok());
            back = json::toJson(decoded.value);
            QCOMPARE(decoded.value.subJobs.size(), 1);
        }
        // Every field came back with its value (nested objects field by field).
        const auto compare = [](const QJsonObject &a, const QJsonObject &b, const QString &path,
                                const auto &self) -> void {
            for (auto it = a.begin(); it != a.end(); ++it) {
                const QString where = path + u'.' + it.key();
                QVERIFY2(b.contains(it.key()), qPrintable(where + QStringLiteral(" was lost")));
                const QJsonValue other = b.value(it.key());
                if (it->isObject()) {
                    self(it->toObject(), other.toObject(), where, self);
                } else if (it->isArray()) {
                    QCOMPARE(other.toArray().size(), it->toArray().size());
                    for (qsizetype i = 0; i < it->toArray().size(); ++i)
                        self(it->toArray().at(i).toObject(), other.toArray().at(i).toObject(),
                             where + QStringLiteral("[%1]").arg(i), self);
                } else {
                    QVERIFY2(sameValue(*it, other),
                             qPrintable(where + u' ' + it->toVariant().toString() + u' ' +
                                        other.toVariant().toString()));
                }
            }
        };
        compare(sent, back, model, compare);
    }

    void groupZoneFilterIsTheCurrentProductionZone()
    {
        Dataset d = Dataset::generate(5, 6, 20);
        for (qsizetype i = 0; i < d.groups.size(); ++i) {
            ProtectionGroup &g = d.groups[i];
            g.sourceAvailabilityZone = QStringLiteral("az-a");
            g.targetAvailabilityZone = QStringLiteral("az-b");
            g.priorityStation = i % 3 == 0 ? QStringLiteral("target") : QStringLiteral("source");
        }
        const auto e = start(d);
        const auto idsIn = [&](const QString &zone) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("availability_zone"), zone);
            const auto page = json::decodeProtectionGroupPage(
                send("GET", url(*e, QStringLiteral("/server-groups"), q)).body);
            QStringList ids;
            for (const ProtectionGroup &g : page.value.groups)
                ids.append(g.id);
            return ids;
        };
        QStringList target, source;
        for (qsizetype i = 0; i < d.groups.size(); ++i)
            (i % 3 == 0 ? target : source).append(d.groups.at(i).id);
        QCOMPARE(idsIn(QStringLiteral("az-b")), target);
        QCOMPARE(idsIn(QStringLiteral("az-a")), source);
        QVERIFY(idsIn(QStringLiteral("az-c")).isEmpty());
    }

    void errorBodies()
    {
        Options o;
        o.token = QStringLiteral("s3cret");
        const auto e = start(Dataset::generate(5, 3, 30), o);
        const QList<QPair<QByteArray, QByteArray>> auth{{"X-Auth-Token", "s3cret"}};

        // Not found: the code is a string, the HTTP status ("404"), never a number.
        const Answer missing =
            send("GET", url(*e, QStringLiteral("/jobs/ffffffffffffffffffffffffffffffff")), auth);
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json().contains(QLatin1StringView("itemNotFound")));
        QCOMPARE(missing.wrapped().value(QLatin1StringView("code")), QJsonValue(u"404"_qs));

        // Sign-in: the body's request_id is the answer's X-Request-Id.
        const Answer unsigned_ = send("GET", url(*e, QStringLiteral("/server-groups")), {});
        QCOMPARE(unsigned_.status, 401);
        QVERIFY(!unsigned_.requestId.isEmpty());
        QCOMPARE(unsigned_.json().value(QLatin1StringView("request_id")).toString().toLatin1(),
                 unsigned_.requestId);

        // The error table's statuses: SDRS.0001 and SDRS.1013 are 400s.
        QUrl other = url(*e, QStringLiteral("/server-groups"));
        other.setPath(QStringLiteral("/v1/0000000000000000000000000000beef/server-groups"));
        const Answer tenant = send("GET", other, auth);
        QCOMPARE(tenant.status, 400);
        QCOMPARE(tenant.wrapped().value(QLatin1StringView("code")).toString(), u"SDRS.0001"_qs);
        const Answer group =
            send("DELETE", url(*e, QStringLiteral("/task-center/no-such-group/failure-jobs/batch")),
                 auth);
        QCOMPARE(group.status, 400);
        QVERIFY(group.json().contains(QLatin1StringView("badrequest")));
        QCOMPARE(group.wrapped().value(QLatin1StringView("code")).toString(), u"SDRS.1013"_qs);

        // What the table has no code for: the status as the code, not a borrowed SDRS code.
        const Answer method =
            send("POST", url(*e, QStringLiteral("/task-center/failure-jobs")), auth);
        QCOMPARE(method.status, 405);
        QCOMPARE(method.wrapped().value(QLatin1StringView("code")).toString(), u"405"_qs);
        e->queueFault(Fault::Http503, 1);
        const Answer busy = send("GET", url(*e, QStringLiteral("/server-groups")), auth);
        QCOMPARE(busy.status, 503);
        QCOMPARE(busy.wrapped().value(QLatin1StringView("code")).toString(), u"503"_qs);
    }

    void countCanBeThePageLength()
    {
        Options o;
        o.countIsPageLength = true;
        const auto e = start(Dataset::generate(5, 4, 300), o);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("7"));
        const Answer page = send("GET", url(*e, QStringLiteral("/task-center/failure-jobs"), q));
        const auto level =
            std::count_if(e->data().failures.cbegin(), e->data().failures.cend(),
                          [](const FailureJob &f) { return f.serverGroupId.isEmpty(); });
        QVERIFY(level > 0);
        QCOMPARE(page.json().value(QLatin1StringView("count")).toInteger(), qMin<qint64>(7, level));
        QCOMPARE(page.json().value(QLatin1StringView("failure_jobs")).toArray().size(),
                 qMin<qint64>(7, level));
        const Answer groups = send("GET", url(*e, QStringLiteral("/server-groups"), q));
        QCOMPARE(groups.json().value(QLatin1StringView("count")).toInteger(), 4);
        q.addQueryItem(QStringLiteral("offset"), QStringLiteral("3"));
        const Answer last = send("GET", url(*e, QStringLiteral("/server-groups"), q));
        QCOMPARE(last.json().value(QLatin1StringView("count")).toInteger(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFidelity)
#include "tst_fidelity.moc"
