// Unit tests of the CSV export (models/csvexport.h): quoting, formula neutralising, the fields'
// texts, whole tables parsed back with an independent RFC 4180 reader, failing and cancelled
// writes, and the safe file replacement.

#include "models/csvexport.h"
#include "models/safefile.h"
#include "tests/common/devicenodes.h"
#include "tests/common/failingdevice.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cstdlib>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace sdrs;
using namespace sdrs::csv;

Q_DECLARE_METATYPE(sdrs::csv::Field)

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int sec, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, sec, ms), QTimeZone::utc());
}

FailureJob sampleJob()
{
    FailureJob job;
    job.jobId = QStringLiteral("ff808082686f229a0168707beaab014e");
    job.jobType = QStringLiteral("createProtectedInstance");
    job.jobStatus = QStringLiteral("FAIL");
    job.failureStatus = QStringLiteral("createFail");
    job.resourceType = QStringLiteral("protected_instances");
    job.resourceId = QStringLiteral("4f5e9a3e-0c7e-4c5d-9d2b-3a8e2b1c0d11");
    job.resourceName = QStringLiteral("web-01");
    job.beginTimeText = QStringLiteral("2026-11-20T10:00:00.000Z");
    job.beginTime = utc(2026, 11, 20, 10, 0, 0);
    job.errorCode = QStringLiteral("SDRS.1306");
    job.failReason = QStringLiteral("SdrsTask-fail:volume is error!");
    job.serverGroupId = QStringLiteral("g1");
    return job;
}

QHash<QString, QString> sampleGroups()
{
    return {{QStringLiteral("g1"), QStringLiteral("Group one")},
            {QStringLiteral("g2"), QStringLiteral("=Group, \"two\"")}};
}

/// An independent RFC 4180 reader: records end with `lineEnd` outside quotes; a quoted field
/// may hold anything, `""` being one quote. Sets `*ok` to false on malformed input.
QList<QStringList> parseCsv(QStringView text, QChar separator, QStringView lineEnd, bool *ok)
{
    *ok = true;
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    bool fieldStarted = false;
    while (i < text.size()) {
        if (!fieldStarted && text[i] == u'"') {
            // A quoted field.
            ++i;
            for (;;) {
                if (i >= text.size()) {
                    *ok = false; // unterminated quote
                    return records;
                }
                if (text[i] == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
            // After the closing quote: a separator, the line end or the end.
            if (i < text.size() && text[i] != separator && !text.mid(i).startsWith(lineEnd)) {
                *ok = false;
                return records;
            }
            fieldStarted = true;
            continue;
        }
        if (text[i] == separator) {
            record += field;
            field.clear();
            fieldStarted = false;
            ++i;
            continue;
        }
        if (text.mid(i).startsWith(lineEnd)) {
            record += field;
            records += record;
            record.clear();
            field.clear();
            fieldStarted = false;
            i += lineEnd.size();
            continue;
        }
        if (text[i] == u'"' || text[i] == u'\r' || text[i] == u'\n') {
            *ok = false; // must have been quoted
            return records;
        }
        field += text[i++];
        fieldStarted = true;
    }
    if (fieldStarted || !record.isEmpty()) {
        *ok = false; // the last record lacks its line end
        records += record << field;
    }
    return records;
}

/// Strings that break naive CSV writers or spreadsheets.
QStringList nastyStrings()
{
    return {
        QString(),
        QStringLiteral(","),
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("a\"b"),
        QStringLiteral("\r\n"),
        QStringLiteral("line 1\nline 2\n"),
        QStringLiteral("cr\ronly"),
        QStringLiteral("tab\tinside"),
        QStringLiteral("=SUM(A1:A9)"),
        QStringLiteral("+33 1 23"),
        QStringLiteral("-1"),
        QStringLiteral("@cmd"),
        QStringLiteral("\tstarts with a tab"),
        QStringLiteral("\rstarts with CR"),
        QStringLiteral("'=already quoted"),
        QStringLiteral("  spaces around  "),
        QStringLiteral("=cmd|' /C calc'!A0, \"x\"\r\nnext"),
        QStringLiteral("Grüße, 中文 \U0001F600"),
        QStringLiteral("SdrsTask-fail:volume is error!\n\tat com.example.Task.run(Task.java:42)\n"
                       "\tat \"quoted\", frame"),
    };
}

QString randomText(QRandomGenerator &random)
{
    static const QStringList nasty = nastyStrings();
    if (random.bounded(3) == 0)
        return nasty[random.bounded(int(nasty.size()))];
    // Compose a few pieces, some nasty, some long.
    QString text;
    const int pieces = random.bounded(1, 6);
    for (int i = 0; i < pieces; ++i) {
        switch (random.bounded(4)) {
        case 0:
            text += nasty[random.bounded(int(nasty.size()))];
            break;
        case 1:
            text += QString(random.bounded(1, 400), QChar(u'a' + random.bounded(26)));
            break;
        case 2:
            text += QChar(u"=+-@\t\r\n\",; '"[random.bounded(12)]);
            break;
        default:
            text += QString::number(random.generate());
            break;
        }
    }
    return text;
}

QList<FailureJob> randomJobs(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<FailureJob> jobs;
    for (int i = 0; i < count; ++i) {
        FailureJob job;
        job.jobId = randomText(random);
        job.jobType = randomText(random);
        job.jobStatus = randomText(random);
        job.failureStatus = randomText(random);
        job.resourceType = randomText(random);
        job.resourceId = randomText(random);
        job.resourceName = randomText(random);
        job.beginTimeText = randomText(random);
        if (random.bounded(2) == 0)
            job.beginTime = utc(2020, 1, 1, 0, 0, 0).addMSecs(random.bounded(1 << 30) * 100LL);
        job.errorCode = randomText(random);
        job.failReason = randomText(random);
        const int group = random.bounded(4);
        job.serverGroupId = group == 0 ? QString() : QStringLiteral("g%1").arg(group);
        jobs += job;
    }
    return jobs;
}

QByteArray writeToBytes(const QList<FailureJob> &jobs, const QList<Column> &columns,
                        const QHash<QString, QString> &groups, const Options &options,
                        WriteResult *result = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const WriteResult r = writeRows(buffer, jobs, columns, groups, options);
    if (result)
        *result = r;
    return buffer.data();
}

/// Every entry of a folder, hidden ones included.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return file.readAll();
}

/// A write step's outcome: done, or cancelled (no reason given).
Result<NoContent> doneIf(bool done)
{
    return done ? Result<NoContent>{} : Result<NoContent>::failure(ApiError::Kind::Cancelled, {});
}

/// A write step that failed for `reason`.
Result<NoContent> failedWith(const QString &reason)
{
    return Result<NoContent>::failure(ApiError::Kind::Io, reason);
}

} // namespace

class TstCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void fieldNames_data();
    void fieldNames();
    void fieldLists();
    void parseFieldList_data();
    void parseFieldList();

    void quoteCell_data();
    void quoteCell();
    void neutraliseFormula_data();
    void neutraliseFormula();
    void injectionPayloads_data();
    void injectionPayloads();
    void formatRow();

    void fieldValues();
    void beginTimeLocal_data();
    void beginTimeLocal();

    void table();
    void byteOrderMark();
    void headerNotNeutralised();
    void roundTrip_data();
    void roundTrip();
    void formatTableMatchesWriteRows();
    void emptyTable();

    void failingDevice_data();
    void failingDevice();
    void shortWrites();
    void shouldStop();
    void largeTableIsFastAndChunked();

    void safeWriteSuccess();
    void safeWriteReplacesOnlyOnSuccess();
    void safeWriteCancelled();
    void safeWriteError();
    void safeWriteFolderIsAFile();
    void safeWriteReadOnlyFolder();
    void safeWriteFolderVanishes();
    void safeWriteWithWriteRows();
    void safeWriteToAPipe();
    void safeWriteToDevices();
    void safeWriteRefusesASocket();
};

void TstCsv::initTestCase()
{
    // Before any local time is computed: a zone with a known winter offset.
    qputenv("TZ", "Europe/Berlin");
    tzset();
}

void TstCsv::fieldNames_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("name");
    QTest::newRow("job_id") << Field::JobId << QStringLiteral("job_id");
    QTest::newRow("job_type") << Field::JobType << QStringLiteral("job_type");
    QTest::newRow("job_status") << Field::JobStatus << QStringLiteral("job_status");
    QTest::newRow("failure_status") << Field::FailureStatus << QStringLiteral("failure_status");
    QTest::newRow("resource_type") << Field::ResourceType << QStringLiteral("resource_type");
    QTest::newRow("resource_id") << Field::ResourceId << QStringLiteral("resource_id");
    QTest::newRow("resource_name") << Field::ResourceName << QStringLiteral("resource_name");
    QTest::newRow("begin_time") << Field::BeginTime << QStringLiteral("begin_time");
    QTest::newRow("begin_time_local")
        << Field::BeginTimeLocal << QStringLiteral("begin_time_local");
    QTest::newRow("error_code") << Field::ErrorCode << QStringLiteral("error_code");
    QTest::newRow("fail_reason") << Field::FailReason << QStringLiteral("fail_reason");
    QTest::newRow("server_group_id") << Field::ServerGroupId << QStringLiteral("server_group_id");
    QTest::newRow("server_group_name")
        << Field::ServerGroupName << QStringLiteral("server_group_name");
}

void TstCsv::fieldNames()
{
    QFETCH(Field, field);
    QFETCH(QString, name);
    QCOMPARE(fieldName(field), name);
    QCOMPARE(fieldFromName(name), std::optional<Field>(field));
    QVERIFY(!fieldFromName(name.toUpper()).has_value()); // case-sensitive
    QVERIFY(!fieldFromName(QString(u' ' + name)).has_value());
    QVERIFY(allFields().contains(field));
}

void TstCsv::fieldLists()
{
    const QList<Field> expectedDefault = {
        Field::JobId,        Field::JobType,    Field::JobStatus,     Field::FailureStatus,
        Field::ResourceType, Field::ResourceId, Field::ResourceName,  Field::BeginTime,
        Field::ErrorCode,    Field::FailReason, Field::ServerGroupId, Field::ServerGroupName};
    QCOMPARE(defaultFields(), expectedDefault);

    QList<Field> expectedAll = expectedDefault;
    expectedAll.insert(8, Field::BeginTimeLocal);
    QCOMPARE(allFields(), expectedAll);
    QCOMPARE(allFields().at(7), Field::BeginTime);
    QCOMPARE(allFields().at(8), Field::BeginTimeLocal);

    // Every field round-trips through its name; names are distinct.
    QSet<QString> names;
    for (const Field field : allFields()) {
        QCOMPARE(fieldFromName(fieldName(field)), std::optional<Field>(field));
        names.insert(fieldName(field));
    }
    QCOMPARE(names.size(), allFields().size());
    QVERIFY(!fieldFromName(u"").has_value());
    QVERIFY(!fieldFromName(u"jobId").has_value());

    const QList<Column> columns = columnsNamedByApi(allFields());
    QCOMPARE(columns.size(), allFields().size());
    for (qsizetype i = 0; i < columns.size(); ++i) {
        QCOMPARE(columns[i].field, allFields()[i]);
        QCOMPARE(columns[i].header, fieldName(allFields()[i]));
    }
    QVERIFY(columnsNamedByApi({}).isEmpty());
}

void TstCsv::parseFieldList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<Field>>("fields");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("one") << QStringLiteral("job_id") << true << QList<Field>{Field::JobId}
                         << QString();
    QTest::newRow("two") << QStringLiteral("job_id,resource_name") << true
                         << QList<Field>{Field::JobId, Field::ResourceName} << QString();
    QTest::newRow("spaces") << QStringLiteral("  resource_name ,\tjob_id , begin_time_local ")
                            << true
                            << QList<Field>{Field::ResourceName, Field::JobId,
                                            Field::BeginTimeLocal}
                            << QString();
    QTest::newRow("order kept") << QStringLiteral("fail_reason,job_id") << true
                                << QList<Field>{Field::FailReason, Field::JobId} << QString();
    QStringList all;
    for (const Field field : allFields())
        all += fieldName(field);
    QTest::newRow("all") << all.join(u',') << true << allFields() << QString();

    QTest::newRow("unknown") << QStringLiteral("job_id,bogus") << false << QList<Field>()
                             << QStringLiteral("bogus");
    QTest::newRow("wrong case") << QStringLiteral("JOB_ID") << false << QList<Field>()
                                << QStringLiteral("JOB_ID");
    QTest::newRow("empty") << QString() << false << QList<Field>() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("  ") << false << QList<Field>()
                           << QStringLiteral("empty");
    QTest::newRow("empty name") << QStringLiteral("job_id,,resource_id") << false << QList<Field>()
                                << QStringLiteral("empty");
    QTest::newRow("trailing comma")
        << QStringLiteral("job_id,") << false << QList<Field>() << QStringLiteral("empty");
    QTest::newRow("only comma") << QStringLiteral(",") << false << QList<Field>()
                                << QStringLiteral("empty");
    QTest::newRow("semicolons") << QStringLiteral("job_id;resource_id") << false << QList<Field>()
                                << QStringLiteral("job_id;resource_id");
}

void TstCsv::parseFieldList()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QList<Field>, fields);
    QFETCH(QString, errorMentions);

    const Result<QList<Field>> parsed = csv::parseFieldList(text);
    QCOMPARE(parsed.ok(), valid);
    const QString &error = parsed.error.message;
    if (valid) {
        QCOMPARE(parsed.value, fields);
        QVERIFY(error.isEmpty());
    } else {
        QCOMPARE(parsed.error.kind, ApiError::Kind::Invalid);
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
        QVERIFY2(error.endsWith(u'.'), qPrintable(error));
        // The sentence lists the valid names.
        for (const Field field : allFields())
            QVERIFY2(error.contains(fieldName(field)), qPrintable(error));
    }
}

