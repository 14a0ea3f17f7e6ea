// sdrs-failures: browse the failed tasks of SDRS.
#include "app/api/systemproxy.h"
#include "app/cli/cli.h"
#include "app/controller.h"
#include "app/demo.h"
#include "app/profilestore.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>

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
};

/// Parses the window's command line. Returns the exit code when the program ends here: after
/// --help or --version, or with a usage error. Needs a QCoreApplication with the translators
/// installed (the texts are in the chosen language), not a QApplication (no display needed).
std::optional<int> parseWindowOptions(const QStringList &arguments, WindowOptions *options)
{
    QCommandLineParser parser;
    //: The description in --help. Keep the line breaks (lines of at most 80 characters), the
    //: command names, options and environment variables as they are.
    parser.setApplicationDescription(QCoreApplication::translate(
        "sdrs::main",
        "Browse the failed tasks of the Storage Disaster Recovery Service (SDRS) of Open Telekom\n"
        "Cloud and Huawei Cloud.\n\n"
        "With --endpoint and --project-id, the token is read from the environment variable\n"
        "OS_AUTH_TOKEN.\n\n"
        "Commands for scripts (no window; see sdrs-failures COMMAND --help):\n"
        "  export   failed tasks as CSV, JSON or a table, to stdout or -o FILE\n"
        "  groups   the protection groups\n"
        "  job      a job and its sub-job tree\n"
        "  delete   failed tasks by resource id, of the group level or of a group (--yes)\n"
        "They connect with --demo, --profile NAME, or the environment (OS_AUTH_TOKEN; or\n"
        "OS_ACCESS_KEY/OS_SECRET_KEY; or OS_AUTH_URL, OS_USERNAME, OS_PASSWORD and\n"
        "OS_USER_DOMAIN_NAME).\n\n"
        "Exit codes of the commands: 0 done, 1 other failure, 2 usage error, 3 sign-in refused\n"
        "(401/403, missing secret), 4 network error or timeout, 5 service error, 6 output not\n"
        "writable, 128+N interrupted by signal N."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")},
        //: Option --help in --help.
        QCoreApplication::translate("sdrs::main", "Show this help and exit."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")},
        //: Option --version in --help.
        QCoreApplication::translate("sdrs::main", "Show the version and exit."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        //: Option --demo in --help.
        QCoreApplication::translate("sdrs::main", "Browse generated demo data served by a "
                                                  "built-in SDRS emulator on 127.0.0.1."));
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint"),
        //: Option --endpoint in --help.
        QCoreApplication::translate("sdrs::main",
                                    "SDRS endpoint, e.g. https://sdrs.eu-de.otc.t-systems.com."),
        //: The placeholder of the value of --endpoint in --help: "--endpoint <URL>".
        QCoreApplication::translate("sdrs::main", "URL"));
    const QCommandLineOption projectId(
        QStringLiteral("project-id"),
        //: Option --project-id in --help.
        QCoreApplication::translate("sdrs::main", "Project id for --endpoint."),
        //: The placeholder of the value of --project-id in --help: "--project-id <ID>".
        QCoreApplication::translate("sdrs::main", "ID"));
    const QCommandLineOption allowHttp(
        QStringLiteral("allow-http"),
        //: Option --allow-http in --help.
        QCoreApplication::translate("sdrs::main",
                                    "Send credentials over plain http:// to a host that is not "
                                    "this computer (refused without it)."));
    parser.addOptions({help, version, demo, endpoint, projectId, allowHttp});
    if (!parser.parse(arguments)) {
        //: A usage error: %1 is Qt's message, e.g. "Unknown option 'x'.".
        return usageError(
            QCoreApplication::translate("sdrs::main", "%1 (see --help)").arg(parser.errorText()));
    }
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
    if (!parser.positionalArguments().isEmpty()) {
        //: A usage error: %1 is the argument given.
        return usageError(
            QCoreApplication::translate("sdrs::main", "unexpected argument \"%1\" (see --help)")
                .arg(parser.positionalArguments().constFirst()));
    }
    if (parser.isSet(demo) && parser.isSet(endpoint)) {
        //: A usage error: the two options cannot be given together.
        return usageError(
            QCoreApplication::translate("sdrs::main", "--demo and --endpoint exclude each other"));
    }

    options->demo = parser.isSet(demo);
    options->allowHttp = parser.isSet(allowHttp);
    if (options->allowHttp)
        //: A warning on stderr at every start with --allow-http.
        printError(QCoreApplication::translate(
            "sdrs::main", "warning: --allow-http: credentials may go over plain HTTP, readable "
                          "by anyone on the way"));
    if (parser.isSet(endpoint)) {
        sdrs::Connection &connection = options->connection;
        connection.endpoint = QUrl(parser.value(endpoint), QUrl::StrictMode);
        connection.projectId = parser.value(projectId);
        connection.token = qEnvironmentVariable("OS_AUTH_TOKEN");
        if (connection.token.isEmpty()) {
            //: A usage error: OS_AUTH_TOKEN is an environment variable.
            return usageError(QCoreApplication::translate(
                "sdrs::main", "--endpoint needs a token in OS_AUTH_TOKEN"));
        }
        const QString problem = connection.validate();
        if (!problem.isEmpty())
            return usageError(problem);
        options->haveConnection = true;
    }
    return std::nullopt;
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

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        // Without a display Qt aborts with a core dump; say it in plain words instead.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
            //: DISPLAY and WAYLAND_DISPLAY are environment variables.
            printError(QCoreApplication::translate(
                "sdrs::main", "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are "
                              "unset); start it in a desktop session"));
            return 1;
        }
#endif
    }

    sdrs::Demo demoData; // destroyed after the application: the demo server stops last
    QApplication app(argc, argv);
    // Wayland matches the window to the installed sdrs-failures.desktop (name and icon) by this.
    QGuiApplication::setDesktopFileName(QStringLiteral("sdrs-failures"));
    sdrs::language::install(app, sdrs::language::chosen());

    sdrs::Connection connection = options.connection;
    bool haveConnection = options.haveConnection;
    if (options.demo) {
        QString error;
        demoData = sdrs::Demo::start(&error);
        if (!demoData.server) {
            //: %1 is the reason.
            printError(QCoreApplication::translate("sdrs::main", "cannot start the demo server: %1")
                           .arg(error));
            return 1;
        }
        connection = demoData.connection;
        haveConnection = true;
    }

    sdrs::ui::MainWindow window;
    window.setDemo(options.demo);
    window.restoreSettings();
    sdrs::ProfileStore profiles;
    sdrs::Controller controller(&window, &profiles);
    controller.setAllowHttp(options.allowHttp);
    if (options.demo) {
        controller.useConnection(connection, sdrs::Controller::demoProfileName());
    } else if (haveConnection) {
        //: The name of the connection given with --endpoint (like a profile name).
        controller.useConnection(connection,
                                 QCoreApplication::translate("sdrs::main", "Command line"));
    } else {
        controller.startWithSavedProfiles();
    }
    window.show();
    const int rc = app.exec();
    return rc;
}
