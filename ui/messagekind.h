#pragma once

namespace sdrs::ui {

/// What a message in the message bar is, as KMessageWidget's types: each kind has its own icon
/// and colours, so that a finished export does not look like a failure.
enum class MessageKind {
    /// A fact worth knowing: nothing went wrong ("The language changes when ... starts again").
    Information,
    /// Something asked for was done ("Exported 3 rows to ...").
    Success,
    /// Done in part, or something needs attention (a keychain problem, groups that could not be
    /// read).
    Warning,
    /// Something asked for failed.
    Error,
};

} // namespace sdrs::ui