void TstCsv::quoteCell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("expected");

    const QChar comma = u',';
    const QChar tab = u'\t';
    QTest::newRow("plain") << QStringLiteral("abc") << comma << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << comma << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << comma << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << comma
                           << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("only quote") << QStringLiteral("\"") << comma << QStringLiteral("\"\"\"\"");
    QTest::newRow("CR") << QStringLiteral("a\rb") << comma << QStringLiteral("\"a\rb\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << comma << QStringLiteral("\"a\nb\"");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << comma << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("tab, comma separator")
        << QStringLiteral("a\tb") << comma << QStringLiteral("a\tb");
    QTest::newRow("tab, tab separator")
        << QStringLiteral("a\tb") << tab << QStringLiteral("\"a\tb\"");
    // A comma or a semicolon is quoted whatever the separator: a spreadsheet may split on either.
    QTest::newRow("comma, tab separator")
        << QStringLiteral("a,b") << tab << QStringLiteral("\"a,b\"");
    QTest::newRow("quote, tab separator")
        << QStringLiteral("a\"b") << tab << QStringLiteral("\"a\"\"b\"");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << comma << QStringLiteral("\"a;b\"");
    QTest::newRow("semicolon, tab separator")
        << QStringLiteral("a;b") << tab << QStringLiteral("\"a;b\"");
    QTest::newRow("semicolon separator")
        << QStringLiteral("a;b") << QChar(u';') << QStringLiteral("\"a;b\"");
    QTest::newRow("non-ASCII") << QStringLiteral("Grüße 中文 \U0001F600") << comma
                               << QStringLiteral("Grüße 中文 \U0001F600");
    QTest::newRow("non-ASCII quoted")
        << QStringLiteral("é,ü") << comma << QStringLiteral("\"é,ü\"");
    QTest::newRow("spaces kept") << QStringLiteral("  a b  ") << comma << QStringLiteral("  a b  ");
    QTest::newRow("spaces kept quoted")
        << QStringLiteral(" a, b ") << comma << QStringLiteral("\" a, b \"");
    QTest::newRow("apostrophe") << QStringLiteral("'x") << comma << QStringLiteral("'x");
    QTest::newRow("formula not neutralised")
        << QStringLiteral("=1+2") << comma << QStringLiteral("=1+2");
}

void TstCsv::quoteCell()
{
    QFETCH(QString, text);
    QFETCH(QChar, separator);
    QFETCH(QString, expected);
    QCOMPARE(csv::quoteCell(text, separator), expected);
    if (separator == u',')
        QCOMPARE(csv::quoteCell(text), expected); // the default separator
}

void TstCsv::neutraliseFormula_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("=") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("+") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("-") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=x") << QStringLiteral("'\t=x");
    QTest::newRow("CR") << QStringLiteral("\r=x") << QStringLiteral("'\r=x");
    QTest::newRow("only =") << QStringLiteral("=") << QStringLiteral("'=");
    QTest::newRow("DDE") << QStringLiteral("=cmd|' /C calc'!A0")
                         << QStringLiteral("'=cmd|' /C calc'!A0");
    QTest::newRow("negative-looking resource name")
        << QStringLiteral("-web-01") << QStringLiteral("'-web-01");
    QTest::newRow("= in the middle") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("+ in the middle") << QStringLiteral("a+b") << QStringLiteral("a+b");
    QTest::newRow("- in the middle") << QStringLiteral("web-01") << QStringLiteral("web-01");
    QTest::newRow("@ in the middle") << QStringLiteral("a@b.c") << QStringLiteral("a@b.c");
    QTest::newRow("tab in the middle") << QStringLiteral("a\tb") << QStringLiteral("a\tb");
    QTest::newRow("CR in the middle") << QStringLiteral("a\rb") << QStringLiteral("a\rb");
    QTest::newRow("LF first") << QStringLiteral("\nx") << QStringLiteral("'\nx");
    QTest::newRow("space before =") << QStringLiteral(" =x") << QStringLiteral("' =x");
    QTest::newRow("space before text") << QStringLiteral(" x") << QStringLiteral(" x");
    QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("   ");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("apostrophe first") << QStringLiteral("'=x") << QStringLiteral("'=x");
    QTest::newRow("plain") << QStringLiteral("SDRS.1306") << QStringLiteral("SDRS.1306");
    QTest::newRow("fullwidth =") << QStringLiteral("\uFF1Dx") << QStringLiteral("'\uFF1Dx");
    QTest::newRow("fullwidth in the middle")
        << QStringLiteral("a\uFF1Db") << QStringLiteral("a\uFF1Db");
}

void TstCsv::neutraliseFormula()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(csv::neutraliseFormula(text), expected);
}

