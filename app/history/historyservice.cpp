#include "app/history/historyservice.h"

namespace sdrs::history {

HistoryService::HistoryService(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("sdrs-history"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    open();
}

HistoryService::~HistoryService()
{
    // Queued after every call made: they finish, then the store closes on its own thread.
    post([this] {
        m_store.reset();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
    delete m_worker;
}

void HistoryService::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void HistoryService::open()
{
    post([this] {
        OpenReport report;
        Result<std::unique_ptr<HistoryStore>> store = HistoryStore::open(m_path, &report);
        const bool ok = store.ok();
        if (ok)
            m_store = std::move(store.value);
        else
            m_openError = store.error;
        const QString text = ok ? report.movedAsideTo : store.error.message;
        QMetaObject::invokeMethod(
            this,
            [this, ok, text] {
                if (ok) {
                    Q_EMIT opened(text);
                    return;
                }
                m_available = false;
                Q_EMIT unavailable(text);
            },
            Qt::QueuedConnection);
    });
}

template<class T>
void HistoryService::call(QObject *context, std::function<Result<T>(HistoryStore &)> work,
                          std::function<void(Result<T>)> done)
{
    QPointer<QObject> guard(context);
    post([this, guard, work = std::move(work), done = std::move(done)]() mutable {
        Result<T> result = m_store ? work(*m_store) : Result<T>::failure(m_openError);
        if (!done)
            return;
        QMetaObject::invokeMethod(
            this,
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

void HistoryService::record(const QString &key, QList<FailureJob> rows, QStringList completeScopes,
                            QObject *context, std::function<void(Result<RecordOutcome>)> done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    call<RecordOutcome>(
        context,
        [key, rows = std::move(rows), completeScopes = std::move(completeScopes),
         now](HistoryStore &store) { return store.record(key, rows, completeScopes, now); },
        std::move(done));
}

void HistoryService::markDeleted(const QString &key, QStringList jobIds)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    call<NoContent>(this,
                    [key, jobIds = std::move(jobIds), now](HistoryStore &store) {
                        return store.markDeleted(key, jobIds, now);
                    },
                    {});
}

void HistoryService::acknowledge(const QString &key, QStringList jobIds, QString note,
                                 QObject *context, std::function<void(Result<NoContent>)> done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    call<NoContent>(
        context,
        [key, jobIds = std::move(jobIds), note = std::move(note), now](HistoryStore &store) {
            return store.acknowledge(key, jobIds, note, now);
        },
        std::move(done));
}

void HistoryService::unacknowledge(const QString &key, QStringList jobIds, QObject *context,
                                   std::function<void(Result<NoContent>)> done)
{
    call<NoContent>(
        context,
        [key, jobIds = std::move(jobIds)](HistoryStore &store) {
            return store.unacknowledge(key, jobIds);
        },
        std::move(done));
}

void HistoryService::markSeen(const QString &key, QStringList jobIds)
{
    call<NoContent>(this,
                    [key, jobIds = std::move(jobIds)](HistoryStore &store) {
                        return store.markSeen(key, jobIds);
                    },
                    {});
}

void HistoryService::annotations(const QString &key, QStringList jobIds, QObject *context,
                                 std::function<void(Result<HistoryAnnotations>)> done)
{
    call<HistoryAnnotations>(
        context,
        [key, jobIds = std::move(jobIds)](HistoryStore &store) {
            return store.annotations(key, jobIds);
        },
        std::move(done));
}

void HistoryService::entries(const QString &key, QDateTime goneSince, QObject *context,
                             std::function<void(Result<QList<HistoryEntry>>)> done)
{
    call<QList<HistoryEntry>>(
        context, [key, goneSince](HistoryStore &store) { return store.entries(key, goneSince); },
        std::move(done));
}

} // namespace sdrs::history
