// The command line for scripts: export, groups, job, delete. No window, no display.
#include "cli.h"

#include "allgroups.h"
#include "csvexport.h"
#include "deletes.h"
#include "demo.h"
#include "jobtreemodel.h"
#include "jsoncodec.h"
#include "profilestore.h"
#include "safetext.h"
#include "sdrsclient.h"
#include "vocabulary.h"
#include "wiresafety.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

namespace sdrs::cli {

namespace {

/// The translation context of every sentence of the command line.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::cli)
};

// ---------------------------------------------------------------------------------------------
// Signals: SIGINT, SIGTERM and SIGHUP cancel what is running, so that `-o FILE` is never left
// half written (QSaveFile discards its temporary file); SIGPIPE is ignored so that a closed pipe
// is a write error (exit 6) instead of a silent death.

volatile std::sig_atomic_t g_signal = 0;
int g_signalPipe[2] = {-1, -1};

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

bool g_progressOpen = false;

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
    endProgressLine();
    message.replace(u'\r', u' ');
    message.replace(u'\n', u' ');
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

/// A progress line on stderr, rewritten in place; only when stderr is a terminal.
class ProgressLine
{
public:
    ProgressLine()
        : m_enabled(stderrIsTerminal())
    {}

    void show(const QString &text)
    {
        if (!m_enabled)
            return;
        QString line = text;
        if (line.size() < m_lastLength)
            line += QString(m_lastLength - line.size(), u' ');
        m_lastLength = text.size();
        const QByteArray bytes = '\r' + line.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
        g_progressOpen = true;
    }
    void end() { endProgressLine(); }

private:
    bool m_enabled = false;
    qsizetype m_lastLength = 0;
};

// ---------------------------------------------------------------------------------------------
// stdout

/// Standard output with a buffer of its own (1 MiB), written with write(2): a closed pipe (EPIPE,
/// SIGPIPE being ignored) or a full disk is an error the caller sees, never lost.
class StdoutDevice final : public QIODevice
{
public:
    StdoutDevice()
    {
        m_buffer.reserve(Capacity);
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    ~StdoutDevice() override { flushBuffer(); }
    Q_DISABLE_COPY_MOVE(StdoutDevice)

    bool isSequential() const override { return true; }

    /// Writes what is buffered; false (and errorString()) when it could not be written.
    bool flushBuffer()
    {
        qsizetype done = 0;
        while (!m_failed && done < m_buffer.size()) {
            const ssize_t n =
                ::write(STDOUT_FILENO, m_buffer.constData() + done, size_t(m_buffer.size() - done));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                m_failed = true;
                setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
            } else {
                done += n;
            }
        }
        m_buffer.resize(0);
        return !m_failed;
    }
    bool failed() const { return m_failed; }

    /// Writes `text` as UTF-8.
    void print(const QString &text) { write(text.toUtf8()); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        if (m_failed)
            return -1;
        m_buffer.append(data, length);
        if (m_buffer.size() >= Capacity && !flushBuffer())
            return -1;
        return length;
    }

private:
    static constexpr qsizetype Capacity = 1 << 20;
    QByteArray m_buffer;
    bool m_failed = false;
};

/// Flushes stdout; on a write error prints the line and returns OutputError.
int finishStdout(StdoutDevice &out, int code = Success)
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
    switch (error.kind) {
    case ApiError::Kind::None:
        return Success;
    case ApiError::Kind::Auth:
        return AuthFailed;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return NetworkError;
    case ApiError::Kind::Http:
        return error.httpStatus == 401 || error.httpStatus == 403 ? AuthFailed : ServiceError;
    case ApiError::Kind::Decode:
        return ServiceError;
    case ApiError::Kind::Cancelled:
        return g_signal != 0 ? interruptedCode() : Failure;
    case ApiError::Kind::Invalid:
        return UsageError;
    }
    return Failure;
}

/// Prints "<what>: <the error>" and returns the exit code of its class.
int callFailed(const QString &what, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled && g_signal != 0)
        return interrupted();
    printError(what + QStringLiteral(": ") + error.toString());
    return exitCodeFor(error);
}

// ---------------------------------------------------------------------------------------------
// Waiting for calls, and the signals that cancel them.

class Runner final : public QObject
{
public:
    Runner()
    {
        if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
            m_notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
            connect(m_notifier, &QSocketNotifier::activated, this, [this] {
                char buffer[16];
                while (::read(g_signalPipe[0], buffer, sizeof buffer) > 0) {
                }
                interrupt();
            });
        }
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, &m_oldInt);
        sigaction(SIGTERM, &action, &m_oldTerm);
        sigaction(SIGHUP, &action, &m_oldHup);
        std::signal(SIGPIPE, SIG_IGN);
    }

    ~Runner() override
    {
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
        sigaction(SIGHUP, &m_oldHup, nullptr);
        delete m_notifier;
        for (int &fd : g_signalPipe) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
    Q_DISABLE_COPY_MOVE(Runner)

    static bool interrupted() { return g_signal != 0; }

    /// Starts a call with `start(context, done)` and runs the event loop until it answers (or a
    /// signal cancelled it: then the result's error is of kind Cancelled).
    template<class T, class Start> Result<T> await(Start start)
    {
        std::optional<Result<T>> result;
        QEventLoop loop;
        QObject context;
        m_loop = &loop;
        m_call = start(&context, [&result, &loop](const Result<T> &r) {
            result = r;
            loop.quit();
        });
        if (interrupted() && m_call)
            m_call->cancel();
        if (!result)
            loop.exec();
        m_loop = nullptr;
        m_call = nullptr;
        // The finished call deletes itself later: let it go now, with what it still holds.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (!result) {
            Result<T> cancelled;
            cancelled.error.kind = ApiError::Kind::Cancelled;
            return cancelled;
        }
        return std::move(*result);
    }

    /// ProfileStore::load, waited for; nullopt when a signal came first.
    std::optional<std::pair<Profile, QString>> loadProfile(ProfileStore &store, const QString &name)
    {
        std::optional<std::pair<Profile, QString>> result;
        QEventLoop loop;
        QObject context;
        m_loop = &loop;
        store.load(name, &context, [&result, &loop](const Profile &profile, const QString &note) {
            result.emplace(profile, note);
            loop.quit();
        });
        if (!interrupted())
            loop.exec();
        m_loop = nullptr;
        return interrupted() ? std::nullopt : result;
    }

private:
    void interrupt()
    {
        if (m_call)
            m_call->cancel(); // its callback quits the loop
        else if (m_loop)
            m_loop->quit();
    }

    QSocketNotifier *m_notifier = nullptr;
    QEventLoop *m_loop = nullptr;
    QPointer<ApiCall> m_call;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    struct sigaction m_oldHup = {};
};

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