void TstCsv::injectionPayloads_data()
{
    // Each payload as one exported cell (comma separator, neutralised): the cell as written.
    // After OWASP's CSV-injection guidance and ASVS 5.0 1.2.10; the hardening issue's cases.
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("written");
    const auto row = [](const char *name, const QString &payload, const QString &written) {
        QTest::newRow(name) << payload << written;
    };
    row("semicolon then formula", QStringLiteral("x;=1+1"), QStringLiteral("\"x;=1+1\""));
    row("comma then formula", QStringLiteral("a,=1"), QStringLiteral("\"a,=1\""));
    row("semicolon then @", QStringLiteral("x;@y"), QStringLiteral("\"x;@y\""));
    row("LF then formula", QStringLiteral("x\n=1"), QStringLiteral("\"x\n=1\""));
    row("=", QStringLiteral("=1+1"), QStringLiteral("'=1+1"));
    row("+", QStringLiteral("+1"), QStringLiteral("'+1"));
    row("-", QStringLiteral("-1"), QStringLiteral("'-1"));
    row("@", QStringLiteral("@SUM(1)"), QStringLiteral("'@SUM(1)"));
    row("==", QStringLiteral("=="), QStringLiteral("'=="));
    row("leading TAB", QStringLiteral("\t=1"), QStringLiteral("'\t=1"));
    row("leading CR", QStringLiteral("\r=1"), QStringLiteral("\"'\r=1\""));
    row("leading LF", QStringLiteral("\n=1"), QStringLiteral("\"'\n=1\""));
    row("leading LF, no formula", QStringLiteral("\nx"), QStringLiteral("\"'\nx\""));
    row("leading NUL", QString(QChar(0)) + QStringLiteral("=1"),
        QStringLiteral("'") + QChar(0) + QStringLiteral("=1"));
    row("space", QStringLiteral(" =1"), QStringLiteral("' =1"));
    row("spaces and tab", QStringLiteral("  \t +1"), QStringLiteral("'  \t +1"));
    row("NBSP", QStringLiteral("\u00A0=1"), QStringLiteral("'\u00A0=1"));
    row("zero-width space", QStringLiteral("\u200B=1"), QStringLiteral("'\u200B=1"));
    row("BOM", QStringLiteral("\uFEFF=1"), QStringLiteral("'\uFEFF=1"));
    row("VT", QStringLiteral("\v=1"), QStringLiteral("'\v=1"));
    row("FF", QStringLiteral("\f=1"), QStringLiteral("'\f=1"));
    row("ideographic space", QStringLiteral("\u3000=1"), QStringLiteral("'\u3000=1"));
    row("line separator", QStringLiteral("\u2028=1"), QStringLiteral("'\u2028=1"));
    row("fullwidth =", QStringLiteral("\uFF1D1+1"), QStringLiteral("'\uFF1D1+1"));
    row("fullwidth +", QStringLiteral("\uFF0B1"), QStringLiteral("'\uFF0B1"));
    row("fullwidth -", QStringLiteral("\uFF0D1"), QStringLiteral("'\uFF0D1"));
    row("fullwidth @", QStringLiteral("\uFF20x"), QStringLiteral("'\uFF20x"));
    row("space then fullwidth =", QStringLiteral(" \uFF1D1"), QStringLiteral("' \uFF1D1"));
    row("HYPERLINK", QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
        QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
    row("DDE", QStringLiteral("=cmd|'/C calc'!A0"), QStringLiteral("'=cmd|'/C calc'!A0"));
    row("DDE with semicolons", QStringLiteral("DDE(\"cmd\";\"/C calc\";\"!A0\")"),
        QStringLiteral("\"DDE(\"\"cmd\"\";\"\"/C calc\"\";\"\"!A0\"\")\""));
    row("apostrophe first", QStringLiteral("'=1"), QStringLiteral("'=1"));
    row("plain", QStringLiteral("web-01"), QStringLiteral("web-01"));
    row("space then text", QStringLiteral(" web"), QStringLiteral(" web"));
}

void TstCsv::injectionPayloads()
{
    QFETCH(QString, payload);
    QFETCH(QString, written);
    Options options;
    options.lineEnd = QString();
    QCOMPARE(csv::formatRow({payload}, options), written);
    // The same through a whole export: one row, one column (resource_name).
    FailureJob job;
    job.resourceName = payload;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    options.header = false;
    const WriteResult r = csv::writeRows(
        buffer, {job}, csv::columnsNamedByApi({csv::Field::ResourceName}), {}, options);
    QVERIFY(r.ok());
    QCOMPARE(QString::fromUtf8(buffer.data()), written);
}

void TstCsv::formatRow()
{
    const QStringList cells = {QStringLiteral("=1+2"),   QStringLiteral("-web-01"),
                               QStringLiteral("@x"),     QStringLiteral("\tx"),
                               QStringLiteral("\rx"),    QStringLiteral("a,b"),
                               QStringLiteral("+\"q\""), QString(),
                               QStringLiteral("plain")};
    Options options;
    QCOMPARE(csv::formatRow(cells, options),
             QStringLiteral("'=1+2,'-web-01,'@x,'\tx,\"'\rx\",\"a,b\",\"'+\"\"q\"\"\",,plain\r\n"));

    options.neutraliseFormulas = false;
    QCOMPARE(csv::formatRow(cells, options),
             QStringLiteral("=1+2,-web-01,@x,\tx,\"\rx\",\"a,b\",\"+\"\"q\"\"\",,plain\r\n"));

    // The clipboard's TSV: tab separator, LF line end; a tab in a cell is quoted.
    options.separator = u'\t';
    options.lineEnd = QStringLiteral("\n");
    QCOMPARE(
        csv::formatRow(cells, options),
        QStringLiteral("=1+2\t-web-01\t@x\t\"\tx\"\t\"\rx\"\t\"a,b\"\t\"+\"\"q\"\"\"\t\tplain\n"));
    options.neutraliseFormulas = true;
    QCOMPARE(csv::formatRow(cells, options),
             QStringLiteral(
                 "'=1+2\t'-web-01\t'@x\t\"'\tx\"\t\"'\rx\"\t\"a,b\"\t\"'+\"\"q\"\"\"\t\tplain\n"));

    QCOMPARE(csv::formatRow({}, Options()), QStringLiteral("\r\n"));
    QCOMPARE(csv::formatRow({QString()}, Options()), QStringLiteral("\r\n"));
    QCOMPARE(csv::formatRow({QString(), QString()}, Options()), QStringLiteral(",\r\n"));
}

void TstCsv::fieldValues()
{
    const FailureJob job = sampleJob();
    const QHash<QString, QString> groups = sampleGroups();
    QCOMPARE(fieldValue(job, Field::JobId, groups), job.jobId);
    QCOMPARE(fieldValue(job, Field::JobType, groups), job.jobType);
    QCOMPARE(fieldValue(job, Field::JobStatus, groups), QStringLiteral("FAIL"));
    // Raw API codes, not readable names.
    QCOMPARE(fieldValue(job, Field::FailureStatus, groups), QStringLiteral("createFail"));
    QCOMPARE(fieldValue(job, Field::ResourceType, groups), QStringLiteral("protected_instances"));
    QCOMPARE(fieldValue(job, Field::ResourceId, groups), job.resourceId);
    QCOMPARE(fieldValue(job, Field::ResourceName, groups), QStringLiteral("web-01"));
    QCOMPARE(fieldValue(job, Field::ErrorCode, groups), QStringLiteral("SDRS.1306"));
    QCOMPARE(fieldValue(job, Field::FailReason, groups), job.failReason);
    QCOMPARE(fieldValue(job, Field::ServerGroupId, groups), QStringLiteral("g1"));
    QCOMPARE(fieldValue(job, Field::ServerGroupName, groups), QStringLiteral("Group one"));
    // The window's table columns carry codes in words, as the table shows them.
    FailureJob typed = job;
    typed.jobType = QStringLiteral("addNicNew");
    QCOMPARE(cellValue(typed, Column{QStringLiteral("Job type"), Field::JobType, true}, groups),
             QStringLiteral("Add NIC"));
    QCOMPARE(cellValue(typed, Column{QStringLiteral("job_type"), Field::JobType}, groups),
             QStringLiteral("addNicNew"));
    QCOMPARE(cellValue(job, Column{QString(), Field::FailureStatus, true}, groups),
             QStringLiteral("Create failed"));
    QCOMPARE(cellValue(job, Column{QString(), Field::ResourceType, true}, groups),
             QStringLiteral("Protected instance"));
    QCOMPARE(cellValue(job, Column{QString(), Field::ResourceName, true}, groups),
             QStringLiteral("web-01"));

    // The begin time in UTC with milliseconds, whatever zone the QDateTime is in.
    FailureJob timed = job;
    timed.beginTime = utc(2019, 1, 21, 12, 56, 35, 754);
    timed.beginTimeText = QStringLiteral("2019-01-21T12:56:35.754Z");
    QCOMPARE(fieldValue(timed, Field::BeginTime, groups),
             QStringLiteral("2019-01-21T12:56:35.754Z"));
    timed.beginTime = timed.beginTime.toOffsetFromUtc(5 * 3600 + 1800);
    timed.beginTimeText = QStringLiteral("something else");
    QCOMPARE(fieldValue(timed, Field::BeginTime, groups),
             QStringLiteral("2019-01-21T12:56:35.754Z"));

    // Not parsed: exactly as received; no local time.
    FailureJob raw = job;
    raw.beginTime = QDateTime();
    raw.beginTimeText = QStringLiteral("21/01/2019 noon");
    QCOMPARE(fieldValue(raw, Field::BeginTime, groups), QStringLiteral("21/01/2019 noon"));
    QCOMPARE(fieldValue(raw, Field::BeginTimeLocal, groups), QString());
    raw.beginTimeText.clear();
    QCOMPARE(fieldValue(raw, Field::BeginTime, groups), QString());

    // Group names: another group, unknown group, group level.
    FailureJob other = job;
    other.serverGroupId = QStringLiteral("g2");
    QCOMPARE(fieldValue(other, Field::ServerGroupName, groups), QStringLiteral("=Group, \"two\""));
    other.serverGroupId = QStringLiteral("g-unknown");
    QCOMPARE(fieldValue(other, Field::ServerGroupId, groups), QStringLiteral("g-unknown"));
    QCOMPARE(fieldValue(other, Field::ServerGroupName, groups), QString());
    other.serverGroupId.clear();
    QCOMPARE(fieldValue(other, Field::ServerGroupId, groups), QString());
    QCOMPARE(fieldValue(other, Field::ServerGroupName, groups), QString());
    QCOMPARE(fieldValue(job, Field::ServerGroupName, {}), QString());
}

void TstCsv::beginTimeLocal_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");
    QTest::newRow("winter") << utc(2026, 11, 20, 10, 0, 0)
                            << QStringLiteral("2026-11-20T11:00:00.000+01:00");
    QTest::newRow("summer, ms") << utc(2024, 7, 1, 23, 30, 5, 7)
                                << QStringLiteral("2024-07-02T01:30:05.007+02:00");
    QTest::newRow("new year") << utc(2024, 12, 31, 23, 59, 59, 999)
                              << QStringLiteral("2025-01-01T00:59:59.999+01:00");
    QTest::newRow("offset input") << utc(2026, 11, 20, 10, 0, 0).toOffsetFromUtc(-4 * 3600)
                                  << QStringLiteral("2026-11-20T11:00:00.000+01:00");
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TstCsv::beginTimeLocal()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    FailureJob job = sampleJob();
    job.beginTime = time;
    const QString local = fieldValue(job, Field::BeginTimeLocal, {});
    QCOMPARE(local, expected);
    if (time.isValid()) {
        // ISO 8601 that parses back to the same instant.
        const QDateTime back = QDateTime::fromString(local, Qt::ISODateWithMs);
        QVERIFY(back.isValid());
        QCOMPARE(back.toMSecsSinceEpoch(), time.toMSecsSinceEpoch());
    }
}

