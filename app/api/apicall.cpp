#include "app/api/apicall.h"

namespace sdrs {

ApiCall::ApiCall(QObject *parent)
    : QObject(parent)
{}

ApiCall::~ApiCall() = default;

void ApiCall::cancel()
{
    // Also ignored while the result is being handed over: a callback that closes what started
    // the call (and so cancels it) must not get a second, cancelled result.
    if (m_finished || m_delivering)
        return;
    m_delivering = true;
    const QPointer<ApiCall> self(this);
    abortWork();
    deliverCancelled();
    if (self)
        finish();
}

void ApiCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

ApiError detail::cancelledError(const QString &endpoint)
{
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    //: The message of a request that was cancelled (by the user or by closing its window).
    e.message = ApiCall::tr("Cancelled.");
    e.endpoint = endpoint;
    return e;
}

} // namespace sdrs
