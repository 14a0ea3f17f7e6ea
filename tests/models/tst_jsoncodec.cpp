// Unit tests of the JSON codec (models/jsoncodec.h), the API time formats (models/apitime.h),
// ApiError::toString and the error-code catalog, against the example bodies of the official
// SDRS API pages.

#include "models/apierror.h"
#include "models/apitime.h"
#include "models/errorcatalog.h"
#include "models/jsoncodec.h"
#include "tests/common/examplerows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <ctime>
#include <initializer_list>

using namespace sdrs;
using namespace sdrs::json;
using namespace sdrs::test;

Q_DECLARE_METATYPE(sdrs::FailureJob)
Q_DECLARE_METATYPE(sdrs::ProtectionGroup)
Q_DECLARE_METATYPE(sdrs::Job)

namespace {

// querying_failed_tasks.rst, "Example response", verbatim.
const QByteArray failureJobsExample = R"({
    "count": 2,
    "failure_jobs": [
        {
            "job_status": "FAIL",
            "resource_id": "17984002-ad8a-438b-8ba6-b850224634c5",
            "resource_name": "Protected-Instance-ab14",
            "resource_type": "protectedInstance",
            "failure_status": "createFail",
            "job_id": "ff808082686f229a0168707beaab014e",
            "job_type": "createProtectedInstance",
            "begin_time": "2019-01-21T12:56:35.754Z",
            "error_code": "EVS.2024",
            "fail_reason": "SdrsGenerateNativeServerParamsTask-fail:volume is error!"
        },
        {
            "job_status": "FAIL",
            "resource_id": "897f57b2-6e94-4179-b414-9532726c59f2",
            "resource_name": "Protected-Instance-5e2e",
            "resource_type": "protectedInstance",
            "failure_status": "createFail",
            "job_id": "ff808082686f229a0168707b9be9013e",
            "job_type": "createProtectedInstance",
            "begin_time": "2019-01-21T12:56:15.591Z",
            "error_code": "EVS.2024",
            "fail_reason": "SdrsGenerateNativeServerParamsTask-fail:volume is error!"
        }
    ]
})";

// querying_protection_groups.rst, "Example response", with its two JSON mistakes fixed: the
// first group lacks a comma after "server_type":"ECS", the second has "server_type":ECS unquoted.
const QByteArray protectionGroupsExample = R"({
   "count": 2,
   "server_groups": [
        {
            "id": "40df180b-9fe2-471a-8c64-1b758dc84189",
            "name": "testname",
            "description": "description",
            "source_availability_zone": "eu-de-01",
            "target_availability_zone": "eu-de-02",
            "domain_id": "fb4bb8e3-a574-4437-a156-78c916aeea4d",
            "domain_name": "ActiveactiveDomain",
            "status": "available",
            "protected_status": null,
            "replication_status": null,
            "health_status": null,
            "progress": 0,
            "priority_station": "source",
            "protected_instance_num": 0,
            "replication_num": 0,
            "disaster_recovery_drill_num": 0,
            "source_vpc_id": "046852ef-c49d-409b-8389-546aaaa5701f",
            "target_vpc_id": "046852ef-c49d-409b-8389-546aaaa5701f",
            "test_vpc_id": null,
            "dr_type": "migration",
            "server_type":"ECS",
            "created_at": "2019-05-23 03:51:58.256",
            "updated_at": "2019-05-23 07:48:12.484",
            "protection_type": "replication-pair",
            "replication_model": null
        },
        {
            "id": "decf224d-87fe-403a-8721-037a1a45c287",
            "name": "Protection-Group-lwx",
            "description": null,
            "source_availability_zone": "eu-de-01",
            "target_availability_zone": "eu-de-02",
            "domain_id": "fb4bb8e3-a574-4437-a156-78c916aeea4d",
            "domain_name": "ActiveactiveDomain",
            "status": "available",
            "protected_status": null,
            "replication_status": null,
            "health_status": null,
            "progress": 0,
            "priority_station": "source",
            "protected_instance_num": 0,
            "replication_num": 0,
            "disaster_recovery_drill_num": 0,
            "source_vpc_id": "046852ef-c49d-409b-8389-546aaaa5701f",
            "target_vpc_id": "046852ef-c49d-409b-8389-546aaaa5701f",
            "test_vpc_id": null,
            "dr_type": "migration",
            "server_type":"ECS",
            "created_at": "2019-05-22 08:16:54.413",
            "updated_at": "2019-05-23 07:48:12.493",
            "protection_type": "replication-pair",
            "replication_model": null
        }
   ]
 })";

// querying_the_job_status.rst, the two example responses, verbatim.
const QByteArray jobExample1 = R"({
      "status": "SUCCESS",
      "entities": {
          "server_group_id": "a59d008e-4bad-4bf3-9b17-6cc25e7da483"
      },
      "job_id": "0000000062db92d70162db9d200f000a",
      "job_type": "createProtectionGroupNoCG",
      "begin_time": "2018-04-19T01:55:30.443Z",
      "end_time": "2018-04-19T01:55:45.493Z",
      "error_code": null,
      "fail_reason": null
  })";

const QByteArray jobExample2 = R"({
    "job_id": "ff8080826b45d4a5016b5036242c0025",
    "job_type": "stopProtectionGroupNoCG",
    "begin_time": "2019-06-13T09:40:53.930Z",
    "end_time": "2019-06-13T09:41:01.946Z",
    "status": "SUCCESS",
    "error_code": null,
    "fail_reason": null,
    "entities": {
        "sub_jobs": [
            {
                "job_id": "ff8080826b45d4a5016b50362868002a",
                "job_type": "stopProtectionGroupRepNoCG",
                "begin_time": "2019-06-13T09:40:55.015Z",
                "end_time": "2019-06-13T09:40:58.951Z",
                "status": "SUCCESS",
                "error_code": null,
                "fail_reason": null,
                "entities": {
                    "server_group_id": "1fd6903c-48f9-4772-8974-112dfbd74427"
                }
            },
            {
                "job_id": "ff8080826b45d4a5016b50362870002b",
                "job_type": "stopProtectionGroupRepNoCG",
                "begin_time": "2019-06-13T09:40:55.022Z",
                "end_time": "2019-06-13T09:40:58.952Z",
                "status": "SUCCESS",
                "error_code": null,
                "fail_reason": null,
                "entities": {
                    "server_group_id": "1fd6903c-48f9-4772-8974-112dfbd74427"
                }
            }
        ]
    }
})";

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QDateTime utc(int y, int mo, int d, int h, int mi, int sec, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, sec, ms), QTimeZone::utc());
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// Each struct as a list of "field=value" lines, so that QCOMPARE names the first differing field
// and tells a null QString ("<null>") from an empty one ("").
QString show(const QString &value)
{
    return value.isNull() ? QStringLiteral("<null>") : u'"' + value + u'"';
}

QString show(const QDateTime &value)
{
    if (!value.isValid())
        return QStringLiteral("<invalid>");
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QStringList describe(const FailureJob &j)
{
    return {
        u"job_status=" + show(j.jobStatus),
        u"resource_id=" + show(j.resourceId),
        u"resource_name=" + show(j.resourceName),
        u"resource_type=" + show(j.resourceType),
        u"failure_status=" + show(j.failureStatus),
        u"job_id=" + show(j.jobId),
        u"job_type=" + show(j.jobType),
        u"begin_time text=" + show(j.beginTimeText),
        u"begin_time=" + show(j.beginTime),
        u"error_code=" + show(j.errorCode),
        u"fail_reason=" + show(j.failReason),
        u"server_group_id=" + show(j.serverGroupId),
    };
}

QStringList describe(const QList<FailureJob> &jobs)
{
    QStringList lines;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        for (const QString &line : describe(jobs.at(i)))
            lines.append(QStringLiteral("[%1] ").arg(i) + line);
    }
    return lines;
}

QStringList describe(const ProtectionGroup &g)
{
    return {
        u"id=" + show(g.id),
        u"name=" + show(g.name),
        u"description=" + show(g.description),
        u"status=" + show(g.status),
        u"progress=" + QString::number(g.progress),
        u"source_availability_zone=" + show(g.sourceAvailabilityZone),
        u"target_availability_zone=" + show(g.targetAvailabilityZone),
        u"domain_id=" + show(g.domainId),
        u"domain_name=" + show(g.domainName),
        u"priority_station=" + show(g.priorityStation),
        u"protected_instance_num=" + QString::number(g.protectedInstanceNum),
        u"replication_num=" + QString::number(g.replicationNum),
        u"disaster_recovery_drill_num=" + QString::number(g.disasterRecoveryDrillNum),
        u"protected_status=" + show(g.protectedStatus),
        u"replication_status=" + show(g.replicationStatus),
        u"health_status=" + show(g.healthStatus),
        u"source_vpc_id=" + show(g.sourceVpcId),
        u"target_vpc_id=" + show(g.targetVpcId),
        u"test_vpc_id=" + show(g.testVpcId),
        u"dr_type=" + show(g.drType),
        u"created_at=" + show(g.createdAt),
        u"updated_at=" + show(g.updatedAt),
        u"protection_type=" + show(g.protectionType),
        u"replication_model=" + show(g.replicationModel),
        u"server_type=" + show(g.serverType),
    };
}