void TstCsv::table()
{
    FailureJob first = sampleJob();
    FailureJob second = sampleJob();
    second.jobId = QStringLiteral("j2");
    second.resourceName = QStringLiteral("-db, \"main\"");
    second.failReason = QStringLiteral("line 1\nline \"2\"\r\n=end");
    second.beginTime = QDateTime();
    second.beginTimeText = QStringLiteral("yesterday");
    second.serverGroupId = QStringLiteral("g2");
    FailureJob third = sampleJob();
    third.jobId = QStringLiteral("j3");
    third.serverGroupId.clear();

    const QList<Column> columns = columnsNamedByApi(
        {Field::ResourceName, Field::JobId, Field::BeginTime, Field::BeginTimeLocal,
         Field::FailReason, Field::ServerGroupId, Field::ServerGroupName});
    WriteResult result;
    const QByteArray bytes =
        writeToBytes({first, second, third}, columns, sampleGroups(), Options(), &result);
    QVERIFY(result.ok());
    QVERIFY(!(result.error.kind == ApiError::Kind::Cancelled));
    QVERIFY(result.error.message.isEmpty());
    QCOMPARE(result.value, 3);

    const QString expected = QStringLiteral(
        "resource_name,job_id,begin_time,begin_time_local,fail_reason,server_group_id,"
        "server_group_name\r\n"
        "web-01,ff808082686f229a0168707beaab014e,2026-11-20T10:00:00.000Z,"
        "2026-11-20T11:00:00.000+01:00,SdrsTask-fail:volume is error!,g1,Group one\r\n"
        "\"'-db, \"\"main\"\"\",j2,yesterday,,\"line 1\nline \"\"2\"\"\r\n=end\",g2,"
        "\"'=Group, \"\"two\"\"\"\r\n"
        "web-01,j3,2026-11-20T10:00:00.000Z,2026-11-20T11:00:00.000+01:00,"
        "SdrsTask-fail:volume is error!,,\r\n");
    QCOMPARE(QString::fromUtf8(bytes), expected);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));

    // No header.
    Options options;
    options.header = false;
    const QByteArray noHeader =
        writeToBytes({first, second, third}, columns, sampleGroups(), options, &result);
    QVERIFY(result.ok());
    QCOMPARE(QString::fromUtf8(noHeader), expected.mid(expected.indexOf(u'\n') + 1));

    // Default columns: the header line exactly as documented.
    const QByteArray defaults =
        writeToBytes({first}, columnsNamedByApi(defaultFields()), sampleGroups(), Options());
    QVERIFY(defaults.startsWith(
        "job_id,job_type,job_status,failure_status,resource_type,resource_id,resource_name,"
        "begin_time,error_code,fail_reason,server_group_id,server_group_name\r\n"));
    QVERIFY(defaults.endsWith(
        "ff808082686f229a0168707beaab014e,createProtectedInstance,FAIL,createFail,"
        "protected_instances,4f5e9a3e-0c7e-4c5d-9d2b-3a8e2b1c0d11,web-01,"
        "2026-11-20T10:00:00.000Z,SDRS.1306,SdrsTask-fail:volume is error!,g1,Group one\r\n"));
    QCOMPARE(defaults.count("\r\n"), 2);
}

void TstCsv::byteOrderMark()
{
    const QList<Column> columns = columnsNamedByApi({Field::JobId});
    Options options;
    options.byteOrderMark = true;
    QByteArray bytes = writeToBytes({sampleJob()}, columns, {}, options);
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBFjob_id\r\nff808082686f229a0168707beaab014e\r\n"));
    QCOMPARE(bytes.count("\xEF\xBB\xBF"), 1);

    // Before the first row when there is no header; alone for an empty headerless table.
    options.header = false;
    bytes = writeToBytes({sampleJob()}, columns, {}, options);
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"
                               "ff808082686f229a0168707beaab014e\r\n"));
    bytes = writeToBytes({}, columns, {}, options);
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"));

    options.byteOrderMark = false;
    bytes = writeToBytes({sampleJob()}, columns, {}, options);
    QCOMPARE(bytes, QByteArray("ff808082686f229a0168707beaab014e\r\n"));

    // Non-ASCII is UTF-8.
    FailureJob job = sampleJob();
    job.jobId = QStringLiteral("Grüße \U0001F600");
    bytes = writeToBytes({job}, columns, {}, options);
    QCOMPARE(bytes, QByteArray("Gr\xC3\xBC\xC3\x9F"
                               "e \xF0\x9F\x98\x80\r\n"));
}

void TstCsv::headerNotNeutralised()
{
    const QList<Column> columns = {{QStringLiteral("=Name"), Field::ResourceName},
                                   {QStringLiteral("-id, \"x\""), Field::JobId}};
    FailureJob job = sampleJob();
    job.resourceName = QStringLiteral("=Name");
    job.jobId = QStringLiteral("-1");
    const QByteArray bytes = writeToBytes({job}, columns, {}, Options());
    QCOMPARE(bytes, QByteArray("=Name,\"-id, \"\"x\"\"\"\r\n'=Name,'-1\r\n"));

    // formatTable: the same, and nothing neutralised when the options say so.
    Options options;
    QCOMPARE(formatTable({job}, columns, {}, options), QString::fromUtf8(bytes));
    options.neutraliseFormulas = false;
    QCOMPARE(formatTable({job}, columns, {}, options),
             QStringLiteral("=Name,\"-id, \"\"x\"\"\"\r\n=Name,-1\r\n"));
}

