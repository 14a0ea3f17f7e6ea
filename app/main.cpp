// sdrs-failures: browse the failed tasks of SDRS.
#include "app/api/systemproxy.h"
#include "app/cli/cli.h"
#include "app/connectionsetup.h"
#include "app/controller.h"
#include "app/demo.h"
#include "app/history/historystore.h"
#include "app/profilestore.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>
#include <QProcessEnvironment>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

/// Prints "sdrs-failures: <message>" on stderr.
void printError(const QString &message)
{
    std::fprintf(stderr, "sdrs-failures: %s\n", qPrintable(message));
}

int usageError(const QString &message)
{
    printError(message);
    return 2;
}

QStringList argumentList(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

/// What the window's command line asks for.
struct WindowOptions
{
    bool demo = false;
    bool allowHttp = false;      ///< --allow-http
    bool haveConnection = false; ///< --endpoint: `connection` is set
    sdrs::Connection connection;
    QString profile; ///< --profile: a saved profile's name
};

/// The window's options.
struct WindowParser
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::main)

public:
    QCommandLineParser parser;
    const QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                                  //: Option --help in --help.
                                  tr("Show this help and exit.")};
    const QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                                     //: Option --version in --help.
                                     tr("Show the version and exit.")};
    const QCommandLineOption demo{QStringLiteral("demo"),
                                  //: Option --demo in --help.
                                  tr("Browse generated demo data served by a "
                                     "built-in SDRS emulator on 127.0.0.1.")};
    const QCommandLineOption endpoint{
        QStringLiteral("endpoint"),
        //: Option --endpoint in --help.
        tr("SDRS endpoint, e.g. https://sdrs.eu-de.otc.t-systems.com."),
        //: The placeholder of the value of --endpoint in --help: "--endpoint <URL>".
        tr("URL")};
    const QCommandLineOption projectId{QStringLiteral("project-id"),
                                       //: Option --project-id in --help.
                                       tr("Project id for --endpoint."),
                                       //: The placeholder of the value of --project-id in
                                       //: --help: "--project-id <ID>".
                                       tr("ID")};
    const QCommandLineOption profile{QStringLiteral("profile"),
                                     //: Option --profile in --help.
                                     tr("Open with a saved connection profile."),
                                     //: The placeholder of the value of --profile in --help:
                                     //: "--profile <NAME>".
                                     tr("NAME")};
    const QCommandLineOption allowHttp{QStringLiteral("allow-http"),
                                       //: Option --allow-http in --help.
                                       tr("Send credentials over plain http:// to a host that is "
                                          "not this computer (refused without it).")};

    WindowParser()
    {
        //: The description in --help. Keep the line breaks (lines of at most 80 characters), the
        //: command names, options and environment variables as they are.
        parser.setApplicationDescription(
            tr("Browse the failed tasks of the Storage Disaster Recovery Service (SDRS) of Open "
               "Telekom\nCloud and Huawei Cloud.\n\n"
               "With --endpoint, the sign-in comes from the environment, as for the commands\n"
               "(OS_AUTH_TOKEN; or OS_ACCESS_KEY/OS_SECRET_KEY; or OS_AUTH_URL, OS_USERNAME,\n"
               "OS_PASSWORD and OS_USER_DOMAIN_NAME); the project from --project-id or\n"
               "OS_PROJECT_ID.\n\n"
               "Commands for scripts (no window; see sdrs-failures COMMAND --help):\n"
               "  export   failed tasks as CSV, JSON or a table, to stdout or -o FILE\n"
               "  summary  failed tasks counted per error code, group, resource, status, type\n"
               "           or day\n"
               "  check    a check for Icinga, Nagios, Zabbix and Checkmk (exit 0 OK,\n"
               "           1 WARNING, 2 CRITICAL, 3 UNKNOWN)\n"
               "  groups   the protection groups\n"
               "  job      a job and its sub-job tree\n"
               "  delete   failed tasks by resource id, of the group level or of a group (--yes)\n"
               "  history  the local record of failed tasks read: first and last seen, gone,\n"
               "           deleted here, acknowledged and notes (--no-history: not recorded)\n"
               "They connect with --demo, --profile NAME, or the environment (as above).\n\n"
               "Exit codes of the commands: 0 done, 1 other failure, 2 usage error, 3 sign-in "
               "refused\n(401/403, missing secret), 4 network error or timeout, 5 service error, 6 "
               "output not\nwritable, 128+N interrupted by signal N."));
        parser.addOptions({help, version, demo, profile, endpoint, projectId, allowHttp});
    }

    /// --help and --version; the exit code when one was given.
    std::optional<int> printInformation() const
    {
        if (parser.isSet(help)) {
            // Qt names the program by its path; the usage line names the commands as well.
            QString text = parser.helpText();
            const QString program = QCoreApplication::arguments().value(0);
            const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
            if (at >= 0)
                text.replace(at, program.size(), QStringLiteral("sdrs-failures [COMMAND]"));
            std::fputs(qPrintable(text), stdout);
            return 0;
        }
        if (parser.isSet(version)) {
            std::printf("sdrs-failures %s\n", SDRS_VERSION);
            return 0;
        }
        return std::nullopt;
    }

    /// The connection of --endpoint, its sign-in from the environment as the commands take it.
    sdrs::Result<sdrs::Connection> connection() const
    {
        sdrs::ConnectionOptions connectionOptions;
        connectionOptions.endpoint = parser.value(endpoint);
        if (parser.isSet(projectId))
            connectionOptions.projectId = parser.value(projectId);
        //: Ends "no credentials: set OS_AUTH_TOKEN; ...; or %1".
        return sdrs::connectionFromEnvironment(
            connectionOptions, QProcessEnvironment::systemEnvironment(), tr("use --demo"));
    }
};