QStringList describe(const QList<ProtectionGroup> &groups)
{
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        for (const QString &line : describe(groups.at(i)))
            lines.append(QStringLiteral("[%1] ").arg(i) + line);
    }
    return lines;
}

void describe(const Job &j, const QString &prefix, QStringList *lines)
{
    *lines << prefix + u"status=" + show(j.status) << prefix + u"job_id=" + show(j.jobId)
           << prefix + u"job_type=" + show(j.jobType) << prefix + u"begin_time=" + show(j.beginTime)
           << prefix + u"end_time=" + show(j.endTime) << prefix + u"error_code=" + show(j.errorCode)
           << prefix + u"fail_reason=" + show(j.failReason)
           << prefix + u"message=" + show(j.message) << prefix + u"code=" + show(j.code)
           << prefix + u"server_group_id=" + show(j.entities.serverGroupId)
           << prefix + u"protected_instance_id=" + show(j.entities.protectedInstanceId)
           << prefix + u"replication_pair_id=" + show(j.entities.replicationPairId)
           << prefix + u"volume_ids=" + j.entities.volumeIds.join(u'|')
           << prefix + u"native_server_id=" + show(j.entities.nativeServerId)
           << prefix + u"nic_id=" + show(j.entities.nicId)
           << prefix + u"sub_jobs=" + QString::number(j.subJobs.size());
    for (qsizetype i = 0; i < j.subJobs.size(); ++i)
        describe(j.subJobs.at(i), prefix + QStringLiteral("sub[%1].").arg(i), lines);
}

QStringList describe(const Job &j)
{
    QStringList lines;
    describe(j, QString(), &lines);
    return lines;
}

ProtectionGroup exampleGroup(int i)
{
    ProtectionGroup g;
    g.sourceAvailabilityZone = QStringLiteral("eu-de-01");
    g.targetAvailabilityZone = QStringLiteral("eu-de-02");
    g.domainId = QStringLiteral("fb4bb8e3-a574-4437-a156-78c916aeea4d");
    g.domainName = QStringLiteral("ActiveactiveDomain");
    g.status = QStringLiteral("available");
    g.priorityStation = QStringLiteral("source");
    g.sourceVpcId = QStringLiteral("046852ef-c49d-409b-8389-546aaaa5701f");
    g.targetVpcId = QStringLiteral("046852ef-c49d-409b-8389-546aaaa5701f");
    g.drType = QStringLiteral("migration");
    g.serverType = QStringLiteral("ECS");
    g.protectionType = QStringLiteral("replication-pair");
    // protected_status, replication_status, health_status, test_vpc_id, replication_model: null
    if (i == 0) {
        g.id = QStringLiteral("40df180b-9fe2-471a-8c64-1b758dc84189");
        g.name = QStringLiteral("testname");
        g.description = QStringLiteral("description");
        g.createdAt = utc(2019, 5, 23, 3, 51, 58, 256);
        g.updatedAt = utc(2019, 5, 23, 7, 48, 12, 484);
    } else {
        g.id = QStringLiteral("decf224d-87fe-403a-8721-037a1a45c287");
        g.name = QStringLiteral("Protection-Group-lwx");
        g.createdAt = utc(2019, 5, 22, 8, 16, 54, 413);
        g.updatedAt = utc(2019, 5, 23, 7, 48, 12, 493);
    }
    return g;
}

Job exampleJob1()
{
    Job j;
    j.status = QStringLiteral("SUCCESS");
    j.jobId = QStringLiteral("0000000062db92d70162db9d200f000a");
    j.jobType = QStringLiteral("createProtectionGroupNoCG");
    j.beginTime = utc(2018, 4, 19, 1, 55, 30, 443);
    j.endTime = utc(2018, 4, 19, 1, 55, 45, 493);
    j.entities.serverGroupId = QStringLiteral("a59d008e-4bad-4bf3-9b17-6cc25e7da483");
    return j;
}

Job exampleJob2()
{
    Job j;
    j.status = QStringLiteral("SUCCESS");
    j.jobId = QStringLiteral("ff8080826b45d4a5016b5036242c0025");
    j.jobType = QStringLiteral("stopProtectionGroupNoCG");
    j.beginTime = utc(2019, 6, 13, 9, 40, 53, 930);
    j.endTime = utc(2019, 6, 13, 9, 41, 1, 946);
    Job sub;
    sub.status = QStringLiteral("SUCCESS");
    sub.jobType = QStringLiteral("stopProtectionGroupRepNoCG");
    sub.entities.serverGroupId = QStringLiteral("1fd6903c-48f9-4772-8974-112dfbd74427");
    sub.jobId = QStringLiteral("ff8080826b45d4a5016b50362868002a");
    sub.beginTime = utc(2019, 6, 13, 9, 40, 55, 15);
    sub.endTime = utc(2019, 6, 13, 9, 40, 58, 951);
    j.subJobs.append(sub);
    sub.jobId = QStringLiteral("ff8080826b45d4a5016b50362870002b");
    sub.beginTime = utc(2019, 6, 13, 9, 40, 55, 22);
    sub.endTime = utc(2019, 6, 13, 9, 40, 58, 952);
    j.subJobs.append(sub);
    return j;
}

Job leafJob(const char *id)
{
    Job j;
    j.jobId = s(id);
    j.status = QStringLiteral("SUCCESS");
    return j;
}

/// A string of UTF-16 code units, lone surrogates included.
QString utf16(std::initializer_list<char16_t> units)
{
    return QString(reinterpret_cast<const QChar *>(units.begin()), qsizetype(units.size()));
}

/// The JSON string escaping appendQuoted replaced (the emulator's and the command line's): the
/// UTF-8 bytes one at a time. What appendQuoted must still write, byte for byte.
QByteArray quotedByteByByte(const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    QByteArray out = "\"";
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

} // namespace

class TestJsonCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failureJobPage_data();
    void failureJobPage();
    void failureJobPageNullFieldsAreNull();
    void failureJobPageErrors_data();
    void failureJobPageErrors();
    void protectionGroupPage_data();
    void protectionGroupPage();
    void protectionGroupPagePublishedExampleIsInvalidJson();
    void protectionGroupPageErrors_data();
    void protectionGroupPageErrors();
    void job_data();
    void job();
    void jobErrors_data();
    void jobErrors();
    void roundTripFailureJob();
    void appendJsonFailureJob();
    void roundTripProtectionGroup();
    void roundTripJob();
    void decodeErrorBody_data();
    void decodeErrorBody();
    void decodeErrorBodyAuthorizationMessage();
    void decodeErrorBodyTruncatesLongGarbage();
    void parseApiTime_data();
    void parseApiTime();
    void formatTimes_data();
    void formatTimes();
    void formatLocalTableTimeWithZone();
    void formatRelative();
    void formatFileNameStamp();
    void lenientString_data();
    void lenientString();
    void appendQuoted_data();
    void appendQuoted();
    void appendQuotedEveryCodeUnit();
    void apiErrorToString();
    void errorCatalogBundled();
    void errorCatalogFromTsv();
};

// ---- failed tasks ---------------------------------------------------------------------------