struct CommonOptions
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            Text::tr("Show this help and exit.")};
    QCommandLineOption endpoint{QStringLiteral("endpoint"),
                                Text::tr("SDRS endpoint, e.g. "
                                         "https://sdrs.eu-de.otc.t-systems.com."),
                                QStringLiteral("URL")};
    QCommandLineOption projectId{QStringLiteral("project-id"),
                                 Text::tr("Project id (default: $OS_PROJECT_ID)."),
                                 QStringLiteral("ID")};
    QCommandLineOption projectName{
        QStringLiteral("project-name"),
        Text::tr("Project name for the password sign-in (default: $OS_PROJECT_NAME)."),
        QStringLiteral("NAME")};
    QCommandLineOption signing{QStringLiteral("signing"),
                               Text::tr("AK/SK signing variant: a (Huawei Cloud SDKs, the "
                                        "default) or b (OTC SDKs)."),
                               QStringLiteral("a|b")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               Text::tr("Use a saved connection profile of the window."),
                               QStringLiteral("NAME")};
    QCommandLineOption demo{
        QStringLiteral("demo"),
        Text::tr("Use the built-in demo server (generated data)."),
    };
    QCommandLineOption allowHttp{
        QStringLiteral("allow-http"),
        Text::tr("Send credentials over plain http:// to a host that is not this computer "
                 "(refused without it; a warning on every run)."),
    };
    QCommandLineOption maxAnswer{
        QStringLiteral("max-answer-mib"),
        Text::tr("The largest answer accepted from the service, in MiB (default 64); a larger one "
                 "is stopped while it arrives."),
        QStringLiteral("N")};
    QCommandLineOption timeout{
        QStringLiteral("timeout"),
        Text::tr("Seconds to wait for each answer (default 30); a GET is tried again after a "
                 "transient failure, for two minutes at most."),
        QStringLiteral("S")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({help, endpoint, projectId, projectName, signing, profile, demo,
                           allowHttp, maxAnswer, timeout});
    }
};

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

/// Parses `arguments` (argv, the command second) for `command`. Returns -1 to go on, else the exit
/// code (help printed: 0; an error: 2).
int parseCommand(QCommandLineParser &parser, const CommonOptions &common,
                 const QStringList &arguments, const QString &command)
{
    QStringList args{arguments.value(0, QStringLiteral("sdrs-failures"))};
    args += arguments.mid(2);
    if (!parser.parse(args))
        return usageError(
            Text::tr("%1: %2 (see sdrs-failures %1 --help)").arg(command, parser.errorText()));
    if (parser.isSet(common.help)) {
        QString text = parser.helpText();
        // The description is one line per paragraph: wrap it as the options are wrapped.
        const qsizetype descriptionEnd = text.indexOf(QStringLiteral("\n\nOptions:"));
        if (descriptionEnd > 0) {
            const qsizetype descriptionStart = text.indexOf(u'\n') + 1;
            const QString description =
                text.mid(descriptionStart, descriptionEnd - descriptionStart);
            text.replace(descriptionStart, description.size(), wrapText(description, 79));
        }
        // "Usage: /path/to/sdrs-failures [options]" -> "Usage: sdrs-failures export [options]"
        const qsizetype colon = text.indexOf(QStringLiteral(": "));
        const qsizetype nameEnd = colon < 0 ? -1 : text.indexOf(u' ', colon + 2);
        if (nameEnd > 0)
            text.replace(colon + 2, nameEnd - colon - 2,
                         QStringLiteral("sdrs-failures ") + command);
        StdoutDevice out;
        out.print(text);
        return finishStdout(out);
    }
    return -1;
}

/// A whole number option from `min` to `max`; when it is not, prints the line and returns
/// nullopt.
std::optional<qint64> numberOption(const QCommandLineParser &parser,
                                   const QCommandLineOption &option, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        printError(Text::tr("--%1 must be a whole number from %2 to %3, not \"%4\"")
                       .arg(option.names().constLast())
                       .arg(min)
                       .arg(max)
                       .arg(parser.value(option)));
        return std::nullopt;
    }
    return value;
}

/// Applies --allow-http, --max-answer-mib and --timeout to `c`, and warns on every run that
/// credentials go in clear text. Returns -1 to go on, else the exit code.
int applyLimits(const QCommandLineParser &parser, const CommonOptions &common, Connection &c)
{
    if (parser.isSet(common.timeout)) {
        const std::optional<qint64> seconds = numberOption(parser, common.timeout, 1, 3600);
        if (!seconds)
            return UsageError;
        c.timeoutMs = int(*seconds * 1000);
    }
    if (parser.isSet(common.maxAnswer)) {
        const std::optional<qint64> mib = numberOption(parser, common.maxAnswer, 1, 4096);
        if (!mib)
            return UsageError;
        c.maxAnswerBytes = *mib << 20;
    }
    c.allowHttp = parser.isSet(common.allowHttp);
    if (c.allowHttp) {
        for (const QUrl &url : {c.endpoint, c.iamUrl}) {
            if (!url.isEmpty() && !wire::cleartextProblem(url, false).isEmpty())
                //: %1 is a host name.
                printError(Text::tr("warning: --allow-http: credentials go over plain HTTP to %1, "
                                    "readable by anyone on the way")
                               .arg(url.host()));
        }
    }
    return -1;
}

/// What a command connects with; the demo server lives as long as this does.
struct Setup
{
    Demo demo;
    Connection connection;
};

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

