// The shared parts of the command line (see clisupport.h).
#include "app/cli/clisupport.h"

#include "app/api/sdrsclient.h"
#include "app/cli/options.h"
#include "app/connectionsetup.h"
#include "app/demo.h"
#include "app/profilestore.h"
#include "models/errortext.h"
#include "models/safetext.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <optional>
#include <utility>

#include <unistd.h>

namespace sdrs::cli {

// ---------------------------------------------------------------------------------------------
// Signals: SIGINT, SIGTERM and SIGHUP cancel what is running, so that `-o FILE` is never left
// half written (QSaveFile discards its temporary file); SIGPIPE is ignored so that a closed pipe
// is a write error (exit 6) instead of a silent death.

extern "C" void onSignal(int signal)
{
    if (g_signal == 0)
        g_signal = signal;
    const int saved = errno;
    if (g_signalPipe[1] >= 0) {
        const char byte = 's';
        [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
    }
    errno = saved;
}

int interruptedCode()
{
    return 128 + int(g_signal);
}

QString signalName(int signal)
{
    switch (signal) {
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    case SIGHUP:
        return QStringLiteral("SIGHUP");
    default:
        return QStringLiteral("signal %1").arg(signal);
    }
}

// ---------------------------------------------------------------------------------------------
// stderr: one line per failure; a progress line (terminals only) is ended before it.

void endProgressLine()
{
    if (g_progressOpen) {
        std::fputs("\n", stderr);
        g_progressOpen = false;
    }
}

/// Prints "sdrs-failures: <message>" as exactly one line on stderr.
void printError(QString message)
{
    message.replace(u'\r', u' ');
    message.replace(u'\n', u' ');
    if (g_errorLines) {
        g_errorLines->append(text::printable(message));
        return;
    }
    endProgressLine();
    // Server text reaches this line: no escape sequence may reach the terminal.
    const QByteArray line =
        QByteArrayLiteral("sdrs-failures: ") + text::printable(message).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

int usageError(const QString &message)
{
    printError(message);
    return UsageError;
}

int interrupted()
{
    printError(Text::tr("interrupted by %1").arg(signalName(int(g_signal))));
    return interruptedCode();
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

/// Flushes stdout; on a write error prints the line and returns OutputError.
int finishStdout(StdoutDevice &out, int code)
{
    if (!out.flushBuffer()) {
        printError(Text::tr("cannot write to standard output: %1").arg(out.errorString()));
        return OutputError;
    }
    return code;
}

// ---------------------------------------------------------------------------------------------
// Errors of calls

int exitCodeFor(const ApiError &error)
{
    using errortext::ErrorClass;
    switch (errortext::errorClass(error)) {
    case ErrorClass::None:
        return Success;
    case ErrorClass::Usage:
        return UsageError;
    case ErrorClass::SignIn:
        return AuthFailed;
    case ErrorClass::Network:
        return NetworkError;
    case ErrorClass::Service:
        return ServiceError;
    case ErrorClass::Cancelled:
        return g_signal != 0 ? interruptedCode() : Failure;
    case ErrorClass::Other:
        return Failure;
    }
    return Failure;
}

/// Prints "<what>: <the error>" and returns the exit code of its class.
int callFailed(const QString &what, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled && g_signal != 0)
        return interrupted();
    printError(errortext::line(what, error));
    return exitCodeFor(error);
}

// ---------------------------------------------------------------------------------------------
// Options every command has: help and the connection.

QString exitCodesText()
{
    return Text::tr("Exit codes: 0 done; 1 other failure; 2 usage error (unknown option, bad "
                    "value, unknown group, delete without --yes, an id that cannot be sent, "
                    "credentials over plain HTTP without --allow-http); 3 sign-in refused (HTTP "
                    "401/403, a missing secret); 4 network error, timeout or a certificate that "
                    "does not name the host; 5 service error (any other HTTP error, an answer "
                    "that cannot be read or is too large, more rows than --max-rows); 6 output "
                    "not writable (-o FILE, standard output); 128+N interrupted by signal N (130 "
                    "SIGINT, 143 SIGTERM). Every failure prints one line on stderr.");
}

QString connectionText()
{
    return Text::tr(
        "Connection: --demo (built-in emulator), --profile NAME (a saved profile, its secret "
        "from the keychain), or the environment: OS_AUTH_TOKEN; or OS_ACCESS_KEY and "
        "OS_SECRET_KEY (or HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK; OS_SECURITY_TOKEN for "
        "temporary keys); or OS_AUTH_URL, OS_USERNAME, OS_PASSWORD and OS_USER_DOMAIN_NAME (or "
        "OS_DOMAIN_NAME). When several are set: token, then AK/SK, then password. The project: "
        "--project-id or OS_PROJECT_ID, --project-name or OS_PROJECT_NAME (password sign-in "
        "only). OS_CACERT names extra CA certificates. --endpoint may be left out with the "
        "password sign-in (the token's catalog names it). Secrets are never taken from "
        "options.");
}

/// Wraps each line of `text` at spaces to at most `width` characters (longer words stay whole).
QString wrapText(const QString &text, qsizetype width)
{
    QStringList out;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                out.append(line);
                line.clear();
            }
            if (!line.isEmpty())
                line += u' ';
            line += word;
        }
        out.append(line);
    }
    return out.join(u'\n');
}

