// The options of the commands as tables (see options.h).
#include "app/cli/options.h"

#include "app/cli/clisupport.h"

namespace sdrs::cli {

const QList<OptionSpec> &rowOutputOptions()
{
    static const QList<OptionSpec> options{
        {{QStringLiteral("o"), QStringLiteral("output")},
         QT_TRANSLATE_NOOP("sdrs::cli",
                           "Write to FILE instead of standard output (\"-\": standard output)."),
         QStringLiteral("FILE")},
        {{QStringLiteral("format")},
         QT_TRANSLATE_NOOP("sdrs::cli", "csv (the default), json or table."),
         QStringLiteral("FORMAT"),
         QStringLiteral("csv")},
    };
    return options;
}

void addOptions(QCommandLineParser &parser, const QList<OptionSpec> &specs)
{
    for (const OptionSpec &spec : specs)
        parser.addOption(
            QCommandLineOption(spec.names, Text::tr(spec.help), spec.valueName, spec.defaultValue));
}

Result<qint64> numberOption(const QCommandLineParser &parser, const QString &name, qint64 min,
                            qint64 max)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return usage<qint64>(Text::tr("--%1 must be a whole number from %2 to %3, not \"%4\"")
                                 .arg(name)
                                 .arg(min)
                                 .arg(max)
                                 .arg(parser.value(name)));
    return Result<qint64>::success(value);
}

std::optional<QString> optionalValue(const QCommandLineParser &parser, const QString &name)
{
    return parser.isSet(name) ? std::optional<QString>(parser.value(name)) : std::nullopt;
}

} // namespace sdrs::cli