void TestJsonCodec::failureJobPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QList<FailureJob>>("jobs");

    QTest::newRow("page example") << failureJobsExample << qint64(2)
                                  << QList<FailureJob>{apiExampleRow(0), apiExampleRow(1)};

    QTest::newRow("empty list") << QByteArray(R"({"count": 0, "failure_jobs": []})") << qint64(0)
                                << QList<FailureJob>{};

    {
        FailureJob partial;
        partial.resourceId = QStringLiteral("r1");
        partial.jobId = QStringLiteral("j1");
        QTest::newRow("partial rows")
            << QByteArray(R"({"count": 2, "failure_jobs": [{"resource_id": "r1", "job_id": "j1"},
                                                           {}]})")
            << qint64(2) << QList<FailureJob>{partial, FailureJob{}};
    }

    QTest::newRow("null fields")
        << QByteArray(R"({"count": 1, "failure_jobs": [{"job_status": null, "resource_id": null,
            "resource_name": null, "resource_type": null, "failure_status": null,
            "job_id": null, "job_type": null, "begin_time": null, "error_code": null,
            "fail_reason": null}]})")
        << qint64(1) << QList<FailureJob>{FailureJob{}};

    {
        FailureJob unknown = apiExampleRow(0);
        unknown.jobStatus = QStringLiteral("PARTIAL_FAIL");
        unknown.resourceType = QStringLiteral("protectedInstance");
        unknown.failureStatus = QStringLiteral("someNewFail");
        unknown.jobType = QStringLiteral("brandNewJobType");
        unknown.errorCode = QStringLiteral("XYZ.9999");
        QTest::newRow("unknown enum values kept verbatim")
            << QByteArray(R"({"count": 1, "failure_jobs": [{"job_status": "PARTIAL_FAIL",
                "resource_id": "17984002-ad8a-438b-8ba6-b850224634c5",
                "resource_name": "Protected-Instance-ab14", "resource_type": "protectedInstance",
                "failure_status": "someNewFail", "job_id": "ff808082686f229a0168707beaab014e",
                "job_type": "brandNewJobType", "begin_time": "2019-01-21T12:56:35.754Z",
                "error_code": "XYZ.9999",
                "fail_reason": "SdrsGenerateNativeServerParamsTask-fail:volume is error!"}]})")
            << qint64(1) << QList<FailureJob>{unknown};
    }

    {
        FailureJob typed;
        typed.jobStatus = QStringLiteral("1");
        typed.resourceId = QStringLiteral("12345678901234");
        typed.resourceName = QStringLiteral("true");
        typed.resourceType = QStringLiteral("false");
        typed.failureStatus = QStringLiteral("2.5");
        typed.jobId = QStringLiteral(R"({"id":"abc"})");
        typed.jobType = QStringLiteral(R"(["a",1])");
        typed.beginTimeText = QStringLiteral("1548075395754");
        typed.errorCode = QStringLiteral("-7");
        typed.failReason = QStringLiteral(R"({"badRequest":{"code":400,"message":"m"}})");
        QTest::newRow("wrong types become text")
            << QByteArray(R"({"count": 1, "failure_jobs": [{"job_status": 1,
                "resource_id": 12345678901234, "resource_name": true, "resource_type": false,
                "failure_status": 2.5, "job_id": {"id": "abc"}, "job_type": ["a", 1],
                "begin_time": 1548075395754, "error_code": -7,
                "fail_reason": {"badRequest": {"message": "m", "code": 400}}}]})")
            << qint64(1) << QList<FailureJob>{typed};
    }

    {
        FailureJob offset;
        offset.beginTimeText = QStringLiteral("2019-01-21T13:56:35.754+01:00");
        offset.beginTime = utc(2019, 1, 21, 12, 56, 35, 754);
        FailureJob garbage;
        garbage.beginTimeText = QStringLiteral("yesterday, around noon");
        QTest::newRow("begin_time with offset, and unparseable")
            << QByteArray(R"({"failure_jobs": [{"begin_time": "2019-01-21T13:56:35.754+01:00"},
                                               {"begin_time": "yesterday, around noon"}]})")
            << qint64(2) << QList<FailureJob>{offset, garbage};
    }

    QTest::newRow("missing count is the row count")
        << QByteArray(R"({"failure_jobs": [{}, {}, {}]})") << qint64(3)
        << QList<FailureJob>{FailureJob{}, FailureJob{}, FailureJob{}};
    QTest::newRow("null count is the row count")
        << QByteArray(R"({"count": null, "failure_jobs": [{}]})") << qint64(1)
        << QList<FailureJob>{FailureJob{}};
    QTest::newRow("count is the total, not the page length")
        << QByteArray(R"({"count": 2500, "failure_jobs": [{}]})") << qint64(2500)
        << QList<FailureJob>{FailureJob{}};

    {
        FailureJob named;
        named.resourceName = QStringLiteral("Gruppe-\u00fc-\u6570\u636e");
        QTest::newRow("utf-8 and unknown keys")
            << QStringLiteral(R"({"links": [{"rel": "next"}], "count": 1,
                 "failure_jobs": [{"resource_name": "Gruppe-ü-数据", "new_field": 1}]})")
                   .toUtf8()
            << qint64(1) << QList<FailureJob>{named};
    }
}

void TestJsonCodec::failureJobPage()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, count);
    QFETCH(QList<FailureJob>, jobs);

    const Result<FailureJobPage> decoded = decodeFailureJobPage(body);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error.message));
    QVERIFY(decoded.error.message.isEmpty());
    QCOMPARE(decoded.value.count, count);
    QCOMPARE(describe(decoded.value.jobs), describe(jobs));
    QVERIFY(decoded.value.jobs == jobs);
    for (const FailureJob &job : decoded.value.jobs) {
        if (job.beginTime.isValid())
            QCOMPARE(job.beginTime.offsetFromUtc(), 0);
    }
}

void TestJsonCodec::failureJobPageNullFieldsAreNull()
{
    const Result<FailureJobPage> decoded = decodeFailureJobPage(
        R"({"failure_jobs": [{"job_status": "FAIL", "error_code": null, "fail_reason": null,
                              "resource_name": ""}]})");
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value.jobs.size(), 1);
    const FailureJob &job = decoded.value.jobs.first();
    QCOMPARE(job.jobStatus, QStringLiteral("FAIL"));
    QVERIFY(job.errorCode.isNull());
    QVERIFY(job.failReason.isNull());
    QVERIFY(job.jobId.isNull()); // missing
    QVERIFY(!job.resourceName.isNull());
    QVERIFY(job.resourceName.isEmpty());
    QVERIFY(!job.beginTime.isValid());
    QVERIFY(job.serverGroupId.isNull()); // never from the body
}

void TestJsonCodec::failureJobPageErrors_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \r\n\t ");
    QTest::newRow("html") << QByteArray("<html><head><title>502 Bad Gateway</title></head>"
                                        "<body><h1>502 Bad Gateway</h1></body></html>");
    QTest::newRow("truncated json") << failureJobsExample.left(failureJobsExample.size() / 2);
    QTest::newRow("truncated after last brace") << failureJobsExample.chopped(1);
    QTest::newRow("json array") << QByteArray(R"([{"job_status": "FAIL"}])");
    QTest::newRow("json null") << QByteArray("null");
    QTest::newRow("json string") << QByteArray(R"("failure_jobs")");
    QTest::newRow("json number") << QByteArray("42");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("count only") << QByteArray(R"({"count": 0})");
    QTest::newRow("error body") << QByteArray(R"({"error": {"message": "XXXX", "code": "XXX"}})");
    QTest::newRow("failure_jobs is an object") << QByteArray(R"({"count": 0, "failure_jobs": {}})");
    QTest::newRow("failure_jobs is a string") << QByteArray(R"({"failure_jobs": "none"})");
    QTest::newRow("failure_jobs is null") << QByteArray(R"({"count": 0, "failure_jobs": null})");
    QTest::newRow("non-object row (number)")
        << QByteArray(R"({"count": 2, "failure_jobs": [{"job_status": "FAIL"}, 1]})");
    QTest::newRow("non-object row (string)") << QByteArray(R"({"failure_jobs": ["FAIL"]})");
    QTest::newRow("non-object row (null)") << QByteArray(R"({"failure_jobs": [null]})");
    QTest::newRow("non-object row (array)") << QByteArray(R"({"failure_jobs": [[]]})");
    QTest::newRow("string count") << QByteArray(R"({"count": "2", "failure_jobs": [{}, {}]})");
    // Found by fuzzing: a huge count must not overflow into qint64.
    QTest::newRow("huge count") << QByteArray(R"({"count": 3.1e34, "failure_jobs": []})");
    QTest::newRow("fractional count") << QByteArray(R"({"count": 2.5, "failure_jobs": [{}, {}]})");
    QTest::newRow("negative count") << QByteArray(R"({"count": -1, "failure_jobs": []})");
    QTest::newRow("negative count") << QByteArray(R"({"count": -1, "failure_jobs": []})");
    QTest::newRow("boolean count") << QByteArray(R"({"count": true, "failure_jobs": [{}]})");
    QTest::newRow("object count") << QByteArray(R"({"count": {}, "failure_jobs": []})");
}

void TestJsonCodec::failureJobPageErrors()
{
    QFETCH(QByteArray, body);
    const Result<FailureJobPage> decoded = decodeFailureJobPage(body);
    QVERIFY(!decoded.ok());
    QVERIFY(!decoded.error.message.isEmpty());
}

// ---- protection groups ----------------------------------------------------------------------

