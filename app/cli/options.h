// The options of the commands as tables: each command lists its own, by name, help text, value
// and default; QCommandLineParser finds them by name (parser.isSet(QStringLiteral("format"))).
#pragma once

#include "models/result.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace sdrs::cli {

/// One option of a command. `help` is marked QT_TRANSLATE_NOOP("sdrs::cli", ...) and translated
/// when the option is added; an option without `valueName` is a flag.
struct OptionSpec
{
    OptionSpec(QStringList names, const char *help, QString valueName = {},
               QString defaultValue = {})
        : names(std::move(names))
        , help(help)
        , valueName(std::move(valueName))
        , defaultValue(std::move(defaultValue))
    {}

    QStringList names;
    const char *help;
    QString valueName;
    QString defaultValue;
};

/// The positional arguments of a command as --help names them (see
/// QCommandLineParser::addPositionalArgument); without a name, the command takes none.
struct PositionalSpec
{
    QString name;
    QString description;
    QString syntax;
};

/// -o/--output FILE and --format (csv, the default, json or table): the options of the commands
/// that write rows.
const QList<OptionSpec> &rowOutputOptions();

/// Adds each of `specs` to `parser`, its help text in the chosen language.
void addOptions(QCommandLineParser &parser, const QList<OptionSpec> &specs);

/// The option `name` as a whole number from `min` to `max`, else the usage error.
Result<qint64> numberOption(const QCommandLineParser &parser, const QString &name, qint64 min,
                            qint64 max);

/// The value of the option `name`; nullopt when it was not given.
std::optional<QString> optionalValue(const QCommandLineParser &parser, const QString &name);

} // namespace sdrs::cli
