#include "app/demo.h"

namespace sdrs {

Demo Demo::start(QString *error)
{
    Demo demo;
    demo.server =
        emulator::EmulatorThread::start(emulator::Dataset::generate(1, 40, 5000), {}, error);
    if (!demo.server)
        return demo;
    demo.connection.endpoint = demo.server->baseUrl();
    demo.connection.projectId = demo.server->projectId();
    demo.connection.token = QStringLiteral("demo");
    return demo;
}

} // namespace sdrs