void TstCsv::roundTrip_data()
{
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("lineEnd");
    QTest::addColumn<bool>("neutralise");
    QTest::addColumn<bool>("bom");

    QTest::newRow("CSV") << QChar(u',') << QStringLiteral("\r\n") << true << false;
    QTest::newRow("CSV, BOM") << QChar(u',') << QStringLiteral("\r\n") << true << true;
    QTest::newRow("CSV, raw") << QChar(u',') << QStringLiteral("\r\n") << false << false;
    QTest::newRow("TSV") << QChar(u'\t') << QStringLiteral("\n") << true << false;
    QTest::newRow("TSV, raw") << QChar(u'\t') << QStringLiteral("\n") << false << false;
    QTest::newRow("semicolon") << QChar(u';') << QStringLiteral("\r\n") << true << false;
}

void TstCsv::roundTrip()
{
    QFETCH(QChar, separator);
    QFETCH(QString, lineEnd);
    QFETCH(bool, neutralise);
    QFETCH(bool, bom);

    Options options;
    options.separator = separator;
    options.lineEnd = lineEnd;
    options.neutraliseFormulas = neutralise;
    options.byteOrderMark = bom;

    const QList<FailureJob> jobs = randomJobs(400, 20261120);
    const QList<Column> columns = columnsNamedByApi(allFields());
    const QHash<QString, QString> groups = {{QStringLiteral("g1"), QStringLiteral("Group one")},
                                            {QStringLiteral("g2"), QStringLiteral("=x,\"y\"\n")},
                                            {QStringLiteral("g3"), QStringLiteral("\t-3")}};
    WriteResult result;
    QByteArray bytes = writeToBytes(jobs, columns, groups, options, &result);
    QVERIFY(result.ok());
    QCOMPARE(result.value, jobs.size());
    if (bom) {
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        bytes.remove(0, 3);
    }
    const QString text = QString::fromUtf8(bytes);
    QCOMPARE(text.toUtf8(), bytes); // valid UTF-8 throughout

    bool ok = false;
    const QList<QStringList> records = parseCsv(text, separator, lineEnd, &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), jobs.size() + 1);

    QStringList header;
    for (const Column &column : columns)
        header += column.header;
    QCOMPARE(records[0], header);

    for (qsizetype row = 0; row < jobs.size(); ++row) {
        const QStringList &record = records[row + 1];
        QCOMPARE(record.size(), columns.size());
        for (qsizetype column = 0; column < columns.size(); ++column) {
            const QString value = fieldValue(jobs[row], columns[column].field, groups);
            const QString expected = neutralise ? csv::neutraliseFormula(value) : value;
            if (record[column] != expected) {
                QFAIL(qPrintable(QStringLiteral("row %1, column %2: %3 instead of %4")
                                     .arg(row)
                                     .arg(columns[column].header, record[column], expected)));
            }
        }
    }

    // formatRow of the cells gives the same text, line by line.
    QString rebuilt = csv::formatRow(header, Options{separator, lineEnd, false, true, false});
    for (const FailureJob &job : jobs) {
        QStringList cells;
        for (const Column &column : columns)
            cells += fieldValue(job, column.field, groups);
        rebuilt += csv::formatRow(cells, options);
    }
    QCOMPARE(rebuilt, text);
}

void TstCsv::formatTableMatchesWriteRows()
{
    const QList<FailureJob> jobs = randomJobs(200, 42);
    const QList<Column> columns = columnsNamedByApi(defaultFields());
    for (const bool bom : {false, true}) {
        for (const bool header : {false, true}) {
            Options options;
            options.byteOrderMark = bom;
            options.header = header;
            options.separator = u'\t';
            options.lineEnd = QStringLiteral("\n");
            const QByteArray bytes = writeToBytes(jobs, columns, sampleGroups(), options);
            QCOMPARE(formatTable(jobs, columns, sampleGroups(), options).toUtf8(), bytes);
        }
    }
}

void TstCsv::emptyTable()
{
    const QList<Column> columns = columnsNamedByApi({Field::JobId, Field::ResourceName});
    WriteResult result;
    QCOMPARE(writeToBytes({}, columns, {}, Options(), &result),
             QByteArray("job_id,resource_name\r\n"));
    QVERIFY(result.ok());
    QCOMPARE(result.value, 0);
    QCOMPARE(formatTable({}, columns, {}, Options()), QStringLiteral("job_id,resource_name\r\n"));
    Options options;
    options.header = false;
    QCOMPARE(writeToBytes({}, columns, {}, options, &result), QByteArray());
    QVERIFY(result.ok());
    QCOMPARE(formatTable({}, columns, {}, options), QString());
}

void TstCsv::failingDevice_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<qint64>("limit");
    QTest::newRow("at once") << 10 << qint64(0);
    QTest::newRow("in the header") << 10 << qint64(5);
    QTest::newRow("small table") << 10 << qint64(300);
    QTest::newRow("after a chunk") << 20000 << qint64(1500 * 1024);
    QTest::newRow("near the end") << 20000 << qint64(-2); // limit: total size - 1
}

void TstCsv::failingDevice()
{
    QFETCH(int, rows);
    QFETCH(qint64, limit);
    const QList<FailureJob> jobs = randomJobs(rows, 7);
    const QList<Column> columns = columnsNamedByApi(allFields());
    const QByteArray full = writeToBytes(jobs, columns, sampleGroups(), Options());
    if (limit == -2)
        limit = full.size() - 1;
    QVERIFY(limit < full.size());

    FailingDevice device(limit);
    const WriteResult result = writeRows(device, jobs, columns, sampleGroups(), Options());
    QVERIFY(!result.ok());
    QVERIFY(!(result.error.kind == ApiError::Kind::Cancelled));
    QCOMPARE(result.error.message, QStringLiteral("No space left on device"));
    QCOMPARE(device.data(), full.left(limit)); // what got through is the right prefix
}

void TstCsv::shortWrites()
{
    // A device that takes at most 1000 bytes per call still receives everything.
    const QList<FailureJob> jobs = randomJobs(3000, 99);
    const QList<Column> columns = columnsNamedByApi(allFields());
    const QByteArray full = writeToBytes(jobs, columns, sampleGroups(), Options());
    FailingDevice device(-1, 1000);
    const WriteResult result = writeRows(device, jobs, columns, sampleGroups(), Options());
    QVERIFY(result.ok());
    QCOMPARE(result.value, jobs.size());
    QCOMPARE(device.data(), full);
}

