#pragma once

#include "app/history/historystore.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace sdrs::history {

/// The window's asynchronous face of the store, on the GUI thread: the store lives on a worker
/// thread (QThread) of its own; every call returns at once and calls back on the service's
/// thread (the GUI thread; `context` must live there too), never after `context` or the service
/// is gone. Calls run in the order made; writes run in transactions on the worker. Opening
/// failure (locked, read-only, disk full, corrupt beyond repair, a newer schema) leaves
/// isAvailable() false and emits unavailable(sentence) once; every call then answers with that
/// error. Destroying the service finishes the calls already made, then closes the file.
class HistoryService final : public QObject
{
    Q_OBJECT

public:
    /// Opens `path` on the worker (HistoryStore::defaultPath() for the user's history; the demo
    /// passes a temporary one).
    explicit HistoryService(const QString &path, QObject *parent = nullptr);
    ~HistoryService() override;
    Q_DISABLE_COPY_MOVE(HistoryService)

    /// False once opening failed; true while opening and after.
    bool isAvailable() const { return m_available; }
    QString path() const { return m_path; }

    /// HistoryStore::record at the current time.
    void record(const QString &key, QList<FailureJob> rows, QStringList completeScopes,
                QObject *context, std::function<void(Result<RecordOutcome>)> done);
    void markDeleted(const QString &key, QStringList jobIds);
    void acknowledge(const QString &key, QStringList jobIds, QString note, QObject *context,
                     std::function<void(Result<NoContent>)> done);
    void unacknowledge(const QString &key, QStringList jobIds, QObject *context,
                       std::function<void(Result<NoContent>)> done);
    void markSeen(const QString &key, QStringList jobIds);
    void annotations(const QString &key, QStringList jobIds, QObject *context,
                     std::function<void(Result<HistoryAnnotations>)> done);
    void entries(const QString &key, QDateTime goneSince, QObject *context,
                 std::function<void(Result<QList<HistoryEntry>>)> done);

Q_SIGNALS:
    void opened(QString movedAsideTo);  ///< empty when nothing was moved aside
    void unavailable(QString sentence); ///< one plain sentence for the message bar

private:
    /// Runs `work` on the worker with the store and hands its result to `done` on this thread,
    /// if `context` still exists; without a store, `done` gets the opening error.
    template<class T>
    void call(QObject *context, std::function<Result<T>(HistoryStore &)> work,
              std::function<void(Result<T>)> done);
    void post(std::function<void()> work);
    void open();

    QString m_path;
    bool m_available = true; ///< GUI thread
    QThread m_thread;
    QObject *m_worker = nullptr; ///< lives on m_thread; owned here
    // Touched on the worker thread only:
    std::unique_ptr<HistoryStore> m_store;
    ApiError m_openError;
};

} // namespace sdrs::history