/// Fills `setup` from the options and the environment. Returns -1 to go on, else the exit code.
int setUpConnection(Runner &runner, const QCommandLineParser &parser, const CommonOptions &common,
                    Setup &setup)
{
    if (parser.isSet(common.demo)) {
        if (parser.isSet(common.endpoint) || parser.isSet(common.profile))
            return usageError(Text::tr("--demo excludes --endpoint and --profile"));
        QString error;
        setup.demo = Demo::start(&error);
        if (!setup.demo.server) {
            printError(Text::tr("cannot start the demo server: %1").arg(error));
            return Failure;
        }
        setup.connection = setup.demo.connection;
        return applyLimits(parser, common, setup.connection);
    }

    std::optional<signing::Variant> variant;
    if (parser.isSet(common.signing)) {
        const QString v = parser.value(common.signing).toLower();
        if (v == QStringLiteral("a"))
            variant = signing::Variant::A;
        else if (v == QStringLiteral("b"))
            variant = signing::Variant::B;
        else
            return usageError(
                Text::tr("--signing must be a or b, not \"%1\"").arg(parser.value(common.signing)));
    }

    Connection c;
    if (parser.isSet(common.profile)) {
        const QString name = parser.value(common.profile);
        ProfileStore store;
        if (!store.profile(name)) {
            const QStringList names = store.names();
            return usageError(
                names.isEmpty()
                    ? Text::tr("there is no saved profile named \"%1\" (none are saved)").arg(name)
                    : Text::tr("there is no saved profile named \"%1\" (saved: %2)")
                          .arg(name, names.join(QStringLiteral(", "))));
        }
        const auto loaded = runner.loadProfile(store, name);
        if (!loaded)
            return interrupted();
        if (!loaded->second.isEmpty()) {
            printError(Text::tr("profile \"%1\": %2").arg(name, loaded->second));
            return AuthFailed;
        }
        c = loaded->first.connection;
        if (parser.isSet(common.endpoint))
            c.endpoint = QUrl(parser.value(common.endpoint), QUrl::StrictMode);
        if (parser.isSet(common.projectId))
            c.projectId = parser.value(common.projectId);
        if (parser.isSet(common.projectName))
            c.projectName = parser.value(common.projectName);
        if (variant)
            c.signingVariant = *variant;
    } else {
        c.endpoint = QUrl(parser.value(common.endpoint), QUrl::StrictMode);
        c.projectId =
            parser.isSet(common.projectId) ? parser.value(common.projectId) : env("OS_PROJECT_ID");
        if (c.projectId.isEmpty() && !parser.isSet(common.projectId))
            c.projectId = env("HUAWEICLOUD_SDK_PROJECT_ID");
        c.projectName = parser.isSet(common.projectName) ? parser.value(common.projectName)
                                                         : env("OS_PROJECT_NAME");
        c.caFile = env("OS_CACERT");

        QString accessKey = env("OS_ACCESS_KEY");
        QString secretKey = env("OS_SECRET_KEY");
        if (accessKey.isEmpty() && secretKey.isEmpty()) {
            accessKey = env("HUAWEICLOUD_SDK_AK");
            secretKey = env("HUAWEICLOUD_SDK_SK");
        }
        const QString token = env("OS_AUTH_TOKEN");
        if (!token.isEmpty()) {
            c.auth = Connection::Auth::Token;
            c.token = token;
        } else if (!accessKey.isEmpty() || !secretKey.isEmpty()) {
            c.auth = Connection::Auth::AkSk;
            c.accessKey = accessKey;
            c.secretKey = secretKey;
            c.securityToken = env("OS_SECURITY_TOKEN");
            c.signingVariant = variant.value_or(signing::Variant::A);
        } else if (!env("OS_USERNAME").isEmpty() || !env("OS_PASSWORD").isEmpty() ||
                   !env("OS_AUTH_URL").isEmpty()) {
            c.auth = Connection::Auth::Password;
            c.iamUrl = QUrl(env("OS_AUTH_URL"), QUrl::StrictMode);
            c.userName = env("OS_USERNAME");
            c.password = env("OS_PASSWORD");
            c.domainName = env("OS_USER_DOMAIN_NAME");
            if (c.domainName.isEmpty())
                c.domainName = env("OS_DOMAIN_NAME");
        } else {
            return usageError(Text::tr(
                "no credentials: set OS_AUTH_TOKEN; or OS_ACCESS_KEY and OS_SECRET_KEY; or "
                "OS_AUTH_URL, OS_USERNAME, OS_PASSWORD and OS_USER_DOMAIN_NAME; or use "
                "--profile or --demo"));
        }
    }
    const QString problem = c.validate();
    if (!problem.isEmpty())
        return usageError(problem);
    if (const int rc = applyLimits(parser, common, c); rc >= 0)
        return rc;
    setup.connection = std::move(c);
    return -1;
}

// ---------------------------------------------------------------------------------------------
// Protection groups by id or name.

/// The group `text` names: exactly its id, else exactly its name, else its name in any letter
/// case. nullopt (and `*error` a sentence) when none or several fit.
std::optional<ProtectionGroup> resolveGroup(const QList<ProtectionGroup> &groups,
                                            const QString &text, QString *error)
{
    for (const ProtectionGroup &g : groups) {
        if (g.id == text)
            return g;
    }
    const auto pick = [&](Qt::CaseSensitivity cs) -> std::optional<QList<ProtectionGroup>> {
        QList<ProtectionGroup> fits;
        for (const ProtectionGroup &g : groups) {
            if (g.name.compare(text, cs) == 0)
                fits.append(g);
        }
        if (fits.isEmpty())
            return std::nullopt;
        return fits;
    };
    std::optional<QList<ProtectionGroup>> fits = pick(Qt::CaseSensitive);
    if (!fits)
        fits = pick(Qt::CaseInsensitive);
    if (!fits) {
        *error = Text::tr("no protection group has the id or name \"%1\" (%2 groups listed)")
                     .arg(text)
                     .arg(groups.size());
        return std::nullopt;
    }
    if (fits->size() > 1) {
        QStringList ids;
        for (const ProtectionGroup &g : std::as_const(*fits))
            ids.append(g.id);
        *error = Text::tr("the name \"%1\" fits %2 protection groups (%3): give the id")
                     .arg(text)
                     .arg(fits->size())
                     .arg(ids.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return fits->constFirst();
}

// ---------------------------------------------------------------------------------------------
// Writers: table, JSON. (CSV is csv::writeRows.)

/// A cell of a plain-text table: one line, at most `maxWidth` characters.
QString tableCell(QString text, qsizetype maxWidth)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    // No escape sequence from a server reaches the terminal.
    return text::elide(text::printable(text), maxWidth);
}

/// Writes an aligned plain-text table: a header line (unless `headerLine` is false), then `rows`
/// lines of `cell(row, column)`, columns two spaces apart. Reads every cell twice (widths, then
/// text) instead of keeping them.
csv::WriteResult writeTable(QIODevice &out, const QStringList &headers, bool headerLine,
                            qsizetype rows, const std::function<QString(qsizetype, int)> &cell,
                            const std::function<qsizetype(int)> &maxWidth,
                            const std::function<bool()> &shouldStop)
{
    csv::WriteResult result;
    const int columns = int(headers.size());
    QList<qsizetype> widths(columns);
    for (int c = 0; c < columns; ++c)
        widths[c] = headerLine ? headers.at(c).size() : 0;
    for (qsizetype r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c)
            widths[c] = std::max(widths[c], tableCell(cell(r, c), maxWidth(c)).size());
    }
    QString line;
    QByteArray chunk;
    const auto addLine = [&](const std::function<QString(int)> &text) {
        line.resize(0);
        for (int c = 0; c < columns; ++c) {
            const QString t = text(c);
            line += t;
            if (c + 1 < columns)
                line += QString(widths.at(c) - t.size() + 2, u' ');
        }
        while (line.endsWith(u' '))
            line.chop(1);
        line += u'\n';
        chunk += line.toUtf8();
    };
    const auto flush = [&]() {
        if (out.write(chunk) != chunk.size()) {
            result.error = out.errorString();
            return false;
        }
        chunk.resize(0);
        return true;
    };
    if (headerLine)
        addLine([&](int c) { return headers.at(c); });
    for (qsizetype r = 0; r < rows; ++r) {
        addLine([&](int c) { return tableCell(cell(r, c), maxWidth(c)); });
        ++result.rows;
        if (chunk.size() > (1 << 16)) {
            if (shouldStop && shouldStop()) {
                result.cancelled = true;
                return result;
            }
            if (!flush())
                return result;
        }
    }
    if (!flush())
        return result;
    result.ok = true;
    return result;
}