void TstCsv::shouldStop()
{
    const QList<FailureJob> jobs = randomJobs(2000, 5);
    const QList<Column> columns = columnsNamedByApi(defaultFields());

    // Stop at once.
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const WriteResult result =
            writeRows(buffer, jobs, columns, {}, Options(), [] { return true; });
        QVERIFY(!result.ok());
        QVERIFY((result.error.kind == ApiError::Kind::Cancelled));
        QVERIFY(result.error.message.isEmpty());
        QVERIFY(result.value < jobs.size());
    }
    // Stop on the third question: asked every few hundred rows, not for every row.
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        int asked = 0;
        const WriteResult result =
            writeRows(buffer, jobs, columns, {}, Options(), [&asked] { return ++asked == 3; });
        QVERIFY(!result.ok());
        QVERIFY((result.error.kind == ApiError::Kind::Cancelled));
        QCOMPARE(asked, 3);
        QVERIFY2(result.value >= 2 * 100 && result.value <= 3 * 1000,
                 qPrintable(QString::number(result.value)));
        QVERIFY(result.value < jobs.size());
    }
    // Never stopping: asked a few times, everything written.
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        int asked = 0;
        const WriteResult result = writeRows(buffer, jobs, columns, {}, Options(), [&asked] {
            ++asked;
            return false;
        });
        QVERIFY(result.ok());
        QVERIFY(!(result.error.kind == ApiError::Kind::Cancelled));
        QCOMPARE(result.value, jobs.size());
        QVERIFY2(asked >= 2 && asked <= 20, qPrintable(QString::number(asked)));
        QCOMPARE(buffer.data(), writeToBytes(jobs, columns, {}, Options()));
    }
}

void TstCsv::largeTableIsFastAndChunked()
{
    // 100,000 rows with long, multi-line fail reasons (about 100 MB of CSV).
    QList<FailureJob> jobs;
    jobs.reserve(100000);
    FailureJob job = sampleJob();
    QString reason;
    for (int i = 0; i < 12; ++i)
        reason +=
            QStringLiteral("\tat com.example.sdrs.Task%1.run(Task.java:%1) \"frame\", x\n").arg(i);
    for (int i = 0; i < 100000; ++i) {
        job.jobId = QString::number(i);
        job.failReason = (i % 7 == 0 ? QStringLiteral("=") : QString()) % reason;
        jobs += job;
    }
    const QList<Column> columns = columnsNamedByApi(allFields());

    FailingDevice device(-1, -1, false);
    int asked = 0;
    QElapsedTimer timer;
    timer.start();
    const WriteResult result = writeRows(device, jobs, columns, sampleGroups(), Options(),
                                         [&asked] { return ++asked < 0; });
    const qint64 elapsed = timer.elapsed();
    QVERIFY(result.ok());
    QCOMPARE(result.value, 100000);
    qInfo("100,000 rows, %lld MB, in %lld ms, %d writes, largest %lld bytes",
          device.received() / 1000000, elapsed, device.writeCalls(), device.largestWrite());
    // Generous for sanitizer and debug builds; an optimised build takes a fraction of this.
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
    // Chunks of about 1 MiB, never cell by cell nor everything at once.
    QVERIFY(device.largestWrite() <= 4 * 1024 * 1024);
    QVERIFY(device.writeCalls() >= device.received() / (4 * 1024 * 1024));
    QVERIFY(device.writeCalls() <= device.received() / (512 * 1024) + 1);
    QVERIFY(asked >= 100000 / 1000);
    QVERIFY(device.data().endsWith("Group one\r\n"));
}

void TstCsv::safeWriteSuccess()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    const Result<NoContent> written = writeFileSafely(
        path, [](QIODevice &out) { return doneIf(out.write("a,b\r\n1,2\r\n") == 10); });
    QVERIFY2(written.ok(), qPrintable(written.error.message));
    QCOMPARE(readFile(path), QByteArray("a,b\r\n1,2\r\n"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.csv")});
}

void TstCsv::safeWriteReplacesOnlyOnSuccess()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(writeFile(path, "old content\n"));

    Result<NoContent> written =
        writeFileSafely(path, [](QIODevice &out) { return doneIf(out.write("new") == 3); });
    QVERIFY2(written.ok(), qPrintable(written.error.message));
    QCOMPARE(readFile(path), QByteArray("new"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.csv")});

    // An empty content is a success too.
    written = writeFileSafely(path, [](QIODevice &) { return doneIf(true); });
    QVERIFY2(written.ok(), qPrintable(written.error.message));
    QCOMPARE(readFile(path), QByteArray());
}

void TstCsv::safeWriteCancelled()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    const QByteArray old("old content\r\nkept,byte,for,byte\r\n");
    QVERIFY(writeFile(path, old));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("neighbour.txt")), "x"));
    const QStringList before = entries(dir.path());

    bool called = false;
    QStringList during;
    const Result<NoContent> written = writeFileSafely(path, [&](QIODevice &out) {
        called = true;
        out.write(QByteArray(300000, 'z'));
        during = entries(dir.path()); // the temporary file, next to the target
        return doneIf(false);         // cancelled: no reason given
    });
    QVERIFY(called);
    QCOMPARE(written.error.kind, ApiError::Kind::Cancelled);
    // Linux: an unnamed O_TMPFILE, invisible; elsewhere a visible temporary file.
    QVERIFY2(during.size() == before.size() || during.size() == before.size() + 1,
             qPrintable(during.join(u' ')));
    QVERIFY2(written.error.message.contains(QStringLiteral("cancelled")),
             qPrintable(written.error.message));
    QVERIFY2(written.error.message.contains(QDir::toNativeSeparators(path)),
             qPrintable(written.error.message));
    QCOMPARE(readFile(path), old);
    QCOMPARE(entries(dir.path()), before);

    // Cancelling where no file was: nothing created.
    const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
    const Result<NoContent> written2 = writeFileSafely(fresh, [](QIODevice &out) {
        out.write("partial");
        return doneIf(false);
    });
    QVERIFY(written2.error.message.contains(QStringLiteral("cancelled")));
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(entries(dir.path()), before);
}

void TstCsv::safeWriteError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    const QByteArray old("old");
    QVERIFY(writeFile(path, old));
    const QStringList before = entries(dir.path());

    const Result<NoContent> written = writeFileSafely(path, [](QIODevice &out) {
        out.write("partial,row\r\n");
        return failedWith(QStringLiteral("The server stopped answering"));
    });
    QVERIFY2(written.error.message.contains(QDir::toNativeSeparators(path)),
             qPrintable(written.error.message));
    QVERIFY2(written.error.message.contains(QStringLiteral("The server stopped answering")),
             qPrintable(written.error.message));
    QVERIFY2(!written.error.message.contains(QStringLiteral("cancelled")),
             qPrintable(written.error.message));
    QVERIFY(written.error.message.endsWith(u'.'));
    QCOMPARE(written.error.kind, ApiError::Kind::Io);
    QCOMPARE(readFile(path), old);
    QCOMPARE(entries(dir.path()), before);

    // A writeRows failure reported through the callback.
    const Result<NoContent> written2 = writeFileSafely(path, [](QIODevice &out) {
        FailingDevice failing(10);
        Q_UNUSED(out);
        const WriteResult result = writeRows(failing, randomJobs(50, 1),
                                             columnsNamedByApi(defaultFields()), {}, Options());
        return withoutValue(result);
    });
    QVERIFY2(written2.error.message.contains(QStringLiteral("No space left on device")),
             qPrintable(written2.error.message));
    QCOMPARE(readFile(path), old);
    QCOMPARE(entries(dir.path()), before);
}

