#pragma once

#include <QtGlobal>

/// The service's paging as the window follows it, without widgets: how many pages there are, and
/// what an answer for a page means. `count` is read as the filter's total, but the SDK calls it
/// "the number in the list", so it may be the page's length: a full page whose count is no larger
/// than the rows so far says only "at least", and the end is found from a short or empty page.
namespace sdrs::ui {

/// The pages of `total` rows at `pageSize` a page (at least one); with `atLeast`, at least one
/// more after `page`.
int serverPageCount(qint64 total, int pageSize, bool atLeast, int page);

/// What to do with an answer of `rows` rows and `count` for page `page`.
struct PageVerdict
{
    bool askInstead = false; ///< the page lies past the end: ask for `askPage` instead
    int askPage = 0;
    qint64 total = 0;     ///< the total to show (a lower bound when `atLeast`)
    bool atLeast = false; ///< more pages may follow
    qint64 knownEnd = -1; ///< where the list is known to end (an empty page), -1: not known
};

/// Judges an answer. `knownEnd` is the previous verdict's: an empty page past a full one ends
/// the list there, so that the full page before it is not "at least" again.
PageVerdict judgePage(int page, int pageSize, qsizetype rows, qint64 count, qint64 knownEnd);

} // namespace sdrs::ui
