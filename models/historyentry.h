#pragma once

#include "models/failurejob.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace sdrs {

/// What the local history knows about one failed task beyond its fields: the program's own
/// record, which outlives the service's. Shared by the history (app/history), the window and the
/// command line; times are UTC, and invalid when not (yet) known.
struct HistoryAnnotation
{
    QDateTime firstSeen;      ///< when a reading of this program first listed the task
    QDateTime lastSeen;       ///< when a reading last listed it
    QDateTime goneAt;         ///< when a complete reading of its scope no longer listed it
    QDateTime deletedAt;      ///< when this program deleted it (valid: "deleted here")
    QDateTime acknowledgedAt; ///< when it was acknowledged; invalid: not acknowledged
    QString note;             ///< the acknowledgement's note (a ticket number, ...), may be empty
    /// The user has not looked at it yet since it was first seen: the window's "new" mark, kept
    /// across restarts.
    bool unseen = false;

    bool isGone() const { return goneAt.isValid(); }
    bool deletedHere() const { return deletedAt.isValid(); }
    bool isAcknowledged() const { return acknowledgedAt.isValid(); }

    friend bool operator==(const HistoryAnnotation &, const HistoryAnnotation &) = default;
};

/// One task as the history holds it: its last known fields and what the history adds.
struct HistoryEntry
{
    FailureJob job;
    HistoryAnnotation annotation;

    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

/// The annotations of the tasks of one connection, by job_id.
using HistoryAnnotations = QHash<QString, HistoryAnnotation>;

} // namespace sdrs
