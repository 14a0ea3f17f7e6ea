// The command line for scripts: export, summary, check, groups, job, delete. No window, no
// display. The commands live in app/cli/*command.cpp, what they share in clisupport.* and
// scopereading.*.
#include "app/cli/cli.h"

#include "app/cli/clisupport.h"
#include "app/cli/commands.h"

namespace sdrs::cli {

bool isCommand(const QStringList &arguments)
{
    static const QStringList commands{QStringLiteral("export"), QStringLiteral("summary"),
                                      QStringLiteral("check"),  QStringLiteral("groups"),
                                      QStringLiteral("job"),    QStringLiteral("delete"),
                                      QStringLiteral("history")};
    return arguments.size() > 1 && commands.contains(arguments.at(1));
}

int run(const QStringList &arguments)
{
    if (!isCommand(arguments))
        return usageError(
            Text::tr("unknown command (commands: export, summary, check, groups, job, delete, "
                     "history)"));
    g_signal = 0;
    Runner runner;
    const QString command = arguments.at(1);
    if (command == QStringLiteral("export"))
        return runExport(runner, arguments);
    if (command == QStringLiteral("summary"))
        return runSummary(runner, arguments);
    if (command == QStringLiteral("check"))
        return runCheck(runner, arguments);
    if (command == QStringLiteral("groups"))
        return runGroups(runner, arguments);
    if (command == QStringLiteral("job"))
        return runJob(runner, arguments);
    if (command == QStringLiteral("history"))
        return runHistory(runner, arguments);
    return runDelete(runner, arguments);
}

} // namespace sdrs::cli
