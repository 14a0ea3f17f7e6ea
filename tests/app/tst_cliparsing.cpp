// The command line's parsing, in process: each command's arguments become its request, or a usage
// error with the line the command prints.
#include "app/cli/commands.h"
#include "models/sinceparser.h"

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
        QVERIFY(parseExport(argv(QStringLiteral("export"), {QStringLiteral("--history-columns")}))
                    .value.historyColumns);
        QVERIFY(usageErrorOf(
                    parseExport(argv(QStringLiteral("export"), {QStringLiteral("--history-columns"),
                                                                QStringLiteral("--no-history")})))
                    .contains(QStringLiteral("--history-columns")));
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
    void since_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid: a usage error
        const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
        const auto local = [](int day, int hour, int minute) {
            return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::LocalTime).toUTC();
        };
        QTest::newRow("30m") << QStringLiteral("30m") << now.addSecs(-30 * 60);
        QTest::newRow("24h") << QStringLiteral("24h") << now.addDays(-1);
        QTest::newRow("7d") << QStringLiteral("7d") << now.addDays(-7);
        QTest::newRow("2w") << QStringLiteral("2w") << now.addDays(-14);
        QTest::newRow("90s") << QStringLiteral("90s") << now.addSecs(-90);
        QTest::newRow("1d12h") << QStringLiteral("1d12h") << now.addSecs(-36 * 3600);
        QTest::newRow("1w2d3h4m5s")
            << QStringLiteral("1w2d3h4m5s") << now.addSecs(-(9 * 86400 + 3 * 3600 + 4 * 60 + 5));
        QTest::newRow("0h") << QStringLiteral("0h") << now;
        QTest::newRow("spaces around") << QStringLiteral(" 2h ") << now.addSecs(-7200);
        QTest::newRow("Z") << QStringLiteral("2026-11-20T11:00:00Z")
                           << QDateTime(QDate(2026, 11, 20), QTime(11, 0), Qt::UTC);
        QTest::newRow("milliseconds")
            << QStringLiteral("2026-11-20T11:00:00.250Z")
            << QDateTime(QDate(2026, 11, 20), QTime(11, 0, 0, 250), Qt::UTC);
        QTest::newRow("offset") << QStringLiteral("2026-11-20T12:00:00+01:00")
                                << QDateTime(QDate(2026, 11, 20), QTime(11, 0), Qt::UTC);
        QTest::newRow("negative offset") << QStringLiteral("2026-11-20T08:30-02:30")
                                         << QDateTime(QDate(2026, 11, 20), QTime(11, 0), Qt::UTC);
        QTest::newRow("local") << QStringLiteral("2026-11-20T11:00:00") << local(20, 11, 0);
        QTest::newRow("local with a space")
            << QStringLiteral("2026-11-20 11:00") << local(20, 11, 0);
        QTest::newRow("date: local midnight") << QStringLiteral("2026-11-20") << local(20, 0, 0);
        for (const char *bad : {"", "7", "d", "7x", "7D", "-7d", "7 d", "1h1d", "1h1h", "d7",
                                "1234567890d", "999999999w", "yesterday", "2026-13-01",
                                "2026-11-20T25:00", "20261120T110000Z", "2026-11-20T11:00:00Zx"})
            QTest::newRow(bad[0] ? bad : "empty") << QString::fromLatin1(bad) << QDateTime();
    }

    void since()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
        const Result<QDateTime> parsed = parseSince(text, now);
        if (!expected.isValid()) {
            QVERIFY2(!parsed.ok(), qPrintable(parsed.value.toString(Qt::ISODateWithMs)));
            QCOMPARE(parsed.error.kind, ApiError::Kind::Invalid);
            QVERIFY2(parsed.error.message.contains(QStringLiteral("30m, 24h, 7d, 2w")),
                     qPrintable(parsed.error.message));
            QVERIFY(parsed.error.message.contains(QStringLiteral("2026-11-20T11:00:00Z")));
            return;
        }
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.message));
        QCOMPARE(parsed.value.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    }

    void sinceOption()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Result<ExportRequest> r =
            parseExport(argv(QStringLiteral("export"),
                             {QStringLiteral("--all-groups"), QStringLiteral("--since=24h")}));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(r.value.since >= before.addDays(-1));
        QVERIFY(r.value.since <= QDateTime::currentDateTimeUtc().addDays(-1));
        QVERIFY(!parseExport(argv(QStringLiteral("export"), {})).value.since.isValid());
        QVERIFY(usageErrorOf(
                    parseExport(argv(QStringLiteral("export"), {QStringLiteral("--since=soon")})))
                    .startsWith(QStringLiteral("--since: \"soon\" is neither a duration")));
    }

    void summary()
    {
        const Result<SummaryRequest> defaults = parseSummary(argv(QStringLiteral("summary"), {}));
        QVERIFY2(defaults.ok(), qPrintable(defaults.error.message));
        QCOMPARE(defaults.value.by, SummaryKey::ErrorCode);
        QCOMPARE(defaults.value.format, ExportFormat::Table);
        QVERIFY(!defaults.value.everyPage);
        QCOMPARE(defaults.value.limit, 1000);

        const Result<SummaryRequest> r = parseSummary(
            argv(QStringLiteral("summary"),
                 {QStringLiteral("--by=DAY"), QStringLiteral("--format=json"),
                  QStringLiteral("--all-groups"), QStringLiteral("--since=2026-11-20T11:00:00Z"),
                  QStringLiteral("--status=createFail"), QStringLiteral("-o"),
                  QStringLiteral("s.json")}));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value.by, SummaryKey::Day);
        QCOMPARE(r.value.format, ExportFormat::Json);
        QVERIFY(r.value.allGroups && r.value.everyPage);
        QCOMPARE(r.value.since, QDateTime(QDate(2026, 11, 20), QTime(11, 0), Qt::UTC));
        QCOMPARE(r.value.status, QStringLiteral("createFail"));
        QCOMPARE(r.value.output, QStringLiteral("s.json"));
        for (const char *by : {"error_code", "group", "resource", "status", "type", "day"})
            QVERIFY(parseSummary(argv(QStringLiteral("summary"),
                                      {QStringLiteral("--by"), QString::fromLatin1(by)}))
                        .ok());

        const auto error = [](const QStringList &args) {
            return usageErrorOf(parseSummary(argv(QStringLiteral("summary"), args)));
        };
        QVERIFY(error({QStringLiteral("--by=cause")})
                    .startsWith(QStringLiteral("--by must be one of error_code, group, resource, "
                                               "status, type, day, not \"cause\"")));
        QVERIFY(error({QStringLiteral("--format=xml")})
                    .startsWith(QStringLiteral("--format must be table, csv or json")));
        QVERIFY(error({QStringLiteral("--since=x")}).startsWith(QStringLiteral("--since: ")));
        QVERIFY(error({QStringLiteral("--all-groups"), QStringLiteral("--limit=5")})
                    .startsWith(QStringLiteral("--limit and --offset choose one page")));
        QVERIFY(error({QStringLiteral("x")})
                    .startsWith(QStringLiteral("summary: unexpected argument \"x\"")));
    }

    void check()
    {
        const Result<CheckRequest> defaults = parseCheck(argv(QStringLiteral("check"), {}));
        QVERIFY2(defaults.ok(), qPrintable(defaults.error.message));
        QVERIFY(defaults.value.allGroups); // every group unless --group
        QVERIFY(defaults.value.everyPage);
        QVERIFY(!defaults.value.warning && !defaults.value.critical);

        const Result<CheckRequest> r = parseCheck(
            argv(QStringLiteral("check"),
                 {QStringLiteral("-w"), QStringLiteral("1"), QStringLiteral("--critical=10"),
                  QStringLiteral("--group=web"), QStringLiteral("--since=7d")}));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value.warning.value_or(-1), 1);
        QCOMPARE(r.value.critical.value_or(-1), 10);
        QVERIFY(!r.value.allGroups);
        QVERIFY(r.value.everyPage);
        QCOMPARE(r.value.group.value_or(QString()), QStringLiteral("web"));
        QVERIFY(r.value.since.isValid());
        QVERIFY(parseCheck(
                    argv(QStringLiteral("check"), {QStringLiteral("-w0"), QStringLiteral("-c0")}))
                    .ok());

        const auto error = [](const QStringList &args) {
            return usageErrorOf(parseCheck(argv(QStringLiteral("check"), args)));
        };
        QVERIFY(error({QStringLiteral("-w"), QStringLiteral("5"), QStringLiteral("-c"),
                       QStringLiteral("4")})
                    .startsWith(QStringLiteral("--critical (4) must not be below --warning (5)")));
        QVERIFY(error({QStringLiteral("--warning=-1")})
                    .startsWith(QStringLiteral("--warning must be a whole number from 0")));
        QVERIFY(error({QStringLiteral("--critical=lots")})
                    .startsWith(QStringLiteral("--critical must be a whole number from 0")));
        QVERIFY(error({QStringLiteral("--limit=5")})
                    .startsWith(QStringLiteral("check: Unknown option")));
        QVERIFY(
            error({QStringLiteral("--since=tomorrow")}).startsWith(QStringLiteral("--since: ")));
    }
};

QTEST_GUILESS_MAIN(TestCliParsing)
#include "tst_cliparsing.moc"
