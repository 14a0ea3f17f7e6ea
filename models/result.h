#pragma once

#include "models/apierror.h"

#include <QByteArray>

namespace sdrs {

/// The one way the code hands back a value or the error that prevented it: the client's calls,
/// the decoders, the writers and the set-up steps all return a Result. `error.kind` says what kind
/// of failure it was (Kind::None on success), `error.message` says it in words.
template<class T> struct Result
{
    T value{};
    ApiError error;
    /// The answer's body as received (shown in raw-JSON views); empty when there was none.
    QByteArray body;

    bool ok() const { return !error.isError(); }

    static Result success(T value) { return Result{std::move(value), {}, {}}; }
    static Result failure(ApiError::Kind kind, QString message)
    {
        Result r;
        r.error.kind = kind;
        r.error.message = std::move(message);
        return r;
    }
    /// Passes on the error of a step this one depended on.
    static Result failure(ApiError error)
    {
        Result r;
        r.error = std::move(error);
        return r;
    }
};

/// Nothing to hand back (the deletes answer 204; a write that has no count to report).
struct NoContent
{};

/// The same outcome without its value, for a step whose caller needs only whether it worked.
template<class T> Result<NoContent> withoutValue(const Result<T> &r)
{
    return Result<NoContent>{{}, r.error, r.body};
}

} // namespace sdrs
