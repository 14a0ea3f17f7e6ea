#include "cli.h"

namespace sdrs::cli {

bool isCommand(const QStringList &arguments)
{
    static const QStringList commands{QStringLiteral("export"), QStringLiteral("groups"),
                                      QStringLiteral("job"), QStringLiteral("delete")};
    return arguments.size() > 1 && commands.contains(arguments.at(1));
}

int run(const QStringList &)
{
    return Failure; // implementation in progress
}

} // namespace sdrs::cli
