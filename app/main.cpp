// sdrs-failures: browse the failed tasks of SDRS.
#include "cli.h"
#include "controller.h"
#include "demo.h"
#include "language.h"
#include "mainwindow.h"
#include "profilestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>

#include <cstdio>
#include <memory>

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "sdrs-failures: %s\n", qPrintable(message));
    return 2;
}

QStringList argumentList(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("sdrs-failures"));
    QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SDRS_VERSION));

    // The command line for scripts: no window, no display needed.
    const QStringList arguments = argumentList(argc, argv);
    if (sdrs::cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        sdrs::language::install(app, sdrs::language::chosen());
        return sdrs::cli::run(arguments);
    }

    // Parsed before any QApplication exists, so that --help and --version need no display.
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
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
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version and exit."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Browse generated demo data served by a built-in "
                                                 "SDRS emulator on 127.0.0.1."));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      QStringLiteral("SDRS endpoint, e.g. "
                                                     "https://sdrs.eu-de.otc.t-systems.com."),
                                      QStringLiteral("URL"));
    const QCommandLineOption projectId(QStringLiteral("project-id"),
                                       QStringLiteral("Project id for --endpoint."),
                                       QStringLiteral("ID"));
    parser.addOptions({help, version, demo, endpoint, projectId});
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(help)) {
        // No application object exists yet, so Qt cannot name the program itself.
        QString text = parser.helpText();
        text.replace(QStringLiteral("<executable_name>"),
                     QStringLiteral("sdrs-failures [COMMAND]"));
        std::fputs(qPrintable(text), stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("sdrs-failures %s\n", SDRS_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\" (see --help)")
                              .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(demo) && parser.isSet(endpoint))
        return usageError(QStringLiteral("--demo and --endpoint exclude each other"));

    sdrs::Connection connection;
    sdrs::Demo demoData;
    bool haveConnection = false;
    if (parser.isSet(endpoint)) {
        connection.endpoint = QUrl(parser.value(endpoint), QUrl::StrictMode);
        connection.projectId = parser.value(projectId);
        connection.token = qEnvironmentVariable("OS_AUTH_TOKEN");
        if (connection.token.isEmpty())
            return usageError(QStringLiteral("--endpoint needs a token in OS_AUTH_TOKEN"));
        const QString problem = connection.validate();
        if (!problem.isEmpty())
            return usageError(problem);
        haveConnection = true;
    }

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Without a display Qt aborts with a core dump; say it in plain words instead.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fprintf(stderr, "sdrs-failures: no display to open the window on (DISPLAY and "
                             "WAYLAND_DISPLAY are unset); start it in a desktop session\n");
        return 1;
    }
#endif

    QApplication app(argc, argv);
    sdrs::language::install(app, sdrs::language::chosen());

    if (parser.isSet(demo)) {
        QString error;
        demoData = sdrs::Demo::start(&error);
        if (!demoData.server) {
            std::fprintf(stderr, "sdrs-failures: cannot start the demo server: %s\n",
                         qPrintable(error));
            return 1;
        }
        connection = demoData.connection;
        haveConnection = true;
    }

    sdrs::ui::MainWindow window;
    window.setDemo(parser.isSet(demo));
    window.restoreSettings();
    sdrs::ProfileStore profiles;
    sdrs::Controller controller(&window, &profiles);
    if (parser.isSet(demo))
        controller.useConnection(connection, sdrs::Controller::demoProfileName());
    else if (haveConnection)
        controller.useConnection(connection, QObject::tr("Command line"));
    else
        controller.startWithSavedProfiles();
    window.show();
    const int rc = app.exec();
    return rc;
}
