#pragma once

#include <QString>

namespace sdrs {

struct FailureJob;

/// Why a task failed, in one line, and what to do about it: what the detail pane shows first and
/// what the table's "Fail reason" column shows.
struct FailureCause
{
    /// Where the cause was found, most specific first.
    enum class Source {
        Downstream, ///< the message of the error embedded in the fail reason (e.g. from ECS)
        Reason,     ///< the fail reason's own text, without its task name and code
        Catalog,    ///< the error code's meaning from the bundled catalog
        None,       ///< nothing: no reason and an unknown or missing code
    };

    QString cause;    ///< one line, printable, at most MaxCauseLength characters; may be empty
    QString whatToDo; ///< the code's handling measure from the catalog; may be empty
    QString code;     ///< the catalog's spelling of the code explained, or empty
    Source source = Source::None;

    friend bool operator==(const FailureCause &, const FailureCause &) = default;
};

/// The longest cause returned; longer ones end in "…".
inline constexpr qsizetype MaxCauseLength = 300;

/// The most specific cause of a failure: the downstream error's message, else the fail reason's
/// text (its first line, without task name, code and embedded JSON), else the meaning of the error
/// code (the job's `error_code`, else the code in the reason) from the catalog. What to do is the
/// handling measure of that code. Safe to call on any thread once the catalog was loaded
/// (ErrorCatalog::instance() is thread-safe).
FailureCause failureCause(const QString &errorCode, const QString &failReason);
FailureCause failureCause(const FailureJob &job);

} // namespace sdrs
