// libFuzzer target: every parser that reads bytes from the network. None may crash, hang or
// trip a sanitizer, and what decodes must survive toJson() and decode again unchanged.
// Build and run: see README ("Fuzzing").
#include "apitime.h"
#include "errorcatalog.h"
#include "jsoncodec.h"
#include "signer.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace sdrs;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const json::Decoded<FailureJobPage> page = json::decodeFailureJobPage(bytes);
    check(page.ok() != !page.error.isEmpty());
    if (page.ok()) {
        for (const FailureJob &job : page.value->jobs) {
            const FailureJob again = json::failureJobFromJson(
                QJsonDocument::fromJson(compact(json::toJson(job))).object());
            check(again == job);
        }
    }

    const json::Decoded<ProtectionGroupPage> groups = json::decodeProtectionGroupPage(bytes);
    check(groups.ok() != !groups.error.isEmpty());

    const json::Decoded<Job> job = json::decodeJob(bytes);
    if (job.ok()) {
        const json::Decoded<Job> again = json::decodeJob(compact(json::toJson(*job.value)));
        check(again.ok() && *again.value == *job.value);
    }

    const json::ErrorBody error = json::decodeErrorBody(bytes);
    check(error.recognised || error.message.size() <= 201);

    const QString text = QString::fromUtf8(bytes);
    const QDateTime time = parseApiTime(text);
    if (time.isValid())
        check(parseApiTime(formatIsoTime(time)) == time);

    (void)signing::parseAuthorization(bytes);
    (void)signing::parseSdkDate(bytes);
    (void)ErrorCatalog::fromTsv(bytes);
    (void)signing::canonicalQuery(QUrl(text));
    return 0;
}
