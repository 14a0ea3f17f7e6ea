// A call in flight and the guards every call is built with: a callback that runs only while its
// context lives, and a start from the event loop.
#pragma once

#include "models/apierror.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace sdrs {

/// A call in flight. It finishes exactly once (its callback runs, then `finished()` is emitted) and
/// then deletes itself: hold it in a QPointer.
class ApiCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ~ApiCall() override;

    /// Stops the call; its callback then receives an error of kind Cancelled. No-op once finished.
    void cancel();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

protected:
    explicit ApiCall(QObject *parent);
    /// Stops whatever the call is waiting for (a reply, a timer, an inner call).
    virtual void abortWork() = 0;
    /// Delivers the cancellation to the callback.
    virtual void deliverCancelled() = 0;
    /// Marks the call finished, emits finished() and schedules deletion.
    void finish();
    /// Hands the result over by running `deliver` (which calls the callback), then finishes,
    /// unless the callback destroyed the call (e.g. by destroying the client). A cancel() from
    /// inside the callback is ignored: the result has been given.
    template<class F> void finishWith(F &&deliver)
    {
        if (m_finished || m_delivering)
            return;
        m_delivering = true;
        const QPointer<ApiCall> self(this);
        deliver();
        if (self)
            finish();
    }

    bool m_finished = false;
    bool m_delivering = false; ///< the callback is running: cancel() does nothing
};

/// Building blocks of calls, for the ApiCall subclasses of the client library.
namespace detail {

/// The error a cancelled call ends with (kind Cancelled, a translated message).
ApiError cancelledError(const QString &endpoint = {});

/// `done`, run only while `context` lives (always when there is none).
template<class R>
std::function<void(const R &)> guarded(QObject *context, std::function<void(const R &)> done)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    return [hasContext, guard, done = std::move(done)](const R &result) {
        if (!hasContext || guard)
            done(result);
    };
}

/// Ties `call` to `context`: the context's destruction cancels the call (unless the context is
/// the call's owner `client`). Then starts the call from the event loop, so that the caller holds
/// it before anything happens; `start` must do nothing once the call is finished.
template<class Call>
Call *launch(Call *call, QObject *context, QObject *client, void (Call::*start)())
{
    if (context && context != client)
        QObject::connect(context, &QObject::destroyed, call, &ApiCall::cancel);
    QTimer::singleShot(0, call, start);
    return call;
}

} // namespace detail

} // namespace sdrs