/// Parses the window's command line. Returns the exit code when the program ends here: after
/// --help or --version, or with a usage error. Needs a QCoreApplication with the translators
/// installed (the texts are in the chosen language), not a QApplication (no display needed).
std::optional<int> parseWindowOptions(const QStringList &arguments, WindowOptions *options)
{
    WindowParser window;
    const QCommandLineParser &parser = window.parser;
    if (!window.parser.parse(arguments))
        //: A usage error: %1 is Qt's message, e.g. "Unknown option 'x'.".
        return usageError(WindowParser::tr("%1 (see --help)").arg(parser.errorText()));
    if (const std::optional<int> exitCode = window.printInformation())
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        //: A usage error: %1 is the argument given.
        return usageError(WindowParser::tr("unexpected argument \"%1\" (see --help)")
                              .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(window.demo) && parser.isSet(window.endpoint))
        //: A usage error: the two options cannot be given together.
        return usageError(WindowParser::tr("--demo and --endpoint exclude each other"));
    if (parser.isSet(window.profile) &&
        (parser.isSet(window.demo) || parser.isSet(window.endpoint)))
        //: A usage error: the options cannot be given together.
        return usageError(WindowParser::tr("--profile excludes --demo and --endpoint"));
    if (parser.isSet(window.profile)) {
        const sdrs::ProfileStore profiles;
        options->profile = parser.value(window.profile);
        if (!profiles.profile(options->profile))
            return usageError(sdrs::noSuchProfileText(options->profile, profiles.names()));
    }

    options->demo = parser.isSet(window.demo);
    options->allowHttp = parser.isSet(window.allowHttp);
    if (options->allowHttp)
        //: A warning on stderr at every start with --allow-http.
        printError(
            WindowParser::tr("warning: --allow-http: credentials may go over plain HTTP, readable "
                             "by anyone on the way"));
    if (parser.isSet(window.endpoint)) {
        const sdrs::Result<sdrs::Connection> connection = window.connection();
        if (!connection.ok())
            return usageError(connection.error.message);
        options->connection = connection.value;
        options->haveConnection = true;
    }
    return std::nullopt;
}

/// False (and the reason printed) when there is no display to open the window on.
bool haveDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Without a display Qt aborts with a core dump; say it in plain words instead.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        //: DISPLAY and WAYLAND_DISPLAY are environment variables.
        printError(QCoreApplication::translate(
            "sdrs::main", "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are "
                          "unset); start it in a desktop session"));
        return false;
    }
#endif
    return true;
}

/// Opens the window on the connection the options name (else on the saved profiles) and runs it.
int runWindow(int &argc, char *argv[], const WindowOptions &options)
{
    sdrs::Demo demoData; // destroyed after the application: the demo server stops last
    QApplication app(argc, argv);
    // Wayland matches the window to the installed sdrs-failures.desktop (name and icon) by this.
    QGuiApplication::setDesktopFileName(QStringLiteral("sdrs-failures"));
    sdrs::language::install(app, sdrs::language::chosen());
    if (options.demo) {
        sdrs::Result<sdrs::Demo> started = sdrs::Demo::start();
        if (!started.ok()) {
            //: %1 is the reason.
            printError(QCoreApplication::translate("sdrs::main", "cannot start the demo server: %1")
                           .arg(started.error.message));
            return 1;
        }
        demoData = std::move(started.value);
    }

    sdrs::ui::MainWindow window;
    window.setDemo(options.demo);
    window.restoreSettings();
    sdrs::ProfileStore profiles;
    // The demo records into a temporary history of its own, never into the user's.
    sdrs::Controller controller(&window, &profiles,
                                options.demo ? demoData.historyPath()
                                             : sdrs::history::HistoryStore::defaultPath());
    controller.setAllowHttp(options.allowHttp);
    if (options.demo) {
        controller.useConnection(demoData.connection, sdrs::Controller::demoProfileName());
    } else if (!options.profile.isEmpty()) {
        controller.useProfile(options.profile);
    } else if (options.haveConnection) {
        //: The name of the connection given with --endpoint (like a profile name).
        controller.useConnection(options.connection,
                                 QCoreApplication::translate("sdrs::main", "Command line"));
    } else {
        controller.startWithSavedProfiles();
    }
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("sdrs-failures"));
    QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SDRS_VERSION));
    sdrs::net::useSystemProxies();

    // The command line for scripts: no window, no display needed.
    const QStringList arguments = argumentList(argc, argv);
    if (sdrs::cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        sdrs::language::install(app, sdrs::language::chosen());
        return sdrs::cli::run(arguments);
    }

    // The window's options, parsed before any QApplication exists: --help, --version and usage
    // errors need no display. A QCoreApplication lives just for this, so that they are in the
    // chosen language.
    WindowOptions options;
    {
        QCoreApplication app(argc, argv);
        sdrs::language::install(app, sdrs::language::chosen());
        if (const std::optional<int> exitCode = parseWindowOptions(arguments, &options))
            return *exitCode;
        if (!haveDisplay())
            return 1;
    }
    return runWindow(argc, argv, options);
}
