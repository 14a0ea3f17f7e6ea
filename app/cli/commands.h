// The commands of the command line, one file each. Each takes argv (the command second) and
// returns the exit code.
#pragma once

#include <QStringList>

namespace sdrs::cli {

class Runner;

int runExport(Runner &runner, const QStringList &arguments);
int runGroups(Runner &runner, const QStringList &arguments);
int runJob(Runner &runner, const QStringList &arguments);
int runDelete(Runner &runner, const QStringList &arguments);

} // namespace sdrs::cli
