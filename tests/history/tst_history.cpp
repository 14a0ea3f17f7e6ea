// The local history on a real SQLite file in a temporary folder: recording, new and gone tasks,
// acknowledgements, deletes, retention, migration, damaged and unwritable files, two writers, and
// the worker-thread service.
#include "app/history/historyschema.h"
#include "app/history/historyservice.h"
#include "app/history/historystore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace sdrs;
using namespace sdrs::history;

namespace {

const QString key = QStringLiteral("sdrs.example/p1");
const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);

FailureJob job(const QString &id, const QString &group = {})
{
    FailureJob j;
    j.jobId = id;
    j.jobStatus = QStringLiteral("FAIL");
    j.resourceId = QStringLiteral("res-") + id;
    j.resourceName = QStringLiteral("vm ") + id;
    j.resourceType = QStringLiteral("protected_instances");
    j.failureStatus = QStringLiteral("createFail");
    j.jobType = QStringLiteral("createProtectedInstance");
    j.beginTimeText = QStringLiteral("2026-10-30T12:00:00.000Z");
    j.beginTime = QDateTime(QDate(2026, 10, 30), QTime(12, 0), Qt::UTC);
    j.errorCode = QStringLiteral("SDRS.1001");
    j.failReason = QStringLiteral("reason of ") + id;
    j.serverGroupId = group;
    return j;
}

QList<FailureJob> jobs(const QStringList &ids, const QString &group = {})
{
    QList<FailureJob> list;
    for (const QString &id : ids)
        list.append(job(id, group));
    return list;
}

std::unique_ptr<HistoryStore> openStore(const QString &path, OpenReport *report = nullptr)
{
    Result<std::unique_ptr<HistoryStore>> opened = HistoryStore::open(path, report);
    if (!opened.ok())
        qWarning("%s", qPrintable(opened.error.message));
    return opened.ok() ? std::move(opened.value) : nullptr;
}

QHash<QString, HistoryEntry> byId(const QList<HistoryEntry> &entries)
{
    QHash<QString, HistoryEntry> map;
    for (const HistoryEntry &e : entries)
        map.insert(e.job.jobId, e);
    return map;
}

/// A history path whose folder cannot be made: its parent is a file.
QString unmakeablePath(const QTemporaryDir &dir)
{
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile f(blocker);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(blocker));
    return blocker + QStringLiteral("/sub/history.sqlite");
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }
    void connectionKeyIsHostAndProject();
    void recordsEveryField();
    void baselineThenNewAfterCompleteReading();
    void goneOnlyAfterCompleteReadings();
    void acknowledgementRoundTrip();
    void markDeleted();
    void retention();
    void migratesFromVersion1();
    void refusesNewerSchema();
    void corruptFileIsMovedAside();
    void unwritableFolder();
    void twoWritersLoseNothing();
    void serviceRecordsOnWorker();
    void serviceUnavailable();
    void serviceSkipsGoneContext();

private:
    QString path() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }
    QTemporaryDir m_dir;
};

void TestHistory::connectionKeyIsHostAndProject()
{
    Connection c;
    c.endpoint = QUrl(QStringLiteral("https://SDRS.eu-de.example:443/v1/abc"));
    c.projectId = QStringLiteral("abc");
    QCOMPARE(connectionKey(c), QStringLiteral("sdrs.eu-de.example/abc"));
}

void TestHistory::recordsEveryField()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(store);
    const FailureJob a = job(QStringLiteral("a"), QStringLiteral("g1"));
    Result<RecordOutcome> r = store->record(key, {a}, {}, t0);
    QVERIFY(r.ok());
    QVERIFY(r.value.baseline);
    QVERIFY(r.value.newJobIds.isEmpty());
    QCOMPARE(r.value.annotations.value(QStringLiteral("a")).firstSeen, t0);
    Result<QList<HistoryEntry>> entries = store->entries(key);
    QVERIFY(entries.ok());
    QCOMPARE(entries.value.size(), 1);
    QCOMPARE(entries.value.first().job, a);
    QCOMPARE(entries.value.first().annotation.firstSeen, t0);
    QCOMPARE(entries.value.first().annotation.lastSeen, t0);
    QVERIFY(!entries.value.first().annotation.isGone());
    // Another connection's records are apart.
    QVERIFY(store->entries(QStringLiteral("other/p2")).value.isEmpty());
    QVERIFY(!store->record(QStringLiteral("other/p2"), {a}, {}, t0).value.newJobIds.size());
    // A later reading keeps first_seen and moves last_seen.
    QVERIFY(store->record(key, {a}, {}, t0.addSecs(60)).ok());
    const HistoryEntry e = store->entries(key).value.first();
    QCOMPARE(e.annotation.firstSeen, t0);
    QCOMPARE(e.annotation.lastSeen, t0.addSecs(60));
}

