// Inside the client library only: one logical HTTP request with its timeout, retries, re-login and
// the checks of what comes back. SdrsClient builds them; nothing outside app/api includes this.
#pragma once

#include "app/api/redactor.h"
#include "app/api/sdrsclient.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace sdrs {

/// What came back for one logical request, after retries and re-login.
struct RawReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    ApiError error; ///< set for anything but a 2xx answer
    QString endpoint;

    QByteArray header(QByteArrayView name) const;
};

struct SdrsClient::Spec
{
    enum class Target { Sdrs, Iam };
    QByteArray method;
    Target target = Target::Sdrs;
    QString path; ///< below the service base (or the IAM URL), starting with '/'; percent-encoded
    QUrlQuery query;
    QByteArray body;
    bool retryable = false; ///< GETs only: a DELETE is never repeated by itself
    bool needsAuth = true;
    bool carriesSecret = false; ///< the body holds a credential (the IAM login's password)
    ApiError refusal;           ///< set: the request is not sent, the call fails with this error
    /// Set: a successful answer is handed to this function on a worker thread (decoding a page
    /// of 1000 rows takes milliseconds, and several answers arriving at once would add up on the
    /// GUI thread); what it returns is then run on the call's thread to deliver the result.
    std::function<std::function<void()>(const RawReply &)> decodeOffThread;
};

namespace detail {

ApiError makeError(ApiError::Kind kind, const QString &message, const QString &endpoint);
/// A decode error for a 2xx answer whose body is not what the API promises.
ApiError decodeError(const RawReply &raw, const QString &why);

} // namespace detail

/// One logical request: sends it (after the sign-in, when it needs one), bounds its wait and its
/// answer's size, retries what may be retried within a total budget, signs in again once after a
/// 401, and reads the answer's error. Finishes once, through `done`.
class HttpCall final : public ApiCall
{
public:
    HttpCall(SdrsClient *client, SdrsClient::Spec spec, std::function<void(const RawReply &)> done);
    ~HttpCall() override;

    void start();

protected:
    void abortWork() override;
    void deliverCancelled() override;

private:
    static constexpr qint64 ReadAheadBytes = 1 << 20;

    /// Why an answer was stopped while it arrived.
    enum class Stop { None, Timeout, TooLarge, BadLength, Certificate };

    void dropReply();
    QUrl targetUrl(ApiError *error) const;
    void send();
    void onTimeout();
    void onMetaData();
    void onReadyRead();
    void onEncrypted();
    void stopReply(Stop why, const QString &detail = {});
    bool attemptsLeft() const;
    int backoffMs() const;
    /// Retries after `delayMs` when the total budget allows it; false when it does not.
    bool retryLater(qint64 delayMs, const QString &why);
    void onFinished();
    /// The answer `reply` brought, read to its end.
    RawReply takeReply(QNetworkReply *reply);
    /// Handles an answer that came whole with a status; false when it must be handed over.
    bool retryOrRelogin(const RawReply &r);
    /// The error of a 2xx answer whose body could not be received whole.
    ApiError bodyError(const RawReply &r, QNetworkReply *reply) const;
    /// The error of a non-2xx answer, its server texts cleaned of secrets.
    ApiError httpError(const RawReply &r, QNetworkReply *reply) const;
    /// The error an answer stopped by stopReply() ends with.
    ApiError stoppedError(const RawReply &r) const;
    void complete(const RawReply &r);
    void decodeOffThread(const RawReply &r);

    SdrsClient *m_client;
    SdrsClient::Spec m_spec;
    std::function<void(const RawReply &)> m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceFirstAttempt;
    QString m_endpoint;
    QString m_tokenUsed;
    Redactor m_redactor;
    QByteArray m_body; ///< the answer so far, read as it arrives
    Stop m_stop = Stop::None;
    QString m_stopDetail;
    int m_attempt = 0;
    bool m_reloggedIn = false;
};

} // namespace sdrs
