#pragma once

#include "emulator/emulator.h"
#include "models/connection.h"
#include "models/result.h"

#include <QTemporaryDir>

#include <memory>

namespace sdrs {

/// The built-in demo: an emulator in a thread of its own on 127.0.0.1 serving a generated data
/// set (40 protection groups, 5,000 failed tasks), and the connection that reaches it. The data
/// churns slowly: every DemoChurnSeconds a failed task begins and the oldest goes.
struct Demo
{
    static constexpr int DemoChurnSeconds = 120;

    std::unique_ptr<emulator::EmulatorThread> server;
    Connection connection;
    /// The demo's own history, in a temporary folder removed at exit: never the user's.
    std::unique_ptr<QTemporaryDir> historyDir;

    /// The file of the demo's history (for history::HistoryService).
    QString historyPath() const;

    /// Starts the demo server, or says why it could not.
    static Result<Demo> start();
};

} // namespace sdrs
