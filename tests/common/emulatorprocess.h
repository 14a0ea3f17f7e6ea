// An sdrs-emulator process for the command-line tests (tst_cli, tst_hostile_cli).
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace sdrs::testing {

/// An emulator process (SDRS_EMULATOR_BIN), stopped when this goes.
struct EmulatorProcess
{
    std::unique_ptr<QProcess> process;
    QString url; ///< the first line it printed: its base URL

    bool start(const QStringList &args,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->setStandardErrorFile(QProcess::nullDevice());
        process->start(QStringLiteral(SDRS_EMULATOR_BIN), args);
        if (!process->waitForStarted(20000))
            return false;
        while (!process->canReadLine()) {
            if (!process->waitForReadyRead(20000))
                return false;
        }
        url = QString::fromUtf8(process->readLine()).trimmed();
        return url.startsWith(QStringLiteral("http://127.0.0.1:")) ||
               url.startsWith(QStringLiteral("https://127.0.0.1:"));
    }
    /// Ends the process with SIGTERM (as a user would), or kills it when that does not work.
    void stop()
    {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(10000))
                process->kill();
            process->waitForFinished(10000);
        }
        process.reset();
    }
    ~EmulatorProcess() { stop(); }
};

} // namespace sdrs::testing