void TestHistory::baselineThenNewAfterCompleteReading()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(store);
    QVERIFY(store->record(key, jobs({QStringLiteral("a"), QStringLiteral("b")}), {QString()}, t0)
                .value.baseline);
    // A task of a scope read completely before is new; one of a scope never read completely
    // (g9) is not: nothing was known of it.
    QList<FailureJob> rows = jobs({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    rows.append(job(QStringLiteral("z"), QStringLiteral("g9")));
    Result<RecordOutcome> r = store->record(key, rows, {}, t0.addSecs(60));
    QVERIFY(r.ok());
    QVERIFY(!r.value.baseline);
    QCOMPARE(r.value.newJobIds, QStringList{QStringLiteral("c")});
    QVERIFY(r.value.annotations.value(QStringLiteral("c")).unseen);
    QVERIFY(!r.value.annotations.value(QStringLiteral("z")).unseen);
    QVERIFY(!r.value.annotations.value(QStringLiteral("a")).unseen);
    // Still unseen on the next reading, until marked seen.
    r = store->record(key, rows, {QString()}, t0.addSecs(120));
    QVERIFY(r.value.newJobIds.isEmpty());
    QVERIFY(r.value.annotations.value(QStringLiteral("c")).unseen);
    QVERIFY(store->markSeen(key, {QStringLiteral("c")}).ok());
    QVERIFY(
        !store->annotations(key, {QStringLiteral("c")}).value.value(QStringLiteral("c")).unseen);
}

void TestHistory::goneOnlyAfterCompleteReadings()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(store);
    QList<FailureJob> rows = jobs({QStringLiteral("a"), QStringLiteral("b")});
    rows.append(job(QStringLiteral("g"), QStringLiteral("g1")));
    QVERIFY(store->record(key, rows, {QString(), QStringLiteral("g1")}, t0).ok());
    // A partial (or filtered) reading without b and g: nothing goes.
    Result<RecordOutcome> r = store->record(key, jobs({QStringLiteral("a")}), {}, t0.addSecs(10));
    QCOMPARE(r.value.goneCount, 0);
    // A complete reading of g1 only: b, at the group level, stays.
    r = store->record(key, {}, {QStringLiteral("g1")}, t0.addSecs(20));
    QCOMPARE(r.value.goneCount, 1);
    auto entries = byId(store->entries(key).value);
    QCOMPARE(entries.value(QStringLiteral("g")).annotation.goneAt, t0.addSecs(20));
    QVERIFY(!entries.value(QStringLiteral("b")).annotation.isGone());
    // A complete reading of the group level without b.
    r = store->record(key, jobs({QStringLiteral("a")}), {QString()}, t0.addSecs(30));
    QCOMPARE(r.value.goneCount, 1);
    entries = byId(store->entries(key).value);
    QCOMPARE(entries.value(QStringLiteral("b")).annotation.goneAt, t0.addSecs(30));
    QVERIFY(!entries.value(QStringLiteral("a")).annotation.isGone());
    // Gone since: a filter on when they went.
    QCOMPARE(store->entries(key, t0.addSecs(25)).value.size(), 2); // a and b
    // b comes back: not gone, and not new.
    r = store->record(key, jobs({QStringLiteral("a"), QStringLiteral("b")}), {QString()},
                      t0.addSecs(40));
    QCOMPARE(r.value.goneCount, 0);
    QVERIFY(r.value.newJobIds.isEmpty());
    QVERIFY(!r.value.annotations.value(QStringLiteral("b")).isGone());
    QVERIFY(!byId(store->entries(key).value).value(QStringLiteral("b")).annotation.isGone());
}

