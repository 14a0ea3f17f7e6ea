#pragma once

#include <QStringList>

namespace sdrs::cli {

/// The exit codes of the command line, as `--help` and the README list them.
enum ExitCode {
    Success = 0,
    Failure = 1,      ///< anything else (e.g. the demo server could not start)
    UsageError = 2,   ///< unknown option, missing argument, delete without --yes, ...
    AuthFailed = 3,   ///< sign-in refused, 401/403, a missing secret
    NetworkError = 4, ///< no connection, TLS, timeout
    ServiceError = 5, ///< the service answered with an error, or an answer that cannot be read
    OutputError = 6,  ///< the output file could not be written
};

/// True when `arguments` (the whole argv, program name first) name a command of the command
/// line (`export`, `summary`, `check`, `groups`, `job`, `delete`) rather than the window.
bool isCommand(const QStringList &arguments);

/// Runs a command of the command line: needs a QCoreApplication (no display) and returns its
/// exit code. Output goes to stdout or `-o FILE`; every failure prints one line on stderr.
int run(const QStringList &arguments);

} // namespace sdrs::cli
