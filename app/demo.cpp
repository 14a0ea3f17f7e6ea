#include "app/demo.h"

namespace sdrs {

Result<Demo> Demo::start()
{
    // A failed task begins (and an old one goes) every two minutes, so that auto-refresh, new
    // rows and gone rows have something to show.
    emulator::Options options;
    options.churnSeconds = DemoChurnSeconds;
    Result<std::unique_ptr<emulator::EmulatorThread>> server =
        emulator::EmulatorThread::start(emulator::Dataset::generate(1, 40, 5000), options);
    if (!server.ok())
        return Result<Demo>::failure(server.error);
    Demo demo;
    demo.server = std::move(server.value);
    demo.connection.endpoint = demo.server->baseUrl();
    demo.connection.projectId = demo.server->projectId();
    demo.connection.token = QStringLiteral("demo");
    demo.historyDir = std::make_unique<QTemporaryDir>();
    return Result<Demo>::success(std::move(demo));
}

QString Demo::historyPath() const
{
    return historyDir && historyDir->isValid()
               ? historyDir->filePath(QStringLiteral("history.sqlite"))
               : QString();
}

} // namespace sdrs
