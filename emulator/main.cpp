// sdrs-emulator: a local SDRS + IAM server for the demo, the tests and the benchmarks.
#include "emulator/emulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <cstdio>
#include <cstdlib>

using namespace sdrs::emulator;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "sdrs-emulator: %s\n", qPrintable(message));
    return 2;
}

/// A secret from its option, else from the file named by `--NAME-file` (its first line), else
/// from the environment variable: scripts need not show secrets in `ps`. False (and the line
/// printed) when the file cannot be read.
bool secret(const QCommandLineParser &parser, const QCommandLineOption &option,
            const QCommandLineOption &fileOption, const char *variable, QString *value)
{
    if (parser.isSet(option)) {
        *value = parser.value(option);
        return true;
    }
    if (parser.isSet(fileOption)) {
        QFile file(parser.value(fileOption));
        if (!file.open(QIODevice::ReadOnly)) {
            fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return false;
        }
        *value = QString::fromUtf8(file.readLine(64 * 1024)).trimmed();
        return true;
    }
    *value = qEnvironmentVariable(variable);
    return true;
}

/// Ends the server on SIGINT and SIGTERM, also where the shell started it with them ignored (a
/// background job). There is nothing to flush: the URL line was flushed when it was printed.
void stopOnSignals()
{
    struct sigaction action = {};
    action.sa_handler = [](int) {
        std::_Exit(0);
    };
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sdrs-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SDRS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local SDRS and IAM server on 127.0.0.1. Prints its base URL as the first line on "
        "stdout, then serves until interrupted."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port (0: any free port)."), QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the generated data."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption groups(QStringLiteral("groups"),
                                    QStringLiteral("Protection groups to generate."),
                                    QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption failures(QStringLiteral("failures"),
                                      QStringLiteral("Failed tasks to generate, in all."),
                                      QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        QStringLiteral("Serve groups, failures and jobs from a JSON fixture."),
        QStringLiteral("FILE"));
    const QCommandLineOption projectId(QStringLiteral("project-id"),
                                       QStringLiteral("The project id (default: the data's)."),
                                       QStringLiteral("ID"));
    const QCommandLineOption projectName(QStringLiteral("project-name"),
                                         QStringLiteral("The project name for IAM scoping."),
                                         QStringLiteral("NAME"), QStringLiteral("eu-de"));
    const QCommandLineOption token(
        QStringLiteral("token"),
        QStringLiteral("Accept this X-Auth-Token (or --token-file FILE, or $SDRS_EMULATOR_TOKEN)."),
        QStringLiteral("TOKEN"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       QStringLiteral("Read --token from the first line of FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Accept this IAM user."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      QStringLiteral("The IAM user's password (or --password-file "
                                                     "FILE, or $SDRS_EMULATOR_PASSWORD)."),
                                      QStringLiteral("PW"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QStringLiteral("Read --password from the first line of FILE."), QStringLiteral("FILE"));
    const QCommandLineOption domain(
        QStringLiteral("domain"), QStringLiteral("The IAM user's domain."), QStringLiteral("NAME"));
    const QCommandLineOption ak(QStringLiteral("ak"),
                                QStringLiteral("Accept AK/SK signatures of this access key."),
                                QStringLiteral("AK"));
    const QCommandLineOption sk(
        QStringLiteral("sk"),
        QStringLiteral("The secret key for --ak (or --sk-file FILE, or $SDRS_EMULATOR_SK)."),
        QStringLiteral("SK"));
    const QCommandLineOption skFile(QStringLiteral("sk-file"),
                                    QStringLiteral("Read --sk from the first line of FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Close a connection idle (or sending one request) for S seconds."),
        QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Delay every answer by N ms."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption faultRate(
        QStringLiteral("fault-rate"),
        QStringLiteral("Share (0..1) of requests answered with a fault."), QStringLiteral("X"),
        QStringLiteral("0"));
    const QCommandLineOption faults(
        QStringLiteral("faults"),
        QStringLiteral(
            "Faults for --fault-rate, comma-separated: 401, 403, 500, 503, 429, malformed, "
            "truncated, stall, drop. A single request can ask for one with the header "
            "X-Emulator-Fault: KIND (or latency=MS)."),
        QStringLiteral("KINDS"), QStringLiteral("500,503,429"));
    const QCommandLineOption retryAfter(QStringLiteral("retry-after"),
                                        QStringLiteral("Retry-After seconds of a 429."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption tokenTtl(QStringLiteral("token-ttl"),
                                      QStringLiteral("Lifetime of issued tokens in seconds."),
                                      QStringLiteral("S"), QStringLiteral("86400"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("Serve HTTPS with this PEM certificate."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The PEM RSA key of --tls-cert."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption countIsPageLength(
        QStringLiteral("count-is-page-length"),
        QStringLiteral("Answer each listing's count as the rows of the page, not the total."));
    parser.addOptions(
        {tlsCert, tlsKey, tokenFile, passwordFile, skFile, idleTimeout, countIsPageLength});
    parser.addOptions({port, seed, groups, failures, data, projectId, projectName, token, user,
                       password, domain, ak, sk, latency, faultRate, faults, retryAfter, tokenTtl});
    parser.process(app);

    const auto number = [&parser](const QCommandLineOption &o, qint64 min, qint64 max, bool *ok) {
        bool parsed = false;
        const qint64 v = parser.value(o).toLongLong(&parsed);
        if (!parsed || v < min || v > max) {
            *ok = false;
            std::fprintf(stderr, "sdrs-emulator: --%s must be a whole number from %lld to %lld\n",
                         qPrintable(o.names().constFirst()), static_cast<long long>(min),
                         static_cast<long long>(max));
        }
        return v;
    };
    bool ok = true;
    const qint64 portValue = number(port, 0, 65535, &ok);
    const qint64 seedValue = number(seed, 0, std::numeric_limits<qint64>::max(), &ok);
    const qint64 groupCount = number(groups, 0, 100000, &ok);
    const qint64 failureCount = number(failures, 0, 10000000, &ok);
    const qint64 latencyValue = number(latency, 0, 600000, &ok);
    const qint64 retryAfterValue = number(retryAfter, 0, 86400, &ok);
    const qint64 ttlValue = number(tokenTtl, 1, 10 * 86400, &ok);
    const qint64 idleValue = number(idleTimeout, 1, 86400, &ok);
    if (!ok)
        return 2;

    Options options;
    if (!secret(parser, token, tokenFile, "SDRS_EMULATOR_TOKEN", &options.token) ||
        !secret(parser, password, passwordFile, "SDRS_EMULATOR_PASSWORD", &options.password) ||
        !secret(parser, sk, skFile, "SDRS_EMULATOR_SK", &options.secretKey))
        return 2;
    options.userName = parser.value(user);
    options.domainName = parser.value(domain);
    options.accessKey = parser.value(ak);
    options.limits.idleTimeoutMs = int(idleValue * 1000);
    options.countIsPageLength = parser.isSet(countIsPageLength);
    options.limits.requestTimeoutMs =
        std::min(options.limits.requestTimeoutMs, options.limits.idleTimeoutMs);
    options.projectName = parser.value(projectName);
    options.latencyMs = int(latencyValue);
    options.retryAfterSeconds = int(retryAfterValue);
    options.tokenTtlSeconds = int(ttlValue);
    options.seed = quint64(seedValue);
    bool rateOk = false;
    options.faultRate = parser.value(faultRate).toDouble(&rateOk);
    if (!rateOk || options.faultRate < 0 || options.faultRate > 1)
        return fail(QStringLiteral("--fault-rate must be a number from 0 to 1"));
    options.faults.clear();
    for (const QString &name : parser.value(faults).split(u',', Qt::SkipEmptyParts)) {
        const std::optional<Fault> f = parseFault(name);
        if (!f)
            return fail(QStringLiteral("unknown fault \"%1\" in --faults").arg(name));
        options.faults.append(*f);
    }
    if (options.userName.isEmpty() != options.password.isEmpty() ||
        options.userName.isEmpty() != options.domainName.isEmpty())
        return fail(QStringLiteral("--user, --password and --domain go together"));
    if (options.accessKey.isEmpty() != options.secretKey.isEmpty())
        return fail(QStringLiteral("--ak and --sk go together"));

    Dataset dataset;
    if (parser.isSet(data)) {
        QFile file(parser.value(data));
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        QString why;
        std::optional<Dataset> loaded = Dataset::fromFixture(file.readAll(), &why);
        if (!loaded)
            return fail(QStringLiteral("%1: %2").arg(file.fileName(), why));
        dataset = std::move(*loaded);
    } else {
        dataset = Dataset::generate(quint64(seedValue), int(groupCount), int(failureCount));
    }
    if (parser.isSet(projectId))
        dataset.projectId = parser.value(projectId);

    Emulator emulator(std::move(dataset), options);
    QString error;
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (parser.isSet(tlsCert) &&
        !emulator.useTls(parser.value(tlsCert), parser.value(tlsKey), &error))
        return fail(error);
    if (!emulator.listen(QHostAddress::LocalHost, quint16(portValue), &error))
        return fail(error);
    stopOnSignals();
    std::printf("%s\n", qPrintable(emulator.baseUrl().toString()));
    std::fflush(stdout);
    std::fprintf(stderr, "sdrs-emulator: project %s, %lld groups, %lld failed tasks\n",
                 qPrintable(emulator.projectId()),
                 static_cast<long long>(emulator.data().groups.size()),
                 static_cast<long long>(emulator.data().failures.size()));
    return app.exec();
}