void TestJsonCodec::protectionGroupPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QList<ProtectionGroup>>("groups");

    QTest::newRow("page example, fixed")
        << protectionGroupsExample << qint64(2)
        << QList<ProtectionGroup>{exampleGroup(0), exampleGroup(1)};

    QTest::newRow("empty") << QByteArray(R"({"count": 0, "server_groups": []})") << qint64(0)
                           << QList<ProtectionGroup>{};

    {
        ProtectionGroup g;
        g.id = QStringLiteral("g1");
        QTest::newRow("partial group, missing count")
            << QByteArray(R"({"server_groups": [{"id": "g1"}]})") << qint64(1)
            << QList<ProtectionGroup>{g};
    }

    {
        ProtectionGroup g;
        g.id = QStringLiteral("42");
        g.name = QStringLiteral("true");
        g.status = QStringLiteral("error-failing-over-someday");
        g.progress = 50;
        g.protectedInstanceNum = 3;
        g.replicationNum = 0;
        g.disasterRecoveryDrillNum = 0;
        g.description = QStringLiteral(R"({"text":"d"})");
        g.createdAt = utc(2019, 5, 23, 3, 51, 58, 256);
        g.updatedAt = utc(2019, 5, 23, 7, 48, 12);
        QTest::newRow("wrong types, unknown status, both time formats")
            << QByteArray(R"({"count": 7, "server_groups": [{"id": 42, "name": true,
                "status": "error-failing-over-someday", "progress": "50",
                "protected_instance_num": 3.0, "replication_num": null,
                "disaster_recovery_drill_num": "many", "description": {"text": "d"},
                "created_at": "2019-05-23T03:51:58.256Z", "updated_at": "2019-05-23 07:48:12"}]})")
            << qint64(7) << QList<ProtectionGroup>{g};
    }

    {
        ProtectionGroup g;
        g.id = QStringLiteral("g2");
        QTest::newRow("unparseable times are invalid")
            << QByteArray(R"({"server_groups": [{"id": "g2", "created_at": "23.05.2019",
                "updated_at": 1558583518}]})")
            << qint64(1) << QList<ProtectionGroup>{g};
    }
}

void TestJsonCodec::protectionGroupPage()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, count);
    QFETCH(QList<ProtectionGroup>, groups);

    const Result<ProtectionGroupPage> decoded = decodeProtectionGroupPage(body);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error.message));
    QCOMPARE(decoded.value.count, count);
    QCOMPARE(describe(decoded.value.groups), describe(groups));
    QVERIFY(decoded.value.groups == groups);
    for (const ProtectionGroup &g : decoded.value.groups) {
        if (g.createdAt.isValid())
            QCOMPARE(g.createdAt.offsetFromUtc(), 0);
    }
}

void TestJsonCodec::protectionGroupPagePublishedExampleIsInvalidJson()
{
    // The page's example as published: no comma after the first "server_type", the second unquoted.
    QByteArray published = protectionGroupsExample;
    published.replace(R"("server_type":"ECS",)"
                      "\n            \"created_at\": \"2019-05-23",
                      R"("server_type":"ECS")"
                      "\n            \"created_at\": \"2019-05-23");
    published.replace(R"("server_type":"ECS",)"
                      "\n            \"created_at\": \"2019-05-22",
                      R"("server_type":ECS,)"
                      "\n            \"created_at\": \"2019-05-22");
    QCOMPARE(published.count(R"("server_type":"ECS")"), 1);
    QCOMPARE(published.count(R"("server_type":ECS,)"), 1);

    const Result<ProtectionGroupPage> decoded = decodeProtectionGroupPage(published);
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.error.message.contains(QStringLiteral("malformed JSON")));
}

void TestJsonCodec::protectionGroupPageErrors_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Forbidden</body></html>");
    QTest::newRow("truncated") << protectionGroupsExample.left(300);
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no server_groups") << QByteArray(R"({"count": 0})");
    QTest::newRow("a failed-task page") << failureJobsExample;
    QTest::newRow("server_groups not an array") << QByteArray(R"({"server_groups": {"id": "g"}})");
    QTest::newRow("non-object group") << QByteArray(R"({"server_groups": [{"id": "g"}, "g2"]})");
    QTest::newRow("string count") << QByteArray(R"({"count": "1", "server_groups": [{}]})");
}

void TestJsonCodec::protectionGroupPageErrors()
{
    QFETCH(QByteArray, body);
    const Result<ProtectionGroupPage> decoded = decodeProtectionGroupPage(body);
    QVERIFY(!decoded.ok());
    QVERIFY(!decoded.error.message.isEmpty());
}

// ---- jobs -----------------------------------------------------------------------------------

void TestJsonCodec::job_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Job>("expected");
    QTest::addColumn<int>("descendants");

    QTest::newRow("page example 1") << jobExample1 << exampleJob1() << 0;
    QTest::newRow("page example 2, sub jobs") << jobExample2 << exampleJob2() << 2;

    {
        // root -> c1 -> g1 -> gg1, root -> c2: three levels below the root.
        Job gg1 = leafJob("gg1");
        Job g1 = leafJob("g1");
        g1.subJobs = {gg1};
        Job c1 = leafJob("c1");
        c1.subJobs = {g1};
        Job c2 = leafJob("c2");
        c2.status = QStringLiteral("RUNNING");
        Job root = leafJob("root");
        root.status = QStringLiteral("RUNNING");
        root.subJobs = {c1, c2};
        QTest::newRow("sub jobs three levels deep")
            << QByteArray(R"({"job_id": "root", "status": "RUNNING", "entities": {"sub_jobs": [
                 {"job_id": "c1", "status": "SUCCESS", "entities": {"sub_jobs": [
                   {"job_id": "g1", "status": "SUCCESS", "entities": {"sub_jobs": [
                     {"job_id": "gg1", "status": "SUCCESS", "entities": {}}]}}]}},
                 {"job_id": "c2", "status": "RUNNING"}]}})")
            << root << 4;
    }

    {
        Job j;
        j.jobId = QStringLiteral("j-vol");
        j.jobType = QStringLiteral("expandReplicationPairNew");
        j.status = QStringLiteral("FAIL");
        j.entities.replicationPairId = QStringLiteral("rp-1");
        j.entities.protectedInstanceId = QStringLiteral("pi-1");
        j.entities.nativeServerId = QStringLiteral("srv-1");
        j.entities.nicId = QStringLiteral("nic-1");
        j.entities.volumeIds = {QStringLiteral("vol-1"), QStringLiteral("vol-2"),
                                QStringLiteral("7")};
        j.errorCode = QStringLiteral("SDRS.1306");
        j.failReason = QStringLiteral(
            R"(ExpandTask-fail:SDRS.1306:Client error : {"badRequest": {"message": "m", "code": 400}})");
        j.message = QStringLiteral("expand failed");
        j.code = QStringLiteral("400");
        QTest::newRow("entities, volume_ids array, failure fields")
            << QByteArray(R"({"job_id": "j-vol", "job_type": "expandReplicationPairNew",
                "status": "FAIL", "error_code": "SDRS.1306",
                "fail_reason": "ExpandTask-fail:SDRS.1306:Client error : {\"badRequest\": {\"message\": \"m\", \"code\": 400}}",
                "message": "expand failed", "code": 400,
                "entities": {"replication_pair_id": "rp-1", "protected_instance_id": "pi-1",
                  "native_server_id": "srv-1", "nic_id": "nic-1",
                  "volume_ids": ["vol-1", "vol-2", 7]}})")
            << j << 0;
    }

    {
        Job j;
        j.jobId = QStringLiteral("j-comma");
        j.entities.volumeIds = {QStringLiteral("vol-a"), QStringLiteral("vol-b"),
                                QStringLiteral("vol-c")};
        QTest::newRow("volume_ids comma string")
            << QByteArray(
                   R"({"job_id": "j-comma", "entities": {"volume_ids": "vol-a,vol-b,,vol-c"}})")
            << j << 0;
    }

    {
        Job j;
        j.status = QStringLiteral("INIT");
        j.subJobs = {leafJob("s1")};
        QTest::newRow("status only; odd entities and sub_jobs entries skipped")
            << QByteArray(R"({"status": "INIT", "begin_time": "soon", "end_time": null,
                "entities": {"volume_ids": 5, "sub_jobs": [1, "x", null,
                {"job_id": "s1", "status": "SUCCESS"}]}})")
            << j << 1;
    }

    {
        Job j;
        j.jobId = QStringLiteral("12345");
        j.status = QStringLiteral("0");
        QTest::newRow("entities not an object, numeric fields")
            << QByteArray(R"({"job_id": 12345, "status": 0, "entities": "none"})") << j << 0;
    }
}

void TestJsonCodec::job()
{
    QFETCH(QByteArray, body);
    QFETCH(Job, expected);
    QFETCH(int, descendants);

    const Result<Job> decoded = decodeJob(body);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error.message));
    QCOMPARE(describe(decoded.value), describe(expected));
    QVERIFY(decoded.value == expected);
    QCOMPARE(decoded.value.descendantCount(), qsizetype(descendants));
}

void TestJsonCodec::jobErrors_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("neither job_id nor status")
        << QByteArray(R"({"job_type": "createProtectionGroupNoCG", "entities": {}})");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("error body") << QByteArray(R"({"itemNotFound": {"message": "m", "code": "c"}})");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html>504 Gateway Time-out</html>");
    QTest::newRow("array") << QByteArray(R"([{"job_id": "x"}])");
    QTest::newRow("truncated") << jobExample2.left(jobExample2.size() - 10);
}

void TestJsonCodec::jobErrors()
{
    QFETCH(QByteArray, body);
    const Result<Job> decoded = decodeJob(body);
    QVERIFY(!decoded.ok());
    QVERIFY(!decoded.error.message.isEmpty());
}

// ---- round trips ----------------------------------------------------------------------------