namespace {

/// The options every command has: help and the connection.
const QList<OptionSpec> commonOptions{
    {{QStringLiteral("h"), QStringLiteral("help")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Show this help and exit.")},
    {{QStringLiteral("endpoint")},
     QT_TRANSLATE_NOOP("sdrs::cli", "SDRS endpoint, e.g. https://sdrs.eu-de.otc.t-systems.com."),
     QStringLiteral("URL")},
    {{QStringLiteral("project-id")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Project id (default: $OS_PROJECT_ID)."),
     QStringLiteral("ID")},
    {{QStringLiteral("project-name")},
     QT_TRANSLATE_NOOP("sdrs::cli",
                       "Project name for the password sign-in (default: $OS_PROJECT_NAME)."),
     QStringLiteral("NAME")},
    {{QStringLiteral("signing")},
     QT_TRANSLATE_NOOP("sdrs::cli", "AK/SK signing variant: a (Huawei Cloud SDKs, the default) "
                                    "or b (OTC SDKs)."),
     QStringLiteral("a|b")},
    {{QStringLiteral("profile")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Use a saved connection profile of the window."),
     QStringLiteral("NAME")},
    {{QStringLiteral("demo")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Use the built-in demo server (generated data).")},
    {{QStringLiteral("allow-http")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Send credentials over plain http:// to a host that is not "
                                    "this computer (refused without it; a warning on every run).")},
    {{QStringLiteral("max-answer-mib")},
     QT_TRANSLATE_NOOP("sdrs::cli", "The largest answer accepted from the service, in MiB "
                                    "(default 64); a larger one is stopped while it arrives."),
     QStringLiteral("N")},
    {{QStringLiteral("timeout")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Seconds to wait for each answer (default 30); a GET is "
                                    "tried again after a transient failure, for two minutes at "
                                    "most."),
     QStringLiteral("S")},
    {{QStringLiteral("no-history")},
     QT_TRANSLATE_NOOP("sdrs::cli", "Leave the local history alone: what is read is not "
                                    "recorded, what is deleted not noted.")},
};

} // namespace

CommandParser::CommandParser(const QString &command, const char *description,
                             const QList<OptionSpec> &own, const PositionalSpec &positional,
                             const QString &exitCodes)
    : command(command)
{
    parser.setApplicationDescription(Text::tr(description) + u'\n' + u'\n' + connectionText() +
                                     u'\n' + u'\n' +
                                     (exitCodes.isEmpty() ? exitCodesText() : exitCodes));
    addOptions(parser, commonOptions);
    addOptions(parser, own);
    if (!positional.name.isEmpty())
        parser.addPositionalArgument(positional.name, positional.description, positional.syntax);
}

QString CommandParser::unexpectedArguments() const
{
    if (parser.positionalArguments().isEmpty())
        return {};
    //: %1 is the command, %2 the argument given.
    return Text::tr("%1: unexpected argument \"%2\" (see sdrs-failures %1 --help)")
        .arg(command, parser.positionalArguments().constFirst());
}

namespace {

/// Qt's help text, its description wrapped and its usage line naming the command.
QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    // The description is one line per paragraph: wrap it as the options are wrapped.
    const qsizetype descriptionEnd = text.indexOf(QStringLiteral("\n\nOptions:"));
    if (descriptionEnd > 0) {
        const qsizetype descriptionStart = text.indexOf(u'\n') + 1;
        const QString description = text.mid(descriptionStart, descriptionEnd - descriptionStart);
        text.replace(descriptionStart, description.size(), wrapText(description, 79));
    }
    // "Usage: /path/to/sdrs-failures [options]" -> "Usage: sdrs-failures export [options]"
    const qsizetype colon = text.indexOf(QStringLiteral(": "));
    const qsizetype nameEnd = colon < 0 ? -1 : text.indexOf(u' ', colon + 2);
    if (nameEnd > 0)
        text.replace(colon + 2, nameEnd - colon - 2, QStringLiteral("sdrs-failures ") + command);
    return text;
}

/// --timeout and --max-answer-mib into `request`; empty when they are fine, else the usage error.
QString parseLimits(const QCommandLineParser &parser, CommonRequest &request)
{
    if (parser.isSet(QStringLiteral("timeout"))) {
        const Result<qint64> seconds = numberOption(parser, QStringLiteral("timeout"), 1, 3600);
        if (!seconds.ok())
            return seconds.error.message;
        request.timeoutMs = int(seconds.value * 1000);
    }
    if (parser.isSet(QStringLiteral("max-answer-mib"))) {
        const Result<qint64> mib = numberOption(parser, QStringLiteral("max-answer-mib"), 1, 4096);
        if (!mib.ok())
            return mib.error.message;
        request.maxAnswerBytes = mib.value << 20;
    }
    return {};
}

Result<CommonRequest> commonRequest(const QCommandLineParser &parser)
{
    CommonRequest r;
    r.demo = parser.isSet(QStringLiteral("demo"));
    r.profile = optionalValue(parser, QStringLiteral("profile"));
    r.connection.endpoint = optionalValue(parser, QStringLiteral("endpoint"));
    if (r.demo && (r.connection.endpoint || r.profile))
        return usage<CommonRequest>(Text::tr("--demo excludes --endpoint and --profile"));
    r.connection.projectId = optionalValue(parser, QStringLiteral("project-id"));
    r.connection.projectName = optionalValue(parser, QStringLiteral("project-name"));
    if (!r.demo && parser.isSet(QStringLiteral("signing"))) {
        const Result<signing::Variant> variant =
            signingVariantNamed(parser.value(QStringLiteral("signing")));
        if (!variant.ok())
            return usage<CommonRequest>(variant.error.message);
        r.connection.signing = variant.value;
    }
    r.allowHttp = parser.isSet(QStringLiteral("allow-http"));
    r.noHistory = parser.isSet(QStringLiteral("no-history"));
    if (const QString problem = parseLimits(parser, r); !problem.isEmpty())
        return usage<CommonRequest>(problem);
    return Result<CommonRequest>::success(std::move(r));
}

} // namespace

Result<CommonRequest> CommandParser::parseCommon(const QStringList &arguments)
{
    QStringList args{arguments.value(0, QStringLiteral("sdrs-failures"))};
    args += arguments.mid(2);
    if (!parser.parse(args))
        return usage<CommonRequest>(
            Text::tr("%1: %2 (see sdrs-failures %1 --help)").arg(command, parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        CommonRequest request;
        request.help = helpText(parser, command);
        return Result<CommonRequest>::success(std::move(request));
    }
    return commonRequest(parser);
}

int printHelp(const QString &help)
{
    StdoutDevice out;
    out.print(help);
    return finishStdout(out);
}

namespace {

/// Applies --allow-http, --max-answer-mib and --timeout to `c`, and warns on every run that
/// credentials go in clear text.
void applyLimits(const CommonRequest &request, Connection &c)
{
    if (request.timeoutMs)
        c.timeoutMs = *request.timeoutMs;
    if (request.maxAnswerBytes)
        c.maxAnswerBytes = *request.maxAnswerBytes;
    c.allowHttp = request.allowHttp;
    if (!c.allowHttp)
        return;
    for (const QString &host : cleartextHosts(c))
        //: %1 is a host name.
        printError(Text::tr("warning: --allow-http: credentials go over plain HTTP to %1, "
                            "readable by anyone on the way")
                       .arg(host));
}

/// A saved profile's connection, its secret from the keychain; Cancelled when a signal came.
Result<Connection> profileConnection(Runner &runner, const QString &name,
                                     const ConnectionOptions &options)
{
    ProfileStore store;
    if (!store.profile(name))
        return usage<Connection>(noSuchProfileText(name, store.names()));
    const auto loaded = runner.loadProfile(store, name);
    if (!loaded)
        return Result<Connection>::failure(ApiError::Kind::Cancelled, QString());
    if (!loaded->second.isEmpty())
        return Result<Connection>::failure(
            ApiError::Kind::Auth, Text::tr("profile \"%1\": %2").arg(name, loaded->second));
    return connectionFromProfile(loaded->first.connection, options);
}

int startDemo(const CommonRequest &request, Setup &setup)
{
    Result<Demo> demo = Demo::start();
    if (!demo.ok()) {
        printError(Text::tr("cannot start the demo server: %1").arg(demo.error.message));
        return Failure;
    }
    setup.demo = std::move(demo.value);
    setup.connection = setup.demo.connection;
    applyLimits(request, setup.connection);
    return -1;
}

} // namespace

int setUpConnection(Runner &runner, const CommonRequest &request, Setup &setup)
{
    if (request.demo)
        return startDemo(request, setup);
    //: Ends "no credentials: set OS_AUTH_TOKEN; ...; or %1".
    const Result<Connection> c =
        request.profile ? profileConnection(runner, *request.profile, request.connection)
                        : connectionFromEnvironment(request.connection,
                                                    QProcessEnvironment::systemEnvironment(),
                                                    Text::tr("use --profile or --demo"));
    if (c.error.kind == ApiError::Kind::Cancelled)
        return interrupted();
    if (!c.ok()) {
        printError(c.error.message);
        return exitCodeFor(c.error);
    }
    setup.connection = c.value;
    applyLimits(request, setup.connection);
    return -1;
}

int listGroups(Runner &runner, SdrsClient &client, const GroupQuery &query,
               QList<ProtectionGroup> &groups)
{
    Result<ProtectionGroupPage> listed =
        runner.await<ProtectionGroupPage>([&](QObject *context, auto done) {
            return client.listAllProtectionGroups(query, context, std::move(done));
        });
    if (!listed.ok())
        return callFailed(Text::tr("cannot list the protection groups"), listed.error);
    groups = std::move(listed.value.groups);
    return -1;
}

} // namespace sdrs::cli
