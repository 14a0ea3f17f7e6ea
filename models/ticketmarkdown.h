#pragma once

#include "models/failurejob.h"

#include <QList>
#include <QString>

namespace sdrs {

/// The failed tasks as a Markdown table for a support ticket: begin time (UTC, ISO 8601), job
/// type (the API's code), resource (name and id), error code, cause and what to do
/// (models/failurecause.h). Cells are one line, with `|` and `\` escaped, so that no server text
/// breaks the table. The header is translated (context "sdrs::TicketMarkdown"). Ends in a
/// newline; empty for no rows.
QString ticketMarkdown(const QList<FailureJob> &jobs);

/// `text` as one cell of a Markdown table: line breaks and tabs as blanks, `\` and `|` escaped,
/// control characters written out (models/safetext.h).
QString markdownCell(const QString &text);

} // namespace sdrs
