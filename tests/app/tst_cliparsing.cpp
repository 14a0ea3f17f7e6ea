// The command line's parsing, in process: each command's arguments become its request, or a usage
// error with the line the command prints.
#include "app/cli/commands.h"

#include <QTest>

using namespace sdrs;
using namespace sdrs::cli;

namespace {

QStringList argv(const QString &command, const QStringList &rest)
{
    return QStringList{QStringLiteral("sdrs-failures"), command} + rest;
}

template<class Request> QString usageErrorOf(const Result<Request> &parsed)
{
    if (parsed.ok())
        return QStringLiteral("(parsed)");
    return parsed.error.kind == ApiError::Kind::Invalid ? parsed.error.message
                                                        : QStringLiteral("(not a usage error)");
}

} // namespace

class TestCliParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historyOptions()
    {
        Result<HistoryRequest> r = parseHistory(argv(QStringLiteral("history"), {}));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value.format, ExportFormat::Csv);
        QVERIFY(!r.value.goneOnly);
        QVERIFY(r.value.output.isEmpty());
        r = parseHistory(argv(QStringLiteral("history"),
                              {QStringLiteral("--format=json"), QStringLiteral("--gone-only"),
                               QStringLiteral("-o"), QStringLiteral("h.json")}));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value.format, ExportFormat::Json);
        QVERIFY(r.value.goneOnly);
        QCOMPARE(r.value.output, QStringLiteral("h.json"));
        QVERIFY(usageErrorOf(
                    parseHistory(argv(QStringLiteral("history"), {QStringLiteral("--format=xml")})))
                    .contains(QStringLiteral("--format")));
        QVERIFY(usageErrorOf(
                    parseHistory(argv(QStringLiteral("history"), {QStringLiteral("--no-history")})))
                    .contains(QStringLiteral("--no-history")));
        QVERIFY(
            usageErrorOf(parseHistory(argv(QStringLiteral("history"), {QStringLiteral("extra")})))
                .contains(QStringLiteral("unexpected")));
    }

    void noHistoryIsCommon()
    {
        QVERIFY(!parseExport(argv(QStringLiteral("export"), {})).value.common.noHistory);
        QVERIFY(parseExport(argv(QStringLiteral("export"), {QStringLiteral("--no-history")}))
                    .value.common.noHistory);
        QVERIFY(parseDelete(
                    argv(QStringLiteral("delete"), {QStringLiteral("--no-history"),
                                                    QStringLiteral("--yes"), QStringLiteral("r1")}))
                    .value.common.noHistory);
    }

    void exportDefaults()
    {
        const Result<ExportRequest> r = parseExport(argv(QStringLiteral("export"), {}));
        QVERIFY(r.ok());
        QCOMPARE(r.value.format, ExportFormat::Csv);
        QCOMPARE(r.value.limit, 1000);
        QCOMPARE(r.value.offset, -1);
        QVERIFY(!r.value.everyPage);
        QVERIFY(!r.value.group);
        QCOMPARE(r.value.columns.size(), csv::defaultFields().size());
        QVERIFY(r.value.csv.header);
        QVERIFY(r.value.csv.neutraliseFormulas);
        QVERIFY(r.value.common.help.isEmpty());
    }

    void exportOptions()
    {
        const Result<ExportRequest> r = parseExport(
            argv(QStringLiteral("export"),
                 {QStringLiteral("--format=TABLE"), QStringLiteral("--group"), QStringLiteral("g1"),
                  QStringLiteral("--all-pages"), QStringLiteral("--max-rows=5"),
                  QStringLiteral("--columns=job_id,fail_reason"), QStringLiteral("--no-header"),
                  QStringLiteral("-o"), QStringLiteral("out.txt"), QStringLiteral("--status"),
                  QStringLiteral("createFail"), QStringLiteral("--timeout=7"),
                  QStringLiteral("--signing=B"), QStringLiteral("--endpoint=https://e.example")}));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value.format, ExportFormat::Table);
        QCOMPARE(r.value.group.value_or(QString()), QStringLiteral("g1"));
        QVERIFY(r.value.everyPage);
        QVERIFY(!r.value.allGroups);
        QCOMPARE(r.value.maxRows, 5);
        QCOMPARE(r.value.columns.size(), 2);
        QVERIFY(!r.value.csv.header);
        QCOMPARE(r.value.output, QStringLiteral("out.txt"));
        QCOMPARE(r.value.status, QStringLiteral("createFail"));
        QCOMPARE(r.value.common.timeoutMs.value_or(0), 7000);
        QCOMPARE(r.value.common.connection.signing.value_or(signing::Variant::A),
                 signing::Variant::B);
        QCOMPARE(r.value.common.connection.endpoint.value_or(QString()),
                 QStringLiteral("https://e.example"));
        QVERIFY(!r.value.common.connection.projectId);
    }

    void exportUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--nope")} << QStringLiteral("export: Unknown option");
        QTest::newRow("argument") << QStringList{QStringLiteral("x")}
                                  << QStringLiteral("export: unexpected argument \"x\"");
        QTest::newRow("format") << QStringList{QStringLiteral("--format=xml")}
                                << QStringLiteral("--format must be csv, json or table");
        QTest::newRow("bom with json")
            << QStringList{QStringLiteral("--format=json"), QStringLiteral("--bom")}
            << QStringLiteral("--bom and --no-neutralise are for --format csv");
        QTest::newRow("status") << QStringList{QStringLiteral("--status=odd")}
                                << QStringLiteral("unknown --status \"odd\"");
        QTest::newRow("group and all groups")
            << QStringList{QStringLiteral("--group=g"), QStringLiteral("--all-groups")}
            << QStringLiteral("--all-groups and --group exclude each other");
        QTest::newRow("limit with all pages")
            << QStringList{QStringLiteral("--all-pages"), QStringLiteral("--limit=5")}
            << QStringLiteral("--limit and --offset choose one page");
        QTest::newRow("max rows alone") << QStringList{QStringLiteral("--max-rows=5")}
                                        << QStringLiteral("--max-rows is for --all-pages");
        QTest::newRow("limit range") << QStringList{QStringLiteral("--limit=1001")}
                                     << QStringLiteral("--limit must be a whole number from 1 "
                                                       "to 1000, not \"1001\"");
        QTest::newRow("columns") << QStringList{QStringLiteral("--columns=nope")}
                                 << QStringLiteral("--columns: ");
        QTest::newRow("timeout") << QStringList{QStringLiteral("--timeout=0")}
                                 << QStringLiteral("--timeout must be a whole number from 1");
        QTest::newRow("signing") << QStringList{QStringLiteral("--signing=c")}
                                 << QStringLiteral("--signing must be a or b, not \"c\"");
        QTest::newRow("demo and endpoint")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--endpoint=https://e")}
            << QStringLiteral("--demo excludes --endpoint and --profile");
    }
    void exportUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const QString got = usageErrorOf(parseExport(argv(QStringLiteral("export"), arguments)));
        QVERIFY2(got.startsWith(error), qPrintable(got));
    }

    void help()
    {
        const Result<ExportRequest> r =
            parseExport(argv(QStringLiteral("export"), {QStringLiteral("--help")}));
        QVERIFY(r.ok());
        QVERIFY(r.value.common.help.startsWith(QStringLiteral("Usage: sdrs-failures export")));
        QVERIFY(r.value.common.help.contains(QStringLiteral("--all-groups")));
        // The help ends parsing: the command's own checks do not run.
        const Result<JobRequest> job =
            parseJob(argv(QStringLiteral("job"), {QStringLiteral("-h")}));
        QVERIFY(job.ok());
        QVERIFY(job.value.common.help.contains(QStringLiteral("JOB_ID")));
    }

    void groups()
    {
        const Result<GroupsRequest> r = parseGroups(
            argv(QStringLiteral("groups"),
                 {QStringLiteral("--abnormal"), QStringLiteral("--name"), QStringLiteral("web"),
                  QStringLiteral("--format=CSV"), QStringLiteral("--availability-zone=z1")}));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value.format, QStringLiteral("csv"));
        QCOMPARE(r.value.query.queryType, QStringLiteral("status_abnormal"));
        QCOMPARE(r.value.query.name, QStringLiteral("web"));
        QCOMPARE(r.value.query.availabilityZone, QStringLiteral("z1"));

        QVERIFY(usageErrorOf(parseGroups(argv(QStringLiteral("groups"),
                                              {QStringLiteral("--abnormal"),
                                               QStringLiteral("--query-type=general")})))
                    .startsWith(QStringLiteral("--abnormal and --query-type cannot be combined")));
        QVERIFY(usageErrorOf(parseGroups(argv(QStringLiteral("groups"),
                                              {QStringLiteral("--query-type=odd")})))
                    .startsWith(QStringLiteral("--query-type must be one of")));
        QVERIFY(usageErrorOf(
                    parseGroups(argv(QStringLiteral("groups"), {QStringLiteral("--format=xml")})))
                    .startsWith(QStringLiteral("--format must be table, csv or json")));
        QVERIFY(usageErrorOf(parseGroups(argv(QStringLiteral("groups"), {QStringLiteral("x")})))
                    .startsWith(QStringLiteral("groups: unexpected argument \"x\"")));
    }

    void job()
    {
        const Result<JobRequest> r = parseJob(
            argv(QStringLiteral("job"), {QStringLiteral("abc"), QStringLiteral("--format=JSON")}));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value.jobId, QStringLiteral("abc"));
        QVERIFY(r.value.json);

        QVERIFY(usageErrorOf(parseJob(argv(QStringLiteral("job"), {})))
                    .startsWith(QStringLiteral("job: give exactly one JOB_ID")));
        QVERIFY(usageErrorOf(parseJob(argv(QStringLiteral("job"),
                                           {QStringLiteral("a"), QStringLiteral("b")})))
                    .startsWith(QStringLiteral("job: give exactly one JOB_ID")));
        QVERIFY(usageErrorOf(parseJob(argv(QStringLiteral("job"),
                                           {QStringLiteral("a"), QStringLiteral("--format=xml")})))
                    .startsWith(QStringLiteral("--format must be text or json")));
        QVERIFY(usageErrorOf(parseJob(argv(QStringLiteral("job"), {QStringLiteral("..")})))
                    .startsWith(QStringLiteral("job: JOB_ID: ")));
    }

    void deletes()
    {
        const Result<DeleteRequest> r = parseDelete(
            argv(QStringLiteral("delete"),
                 {QStringLiteral("--yes"), QStringLiteral("--resource-id=r1"), QStringLiteral("r2"),
                  QStringLiteral("--group-level"), QStringLiteral("--group=web")}));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value.resourceIds, (QStringList{QStringLiteral("r1"), QStringLiteral("r2")}));
        QVERIFY(r.value.groupLevel);
        QCOMPARE(r.value.groups, QStringList{QStringLiteral("web")});

        QVERIFY(usageErrorOf(parseDelete(argv(QStringLiteral("delete"), {QStringLiteral("--yes")})))
                    .startsWith(QStringLiteral("delete: nothing named")));
        QCOMPARE(
            usageErrorOf(parseDelete(argv(QStringLiteral("delete"),
                                          {QStringLiteral("r1"), QStringLiteral("--group=w")}))),
            QStringLiteral("delete: not deleting the failed tasks of 1 resource(s); every "
                           "failed task of group \"w\" without --yes"));
        QVERIFY(usageErrorOf(parseDelete(argv(QStringLiteral("delete"),
                                              {QStringLiteral("--yes"), QStringLiteral("..")})))
                    .startsWith(QStringLiteral("delete: --resource-id: ")));
    }
};

QTEST_GUILESS_MAIN(TestCliParsing)
#include "tst_cliparsing.moc"