void TestJsonCodec::roundTripFailureJob()
{
    const Result<FailureJobPage> decoded = decodeFailureJobPage(failureJobsExample);
    QVERIFY(decoded.ok());
    const QJsonArray original =
        QJsonDocument::fromJson(failureJobsExample).object().value(u"failure_jobs").toArray();
    QCOMPARE(decoded.value.jobs.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        const FailureJob &job = decoded.value.jobs.at(i);
        QCOMPARE(toJson(job), original.at(i).toObject()); // what the emulator serves
        QCOMPARE(describe(failureJobFromJson(toJson(job))), describe(job));
        QVERIFY(failureJobFromJson(toJson(job)) == job);
    }

    // Null error fields survive as null.
    FailureJob j = apiExampleRow(1);
    j.errorCode = QString();
    j.failReason = QString();
    const QJsonObject o = toJson(j);
    QVERIFY(o.value(u"error_code").isNull());
    QVERIFY(o.value(u"fail_reason").isNull());
    const FailureJob back = failureJobFromJson(o);
    QVERIFY(back == j);
    QVERIFY(back.errorCode.isNull());

    // Without the original text the time is written in the API's format.
    FailureJob timed;
    timed.jobId = QStringLiteral("j");
    timed.beginTime = utc(2024, 2, 29, 23, 59, 59, 7);
    QCOMPARE(toJson(timed).value(u"begin_time").toString(),
             QStringLiteral("2024-02-29T23:59:59.007Z"));
    const FailureJob reread = failureJobFromJson(toJson(timed));
    QCOMPARE(reread.beginTime, timed.beginTime);
    QCOMPARE(reread.beginTimeText, QStringLiteral("2024-02-29T23:59:59.007Z"));
}

/// appendJson() writes what toJson() gives, compact, the fields in the table's order.
void TestJsonCodec::appendJsonFailureJob()
{
    QList<FailureJob> jobs = decodeFailureJobPage(failureJobsExample).value.jobs;
    jobs << sampleJobs();
    FailureJob nulls = apiExampleRow(1);
    nulls.errorCode = QString();
    nulls.failReason = QString();
    nulls.resourceName = QString(); // not nullable: written as ""
    FailureJob timed;
    timed.beginTime = utc(2024, 2, 29, 23, 59, 59, 7);
    jobs << nulls << timed << FailureJob();
    for (const FailureJob &job : std::as_const(jobs)) {
        QByteArray out = "[";
        appendJson(out, job);
        QVERIFY(out.startsWith("[{"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out.mid(1), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object(), toJson(job));
    }

    QByteArray out;
    appendJson(out, timed);
    QCOMPARE(out, QByteArray(R"({"job_id":"","job_type":"","job_status":"","failure_status":"",)"
                             R"("resource_type":"","resource_id":"","resource_name":"",)"
                             R"("begin_time":"2024-02-29T23:59:59.007Z","error_code":null,)"
                             R"("fail_reason":null})"));
}

void TestJsonCodec::roundTripProtectionGroup()
{
    const Result<ProtectionGroupPage> decoded = decodeProtectionGroupPage(protectionGroupsExample);
    QVERIFY(decoded.ok());
    const QJsonArray original =
        QJsonDocument::fromJson(protectionGroupsExample).object().value(u"server_groups").toArray();
    QCOMPARE(decoded.value.groups.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        const ProtectionGroup &g = decoded.value.groups.at(i);
        QCOMPARE(toJson(g), original.at(i).toObject());
        QCOMPARE(describe(protectionGroupFromJson(toJson(g))), describe(g));
        QVERIFY(protectionGroupFromJson(toJson(g)) == g);
    }

    ProtectionGroup full = exampleGroup(0);
    full.progress = 42;
    full.protectedInstanceNum = 3;
    full.replicationNum = 5;
    full.disasterRecoveryDrillNum = 1;
    full.protectedStatus = QStringLiteral("started");
    full.replicationStatus = QStringLiteral("active");
    full.healthStatus = QStringLiteral("normal");
    full.testVpcId = QStringLiteral("vpc-test");
    full.replicationModel = QStringLiteral("hypermetro");
    full.createdAt = QDateTime(QDate(2024, 1, 1), QTime(1, 2, 3, 45), QTimeZone(3600));
    const ProtectionGroup back = protectionGroupFromJson(toJson(full));
    QCOMPARE(describe(back), describe(full));
    QVERIFY(back == full);
    QCOMPARE(toJson(full).value(u"created_at").toString(),
             QStringLiteral("2024-01-01 00:02:03.045"));
}

void TestJsonCodec::roundTripJob()
{
    for (const QByteArray &body : {jobExample1, jobExample2}) {
        const Result<Job> decoded = decodeJob(body);
        QVERIFY(decoded.ok());
        QCOMPARE(toJson(decoded.value), object(body));
        QVERIFY(jobFromJson(toJson(decoded.value)) == decoded.value);
    }

    Job leaf = leafJob("leaf");
    leaf.jobType = QStringLiteral("attachReplicationPairNew");
    leaf.entities.volumeIds = {QStringLiteral("v1"), QStringLiteral("v2")};
    leaf.beginTime = utc(2020, 2, 2, 2, 2, 2, 2);
    Job middle = leafJob("middle");
    middle.status = QStringLiteral("FAIL");
    middle.errorCode = QStringLiteral("SDRS.1306");
    middle.failReason = QStringLiteral("Task-fail:SDRS.1306:boom");
    middle.subJobs = {leaf, leaf};
    Job root;
    root.status = QStringLiteral("FAIL");
    root.jobId = QStringLiteral("root");
    root.jobType = QStringLiteral("createProtectedInstanceNoCG");
    root.beginTime = utc(2020, 1, 1, 0, 0, 0, 1);
    root.endTime = utc(2020, 1, 1, 0, 5, 0, 999);
    root.errorCode = QStringLiteral("SDRS.1306");
    root.failReason = QStringLiteral("failed");
    root.message = QStringLiteral("message");
    root.code = QStringLiteral("SDRS.1306");
    root.entities.serverGroupId = QStringLiteral("sg");
    root.entities.protectedInstanceId = QStringLiteral("pi");
    root.entities.replicationPairId = QStringLiteral("rp");
    root.entities.nativeServerId = QStringLiteral("ns");
    root.entities.nicId = QStringLiteral("nic");
    middle.jobType = QStringLiteral("createReplicationPairNoCG");
    Job other = leafJob("other");
    other.jobType = QStringLiteral("addNicNew");
    root.subJobs = {middle, other};
    QCOMPARE(root.descendantCount(), 4);

    const Job back = jobFromJson(toJson(root));
    QCOMPARE(describe(back), describe(root));
    QVERIFY(back == root);
    const Result<Job> reparsed = decodeJob(QJsonDocument(toJson(root)).toJson());
    QVERIFY(reparsed.ok());
    QVERIFY(reparsed.value == root);
    // volume_ids is written as the SDK's JobEntities has it: one string, comma-joined.
    const QJsonValue volumes = toJson(leaf)
                                   .value(QLatin1StringView("entities"))
                                   .toObject()
                                   .value(QLatin1StringView("volume_ids"));
    QVERIFY(volumes.isString());
    QCOMPARE(volumes.toString(), QStringLiteral("v1,v2"));
}

// ---- error bodies ---------------------------------------------------------------------------

void TestJsonCodec::decodeErrorBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<bool>("recognised");

    QTest::newRow("sdrs error")
        << QByteArray(
               R"({"error": {"message": "limit value must be greater than 0 or less than 1000",
                                    "code": "SDRS.0221"}})")
        << QStringLiteral("SDRS.0221")
        << QStringLiteral("limit value must be greater than 0 or less than 1000") << QString()
        << true;
    QTest::newRow("badrequest") << QByteArray(
                                       R"({"badrequest": {"message": "XXXX", "code": "XXX"}})")
                                << QStringLiteral("XXX") << QStringLiteral("XXXX") << QString()
                                << true;
    QTest::newRow("itemNotFound")
        << QByteArray(
               R"({"itemNotFound": {"message": "failure job not found", "code": "SDRS.0404"}})")
        << QStringLiteral("SDRS.0404") << QStringLiteral("failure job not found") << QString()
        << true;
    QTest::newRow("wrapper with request id")
        << QByteArray(R"({"error": {"message": "m", "code": "SDRS.0222", "request_id": "req-9"}})")
        << QStringLiteral("SDRS.0222") << QStringLiteral("m") << QStringLiteral("req-9") << true;
    QTest::newRow("iam numeric code")
        << QByteArray(
               R"({"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "Unauthorized"}})")
        << QStringLiteral("401")
        << QStringLiteral("The request you have made requires authentication.") << QString()
        << true;
    QTest::newRow("api gateway")
        << QByteArray(
               R"({"error_msg": "Incorrect IAM authentication information: verify aksk signature fail",
                          "error_code": "APIG.0301", "request_id": "0a1b2c3d4e5f"})")
        << QStringLiteral("APIG.0301")
        << QStringLiteral("Incorrect IAM authentication information: verify aksk signature fail")
        << QStringLiteral("0a1b2c3d4e5f") << true;
    QTest::newRow("api gateway, code only")
        << QByteArray(R"({"error_code": "APIG.1009"})") << QStringLiteral("APIG.1009") << QString()
        << QString() << true;
    QTest::newRow("html")
        << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                      "<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n")
        << QString()
        << QStringLiteral("<html> <head><title>502 Bad Gateway</title></head> <body> "
                          "<center><h1>502 Bad Gateway</h1></center> </body> </html>")
        << QString() << false;
    QTest::newRow("empty") << QByteArray() << QString() << QString() << QString() << false;
    QTest::newRow("plain text") << QByteArray("upstream connect error\n") << QString()
                                << QStringLiteral("upstream connect error") << QString() << false;
    QTest::newRow("truncated json")
        << QByteArray(R"({"error": {"message": "m)") << QString()
        << QStringLiteral(R"({"error": {"message": "m)") << QString() << false;
    QTest::newRow("unknown object") << QByteArray(R"({"fault": "boom"})") << QString()
                                    << QStringLiteral(R"({"fault": "boom"})") << QString() << false;
    QTest::newRow("wrapper without code or message")
        << QByteArray(R"({"error": {"detail": "x"}})") << QString()
        << QStringLiteral(R"({"error": {"detail": "x"}})") << QString() << false;
    QTest::newRow("json array") << QByteArray(R"([{"code": "x"}])") << QString()
                                << QStringLiteral(R"([{"code": "x"}])") << QString() << false;

    // The shapes the SDK's exception handler (huaweicloudsdkcore exception_handler.py) reads.
    QTest::newRow("sdk: camel case")
        << QByteArray(R"({"errorCode": "IAM.0001", "errorMsg": "bad"})")
        << QStringLiteral("IAM.0001") << QStringLiteral("bad") << QString() << true;
    QTest::newRow("sdk: code and message at the top")
        << QByteArray(R"({"code": "SDRS.0201", "message": "Invalid", "request_id": "r-1"})")
        << QStringLiteral("SDRS.0201") << QStringLiteral("Invalid") << QStringLiteral("r-1")
        << true;
    QTest::newRow("sdk: wrapper with siblings")
        << QByteArray(R"({"request_id": "r-2", "when": 5, "error": {"code": "APIG.0101",)"
                      R"( "message": "gone"}})")
        << QStringLiteral("APIG.0101") << QStringLiteral("gone") << QStringLiteral("r-2") << true;
    QTest::newRow("sdk: gateway pair inside a wrapper")
        << QByteArray(R"({"error": {"error_code": "APIG.0308", "error_msg": "slow down"}})")
        << QStringLiteral("APIG.0308") << QStringLiteral("slow down") << QString() << true;
    QTest::newRow("sdk: nested wrappers")
        << QByteArray(R"({"outer": {"inner": {"errorCode": "X.1", "errorMsg": "deep"}}})")
        << QStringLiteral("X.1") << QStringLiteral("deep") << QString() << true;
    QTest::newRow("sdk: a pair wins over a lone key")
        << QByteArray(R"({"code": "lone", "error": {"code": "SDRS.0008", "message": "m"}})")
        << QStringLiteral("SDRS.0008") << QStringLiteral("m") << QString() << true;
    QTest::newRow("sdk: error_code pair before code pair")
        << QByteArray(R"({"code": "c", "message": "m", "error_code": "e", "error_msg": "em"})")
        << QStringLiteral("e") << QStringLiteral("em") << QString() << true;
}