void TestHistory::acknowledgementRoundTrip()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("h.sqlite"));
    {
        auto store = openStore(file);
        QVERIFY(store);
        QVERIFY(store->record(key, jobs({QStringLiteral("a"), QStringLiteral("b")}), {}, t0).ok());
        QVERIFY(store->acknowledge(key, {QStringLiteral("a")}, QStringLiteral("INC-42"), t0).ok());
    }
    auto store = openStore(file); // survives a restart
    QVERIFY(store);
    HistoryAnnotations found = store
                                   ->annotations(key, {QStringLiteral("a"), QStringLiteral("b"),
                                                       QStringLiteral("unknown")})
                                   .value;
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.value(QStringLiteral("a")).acknowledgedAt, t0);
    QCOMPARE(found.value(QStringLiteral("a")).note, QStringLiteral("INC-42"));
    QVERIFY(!found.value(QStringLiteral("b")).isAcknowledged());
    // A new reading keeps the acknowledgement and reports it.
    Result<RecordOutcome> r = store->record(key, jobs({QStringLiteral("a")}), {}, t0.addSecs(5));
    QCOMPARE(r.value.annotations.value(QStringLiteral("a")).note, QStringLiteral("INC-42"));
    QVERIFY(store->unacknowledge(key, {QStringLiteral("a")}).ok());
    found = store->annotations(key, {QStringLiteral("a")}).value;
    QVERIFY(!found.value(QStringLiteral("a")).isAcknowledged());
    QVERIFY(found.value(QStringLiteral("a")).note.isEmpty());
}

void TestHistory::markDeleted()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(store);
    QVERIFY(store->record(key, jobs({QStringLiteral("a"), QStringLiteral("b")}), {}, t0).ok());
    QVERIFY(store->markDeleted(key, {QStringLiteral("a")}, t0.addSecs(9)).ok());
    const auto entries = byId(store->entries(key).value);
    QCOMPARE(entries.value(QStringLiteral("a")).annotation.deletedAt, t0.addSecs(9));
    QCOMPARE(entries.value(QStringLiteral("a")).annotation.goneAt, t0.addSecs(9));
    QVERIFY(!entries.value(QStringLiteral("b")).annotation.deletedHere());
    // The command line's delete: by resource and by scope; gone tasks stay as they were.
    QVERIFY(store->record(key, {job(QStringLiteral("g"), QStringLiteral("g1"))}, {}, t0).ok());
    QCOMPARE(store
                 ->markResourcesDeleted(key, {QStringLiteral("res-a"), QStringLiteral("res-b")},
                                        t0.addSecs(20))
                 .value,
             1);
    QCOMPARE(store->markScopesDeleted(key, {QStringLiteral("g1")}, t0.addSecs(30)).value, 1);
    const auto after = byId(store->entries(key).value);
    QCOMPARE(after.value(QStringLiteral("a")).annotation.deletedAt, t0.addSecs(9));
    QCOMPARE(after.value(QStringLiteral("b")).annotation.deletedAt, t0.addSecs(20));
    QCOMPARE(after.value(QStringLiteral("g")).annotation.deletedAt, t0.addSecs(30));
}

void TestHistory::retention()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(store);
    QVERIFY(store
                ->record(
                    key,
                    jobs({QStringLiteral("old"), QStringLiteral("recent"), QStringLiteral("here")}),
                    {QString()}, t0)
                .ok());
    QVERIFY(store
                ->record(key, jobs({QStringLiteral("recent"), QStringLiteral("here")}), {QString()},
                         t0.addDays(1))
                .ok());
    QVERIFY(store->record(key, jobs({QStringLiteral("here")}), {QString()}, t0.addDays(20)).ok());
    Result<int> pruned = store->prune(10, t0.addDays(25)); // "old" went 24 days before
    QVERIFY(pruned.ok());
    QCOMPARE(pruned.value, 1);
    const auto entries = byId(store->entries(key).value);
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.contains(QStringLiteral("recent")));
    QCOMPARE(store->prune(0, t0.addDays(1000)).value, 0); // 0: keep everything
    QCOMPARE(HistoryStore::retentionDaysSetting(), 180);
}

