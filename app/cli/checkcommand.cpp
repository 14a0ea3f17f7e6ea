// `sdrs-failures check`: a check for Icinga, Nagios, Zabbix and Checkmk, after the Monitoring
// Plugins guidelines: one status line with performance data, exit 0 OK, 1 WARNING, 2 CRITICAL,
// 3 UNKNOWN.
#include "app/api/sdrsclient.h"
#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/options.h"
#include "app/cli/scopereading.h"
#include "models/apitime.h"

#include <QCommandLineParser>

namespace sdrs::cli {

namespace {

/// The states of the Monitoring Plugins, which are the exit codes of check.
enum class State { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

QString stateName(State state)
{
    switch (state) {
    case State::Ok:
        return QStringLiteral("OK");
    case State::Warning:
        return QStringLiteral("WARNING");
    case State::Critical:
        return QStringLiteral("CRITICAL");
    case State::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

/// What check does, at the top of its --help.
const char *const checkDescription = QT_TRANSLATE_NOOP(
    "sdrs::cli",
    "A check for Icinga, Nagios, Zabbix and Checkmk (Monitoring Plugins conventions). Counts the "
    "failed tasks in scope (every page of every protection group and the group level unless "
    "--group) and prints one status line with performance data, e.g. \"SDRS FAILED TASKS "
    "WARNING - 3 failed tasks | failed=3;1;10;0\". The state is CRITICAL when the count is above "
    "--critical, else WARNING when it is above --warning, else OK (0 to N is OK). Nothing is "
    "written on stderr: every problem is said in the status line.");

const QList<OptionSpec> checkOptions{
    {{QStringLiteral("w"), QStringLiteral("warning")},
     QT_TRANSLATE_NOOP("sdrs::cli", "WARNING when more than N failed tasks are counted."),
     QStringLiteral("N")},
    {{QStringLiteral("c"), QStringLiteral("critical")},
     QT_TRANSLATE_NOOP("sdrs::cli", "CRITICAL when more than N failed tasks are counted."),
     QStringLiteral("N")},
};

/// --warning and --critical; empty when they fit, else the usage error.
QString parseThresholds(const QCommandLineParser &parser, CheckRequest &r)
{
    for (const QString &name : {QStringLiteral("warning"), QStringLiteral("critical")}) {
        if (!parser.isSet(name))
            continue;
        const Result<qint64> n = numberOption(parser, name, 0, 1'000'000'000);
        if (!n.ok())
            return n.error.message;
        (name == QStringLiteral("warning") ? r.warning : r.critical) = n.value;
    }
    if (r.warning && r.critical && *r.critical < *r.warning)
        return Text::tr("--critical (%1) must not be below --warning (%2)")
            .arg(*r.critical)
            .arg(*r.warning);
    return {};
}

/// The state of `value` against the thresholds.
State stateOf(qint64 value, const CheckRequest &r)
{
    if (r.critical && value > *r.critical)
        return State::Critical;
    if (r.warning && value > *r.warning)
        return State::Warning;
    return State::Ok;
}

/// A value of the performance data: label=value;warn;crit;min (warn and crit empty when not
/// given).
QString perfData(const QString &label, qint64 value, const CheckRequest &r)
{
    const auto threshold = [](const std::optional<qint64> &t) {
        return t ? QString::number(*t) : QString();
    };
    return QStringLiteral("%1=%2;%3;%4;0")
        .arg(label, QString::number(value), threshold(r.warning), threshold(r.critical));
}

/// Prints the status line and then `more` (one a line) on standard output; returns `state`.
int printStatus(State state, const QString &text, const QString &perf, const QStringList &more)
{
    QString out =
        QStringLiteral("SDRS FAILED TASKS ") + stateName(state) + QStringLiteral(" - ") + text;
    if (!perf.isEmpty())
        out += QStringLiteral(" | ") + perf;
    out += u'\n';
    for (const QString &line : more)
        out += line + u'\n';
    StdoutDevice device;
    device.print(out);
    return finishStdout(device, int(state));
}

/// UNKNOWN, saying the first of `errors`, the others on lines of their own.
int unknown(const QStringList &errors)
{
    const QString first = errors.value(0, Text::tr("the check could not be done"));
    return printStatus(State::Unknown, first, {}, errors.mid(1));
}

/// The state of the rows read, printed; the exit code.
int report(const CheckRequest &r, const ScopeRows &rows, const QStringList &warnings)
{
    const qint64 failed = rows.jobs.size();
    //: The status line of check: "3 failed tasks". Monitoring systems show it.
    QString text = Text::tr("%n failed task(s)", "", int(failed));
    if (r.since.isValid())
        //: Follows "3 failed tasks"; %1 is an ISO 8601 time in UTC.
        text += u' ' + Text::tr("since %1").arg(formatIsoTime(r.since));
    return printStatus(stateOf(failed, r), text, perfData(QStringLiteral("failed"), failed, r),
                       warnings);
}

} // namespace

Result<CheckRequest> parseCheck(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("check"), checkDescription,
                          checkOptions + scopeOptions(Paging::EveryPage), {},
                          Text::tr("Exit codes: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN: any error "
                                   "reaching the service (the status line says which: HTTP 500, "
                                   "timeout, sign-in refused, ...) and usage errors."));
    return command.parse<CheckRequest>(arguments, [&](CheckRequest &r) {
        QString problem = command.unexpectedArguments();
        if (problem.isEmpty())
            problem = parseThresholds(command.parser, r);
        if (problem.isEmpty())
            problem = parseScope(command.parser, r, Paging::EveryPage);
        return problem;
    });
}

int runCheck(Runner &runner, const QStringList &arguments)
{
    const Result<CheckRequest> parsed = parseCheck(arguments);
    if (parsed.ok() && !parsed.value.common.help.isEmpty())
        return printHelp(parsed.value.common.help);
    ErrorLines errors; // every failure, usage errors too, goes into the status line
    Setup setup;
    if (startCommand(runner, parsed, setup) >= 0)
        return unknown(errors.lines);
    SdrsClient client(setup.connection);
    ScopeRows rows;
    if (readScope(runner, client, parsed.value, rows) >= 0)
        return unknown(errors.lines);
    return report(parsed.value, rows, errors.lines);
}

} // namespace sdrs::cli