void TestJsonCodec::decodeErrorBodyAuthorizationMessage()
{
    const ErrorBody e = sdrs::json::decodeErrorBody(
        R"({"error": {"code": "403", "message": "Policy doesn't allow sdrs:jobs:list",)"
        R"( "encoded_authorization_message": "4vAzQc9oZ"}})");
    QVERIFY(e.recognised);
    QCOMPARE(e.code, QStringLiteral("403"));
    QCOMPARE(e.encodedAuthorizationMessage, QStringLiteral("4vAzQc9oZ"));
    // Alone, it is still a recognised refusal.
    const ErrorBody alone =
        sdrs::json::decodeErrorBody(R"({"encoded_authorization_message": "abc"})");
    QVERIFY(alone.recognised);
    QCOMPARE(alone.encodedAuthorizationMessage, QStringLiteral("abc"));
}

void TestJsonCodec::decodeErrorBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, requestId);
    QFETCH(bool, recognised);

    const ErrorBody e = sdrs::json::decodeErrorBody(body);
    QCOMPARE(e.recognised, recognised);
    QCOMPARE(e.code, code);
    QCOMPARE(e.message, message);
    QCOMPARE(e.requestId, requestId);
}

void TestJsonCodec::decodeErrorBodyTruncatesLongGarbage()
{
    QByteArray body = "<html><body>";
    for (int i = 0; i < 500; ++i)
        body += "garbage" + QByteArray::number(i) + ' ';
    const ErrorBody e = sdrs::json::decodeErrorBody(body);
    QVERIFY(!e.recognised);
    QVERIFY(e.code.isEmpty());
    QVERIFY2(e.message.size() >= 200 && e.message.size() <= 201, qPrintable(e.message));
    QVERIFY(e.message.startsWith(QStringLiteral("<html><body>garbage0 garbage1 ")));
    QVERIFY(body.startsWith(e.message.left(200).toUtf8()));
    QCOMPARE(e.message.back(), QChar(0x2026)); // an ellipsis says it was cut

    // Exactly 200 characters is not cut.
    const ErrorBody exact = sdrs::json::decodeErrorBody(QByteArray(200, 'x'));
    QCOMPARE(exact.message, QString(200, u'x'));

    // Multi-byte UTF-8 counts characters, not bytes.
    const QString umlauts(300, QChar(0x00fc));
    const ErrorBody wide = sdrs::json::decodeErrorBody(umlauts.toUtf8());
    QCOMPARE(wide.message, QString(200, QChar(0x00fc)) + QChar(0x2026));
}

// ---- times ----------------------------------------------------------------------------------

void TestJsonCodec::parseApiTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: rejected

    QTest::newRow("iso with ms") << s("2019-01-21T12:56:35.754Z")
                                 << utc(2019, 1, 21, 12, 56, 35, 754);
    QTest::newRow("iso without ms") << s("2019-01-21T12:56:35Z") << utc(2019, 1, 21, 12, 56, 35);
    QTest::newRow("iso, +01:00") << s("2019-01-21T13:56:35.754+01:00")
                                 << utc(2019, 1, 21, 12, 56, 35, 754);
    QTest::newRow("iso, -05:30 crosses midnight")
        << s("2019-01-20T19:26:35-05:30") << utc(2019, 1, 21, 0, 56, 35);
    QTest::newRow("iso, +0100") << s("2019-01-21T13:56:35.754+0100")
                                << utc(2019, 1, 21, 12, 56, 35, 754);
    QTest::newRow("iso, +00:00") << s("2019-01-21T12:56:35.754+00:00")
                                 << utc(2019, 1, 21, 12, 56, 35, 754);
    QTest::newRow("iso, no zone: utc")
        << s("2019-01-21T12:56:35.754") << utc(2019, 1, 21, 12, 56, 35, 754);
    QTest::newRow("group with ms")
        << s("2019-05-23 03:51:58.256") << utc(2019, 5, 23, 3, 51, 58, 256);
    QTest::newRow("group without ms") << s("2019-05-23 03:51:58") << utc(2019, 5, 23, 3, 51, 58);
    QTest::newRow("group with Z") << s("2019-05-23 03:51:58.256Z")
                                  << utc(2019, 5, 23, 3, 51, 58, 256);
    QTest::newRow("leap day") << s("2024-02-29 23:59:59.999") << utc(2024, 2, 29, 23, 59, 59, 999);
    QTest::newRow("surrounding whitespace")
        << s("  2019-01-21T12:56:35.754Z\n") << utc(2019, 1, 21, 12, 56, 35, 754);

    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("garbage") << s("this is not a time at all") << QDateTime();
    QTest::newRow("date only") << s("2019-01-21") << QDateTime();
    QTest::newRow("no seconds") << s("2019-01-21T12:56Z") << QDateTime();
    QTest::newRow("month 13") << s("2019-13-21T12:56:35.754Z") << QDateTime();
    QTest::newRow("february 30") << s("2019-02-30 12:56:35.754") << QDateTime();
    QTest::newRow("hour 25") << s("2019-01-21T25:56:35Z") << QDateTime();
    QTest::newRow("wrong separator") << s("2019-01-21X12:56:35.754Z") << QDateTime();
    QTest::newRow("german date") << s("21.01.2019 12:56:35.754") << QDateTime();
    QTest::newRow("epoch millis") << s("1548075395754") << QDateTime();
    QTest::newRow("sdk date") << s("20190121T125635Z") << QDateTime();
    QTest::newRow("trailing words") << s("2019-01-21T12:56:35.754Z tomorrow") << QDateTime();
}

