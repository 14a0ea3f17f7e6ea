#pragma once

#include "ui/serverpaging.h"

namespace sdrs::ui {

constexpr int DefaultPageSize = 100;

/// What the paging bar shows: the page on screen (zero-based) of how many, and its rows.
struct PagingView
{
    int page = 0;
    int pages = 1;
    int pageSize = DefaultPageSize;
    qint64 total = 0;     ///< rows in all (a lower bound when `atLeast`)
    qint64 shown = 0;     ///< rows on this page
    bool atLeast = false; ///< more pages may follow; the last page is not known
};

/// The window's paging, without widgets. The rows on screen decide how they are paged: the
/// server pages one group or the group level (the window asks for requestedPage() and judges
/// the answer), while the rows of every group are held here and paged in memory (local()). A
/// scope that is being asked for, or that failed, does not change that.
class PagingState
{
public:
    /// The one page count: `total` rows at `pageSize` a page (at least one page); with
    /// `atLeast`, at least one more after `page`.
    static int pageCount(qint64 total, int pageSize, bool atLeast = false, int page = 0);

    bool local() const { return m_local; }
    /// The zero-based page the server should be asked for.
    int requestedPage() const { return m_requested; }
    /// The server's paging of the rows shown.
    int shownPage() const { return m_page; }
    int shownPageSize() const { return m_pageSize; }
    qint64 total() const { return m_total; }
    bool atLeast() const { return m_atLeast; }
    int serverPageCount() const;

    /// Another scope or query: its first page, and rows of every group start on page 1.
    void restart();
    /// Asks the server for the first page next (page size or groups changed).
    void requestFirstPage() { m_requested = 0; }
    /// Asks the server for `page` next; false when that page is on screen and asked for already.
    bool request(int page);
    /// An answer of the server for requestedPage(): true when it is shown, false when it lies
    /// past the end and requestedPage() is now the page to ask for instead.
    bool acceptServerPage(int pageSize, qsizetype rows, qint64 count);
    /// Every group's `rows` arrived, to be paged here at `pageSize`. `heldPage` and
    /// `heldPageSize` are the in-memory paging so far; returns the page to show: a refresh keeps
    /// the page, a new filter or scope starts on page 1.
    int acceptAllRows(int pageSize, qint64 rows, int heldPage, int heldPageSize);
    /// A request failed: back to describing the rows shown.
    void revert();
    /// Another connection: nothing shown, nothing known.
    void clear();

    /// The view of the server's paging, with `shownRows` on the page.
    PagingView serverView(qint64 shownRows) const;
    /// The view of in-memory paging: `page` of `matching` rows, `shownRows` of them on the page.
    static PagingView localView(int page, int pageSize, qint64 matching, qint64 shownRows);

private:
    bool m_local = false;
    int m_page = 0;
    int m_pageSize = DefaultPageSize;
    qint64 m_total = 0;
    /// m_total is a lower bound: a full page came with a count no larger than the rows so far
    /// (the count may be the page's length), so more pages may follow.
    bool m_atLeast = false;
    qint64 m_knownEnd = -1; ///< where an empty page showed the list ends; -1: not known
    int m_requested = 0;
    bool m_resetLocalPage = false; ///< the next rows of every group start on page 1
};

} // namespace sdrs::ui