void TestHistory::migratesFromVersion1()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("v1.sqlite"));
    const QDateTime goneAt = QDateTime::currentDateTimeUtc().addDays(-1);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : schema::version1())
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        // Gone a day ago: within the retention, which opening applies.
        QVERIFY(q.exec(
            QStringLiteral(
                "INSERT INTO tasks (connection, job_id, server_group_id, job_status, error_code, "
                "begin_time, first_seen, last_seen, gone_at) VALUES ('sdrs.example/p1', 'old', '', "
                "'FAIL', 'SDRS.1', '2026-10-01T00:00:00.000Z', 1000, 2000, %1)")
                .arg(goneAt.toMSecsSinceEpoch())));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO tasks (connection, job_id, first_seen, last_seen) VALUES "
                           "('sdrs.example/p1', 'kept', 1000, 2000)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    auto store = openStore(file);
    QVERIFY(store);
    auto entries = byId(store->entries(key).value);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.value(QStringLiteral("old")).job.errorCode, QStringLiteral("SDRS.1"));
    QCOMPARE(entries.value(QStringLiteral("old")).annotation.goneAt.toMSecsSinceEpoch(),
             goneAt.toMSecsSinceEpoch());
    QVERIFY(!entries.value(QStringLiteral("old")).annotation.isAcknowledged());
    QVERIFY(store->acknowledge(key, {QStringLiteral("kept")}, QStringLiteral("n"), t0).ok());
    // The group level was known to version 1, so a task there is new.
    Result<RecordOutcome> r =
        store->record(key, jobs({QStringLiteral("kept"), QStringLiteral("x")}), {QString()}, t0);
    QCOMPARE(r.value.newJobIds, QStringList{QStringLiteral("x")});
    QCOMPARE(r.value.annotations.value(QStringLiteral("kept")).note, QStringLiteral("n"));
    store.reset();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), HistoryStore::SchemaVersion);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestHistory::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("new.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("new"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (x)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("new"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    OpenReport report;
    Result<std::unique_ptr<HistoryStore>> opened = HistoryStore::open(file, &report);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error.message.contains(QStringLiteral("newer")),
             qPrintable(opened.error.message));
    QVERIFY(report.movedAsideTo.isEmpty());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestHistory::corruptFileIsMovedAside()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("history.sqlite"));
    const QByteArray garbage = QByteArray(4096, 'x');
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    OpenReport report;
    auto store = openStore(file, &report);
    QVERIFY(store);
    const QString moved = report.movedAsideTo;
    QVERIFY(!moved.isEmpty());
    QVERIFY2(QFileInfo(moved).fileName().contains(
                 QRegularExpression(QStringLiteral("^history-corrupt-\\d{8}-\\d{6}\\.sqlite$"))),
             qPrintable(moved));
    QFile f(moved);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);
    // The new file works.
    QVERIFY(store->record(key, jobs({QStringLiteral("a")}), {}, t0).ok());
    QCOMPARE(store->entries(key).value.size(), 1);
}

void TestHistory::unwritableFolder()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<HistoryStore>> opened = HistoryStore::open(unmakeablePath(dir));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error.kind, ApiError::Kind::Io);
    QVERIFY(!opened.error.message.isEmpty());
    if (geteuid() == 0)
        QSKIP("root writes into read-only folders: the permission case needs another user");
    const QString folder = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    opened = HistoryStore::open(folder + QStringLiteral("/history.sqlite"));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error.message.contains(QStringLiteral("history")));
}

