// sdrs-emulator: a local SDRS + IAM server for the demo, the tests and the benchmarks.
#include "emulator/emulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <tuple>

using namespace sdrs::emulator;

namespace {

/// One option of the command line: its name, help, value name and default (nullptr: a switch,
/// or no default).
struct OptionSpec
{
    const char *name;
    const char *help;
    const char *valueName;
    const char *defaultValue;
};

// In the order --help lists them.
constexpr OptionSpec Specs[] = {
    {"tls-cert", "Serve HTTPS with this PEM certificate.", "FILE", nullptr},
    {"tls-key", "The PEM RSA key of --tls-cert.", "FILE", nullptr},
    {"token-file", "Read --token from the first line of FILE.", "FILE", nullptr},
    {"password-file", "Read --password from the first line of FILE.", "FILE", nullptr},
    {"sk-file", "Read --sk from the first line of FILE.", "FILE", nullptr},
    {"idle-timeout", "Close a connection idle (or sending one request) for S seconds.", "S", "60"},
    {"count-is-page-length", "Answer each listing's count as the rows of the page, not the total.",
     nullptr, nullptr},
    {"port", "Port (0: any free port).", "N", "0"},
    {"seed", "Seed of the generated data.", "N", "1"},
    {"groups", "Protection groups to generate.", "N", "10"},
    {"failures", "Failed tasks to generate, in all.", "N", "500"},
    {"data", "Serve groups, failures and jobs from a JSON fixture.", "FILE", nullptr},
    {"project-id", "The project id (default: the data's).", "ID", nullptr},
    {"project-name", "The project name for IAM scoping.", "NAME", "eu-de"},
    {"token", "Accept this X-Auth-Token (or --token-file FILE, or $SDRS_EMULATOR_TOKEN).", "TOKEN",
     nullptr},
    {"user", "Accept this IAM user.", "NAME", nullptr},
    {"password", "The IAM user's password (or --password-file FILE, or $SDRS_EMULATOR_PASSWORD).",
     "PW", nullptr},
    {"domain", "The IAM user's domain.", "NAME", nullptr},
    {"ak", "Accept AK/SK signatures of this access key.", "AK", nullptr},
    {"sk", "The secret key for --ak (or --sk-file FILE, or $SDRS_EMULATOR_SK).", "SK", nullptr},
    {"latency-ms", "Delay every answer by N ms.", "N", "0"},
    {"fault-rate", "Share (0..1) of requests answered with a fault.", "X", "0"},
    {"faults",
     "Faults for --fault-rate, comma-separated: 401, 403, 500, 503, 429, malformed, truncated, "
     "stall, drop. A single request can ask for one with the header X-Emulator-Fault: KIND (or "
     "latency=MS).",
     "KINDS", "500,503,429"},
    {"retry-after", "Retry-After seconds of a 429.", "S", "1"},
    {"token-ttl", "Lifetime of issued tokens in seconds.", "S", "86400"},
    {"churn",
     "Every SECONDS, COUNT (default 1) new failed tasks begin and the COUNT oldest go. One step "
     "at any time: POST /emulator/churn?count=N (from this computer).",
     "SECONDS[:COUNT]", nullptr},
};

int fail(const QString &message)
{
    std::fprintf(stderr, "sdrs-emulator: %s\n", qPrintable(message));
    return 2;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "A local SDRS and IAM server on 127.0.0.1. Prints its base URL as the first line on "
        "stdout, then serves until interrupted."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const OptionSpec &spec : Specs) {
        QCommandLineOption option(QString::fromLatin1(spec.name), QString::fromLatin1(spec.help));
        if (spec.valueName)
            option.setValueName(QString::fromLatin1(spec.valueName));
        if (spec.defaultValue)
            option.setDefaultValue(QString::fromLatin1(spec.defaultValue));
        parser.addOption(option);
    }
}

/// The whole number of option `name`, when it lies in [min, max]; otherwise the line is printed
/// and `ok` cleared.
qint64 number(const QCommandLineParser &parser, const char *name, qint64 min, qint64 max, bool *ok)
{
    bool parsed = false;
    const qint64 v = parser.value(QString::fromLatin1(name)).toLongLong(&parsed);
    if (!parsed || v < min || v > max) {
        *ok = false;
        std::fprintf(stderr, "sdrs-emulator: --%s must be a whole number from %lld to %lld\n", name,
                     static_cast<long long>(min), static_cast<long long>(max));
    }
    return v;
}

