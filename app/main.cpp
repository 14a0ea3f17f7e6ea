// sdrs-failures: browse the failed tasks of SDRS.
#include "emulator.h"
#include "mainwindow.h"
#include "sdrsclient.h"

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

    // Parsed before any QApplication exists, so that --help and --version need no display.
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Browse the failed tasks of the Storage Disaster Recovery Service (SDRS) of Open Telekom "
        "Cloud and Huawei Cloud.\n\nWith --endpoint and --project-id, the token is read from the "
        "environment variable OS_AUTH_TOKEN."));
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
    if (!parser.parse(argumentList(argc, argv)))
        return usageError(parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
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
    std::unique_ptr<sdrs::emulator::EmulatorThread> demoServer;
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

    if (parser.isSet(demo)) {
        QString error;
        demoServer = sdrs::emulator::EmulatorThread::start(
            sdrs::emulator::Dataset::generate(1, 40, 5000), {}, &error);
        if (!demoServer)
            return usageError(QStringLiteral("cannot start the demo server: ") + error);
        connection.endpoint = demoServer->baseUrl();
        connection.projectId = demoServer->projectId();
        connection.token = QStringLiteral("demo");
        haveConnection = true;
    }

    sdrs::ui::MainWindow window;
    window.setDemo(parser.isSet(demo));
    std::unique_ptr<sdrs::SdrsClient> client;
    if (haveConnection) {
        client = std::make_unique<sdrs::SdrsClient>(connection);
        window.setConnectionText(client->serviceBase().toString(QUrl::RemoveUserInfo));
        window.setMessage(QObject::tr("Connecting\u2026"));
        sdrs::FailureJobQuery query;
        query.limit = 1;
        client->listFailureJobs(
            query, &window, [&window](const sdrs::Result<sdrs::FailureJobPage> &r) {
                if (r.ok())
                    window.setMessage(
                        QObject::tr("Connected. %1 failed tasks at the protection-group "
                                    "level.")
                            .arg(r.value.count));
                else
                    window.setMessage(
                        QObject::tr("The connection failed: %1").arg(r.error.toString()));
            });
    } else {
        window.setMessage(QObject::tr("No connection. Start with --demo, or with --endpoint URL "
                                      "--project-id ID and a token in OS_AUTH_TOKEN."));
    }
    window.show();
    const int rc = app.exec();
    client.reset();
    return rc;
}
