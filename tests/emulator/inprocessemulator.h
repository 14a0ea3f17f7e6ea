// An emulator in the test's own thread, on a free loopback port, and the URLs of its calls.
#pragma once

#include "emulator/emulator.h"

#include <QUrlQuery>

#include <memory>

namespace sdrs::testing {

/// Starts `data` on a free loopback port; a test that cannot listen stops there.
inline std::unique_ptr<emulator::Emulator> startInProcess(emulator::Dataset data,
                                                          emulator::Options options = {})
{
    auto e = std::make_unique<emulator::Emulator>(std::move(data), std::move(options));
    const Result<NoContent> listening = e->listen(QHostAddress::LocalHost, 0);
    if (!listening.ok())
        qFatal("%s", qPrintable(listening.error.message));
    return e;
}

/// The URL of `path` under the emulator's project (`/v1/{project_id}` + path).
inline QUrl projectUrl(const emulator::Emulator &e, const QString &path,
                       const QUrlQuery &query = {})
{
    QUrl u = e.baseUrl();
    u.setPath(QStringLiteral("/v1/") + e.projectId() + path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

} // namespace sdrs::testing