/// A JSON array of objects, one a line, each with the columns' headers as keys in column order.
csv::WriteResult writeJsonRows(QIODevice &out, const QList<FailureJob> &jobs,
                               const QList<csv::Column> &columns,
                               const QHash<QString, QString> &groupNames,
                               const std::function<bool()> &shouldStop)
{
    csv::WriteResult result;
    QByteArray chunk;
    chunk.reserve(1 << 17);
    const auto flush = [&]() {
        if (out.write(chunk) != chunk.size()) {
            result.error = out.errorString();
            return false;
        }
        chunk.resize(0);
        return true;
    };
    chunk += '[';
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        chunk += i == 0 ? "\n{" : ",\n{";
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (c > 0)
                chunk += ", ";
            json::appendQuoted(chunk, columns.at(c).header);
            chunk += ": ";
            json::appendQuoted(chunk, csv::fieldValue(jobs.at(i), columns.at(c).field, groupNames));
        }
        chunk += '}';
        ++result.rows;
        if (chunk.size() > (1 << 16)) {
            if (shouldStop && shouldStop()) {
                result.cancelled = true;
                return result;
            }
            if (!flush())
                return result;
        }
    }
    chunk += jobs.isEmpty() ? "]\n" : "\n]\n";
    if (!flush())
        return result;
    result.ok = true;
    return result;
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// Where a command's output goes: standard output (with `-o -` or no -o) or a file written
/// safely. `write` returns a WriteResult for the device it is handed. Returns the exit code.
int writeOutput(
    const QString &path,
    const std::function<csv::WriteResult(QIODevice &, const std::function<bool()> &)> &write)
{
    const std::function<bool()> shouldStop = [] {
        return g_signal != 0;
    };
    if (path.isEmpty() || path == QStringLiteral("-")) {
        StdoutDevice out;
        const csv::WriteResult r = write(out, shouldStop);
        if (r.cancelled || g_signal != 0)
            return interrupted();
        if (!r.ok) {
            printError(Text::tr("cannot write to standard output: %1")
                           .arg(r.error.isEmpty() ? out.errorString() : r.error));
            return OutputError;
        }
        return finishStdout(out);
    }
    bool stopped = false;
    const QString error = csv::writeFileSafely(path, [&](QIODevice &out, QString *why) {
        const csv::WriteResult r = write(out, shouldStop);
        if (r.cancelled || g_signal != 0) {
            stopped = true;
            return false; // an empty error: cancelled, nothing is left behind
        }
        if (!r.ok) {
            *why = r.error.isEmpty() ? out.errorString() : r.error;
            return false;
        }
        return true;
    });
    // A signal that came after the last row was written is too late: the file is complete and in
    // place, and the run succeeded.
    if (stopped)
        return interrupted();
    if (!error.isEmpty()) {
        printError(error);
        return OutputError;
    }
    return Success;
}

/// Checks before any request that `-o` can be written: a file (not a folder) in a folder that
/// exists and is writable. Returns -1 to go on, else OutputError (the line printed).
int checkOutputPath(const QString &path)
{
    if (path.isEmpty() || path == QStringLiteral("-"))
        return -1;
    const QFileInfo info(path);
    switch (csv::targetOf(path)) {
    case csv::Target::Folder:
        printError(Text::tr("cannot write %1: it is a folder").arg(path));
        return OutputError;
    case csv::Target::Other:
        printError(Text::tr("cannot write %1: it is neither an ordinary file nor a pipe nor a "
                            "character device")
                       .arg(path));
        return OutputError;
    case csv::Target::Stream:
        // A pipe or a device is written as it is (never replaced): its folder does not matter.
        if (!info.isWritable()) {
            printError(Text::tr("cannot write %1: permission denied").arg(path));
            return OutputError;
        }
        return -1;
    case csv::Target::Missing:
    case csv::Target::Regular:
        break;
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        printError((folder.exists() ? Text::tr("cannot write %1: %2 is not a folder")
                                    : Text::tr("cannot write %1: the folder %2 does not exist"))
                       .arg(path, QDir::toNativeSeparators(folder.filePath())));
        return OutputError;
    }
    if (!folder.isWritable()) {
        printError(Text::tr("cannot write %1: the folder %2 is not writable")
                       .arg(path, QDir::toNativeSeparators(folder.filePath())));
        return OutputError;
    }
    return -1;
}

QString formatNumber(qint64 n)
{
    return QLocale().toString(n);
}

// ---------------------------------------------------------------------------------------------
// export