void TestHistory::twoWritersLoseNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shared.sqlite"));
    QVERIFY(openStore(file)); // created once
    constexpr int Rounds = 40;
    auto writer = [&file](const QString &prefix) {
        auto store = openStore(file);
        if (!store)
            return false;
        for (int i = 0; i < Rounds; ++i) {
            const QString id = prefix + QString::number(i);
            const Result<RecordOutcome> recorded =
                store->record(key, jobs({id}), {}, t0.addSecs(i));
            const Result<NoContent> acked = store->acknowledge(key, {id}, prefix, t0);
            if (!recorded.ok() || !acked.ok()) {
                qWarning("%s %s", qPrintable(recorded.error.message),
                         qPrintable(acked.error.message));
                return false;
            }
        }
        return true;
    };
    bool firstOk = false;
    std::unique_ptr<QThread> other(QThread::create([&] { firstOk = writer(QStringLiteral("x")); }));
    other->start();
    const bool secondOk = writer(QStringLiteral("y"));
    QVERIFY(other->wait(60000));
    QVERIFY(firstOk);
    QVERIFY(secondOk);
    auto store = openStore(file);
    const auto entries = byId(store->entries(key).value);
    QCOMPARE(entries.size(), 2 * Rounds);
    for (int i = 0; i < Rounds; ++i) {
        QCOMPARE(entries.value(QStringLiteral("x") + QString::number(i)).annotation.note,
                 QStringLiteral("x"));
        QCOMPARE(entries.value(QStringLiteral("y") + QString::number(i)).annotation.note,
                 QStringLiteral("y"));
    }
}

void TestHistory::serviceRecordsOnWorker()
{
    QTemporaryDir dir;
    HistoryService service(dir.filePath(QStringLiteral("h.sqlite")));
    QSignalSpy opened(&service, &HistoryService::opened);
    QVERIFY(opened.wait());
    QVERIFY(opened.first().first().toString().isEmpty());
    QVERIFY(service.isAvailable());
    QObject context;
    std::optional<Result<RecordOutcome>> outcome;
    Qt::HANDLE calledOn = nullptr;
    service.record(key, jobs({QStringLiteral("a")}), {QString()}, &context,
                   [&](Result<RecordOutcome> r) {
                       outcome = r;
                       calledOn = QThread::currentThreadId();
                   });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(outcome->ok());
    QVERIFY(outcome->value.baseline);
    QCOMPARE(calledOn, QThread::currentThreadId());
    std::optional<Result<NoContent>> acked;
    service.acknowledge(key, {QStringLiteral("a")}, QStringLiteral("note"), &context,
                        [&](Result<NoContent> r) { acked = r; });
    service.markSeen(key, {QStringLiteral("a")});
    service.markDeleted(key, {QStringLiteral("a")});
    std::optional<Result<QList<HistoryEntry>>> entries;
    service.entries(key, {}, &context, [&](Result<QList<HistoryEntry>> r) { entries = r; });
    QTRY_VERIFY(entries.has_value());
    QVERIFY(acked.has_value() && acked->ok()); // in the order made
    QCOMPARE(entries->value.size(), 1);
    QCOMPARE(entries->value.first().annotation.note, QStringLiteral("note"));
    QVERIFY(entries->value.first().annotation.deletedHere());
}

void TestHistory::serviceUnavailable()
{
    QTemporaryDir dir;
    HistoryService service(unmakeablePath(dir));
    QSignalSpy unavailable(&service, &HistoryService::unavailable);
    QVERIFY(unavailable.wait());
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!unavailable.first().first().toString().isEmpty());
    QVERIFY(!service.isAvailable());
    QObject context;
    std::optional<Result<RecordOutcome>> outcome;
    service.record(key, jobs({QStringLiteral("a")}), {}, &context,
                   [&](Result<RecordOutcome> r) { outcome = r; });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error.message, unavailable.first().first().toString());
    QCOMPARE(unavailable.size(), 1);
}

void TestHistory::serviceSkipsGoneContext()
{
    QTemporaryDir dir;
    HistoryService service(dir.filePath(QStringLiteral("h.sqlite")));
    bool called = false;
    auto context = std::make_unique<QObject>();
    service.record(key, jobs({QStringLiteral("a")}), {}, context.get(),
                   [&](Result<RecordOutcome>) { called = true; });
    context.reset();
    QObject other;
    bool later = false;
    service.markSeen(key, {QStringLiteral("a")});
    service.annotations(key, {QStringLiteral("a")}, &other, [&](Result<HistoryAnnotations> r) {
        later = r.ok() && r.value.size() == 1;
    });
    QTRY_VERIFY(later);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