void TestJsonCodec::parseApiTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const QDateTime parsed = sdrs::parseApiTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.offsetFromUtc(), 0);
        QCOMPARE(parsed.time(), expected.time()); // milliseconds included
    }
}

void TestJsonCodec::formatTimes_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("group");

    QTest::newRow("utc") << utc(2019, 1, 21, 12, 56, 35, 754) << s("2019-01-21T12:56:35.754Z")
                         << s("2019-01-21 12:56:35.754");
    QTest::newRow("zero ms") << utc(2019, 5, 23, 3, 51, 58) << s("2019-05-23T03:51:58.000Z")
                             << s("2019-05-23 03:51:58.000");
    QTest::newRow("offset converted to utc")
        << QDateTime(QDate(2019, 1, 1), QTime(0, 30, 0, 5), QTimeZone(3600))
        << s("2018-12-31T23:30:00.005Z") << s("2018-12-31 23:30:00.005");
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    if (berlin.isValid()) {
        QTest::newRow("named zone converted")
            << QDateTime(QDate(2024, 7, 1), QTime(12, 0), berlin) << s("2024-07-01T10:00:00.000Z")
            << s("2024-07-01 10:00:00.000");
    }
    QTest::newRow("invalid") << QDateTime() << QString() << QString();
}

void TestJsonCodec::formatTimes()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, iso);
    QFETCH(QString, group);

    QCOMPARE(formatIsoTime(time), iso);
    QCOMPARE(formatGroupTime(time), group);
    // What the IAM token's times and the job dialog's UTC tooltip wrote with Qt's formats.
    QCOMPARE(formatIsoTime(time), time.toUTC().toString(Qt::ISODateWithMs));
    if (time.isValid()) {
        const QString tableFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
        QCOMPARE(formatTableTime(time.toUTC()), time.toUTC().toString(tableFormat));
        QCOMPARE(formatLocalTableTime(time), time.toLocalTime().toString(tableFormat));
        QCOMPARE(sdrs::parseApiTime(iso), time);
        QCOMPARE(sdrs::parseApiTime(group), time);
    } else {
        QVERIFY(formatIsoTime(time).isNull());
        QVERIFY(formatGroupTime(time).isNull());
    }
}

void TestJsonCodec::formatLocalTableTimeWithZone()
{
    // Bug 17: Asia/Shanghai's abbreviation "CST" is ambiguous; the offset is not.
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "CST-8"); // Asia/Shanghai as POSIX says it
    tzset();
    const QDateTime time = utc(2019, 1, 21, 12, 56, 35, 754);
    QCOMPARE(sdrs::formatLocalTableTimeWithZone(time),
             QStringLiteral("2019-01-21 20:56:35 UTC+08:00"));
    qputenv("TZ", "NST3:30NDT,M3.2.0,M11.1.0"); // St. John's: UTC-03:30, UTC-02:30 in July
    tzset();
    QCOMPARE(sdrs::formatLocalTableTimeWithZone(time),
             QStringLiteral("2019-01-21 09:26:35 UTC-03:30"));
    QCOMPARE(sdrs::formatLocalTableTimeWithZone(utc(2024, 7, 1, 10, 0, 0)),
             QStringLiteral("2024-07-01 07:30:00 UTC-02:30"));
    qputenv("TZ", "UTC");
    tzset();
    QCOMPARE(sdrs::formatLocalTableTimeWithZone(time),
             QStringLiteral("2019-01-21 12:56:35 UTC+00:00"));
    if (oldTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", oldTz);
    tzset();
    QVERIFY(sdrs::formatLocalTableTimeWithZone(QDateTime()).isEmpty());
    QCOMPARE(sdrs::formatUtcOffset(0), QStringLiteral("UTC+00:00"));
    QCOMPARE(sdrs::formatUtcOffset(-(5 * 3600 + 45 * 60)), QStringLiteral("UTC-05:45"));
}

void TestJsonCodec::formatRelative()
{
    const QDateTime now = utc(2026, 11, 20, 12, 0, 0);
    const auto ago = [&now](qint64 seconds) {
        return sdrs::formatRelative(now.addSecs(-seconds), now);
    };
    QCOMPARE(ago(0), QStringLiteral("just now"));
    QCOMPARE(ago(59), QStringLiteral("just now"));
    QCOMPARE(ago(-30), QStringLiteral("just now")); // a clock a little ahead
    QCOMPARE(ago(60), QStringLiteral("1 min ago"));
    QCOMPARE(ago(3599), QStringLiteral("59 min ago"));
    QCOMPARE(ago(3 * 3600 + 1800), QStringLiteral("3 h ago"));
    QCOMPARE(ago(47 * 3600), QStringLiteral("47 h ago"));
    QCOMPARE(ago(48 * 3600), QStringLiteral("2 d ago"));
    QCOMPARE(ago(400 * 86400), QStringLiteral("400 d ago"));
    QCOMPARE(ago(-3600), QStringLiteral("in the future"));
    // The zone of either time does not matter.
    QCOMPARE(sdrs::formatRelative(now.addSecs(-7200).toOffsetFromUtc(8 * 3600), now),
             QStringLiteral("2 h ago"));
    QVERIFY(sdrs::formatRelative(QDateTime(), now).isEmpty());
}

void TestJsonCodec::formatFileNameStamp()
{
    const QDateTime local(QDate(2026, 11, 20), QTime(11, 0, 59, 999));
    QCOMPARE(sdrs::formatFileNameStamp(local), QStringLiteral("20261120-1100"));
    QCOMPARE(sdrs::formatFileNameStamp(local.toUTC()), QStringLiteral("20261120-1100"));
    QVERIFY(sdrs::formatFileNameStamp(QDateTime()).isEmpty());
}

// ---- lenientString --------------------------------------------------------------------------

void TestJsonCodec::lenientString_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("isNull");

    QTest::newRow("string") << QJsonValue(s("SDRS.0221")) << s("SDRS.0221") << false;
    QTest::newRow("empty string") << QJsonDocument::fromJson(R"([""])").array().at(0)
                                  << QStringLiteral("") << false;
    QTest::newRow("integer") << QJsonValue(42) << s("42") << false;
    QTest::newRow("negative integer") << QJsonValue(-7) << s("-7") << false;
    QTest::newRow("zero") << QJsonValue(0.0) << s("0") << false;
    QTest::newRow("large integer") << QJsonValue(12345678901234.0) << s("12345678901234") << false;
    QTest::newRow("fraction") << QJsonValue(2.5) << s("2.5") << false;
    QTest::newRow("decimal fraction") << QJsonValue(0.1) << s("0.1") << false;
    QTest::newRow("beyond qint64") << QJsonValue(1e20) << s("1e+20") << false;
    QTest::newRow("true") << QJsonValue(true) << s("true") << false;
    QTest::newRow("false") << QJsonValue(false) << s("false") << false;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString() << true;
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << QString() << true;
    QTest::newRow("array") << QJsonValue(QJsonArray{1, s("a"), true}) << s(R"([1,"a",true])")
                           << false;
    QTest::newRow("object") << QJsonValue(QJsonObject{{s("code"), 400}, {s("message"), s("m")}})
                            << s(R"({"code":400,"message":"m"})") << false;
    QTest::newRow("empty object") << QJsonValue(QJsonObject()) << s("{}") << false;
}

void TestJsonCodec::lenientString()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QFETCH(bool, isNull);

    const QString text = sdrs::json::lenientString(value);
    QCOMPARE(text, expected);
    QCOMPARE(text.isNull(), isNull);
}

// ---- appendQuoted ---------------------------------------------------------------------------

void TestJsonCodec::appendQuoted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("roundTrips"); ///< false: lone surrogates, written as '?'

    QTest::newRow("null") << QString() << QByteArray(R"("")") << true;
    QTest::newRow("empty") << QStringLiteral("") << QByteArray(R"("")") << true;
    QTest::newRow("plain") << s("SdrsTask-fail:volume is error!")
                           << QByteArray(R"("SdrsTask-fail:volume is error!")") << true;
    QTest::newRow("quotes and backslashes")
        << s(R"(say "hi" to C:\temp\ and \"x\")")
        << QByteArray(R"("say \"hi\" to C:\\temp\\ and \\\"x\\\"")") << true;
    QTest::newRow("newline, carriage return, tab")
        << s("a\nb\r\nc\td") << QByteArray(R"("a\nb\r\nc\td")") << true;
    QTest::newRow("other control characters")
        << utf16({0, 1, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, u' ', 0x7f})
        << QByteArray("\"\\u0000\\u0001\\u0008\\u000b\\u000c\\u001b\\u001f \x7f\"") << true;
    QTest::newRow("non-ASCII") << s("Gr\u00f6\u00dfe \u2013 \u9519\u8bef \u00e9\"\u00e9")
                               << QByteArray("\"Gr\xc3\xb6\xc3\x9f"
                                             "e \xe2\x80\x93 \xe9\x94\x99\xe8\xaf\xaf "
                                             "\xc3\xa9\\\"\xc3\xa9\"")
                               << true;
    QTest::newRow("two-byte and three-byte boundaries")
        << utf16({0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff})
        << QByteArray("\"\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80\xef\xbf\xbd"
                      "\xef\xbf\xbf\"")
        << true;
    QTest::newRow("emoji") << s("ok \U0001F600\n\U0010FFFF")
                           << QByteArray("\"ok \xf0\x9f\x98\x80\\n\xf4\x8f\xbf\xbf\"") << true;
    QTest::newRow("lone surrogates")
        << utf16({u'a', 0xd800, u'b', 0xdc00, 0xd83d, 0xde00, 0xd800, 0xd800, 0xdc01, 0xd801})
        << QByteArray("\"a?b?\xf0\x9f\x98\x80?\xf0\x90\x80\x81?\"") << false;
    QTest::newRow("only escapes") << s("\"\\\n\x01") << QByteArray(R"("\"\\\n\u0001")") << true;
}