int runExport(Runner &runner, const QStringList &arguments)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Writes failed tasks as CSV (RFC 4180, UTF-8, CRLF), JSON (an array of objects "
                 "keyed by the column names) or an aligned text table. Without --group or "
                 "--all-groups: the protection-group level. Without --all-pages or --all-groups: "
                 "one request (--limit, default 1000, the API's maximum; --offset). CSV cells "
                 "starting with = + - @, a tab or a carriage return get a leading ' so that "
                 "spreadsheets do not run them (--no-neutralise: as received). -o writes the "
                 "file only when everything succeeded (any format); nothing is left behind after "
                 "an error or an interruption.") +
        u'\n' + u'\n' + connectionText() + u'\n' + u'\n' + exitCodesText());
    const CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("Write to FILE instead of standard output (\"-\": "
                                             "standard output)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("csv (the default), json or table."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    Text::tr("Only this failure_status, e.g. createFail."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   Text::tr("A protection group by id or name (exact, then in "
                                            "any letter case) instead of the group level."),
                                   QStringLiteral("GROUP"));
    const QCommandLineOption allGroups(QStringLiteral("all-groups"),
                                       Text::tr("Every protection group and the group level, "
                                                "every page."));
    const QCommandLineOption resourceType(
        QStringLiteral("resource-type"),
        Text::tr("Only this resource_type (server_groups, protected_instances, replications, "
                 "disaster_recovery_drills)."),
        QStringLiteral("TYPE"));
    const QCommandLineOption resourceName(QStringLiteral("resource-name"),
                                          Text::tr("Only resources whose name contains NAME."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Text::tr("Rows of the one request, 1 to 1000 (default 1000)."),
                                   QStringLiteral("N"));
    const QCommandLineOption offset(QStringLiteral("offset"),
                                    Text::tr("Rows to skip in the one request (default 0)."),
                                    QStringLiteral("N"));
    const QCommandLineOption allPages(QStringLiteral("all-pages"),
                                      Text::tr("Every page of the group level or of --group."));
    const QCommandLineOption columnsOption(
        QStringLiteral("columns"),
        Text::tr("Comma-separated columns, named as the API names them: job_id, job_type, "
                 "job_status, failure_status, resource_type, resource_id, resource_name, "
                 "begin_time, begin_time_local, error_code, fail_reason, server_group_id, "
                 "server_group_name (default: all but begin_time_local)."),
        QStringLiteral("LIST"));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 Text::tr("CSV: start with a UTF-8 byte order mark (for Excel)."));
    const QCommandLineOption noNeutralise(
        QStringLiteral("no-neutralise"),
        Text::tr("CSV: write cells as received, without the ' before = + - @."));
    const QCommandLineOption noHeader(QStringLiteral("no-header"),
                                      Text::tr("CSV and table: no header line."));
    const QCommandLineOption maxRows(
        QStringLiteral("max-rows"),
        Text::tr("--all-pages and --all-groups: read at most N rows (default 2000000); a server "
                 "that counts more is an error and nothing is written."),
        QStringLiteral("N"));
    parser.addOptions({output, format, status, group, allGroups, resourceType, resourceName, limit,
                       offset, allPages, columnsOption, bom, noNeutralise, noHeader, maxRows});
    if (const int rc = parseCommand(parser, common, arguments, command); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("export: unexpected argument \"%1\" (see sdrs-failures export "
                                   "--help)")
                              .arg(parser.positionalArguments().constFirst()));

    enum class Format { Csv, Json, Table };
    const QString formatText = parser.value(format).toLower();
    Format fmt = Format::Csv;
    if (formatText == QStringLiteral("json"))
        fmt = Format::Json;
    else if (formatText == QStringLiteral("table"))
        fmt = Format::Table;
    else if (formatText != QStringLiteral("csv"))
        return usageError(
            Text::tr("--format must be csv, json or table, not \"%1\"").arg(parser.value(format)));
    if (fmt != Format::Csv && (parser.isSet(bom) || parser.isSet(noNeutralise)))
        return usageError(Text::tr("--bom and --no-neutralise are for --format csv"));
    if (fmt == Format::Json && parser.isSet(noHeader))
        return usageError(Text::tr("--no-header is for --format csv and table"));

    const QString statusValue = parser.value(status);
    if (parser.isSet(status) && !failureStatuses().contains(statusValue))
        return usageError(Text::tr("unknown --status \"%1\"; valid: %2")
                              .arg(statusValue, failureStatuses().join(QStringLiteral(", "))));
    if (parser.isSet(allGroups) && parser.isSet(group))
        return usageError(Text::tr("--all-groups and --group exclude each other"));
    const bool everyPage = parser.isSet(allPages) || parser.isSet(allGroups);
    if (everyPage && (parser.isSet(limit) || parser.isSet(offset)))
        return usageError(Text::tr("--limit and --offset choose one page; --all-pages and "
                                   "--all-groups read every page"));
    if (!everyPage && parser.isSet(maxRows))
        return usageError(Text::tr("--max-rows is for --all-pages and --all-groups"));
    qint64 maxRowsValue = AllGroupsQuery::DefaultMaxRows;
    if (parser.isSet(maxRows)) {
        const std::optional<qint64> v = numberOption(parser, maxRows, 1, 100'000'000);
        if (!v)
            return UsageError;
        maxRowsValue = *v;
    }
    int limitValue = 1000;
    int offsetValue = -1;
    if (parser.isSet(limit)) {
        const std::optional<qint64> v = numberOption(parser, limit, 1, 1000);
        if (!v)
            return UsageError;
        limitValue = int(*v);
    }
    if (parser.isSet(offset)) {
        const std::optional<qint64> v = numberOption(parser, offset, 0, 2147483647);
        if (!v)
            return UsageError;
        offsetValue = int(*v);
    }
    QList<csv::Field> fields = csv::defaultFields();
    if (parser.isSet(columnsOption)) {
        QString why;
        const std::optional<QList<csv::Field>> parsed =
            csv::parseFieldList(parser.value(columnsOption), &why);
        if (!parsed)
            return usageError(QStringLiteral("--columns: ") + why);
        fields = *parsed;
    }
    const QList<csv::Column> columns = csv::columnsNamedByApi(fields);

    const QString path = parser.value(output);
    if (const int rc = checkOutputPath(path); rc >= 0)
        return rc;

    Setup setup;
    if (const int rc = setUpConnection(runner, parser, common, setup); rc >= 0)
        return rc;
    SdrsClient client(setup.connection);

    // The groups: to resolve --group (its name also names the rows).
    QList<ProtectionGroup> groups;
    QString groupId;
    if (parser.isSet(group)) {
        Result<ProtectionGroupPage> listed =
            runner.await<ProtectionGroupPage>([&](QObject *context, auto done) {
                return client.listAllProtectionGroups({}, context, std::move(done));
            });
        if (!listed.ok())
            return callFailed(Text::tr("cannot list the protection groups"), listed.error);
        groups = std::move(listed.value.groups);
        QString why;
        const std::optional<ProtectionGroup> found =
            resolveGroup(groups, parser.value(group), &why);
        if (!found)
            return usageError(why);
        groupId = found->id;
        groups = {*found}; // the rows are this group's: its name is the only one needed
    }

    QList<FailureJob> jobs;
    if (everyPage) {
        AllGroupsQuery query;
        query.failureStatus = statusValue;
        query.resourceType = parser.value(resourceType);
        query.resourceName = parser.value(resourceName);
        query.maxRows = maxRowsValue;
        if (!parser.isSet(allGroups)) {
            query.onlyScope = groupId;
            // The group level has no names to look up; a group's list is known already.
            query.knownGroups = groups;
        }
        ProgressLine progress;
        Result<AllGroupsResult> loaded =
            runner.await<AllGroupsResult>([&](QObject *context, auto done) {
                return loadAllGroups(
                    &client, query, context,
                    [&progress](const AllGroupsProgress &p) {
                        progress.show(
                            Text::tr("%1 of %2 requests, %3 of %4 rows")
                                .arg(formatNumber(p.requestsDone), formatNumber(p.requestsKnown),
                                     formatNumber(p.rowsLoaded), formatNumber(p.rowsExpected)));
                    },
                    std::move(done));
            });
        progress.end();
        if (!loaded.ok())
            return callFailed(Text::tr("cannot read the failed tasks"), loaded.error);
        if (!loaded.value.incomplete.isEmpty()) {
            //: %1 says how many rows were read of how many; --max-rows is an option.
            printError(Text::tr("%1 Nothing was written; --max-rows raises the limit.")
                           .arg(loaded.value.incomplete));
            return ServiceError;
        }
        jobs = std::move(loaded.value.jobs);
        groups = std::move(loaded.value.groups);
    } else {
        FailureJobQuery query;
        query.failureStatus = statusValue;
        query.resourceType = parser.value(resourceType);
        query.resourceName = parser.value(resourceName);
        query.serverGroupId = groupId;
        query.limit = limitValue;
        query.offset = offsetValue;
        Result<FailureJobPage> page =
            runner.await<FailureJobPage>([&](QObject *context, auto done) {
                return client.listFailureJobs(query, context, std::move(done));
            });
        if (!page.ok())
            return callFailed(Text::tr("cannot read the failed tasks"), page.error);
        jobs = std::move(page.value.jobs);
        const qint64 first = std::max(0, offsetValue);
        if (stderrIsTerminal() && page.value.count > first + jobs.size())
            printError(Text::tr("note: rows %1 to %2 of %3; --all-pages reads every page")
                           .arg(formatNumber(jobs.isEmpty() ? first : first + 1),
                                formatNumber(first + jobs.size()), formatNumber(page.value.count)));
        else if (stderrIsTerminal() && query.limit > 0 && jobs.size() >= query.limit)
            // A full page whose count says no more: the count may be the page's length.
            printError(Text::tr("note: rows %1 to %2, and there may be more; --all-pages reads "
                                "every page")
                           .arg(formatNumber(first + 1), formatNumber(first + jobs.size())));
    }
    const QHash<QString, QString> groupNames = groupNamesById(groups);
    groups.clear();

    csv::Options options;
    options.byteOrderMark = parser.isSet(bom);
    options.neutraliseFormulas = !parser.isSet(noNeutralise);
    options.header = !parser.isSet(noHeader);
    const auto write = [&](QIODevice &out, const std::function<bool()> &shouldStop) {
        switch (fmt) {
        case Format::Json:
            return writeJsonRows(out, jobs, columns, groupNames, shouldStop);
        case Format::Table: {
            QStringList headers;
            for (const csv::Column &c : columns)
                headers.append(c.header);
            return writeTable(
                out, headers, options.header, jobs.size(),
                [&](qsizetype row, int column) {
                    return csv::fieldValue(jobs.at(row), columns.at(column).field, groupNames);
                },
                [&](int column) -> qsizetype {
                    return columns.at(column).field == csv::Field::FailReason ? 60 : 48;
                },
                shouldStop);
        }
        case Format::Csv:
            break;
        }
        return csv::writeRows(out, jobs, columns, groupNames, options, shouldStop);
    };
    return writeOutput(path, write);
}

