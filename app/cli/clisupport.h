// What the commands of the command line share: the translation context, stderr and stdout, the
// runner that waits for calls and turns signals into cancellation, the options every command
// has, the connection set-up, group resolution and the writers.
#pragma once

#include "app/api/sdrsclient.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/options.h"
#include "app/demo.h"
#include "app/profilestore.h"
#include "models/connection.h"
#include "models/csvexport.h"
#include "models/protectiongroup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QIODevice>
#include <QPointer>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

namespace sdrs::cli {

/// The translation context of every sentence of the command line.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::cli)
};

// Signals: SIGINT, SIGTERM and SIGHUP cancel what is running (see Runner).
inline volatile std::sig_atomic_t g_signal = 0;
inline int g_signalPipe[2] = {-1, -1};
extern "C" void onSignal(int signal);
/// 128 + the signal that interrupted the command.
int interruptedCode();
QString signalName(int signal);

// stderr: one line per failure; a progress line (terminals only) is ended before it.
inline bool g_progressOpen = false;
void endProgressLine();
/// Prints "sdrs-failures: <message>" as exactly one line on stderr (or, while an ErrorLines
/// exists, adds the message to it).
void printError(QString message);
inline QStringList *g_errorLines = nullptr;
/// While it exists, printError() collects its messages here instead of writing them on stderr:
/// `check` says them in its status line on standard output, as monitoring systems read it.
struct ErrorLines
{
    ErrorLines() { g_errorLines = &lines; }
    ~ErrorLines() { g_errorLines = nullptr; }
    Q_DISABLE_COPY_MOVE(ErrorLines)
    QStringList lines;
};
/// Prints the message and returns UsageError.
int usageError(const QString &message);
/// Says which signal interrupted the command and returns interruptedCode().
int interrupted();
bool stderrIsTerminal();

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
int finishStdout(StdoutDevice &out, int code = Success);

/// The exit code for a failed call (AuthFailed, NetworkError, ServiceError, ...).
int exitCodeFor(const ApiError &error);
/// Prints "<what>: <error>" and returns exitCodeFor(error).
int callFailed(const QString &what, const ApiError &error);

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

// Options every command has: help and the connection.
QString exitCodesText();
QString connectionText();

/// Wraps each line of `text` at spaces to at most `width` characters (longer words stay whole).
QString wrapText(const QString &text, qsizetype width);
/// A usage error: its message is the line to print.
template<class T> Result<T> usage(const QString &message)
{
    return Result<T>::failure(ApiError::Kind::Invalid, message);
}

/// The parser of a command, with the options every command has; the command adds its own.
struct CommandParser
{
    /// `description` (marked QT_TRANSLATE_NOOP("sdrs::cli", ...)) is followed by the connection and
    /// the exit codes (`exitCodes`, by default exitCodesText()) in --help; `own` are the command's
    /// options, after the common ones, and `positional` its positional arguments.
    CommandParser(const QString &command, const char *description, const QList<OptionSpec> &own,
                  const PositionalSpec &positional = {}, const QString &exitCodes = {});

    /// Parses a command's request from `arguments` (argv, the command second): the options every
    /// command has, then (unless --help was given) its own by `parseOwn(request)`, which returns
    /// the usage error or an empty string. After --help, the request's help is the text to print.
    template<class Request, class ParseOwn>
    Result<Request> parse(const QStringList &arguments, ParseOwn parseOwn)
    {
        Result<CommonRequest> parsed = parseCommon(arguments);
        if (!parsed.ok())
            return usage<Request>(parsed.error.message);
        Request request;
        request.common = std::move(parsed.value);
        if (request.common.help.isEmpty()) {
            if (const QString problem = parseOwn(request); !problem.isEmpty())
                return usage<Request>(problem);
        }
        return Result<Request>::success(std::move(request));
    }
    /// "<command>: unexpected argument ..." when there are positional arguments, else empty.
    QString unexpectedArguments() const;

    const QString command;
    QCommandLineParser parser;

private:
    Result<CommonRequest> parseCommon(const QStringList &arguments);
};

/// Prints `help` on stdout; the exit code.
int printHelp(const QString &help);

/// Refuses an -o FILE that cannot be written. Returns -1 to go on, else the exit code.
int checkOutputPath(const QString &path);

/// What a command connects with; the demo server lives as long as this does.
struct Setup
{
    Demo demo;
    Connection connection;
};

/// Fills `setup` from the request and the environment. Returns -1 to go on, else the exit code.
int setUpConnection(Runner &runner, const CommonRequest &request, Setup &setup);

/// What every command does before its work: ends after a usage error or --help, checks -o FILE
/// when the command has one, and sets up the connection. Returns -1 to go on, else the exit code.
template<class Request>
int startCommand(Runner &runner, const Result<Request> &parsed, Setup &setup)
{
    if (!parsed.ok())
        return usageError(parsed.error.message);
    if (!parsed.value.common.help.isEmpty())
        return printHelp(parsed.value.common.help);
    if constexpr (requires { parsed.value.output; }) {
        if (const int rc = checkOutputPath(parsed.value.output); rc >= 0)
            return rc;
    }
    return setUpConnection(runner, parsed.value.common, setup);
}

/// Runs a command: startCommand, then its `work(runner, client, request)` with a client of the
/// connection; the exit code.
template<class Request>
int runCommand(Runner &runner, const Result<Request> &parsed,
               int (*work)(Runner &, SdrsClient &, const Request &))
{
    Setup setup;
    if (const int rc = startCommand(runner, parsed, setup); rc >= 0)
        return rc;
    SdrsClient client(setup.connection);
    return work(runner, client, parsed.value);
}

/// Every protection group `query` asks for, into `groups`. Returns -1 to go on, else the exit code
/// (the failure printed).
int listGroups(Runner &runner, SdrsClient &client, const GroupQuery &query,
               QList<ProtectionGroup> &groups);
// Protection groups by id or name: the id, then the name exactly, then in any letter case; a name
// that fits several groups is an error of kind Invalid, as is one that fits none.
Result<ProtectionGroup> resolveGroup(const QList<ProtectionGroup> &groups, const QString &text);

// Writers: table, JSON. (CSV is csv::writeRows.)
QString tableCell(QString text, qsizetype maxWidth);
WriteResult writeTable(QIODevice &out, const QStringList &headers, bool headerLine, qsizetype rows,
                       const std::function<QString(qsizetype, int)> &cell,
                       const std::function<qsizetype(int)> &maxWidth,
                       const std::function<bool()> &shouldStop);
WriteResult writeJsonRows(QIODevice &out, const QList<FailureJob> &jobs,
                          const QList<csv::Column> &columns,
                          const QHash<QString, QString> &groupNames,
                          const std::function<bool()> &shouldStop);
int writeOutput(
    const QString &path,
    const std::function<WriteResult(QIODevice &, const std::function<bool()> &)> &write);
QString formatNumber(qint64 n);

} // namespace sdrs::cli
