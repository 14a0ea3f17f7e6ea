// The emulator's churn: failed tasks that begin while it runs, and old ones that go.
#include "emulator/emulator.h"
#include "emulator/requesthelpers.h"

#include "emulator/errorbodies.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace sdrs::emulator {

namespace {

/// The most rows one churn step (or one request for one) changes.
constexpr int MaxChurnCount = 10000;

QJsonArray jobIds(const QList<FailureJob> &rows)
{
    QJsonArray ids;
    for (const FailureJob &row : rows)
        ids.append(row.jobId);
    return ids;
}

} // namespace

std::optional<std::pair<int, int>> parseChurn(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    bool secondsOk = false;
    bool countOk = true;
    const int seconds = text.left(colon < 0 ? text.size() : colon).toInt(&secondsOk);
    const int count = colon < 0 ? 1 : text.mid(colon + 1).toInt(&countOk);
    if (!secondsOk || !countOk || seconds < 1 || seconds > 86400 || count < 1 ||
        count > MaxChurnCount)
        return std::nullopt;
    return std::pair{seconds, count};
}

ChurnStep Emulator::churn(int count)
{
    count = std::clamp(count, 0, MaxChurnCount);
    ChurnStep step;
    // The rows are listed newest first: the oldest are at the end.
    const qsizetype removing = std::min<qsizetype>(count, m_data.failures.size());
    step.removed = m_data.failures.mid(m_data.failures.size() - removing);
    m_data.failures.resize(m_data.failures.size() - removing);
    // Each step its own seed, from the emulator's: the same seed, the same steps.
    quint64 state = m_options.seed ^ (quint64(++m_churnSteps) << 32);
    step.added = Dataset::newFailures(splitmix(state), m_data.projectId, m_data.groups, count,
                                      QDateTime::currentDateTimeUtc());
    m_data.failures = step.added + m_data.failures;
    rebuildIndex();
    return step;
}

Emulator::Response Emulator::churnRequest(const QHttpServerRequest &request)
{
    if (!request.remoteAddress().isLoopback())
        return answer(httpError(403, QStringLiteral("Churn is asked for from this computer only")));
    bool bad = false;
    const std::optional<qint64> count = intParam(request.query(), QStringLiteral("count"), &bad);
    if (bad || (count && (*count < 0 || *count > MaxChurnCount)))
        return answer(httpError(
            400, QStringLiteral("count must be a whole number from 0 to %1").arg(MaxChurnCount)));
    const ChurnStep step = churn(int(count.value_or(1)));
    QJsonObject body;
    body.insert(QStringLiteral("added"), jobIds(step.added));
    body.insert(QStringLiteral("removed"), jobIds(step.removed));
    return Response{200, json(body), {}};
}

void Emulator::startChurnTimer()
{
    if (m_options.churnSeconds <= 0 || m_churnTimer)
        return;
    m_churnTimer = new QTimer(this);
    m_churnTimer->setObjectName(QStringLiteral("churnTimer"));
    m_churnTimer->setInterval(m_options.churnSeconds * 1000);
    connect(m_churnTimer, &QTimer::timeout, this, [this] { churn(m_options.churnCount); });
    m_churnTimer->start();
}

} // namespace sdrs::emulator