// ---------------------------------------------------------------------------------------------
// groups

int runGroups(Runner &runner, const QStringList &arguments)
{
    const QString command = QStringLiteral("groups");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Lists the protection groups: a table (id, name, status, counts, last update), "
                 "CSV (every field, named as the API names them) or JSON (the API's objects).") +
        u'\n' + u'\n' + connectionText() + u'\n' + u'\n' + exitCodesText());
    const CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("table (the default), csv or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Text::tr("Only groups whose name contains NAME (matched by "
                                           "the service)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    Text::tr("Only groups in STATUS (as the service names it, "
                                             "e.g. available, protected, error)."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption abnormal(QStringLiteral("abnormal"),
                                      Text::tr("Only groups in an abnormal state (the same as "
                                               "--query-type status_abnormal)."));
    const QCommandLineOption queryType(
        QStringLiteral("query-type"),
        Text::tr("The service's view: status_abnormal, stop_protected (protection stopped), "
                 "period_no_dr_drill (no DR drill for three months) or general."),
        QStringLiteral("TYPE"));
    const QCommandLineOption zone(QStringLiteral("availability-zone"),
                                  Text::tr("Only groups whose current production site is in "
                                           "ZONE."),
                                  QStringLiteral("ZONE"));
    parser.addOptions({format, name, status, abnormal, queryType, zone, output});
    if (const int rc = parseCommand(parser, common, arguments, command); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("groups: unexpected argument \"%1\" (see sdrs-failures groups "
                                   "--help)")
                              .arg(parser.positionalArguments().constFirst()));
    static const QStringList queryTypes{
        QStringLiteral("status_abnormal"), QStringLiteral("stop_protected"),
        QStringLiteral("period_no_dr_drill"), QStringLiteral("general")};
    if (parser.isSet(abnormal) && parser.isSet(queryType))
        return usageError(Text::tr("--abnormal and --query-type cannot be combined"));
    if (parser.isSet(queryType) && !queryTypes.contains(parser.value(queryType)))
        return usageError(Text::tr("--query-type must be one of %1, not \"%2\"")
                              .arg(queryTypes.join(QStringLiteral(", ")), parser.value(queryType)));
    const QString fmt = parser.value(format).toLower();
    if (fmt != QStringLiteral("table") && fmt != QStringLiteral("csv") &&
        fmt != QStringLiteral("json"))
        return usageError(
            Text::tr("--format must be table, csv or json, not \"%1\"").arg(parser.value(format)));
    const QString path = parser.value(output);
    if (const int rc = checkOutputPath(path); rc >= 0)
        return rc;

    Setup setup;
    if (const int rc = setUpConnection(runner, parser, common, setup); rc >= 0)
        return rc;
    SdrsClient client(setup.connection);
    GroupQuery query;
    query.name = parser.value(name);
    query.status = parser.value(status);
    query.queryType =
        parser.isSet(abnormal) ? QStringLiteral("status_abnormal") : parser.value(queryType);
    query.availabilityZone = parser.value(zone);
    const Result<ProtectionGroupPage> listed =
        runner.await<ProtectionGroupPage>([&](QObject *context, auto done) {
            return client.listAllProtectionGroups(query, context, std::move(done));
        });
    if (!listed.ok())
        return callFailed(Text::tr("cannot list the protection groups"), listed.error);
    const QList<ProtectionGroup> &groups = listed.value.groups;

    return writeOutput(path, [&](QIODevice &out, const std::function<bool()> &shouldStop) {
        if (fmt == QStringLiteral("json")) {
            QJsonArray array;
            for (const ProtectionGroup &g : groups)
                array.append(json::toJson(g));
            csv::WriteResult r;
            const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
            if (out.write(bytes) != bytes.size()) {
                r.error = out.errorString();
                return r;
            }
            r.ok = true;
            r.rows = groups.size();
            return r;
        }
        const auto number = [](int n) {
            return QString::number(n);
        };
        if (fmt == QStringLiteral("csv")) {
            static const QStringList headers{
                QStringLiteral("id"),
                QStringLiteral("name"),
                QStringLiteral("description"),
                QStringLiteral("status"),
                QStringLiteral("progress"),
                QStringLiteral("source_availability_zone"),
                QStringLiteral("target_availability_zone"),
                QStringLiteral("domain_id"),
                QStringLiteral("domain_name"),
                QStringLiteral("priority_station"),
                QStringLiteral("protected_instance_num"),
                QStringLiteral("replication_num"),
                QStringLiteral("disaster_recovery_drill_num"),
                QStringLiteral("protected_status"),
                QStringLiteral("replication_status"),
                QStringLiteral("health_status"),
                QStringLiteral("source_vpc_id"),
                QStringLiteral("target_vpc_id"),
                QStringLiteral("test_vpc_id"),
                QStringLiteral("dr_type"),
                QStringLiteral("created_at"),
                QStringLiteral("updated_at"),
                QStringLiteral("protection_type"),
                QStringLiteral("replication_model"),
                QStringLiteral("server_type"),
            };
            csv::Options options;
            csv::WriteResult r;
            QByteArray text = csv::formatRow(headers, options).toUtf8();
            for (const ProtectionGroup &g : groups) {
                const QStringList cells{g.id,
                                        g.name,
                                        g.description,
                                        g.status,
                                        number(g.progress),
                                        g.sourceAvailabilityZone,
                                        g.targetAvailabilityZone,
                                        g.domainId,
                                        g.domainName,
                                        g.priorityStation,
                                        number(g.protectedInstanceNum),
                                        number(g.replicationNum),
                                        number(g.disasterRecoveryDrillNum),
                                        g.protectedStatus,
                                        g.replicationStatus,
                                        g.healthStatus,
                                        g.sourceVpcId,
                                        g.targetVpcId,
                                        g.testVpcId,
                                        g.drType,
                                        isoUtc(g.createdAt),
                                        isoUtc(g.updatedAt),
                                        g.protectionType,
                                        g.replicationModel,
                                        g.serverType};
                text += csv::formatRow(cells, options).toUtf8();
                ++r.rows;
            }
            if (out.write(text) != text.size()) {
                r.error = out.errorString();
                return r;
            }
            r.ok = true;
            return r;
        }
        static const QStringList headers{QStringLiteral("id"),
                                         QStringLiteral("name"),
                                         QStringLiteral("status"),
                                         QStringLiteral("protected_instance_num"),
                                         QStringLiteral("replication_num"),
                                         QStringLiteral("disaster_recovery_drill_num"),
                                         QStringLiteral("updated_at")};
        return writeTable(
            out, headers, true, groups.size(),
            [&](qsizetype row, int column) {
                const ProtectionGroup &g = groups.at(row);
                switch (column) {
                case 0:
                    return g.id;
                case 1:
                    return g.name;
                case 2:
                    return g.status;
                case 3:
                    return number(g.protectedInstanceNum);
                case 4:
                    return number(g.replicationNum);
                case 5:
                    return number(g.disasterRecoveryDrillNum);
                default:
                    return isoUtc(g.updatedAt);
                }
            },
            [](int) -> qsizetype { return 60; }, shouldStop);
    });
}

// ---------------------------------------------------------------------------------------------
// job

void appendJob(QString &text, const Job &job, int depth)
{
    const QString indent(depth * 4, u' ');
    const auto oneLine = [](QString s) {
        s.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
        s.replace(u'\n', u' ');
        s.replace(u'\r', u' ');
        return s;
    };
    QString head = job.status.isEmpty() ? QStringLiteral("?") : job.status;
    if (!job.jobType.isEmpty())
        head += QStringLiteral("  ") + job.jobType;
    if (!job.jobId.isEmpty())
        head += QStringLiteral("  ") + job.jobId;
    text += indent + oneLine(head) + u'\n';

    QStringList times;
    if (job.beginTime.isValid())
        times.append(Text::tr("begin %1").arg(isoUtc(job.beginTime)));
    if (job.endTime.isValid())
        times.append(Text::tr("end %1").arg(isoUtc(job.endTime)));
    const QString duration = formatDuration(job.beginTime, job.endTime);
    if (!duration.isEmpty())
        times.append(Text::tr("took %1").arg(duration));
    if (!times.isEmpty())
        text += indent + QStringLiteral("  ") + times.join(QStringLiteral(", ")) + u'\n';
    if (!job.errorCode.isEmpty() || !job.failReason.isEmpty()) {
        QString error = Text::tr("error");
        if (!job.errorCode.isEmpty())
            error += u' ' + job.errorCode;
        if (!job.failReason.isEmpty())
            error += QStringLiteral(": ") + oneLine(job.failReason);
        text += indent + QStringLiteral("  ") + error + u'\n';
    }
    if (!job.code.isEmpty() || !job.message.isEmpty()) {
        QString message = Text::tr("message");
        if (!job.code.isEmpty())
            message += u' ' + job.code;
        if (!job.message.isEmpty())
            message += QStringLiteral(": ") + oneLine(job.message);
        text += indent + QStringLiteral("  ") + message + u'\n';
    }
    QStringList entities;
    const JobEntities &e = job.entities;
    const auto entity = [&entities](const char *name, const QString &value) {
        if (!value.isEmpty())
            entities.append(QLatin1StringView(name) + u'=' + value);
    };
    entity("server_group_id", e.serverGroupId);
    entity("protected_instance_id", e.protectedInstanceId);
    entity("replication_pair_id", e.replicationPairId);
    if (!e.volumeIds.isEmpty())
        entity("volume_ids", e.volumeIds.join(u','));
    entity("native_server_id", e.nativeServerId);
    entity("nic_id", e.nicId);
    if (!entities.isEmpty())
        text +=
            indent + QStringLiteral("  ") + oneLine(entities.join(QStringLiteral(", "))) + u'\n';
    if (!job.subJobs.isEmpty()) {
        text += indent + QStringLiteral("  ") + Text::tr("sub-jobs: %1").arg(job.subJobs.size()) +
                u'\n';
        for (const Job &sub : job.subJobs)
            appendJob(text, sub, depth + 1);
    }
}

int runJob(Runner &runner, const QStringList &arguments)
{
    const QString command = QStringLiteral("job");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Shows a job (GET /jobs/{job_id}) and its sub-job tree as indented text: "
                 "status, type, id, begin and end (UTC), error code and fail reason, entities. "
                 "--format json prints the service's answer exactly as received.") +
        u'\n' + u'\n' + connectionText() + u'\n' + u'\n' + exitCodesText());
    const CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("text (the default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("JOB_ID"),
                                 Text::tr("The job_id of a failed task."));
    if (const int rc = parseCommand(parser, common, arguments, command); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(Text::tr("job: give exactly one JOB_ID (see sdrs-failures job --help)"));
    const QString fmt = parser.value(format).toLower();
    if (fmt != QStringLiteral("text") && fmt != QStringLiteral("json"))
        return usageError(
            Text::tr("--format must be text or json, not \"%1\"").arg(parser.value(format)));
    const QString jobId = positional.constFirst();
    if (const QString problem = wire::pathSegmentProblem(jobId); !problem.isEmpty())
        //: %1 says why the job id cannot be sent.
        return usageError(Text::tr("job: JOB_ID: %1").arg(problem));

    Setup setup;
    if (const int rc = setUpConnection(runner, parser, common, setup); rc >= 0)
        return rc;
    SdrsClient client(setup.connection);
    const Result<Job> job = runner.await<Job>([&](QObject *context, auto done) {
        return client.getJob(jobId, context, std::move(done));
    });
    if (!job.ok())
        return callFailed(Text::tr("cannot read the job %1").arg(jobId), job.error);

    StdoutDevice out;
    if (fmt == QStringLiteral("json")) {
        out.write(job.body);
        if (!job.body.endsWith('\n'))
            out.write("\n");
    } else {
        QString text;
        appendJob(text, job.value, 0);
        // The line breaks are this function's own; the server's text is on one line each.
        out.print(text::printable(text, true));
    }
    return finishStdout(out);
}

// ---------------------------------------------------------------------------------------------
// delete

QString describeTarget(const DeleteTarget &target)
{
    switch (target.kind) {
    case DeleteTarget::Kind::FailedTask:
        return Text::tr("failed task %1").arg(target.id);
    case DeleteTarget::Kind::GroupLevel:
        return Text::tr("every protection-group-level failed task");
    case DeleteTarget::Kind::Group:
        return target.label.isEmpty() ? Text::tr("every failed task of group %1").arg(target.id)
                                      : Text::tr("every failed task of group \"%1\" (%2)")
                                            .arg(target.label, target.id);
    }
    return {};
}

int runDelete(Runner &runner, const QStringList &arguments)
{
    const QString command = QStringLiteral("delete");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Deletes failed tasks: by resource_id (the id the API's delete takes; see the "
                 "README), every failed task of the protection-group level, or every failed task "
                 "of a group. Nothing is deleted without --yes. Prints one line per target and a "
                 "summary; a target that is already gone (404) counts as done. Exit code 0 when "
                 "every target was deleted or already gone, else the code of the first failure.") +
        u'\n' + u'\n' + connectionText() + u'\n' + u'\n' + exitCodesText());
    const CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption yes(QStringLiteral("yes"), Text::tr("Really delete."));
    const QCommandLineOption resourceId(QStringLiteral("resource-id"),
                                        Text::tr("A failed task by its resource_id (repeatable)."),
                                        QStringLiteral("ID"));
    const QCommandLineOption groupLevel(QStringLiteral("group-level"),
                                        Text::tr("Every protection-group-level failed task."));
    const QCommandLineOption group(QStringLiteral("group"),
                                   Text::tr("Every failed task of this protection group, by id "
                                            "or name (repeatable)."),
                                   QStringLiteral("GROUP"));
    parser.addOptions({yes, resourceId, groupLevel, group});
    parser.addPositionalArgument(QStringLiteral("RESOURCE_ID"),
                                 Text::tr("More failed tasks by resource_id."),
                                 QStringLiteral("[RESOURCE_ID...]"));
    if (const int rc = parseCommand(parser, common, arguments, command); rc >= 0)
        return rc;

    QStringList resourceIds = parser.values(resourceId);
    resourceIds += parser.positionalArguments();
    for (const QString &id : std::as_const(resourceIds)) {
        // The API's path for one failed task and for the batch are the same up to this id, and
        // "." or ".." would address a parent path: such an id is never sent.
        if (const QString problem = wire::pathSegmentProblem(id); !problem.isEmpty())
            //: %1 says why the id cannot be sent.
            return usageError(Text::tr("delete: --resource-id: %1").arg(problem));
    }
    const QStringList groupNames = parser.values(group);
    if (resourceIds.isEmpty() && groupNames.isEmpty() && !parser.isSet(groupLevel))
        return usageError(Text::tr("delete: nothing named; give --resource-id ID, --group GROUP "
                                   "or --group-level (see sdrs-failures delete --help)"));
    if (!parser.isSet(yes)) {
        QStringList what;
        if (!resourceIds.isEmpty())
            //: Part of "delete: not deleting %1 without --yes"; SDRS deletes failed tasks by
            //: resource.
            what.append(
                Text::tr("the failed tasks of %n resource(s)", nullptr, int(resourceIds.size())));
        if (parser.isSet(groupLevel))
            what.append(Text::tr("every protection-group-level failed task"));
        for (const QString &g : groupNames)
            what.append(Text::tr("every failed task of group \"%1\"").arg(g));
        return usageError(
            Text::tr("delete: not deleting %1 without --yes").arg(what.join(QStringLiteral("; "))));
    }

    Setup setup;
    if (const int rc = setUpConnection(runner, parser, common, setup); rc >= 0)
        return rc;
    SdrsClient client(setup.connection);

    QList<DeleteTarget> targets;
    for (const QString &id : std::as_const(resourceIds))
        targets.append({DeleteTarget::Kind::FailedTask, id, QString()});
    if (parser.isSet(groupLevel))
        targets.append({DeleteTarget::Kind::GroupLevel, QString(), QString()});
    if (!groupNames.isEmpty()) {
        const Result<ProtectionGroupPage> listed =
            runner.await<ProtectionGroupPage>([&](QObject *context, auto done) {
                return client.listAllProtectionGroups({}, context, std::move(done));
            });
        if (!listed.ok())
            return callFailed(Text::tr("cannot list the protection groups"), listed.error);
        for (const QString &text : groupNames) {
            QString why;
            const std::optional<ProtectionGroup> found =
                resolveGroup(listed.value.groups, text, &why);
            if (!found)
                return usageError(why);
            // A group id from the server becomes a path segment too: checked before any delete.
            if (const QString problem = wire::pathSegmentProblem(found->id); !problem.isEmpty())
                //: %1 is the group as given, %2 says why its id cannot be sent.
                return usageError(Text::tr("delete: the protection group \"%1\" has an id that "
                                           "cannot be used: %2")
                                      .arg(text, problem));
            targets.append({DeleteTarget::Kind::Group, found->id, found->name});
        }
    }

    ProgressLine progress;
    const Result<QList<DeleteOutcome>> result =
        runner.await<QList<DeleteOutcome>>([&](QObject *context, auto done) {
            return runDeletes(
                &client, targets, 4, context,
                [&progress](const DeleteProgress &p) {
                    progress.show(Text::tr("%1 of %2 deletes").arg(p.done).arg(p.total));
                },
                std::move(done));
        });
    progress.end();

    StdoutDevice out;
    const DeleteOutcome *firstFailure = nullptr;
    for (const DeleteOutcome &outcome : result.value) {
        QString line =
            describeTarget(outcome.target) + QStringLiteral(": ") + describeOutcome(outcome);
        line.replace(u'\n', u' ');
        out.print(text::printable(line) + u'\n');
        if (outcome.state == DeleteOutcome::State::Failed && !firstFailure)
            firstFailure = &outcome;
    }
    const DeleteCounts counts = countOutcomes(result.value);
    out.print(Text::tr("deleted: %1, already gone: %2, failed: %3, not attempted: %4")
                  .arg(counts.deleted)
                  .arg(counts.notFound)
                  .arg(counts.failed)
                  .arg(counts.notAttempted) +
              u'\n');
    if (const int rc = finishStdout(out); rc != Success)
        return rc;
    if (result.error.kind == ApiError::Kind::Cancelled && g_signal != 0)
        return interrupted();
    if (!result.ok())
        return callFailed(Text::tr("cannot delete"), result.error);
    if (firstFailure)
        return callFailed(Text::tr("%1 of %2 deletes failed; the first, %3")
                              .arg(counts.failed)
                              .arg(result.value.size())
                              .arg(describeTarget(firstFailure->target)),
                          firstFailure->error);
    if (counts.notAttempted > 0) {
        printError(Text::tr("%1 of %2 deletes were not attempted")
                       .arg(counts.notAttempted)
                       .arg(result.value.size()));
        return Failure;
    }
    return Success;
}

} // namespace

bool isCommand(const QStringList &arguments)
{
    static const QStringList commands{QStringLiteral("export"), QStringLiteral("groups"),
                                      QStringLiteral("job"), QStringLiteral("delete")};
    return arguments.size() > 1 && commands.contains(arguments.at(1));
}

int run(const QStringList &arguments)
{
    if (!isCommand(arguments))
        return usageError(Text::tr("unknown command (commands: export, groups, job, delete)"));
    g_signal = 0;
    Runner runner;
    const QString command = arguments.at(1);
    if (command == QStringLiteral("export"))
        return runExport(runner, arguments);
    if (command == QStringLiteral("groups"))
        return runGroups(runner, arguments);
    if (command == QStringLiteral("job"))
        return runJob(runner, arguments);
    return runDelete(runner, arguments);
}

} // namespace sdrs::cli