void TstCsv::safeWriteFolderIsAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plain = dir.filePath(QStringLiteral("plain.txt"));
    QVERIFY(writeFile(plain, "plain"));
    const QStringList before = entries(dir.path());

    const QString path = plain + QStringLiteral("/out.csv");
    bool called = false;
    const Result<NoContent> written = writeFileSafely(path, [&called](QIODevice &out) {
        called = true;
        return doneIf(out.write("x") == 1);
    });
    QVERIFY(!written.ok());
    QVERIFY2(written.error.message.contains(QDir::toNativeSeparators(path)),
             qPrintable(written.error.message));
    QVERIFY(!called);
    QCOMPARE(readFile(plain), QByteArray("plain"));
    QCOMPARE(entries(dir.path()), before);

    // A folder as the target.
    const QString folder = dir.filePath(QStringLiteral("folder"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const Result<NoContent> written2 =
        writeFileSafely(folder, [](QIODevice &out) { return doneIf(out.write("x") == 1); });
    QVERIFY2(!written2.ok() && written2.error.message.contains(QDir::toNativeSeparators(folder)),
             qPrintable(written2.error.message));
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(entries(folder).isEmpty());
}

void TstCsv::safeWriteReadOnlyFolder()
{
    if (::geteuid() == 0)
        QSKIP("Running as root, which ignores file permissions.");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("readonly")));
    const QString path = folder + QStringLiteral("/out.csv");
    QVERIFY(writeFile(path, "old"));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
    const auto restore =
        qScopeGuard([&folder] { ::chmod(QFile::encodeName(folder).constData(), 0755); });

    const Result<NoContent> written =
        writeFileSafely(path, [](QIODevice &out) { return doneIf(out.write("new") == 3); });
    QVERIFY(!written.ok());
    QVERIFY2(written.error.message.contains(QDir::toNativeSeparators(path)),
             qPrintable(written.error.message));
    QCOMPARE(readFile(path), QByteArray("old"));
    QCOMPARE(entries(folder), QStringList{QStringLiteral("out.csv")});
}

void TstCsv::safeWriteFolderVanishes()
{
    // The folder removed while writing: commit() cannot rename the temporary file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("gone"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("gone")));
    const QString path = folder + QStringLiteral("/out.csv");
    const Result<NoContent> written = writeFileSafely(path, [&folder](QIODevice &out) {
        const bool wrote = out.write("data") == 4;
        return doneIf(QDir(folder).removeRecursively() && wrote);
    });
    QVERIFY(!written.ok());
    QVERIFY2(written.error.message.contains(QDir::toNativeSeparators(path)),
             qPrintable(written.error.message));
    QVERIFY(!QFile::exists(folder));
    QVERIFY(entries(dir.path()).isEmpty());
}

void TstCsv::safeWriteToAPipe()
{
    // A FIFO is written directly: it stays a FIFO, and the reader gets every byte.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QCOMPARE(targetOf(path), Target::Stream);
    // The reader is open first (so that opening for writing does not wait) and reads afterwards:
    // ten bytes fit the pipe's buffer, and a wrong build that replaced the pipe cannot hang here.
    const int readEnd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(readEnd >= 0);
    const auto closeReadEnd = qScopeGuard([readEnd] { ::close(readEnd); });
    const Result<NoContent> written = writeFileSafely(
        path, [](QIODevice &out) { return doneIf(out.write("a,b\r\n1,2\r\n") == 10); });
    char buffer[64];
    const ssize_t n = ::read(readEnd, buffer, sizeof buffer);
    const QByteArray received(buffer, int(std::max<ssize_t>(n, 0)));
    QVERIFY2(written.ok(), qPrintable(written.error.message));
    QCOMPARE(received, QByteArray("a,b\r\n1,2\r\n"));
    QCOMPARE(targetOf(path), Target::Stream);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("fifo")});
}

void TstCsv::safeWriteToDevices()
{
    // A device like /dev/null takes everything; one like /dev/full fails with "no space". Neither
    // is ever replaced by a file (as root, a rename over /dev/full replaces the system's device).
    // Nodes of the test's own: a wrong build must not damage the machine's.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString null = dir.filePath(QStringLiteral("null"));
    const QString full = dir.filePath(QStringLiteral("full"));
    if (!testing::makeDeviceNode(null, "null") || !testing::makeDeviceNode(full, "full"))
        QSKIP("cannot make device nodes here (not root, or nodev)");
    QCOMPARE(targetOf(null), Target::Stream);
    Result<NoContent> written =
        writeFileSafely(null, [](QIODevice &out) { return doneIf(out.write("x") == 1); });
    QVERIFY2(written.ok(), qPrintable(written.error.message));
    QVERIFY(testing::isCharacterDevice(null));
    written = writeFileSafely(full, [](QIODevice &out) {
        const QByteArray chunk(64 * 1024, 'x');
        if (out.write(chunk) != chunk.size())
            return failedWith(out.errorString());
        return doneIf(true);
    });
    QVERIFY2(written.error.message.contains(QDir::toNativeSeparators(full)) &&
                 written.error.message.contains(QStringLiteral("stays")),
             qPrintable(written.error.message));
    QVERIFY(testing::isCharacterDevice(full));
    QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("full"), QStringLiteral("null")}));
}

void TstCsv::safeWriteRefusesASocket()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sock"));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    QVERIFY(size_t(name.size()) < sizeof address.sun_path);
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
    QCOMPARE(targetOf(path), Target::Other);
    bool called = false;
    const Result<NoContent> written = writeFileSafely(path, [&called](QIODevice &) {
        called = true;
        return doneIf(true);
    });
    QVERIFY2(written.error.message.contains(QDir::toNativeSeparators(path)),
             qPrintable(written.error.message));
    QVERIFY(!called);
    QCOMPARE(targetOf(path), Target::Other);
}

void TstCsv::safeWriteWithWriteRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("failed tasks.csv"));
    const QList<FailureJob> jobs = randomJobs(1000, 3);
    const QList<Column> columns = columnsNamedByApi(allFields());
    Options options;
    options.byteOrderMark = true;
    qint64 rows = 0;
    const Result<NoContent> written = writeFileSafely(path, [&](QIODevice &out) {
        const WriteResult result = writeRows(out, jobs, columns, sampleGroups(), options);
        rows = result.value;
        return withoutValue(result);
    });
    QVERIFY2(written.ok(), qPrintable(written.error.message));
    QCOMPARE(rows, jobs.size());
    QCOMPARE(readFile(path), writeToBytes(jobs, columns, sampleGroups(), options));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("failed tasks.csv")});

    // Cancelled by shouldStop: the file written before stays as it was.
    const QByteArray before = readFile(path);
    const Result<NoContent> written2 = writeFileSafely(path, [&](QIODevice &out) {
        const WriteResult result =
            writeRows(out, randomJobs(600, 4), columns, {}, options, [] { return true; });
        return withoutValue(result);
    });
    QVERIFY2(written2.error.message.contains(QStringLiteral("cancelled")),
             qPrintable(written2.error.message));
    QCOMPARE(written2.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(readFile(path), before);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("failed tasks.csv")});
}

QTEST_GUILESS_MAIN(TstCsv)
#include "tst_csv.moc"