/// A secret from its option, else from the file named by `--NAME-file` (its first line), else
/// from the environment variable: scripts need not show secrets in `ps`. False (and the line
/// printed) when the file cannot be read.
bool secret(const QCommandLineParser &parser, const char *name, const char *variable,
            QString *value)
{
    const QString option = QString::fromLatin1(name);
    const QString fileOption = option + QStringLiteral("-file");
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

/// The sizes of the generated data and the port to listen on.
struct Sizes
{
    qint64 port = 0;
    qint64 groups = 0;
    qint64 failures = 0;
};

/// The numbers of the options, into `sizes` and `options`; false when one is out of range.
bool readNumbers(const QCommandLineParser &parser, Sizes *sizes, Options *options)
{
    bool ok = true;
    sizes->port = number(parser, "port", 0, 65535, &ok);
    options->seed = quint64(number(parser, "seed", 0, std::numeric_limits<qint64>::max(), &ok));
    sizes->groups = number(parser, "groups", 0, 100000, &ok);
    sizes->failures = number(parser, "failures", 0, 10000000, &ok);
    options->latencyMs = int(number(parser, "latency-ms", 0, 600000, &ok));
    options->retryAfterSeconds = int(number(parser, "retry-after", 0, 86400, &ok));
    options->tokenTtlSeconds = int(number(parser, "token-ttl", 1, 10 * 86400, &ok));
    options->limits.idleTimeoutMs = int(number(parser, "idle-timeout", 1, 86400, &ok) * 1000);
    options->limits.requestTimeoutMs =
        std::min(options->limits.requestTimeoutMs, options->limits.idleTimeoutMs);
    return ok;
}

/// The server's options from the command line; an error message when they do not fit.
QString readOptions(const QCommandLineParser &parser, Options *options)
{
    options->userName = parser.value(QStringLiteral("user"));
    options->domainName = parser.value(QStringLiteral("domain"));
    options->accessKey = parser.value(QStringLiteral("ak"));
    options->countIsPageLength = parser.isSet(QStringLiteral("count-is-page-length"));
    options->projectName = parser.value(QStringLiteral("project-name"));
    bool rateOk = false;
    options->faultRate = parser.value(QStringLiteral("fault-rate")).toDouble(&rateOk);
    if (!rateOk || options->faultRate < 0 || options->faultRate > 1)
        return QStringLiteral("--fault-rate must be a number from 0 to 1");
    if (parser.isSet(QStringLiteral("churn"))) {
        const auto churn = parseChurn(parser.value(QStringLiteral("churn")));
        if (!churn)
            return QStringLiteral("--churn must be SECONDS[:COUNT], seconds from 1 to 86400, "
                                  "count from 1 to 10000");
        std::tie(options->churnSeconds, options->churnCount) = *churn;
    }
    options->faults.clear();
    const QString faults = parser.value(QStringLiteral("faults"));
    for (const QString &name : faults.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<Fault> f = parseFault(name);
        if (!f)
            return QStringLiteral("unknown fault \"%1\" in --faults").arg(name);
        options->faults.append(*f);
    }
    if (options->userName.isEmpty() != options->password.isEmpty() ||
        options->userName.isEmpty() != options->domainName.isEmpty())
        return QStringLiteral("--user, --password and --domain go together");
    if (options->accessKey.isEmpty() != options->secretKey.isEmpty())
        return QStringLiteral("--ak and --sk go together");
    return {};
}

/// The data to serve: the fixture of --data, else generated. An error message when the fixture
/// cannot be read.
QString loadDataset(const QCommandLineParser &parser, const Sizes &sizes, quint64 seed,
                    Dataset *dataset)
{
    if (!parser.isSet(QStringLiteral("data"))) {
        *dataset = Dataset::generate(seed, int(sizes.groups), int(sizes.failures));
        return {};
    }
    QFile file(parser.value(QStringLiteral("data")));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
    sdrs::Result<Dataset> loaded = Dataset::fromFixture(file.readAll());
    if (!loaded.ok())
        return QStringLiteral("%1: %2").arg(file.fileName(), loaded.error.message);
    *dataset = std::move(loaded.value);
    return {};
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
    addOptions(parser);
    parser.process(app);
    Sizes sizes;
    Options options;
    if (!readNumbers(parser, &sizes, &options))
        return 2;
    if (!secret(parser, "token", "SDRS_EMULATOR_TOKEN", &options.token) ||
        !secret(parser, "password", "SDRS_EMULATOR_PASSWORD", &options.password) ||
        !secret(parser, "sk", "SDRS_EMULATOR_SK", &options.secretKey))
        return 2;
    if (const QString problem = readOptions(parser, &options); !problem.isEmpty())
        return fail(problem);
    Dataset dataset;
    if (const QString problem = loadDataset(parser, sizes, options.seed, &dataset);
        !problem.isEmpty())
        return fail(problem);
    if (parser.isSet(QStringLiteral("project-id")))
        dataset.projectId = parser.value(QStringLiteral("project-id"));

    Emulator emulator(std::move(dataset), options);
    const QString cert = QStringLiteral("tls-cert");
    const QString key = QStringLiteral("tls-key");
    if (parser.isSet(cert) != parser.isSet(key))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (parser.isSet(cert)) {
        const sdrs::Result<sdrs::NoContent> tls =
            emulator.useTls(parser.value(cert), parser.value(key));
        if (!tls.ok())
            return fail(tls.error.message);
    }
    const sdrs::Result<sdrs::NoContent> listening =
        emulator.listen(QHostAddress::LocalHost, quint16(sizes.port));
    if (!listening.ok())
        return fail(listening.error.message);
    stopOnSignals();
    std::printf("%s\n", qPrintable(emulator.baseUrl().toString()));
    std::fflush(stdout);
    std::fprintf(stderr, "sdrs-emulator: project %s, %lld groups, %lld failed tasks\n",
                 qPrintable(emulator.projectId()),
                 static_cast<long long>(emulator.data().groups.size()),
                 static_cast<long long>(emulator.data().failures.size()));
    return app.exec();
}