void TestJsonCodec::appendQuoted()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QFETCH(bool, roundTrips);

    // Appended after what is there already.
    QByteArray out = "{\"key\":";
    sdrs::json::appendQuoted(out, text);
    QCOMPARE(out, QByteArray(QByteArray("{\"key\":") + expected));
    // Byte for byte what the code it replaced wrote.
    QCOMPARE(expected, quotedByteByByte(text));

    if (roundTrips) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(out + '}'), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QLatin1StringView("key")).toString(), text);
    }
}

void TestJsonCodec::appendQuotedEveryCodeUnit()
{
    // Each UTF-16 code unit alone, after a high surrogate and before a low one: every branch of
    // the hand-written UTF-8, against QString::toUtf8 and the byte-by-byte escaping it replaced.
    for (char32_t u = 0; u <= 0xffff; ++u) {
        const auto unit = char16_t(u);
        for (const QString &text :
             {utf16({unit}), utf16({0xd83d, unit}), utf16({unit, 0xdc00}), utf16({u'x', unit})}) {
            QByteArray out;
            sdrs::json::appendQuoted(out, text);
            if (out != quotedByteByByte(text))
                QFAIL(qPrintable(QStringLiteral("U+%1 (in %2 code units): %3 instead of %4")
                                     .arg(qulonglong(u), 4, 16, QLatin1Char('0'))
                                     .arg(text.size())
                                     .arg(QString::fromLatin1(out.toHex(' ')),
                                          QString::fromLatin1(quotedByteByByte(text).toHex(' ')))));
        }
    }
}

// ---- ApiError and the error catalog ---------------------------------------------------------

void TestJsonCodec::apiErrorToString()
{
    ApiError e;
    QVERIFY(!e.isError());
    QVERIFY(e.toString().isEmpty());

    e.kind = ApiError::Kind::Http;
    e.httpStatus = 400;
    e.code = QStringLiteral("SDRS.0221");
    e.message = QStringLiteral("limit value must be greater than 0 or less than 1000");
    e.endpoint = QStringLiteral(
        "GET https://sdrs.eu-de.otc.t-systems.com/v1/p/task-center/failure-jobs?limit=5000");
    e.requestId = QStringLiteral("8c1bd3f0-a7c6-4b1e-9a3e-2f6c5b0e9d11");
    QVERIFY(e.isError());
    const QString text = e.toString();
    QVERIFY2(text.startsWith(QStringLiteral("HTTP 400")), qPrintable(text));
    QVERIFY2(text.contains(e.code), qPrintable(text));
    QVERIFY2(text.contains(e.message), qPrintable(text));
    QVERIFY2(text.contains(e.endpoint), qPrintable(text));
    QVERIFY2(text.contains(e.requestId), qPrintable(text));
    QVERIFY(!text.contains(u'\n'));

    ApiError network;
    network.kind = ApiError::Kind::Network;
    network.message = QStringLiteral("Connection refused");
    network.endpoint = QStringLiteral("GET https://localhost:1/v1/p/jobs/1");
    const QString networkText = network.toString();
    QVERIFY2(networkText.startsWith(ApiError::kindName(ApiError::Kind::Network)),
             qPrintable(networkText));
    QVERIFY(networkText.contains(network.message));
    QVERIFY(networkText.contains(network.endpoint));
    QVERIFY(!networkText.contains(QStringLiteral("HTTP")));

    const QList<ApiError::Kind> kinds{ApiError::Kind::None,     ApiError::Kind::Network,
                                      ApiError::Kind::Timeout,  ApiError::Kind::Auth,
                                      ApiError::Kind::Http,     ApiError::Kind::Decode,
                                      ApiError::Kind::Cancelled};
    QStringList names;
    for (ApiError::Kind kind : kinds) {
        const QString name = ApiError::kindName(kind);
        QVERIFY(!name.isEmpty());
        QCOMPARE(name, name.toLower());
        QVERIFY(!names.contains(name));
        names.append(name);
    }
}

void TestJsonCodec::errorCatalogBundled()
{
    const ErrorCatalog &catalog = ErrorCatalog::instance();
    QCOMPARE(&ErrorCatalog::instance(), &catalog);
    QCOMPARE(catalog.entries().size(), 218);

    const ErrorCodeInfo *info = catalog.find(QStringLiteral("sdrs.0221"));
    QVERIFY(info);
    QCOMPARE(info->code, QStringLiteral("SDRS.0221"));
    QCOMPARE(info->httpStatus, 400);
    QCOMPARE(info->message, QStringLiteral("limit value must be greater than 0 or less than 1000"));
    QCOMPARE(info->handling, QStringLiteral("Use a valid limit value."));
    QCOMPARE(catalog.find(QStringLiteral("SDRS.0221")), info);
    QCOMPARE(catalog.find(QStringLiteral(" Sdrs.0221 ")), info);

    QVERIFY(!catalog.find(QStringLiteral("SDRS.9999")));
    QVERIFY(!catalog.find(QStringLiteral("EVS.2024")));
    QVERIFY(!catalog.find(QString()));

    // Every entry is complete and found under its own code (no duplicates hide one another).
    for (const ErrorCodeInfo &entry : catalog.entries()) {
        QVERIFY2(entry.code.startsWith(QStringLiteral("SDRS."), Qt::CaseInsensitive),
                 qPrintable(entry.code));
        QVERIFY2(entry.httpStatus >= 400 && entry.httpStatus < 600, qPrintable(entry.code));
        QVERIFY2(!entry.message.isEmpty(), qPrintable(entry.code));
        QVERIFY2(!entry.handling.isEmpty(), qPrintable(entry.code));
        QCOMPARE(catalog.find(entry.code), &entry);
    }
}

void TestJsonCodec::errorCatalogFromTsv()
{
    const QByteArray tsv = "http_status\terror_code\tmessage\tdescription\thandling_measure\n"
                           "400\tSDRS.0001\tInvalid tenant ID\tThe tenant ID is invalid.\tUse a "
                           "valid tenant ID.\n"
                           "\n"
                           "400\tSDRS.0002\tonly three columns\n"
                           "a line without any tab\n"
                           "404\t\tno code\tdescription\thandling\n"
                           "\t\t\t\t\n"
                           "500\tsdrs.0003\t Msg \tDesc\tHandle\r\n"
                           "401\tAPIG.0301\tauth\tdesc\thandle"; // no final newline
    const ErrorCatalog catalog = ErrorCatalog::fromTsv(tsv);
    QCOMPARE(catalog.entries().size(), 3);

    const ErrorCodeInfo *first = catalog.find(QStringLiteral("SDRS.0001"));
    QVERIFY(first);
    QCOMPARE(first->httpStatus, 400);
    QCOMPARE(first->message, QStringLiteral("Invalid tenant ID"));
    QCOMPARE(first->description, QStringLiteral("The tenant ID is invalid."));
    QCOMPARE(first->handling, QStringLiteral("Use a valid tenant ID."));

    QVERIFY(!catalog.find(QStringLiteral("SDRS.0002")));
    QVERIFY(!catalog.find(QStringLiteral("error_code"))); // the header row is not an entry

    const ErrorCodeInfo *crlf = catalog.find(QStringLiteral("SDRS.0003"));
    QVERIFY(crlf);
    QCOMPARE(crlf->httpStatus, 500);
    QCOMPARE(crlf->message, QStringLiteral("Msg"));
    QCOMPARE(crlf->handling, QStringLiteral("Handle"));

    const ErrorCodeInfo *last = catalog.find(QStringLiteral("apig.0301"));
    QVERIFY(last);
    QCOMPARE(last->httpStatus, 401);
    QCOMPARE(last->handling, QStringLiteral("handle"));

    QVERIFY(ErrorCatalog::fromTsv(QByteArray()).entries().isEmpty());
    QVERIFY(ErrorCatalog::fromTsv("http_status\terror_code\tmessage\tdescription\thandling\n")
                .entries()
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonCodec)
#include "tst_jsoncodec.moc"
