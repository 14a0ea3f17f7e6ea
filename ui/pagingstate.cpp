#include "ui/pagingstate.h"

namespace sdrs::ui {

int PagingState::pageCount(qint64 total, int pageSize, bool atLeast, int page)
{
    return ui::serverPageCount(total, pageSize, atLeast, page);
}

int PagingState::serverPageCount() const
{
    return pageCount(m_total, m_pageSize, m_atLeast, m_page);
}

void PagingState::restart()
{
    m_requested = 0;
    m_resetLocalPage = true;
}

bool PagingState::request(int page)
{
    if (page == m_page && page == m_requested)
        return false;
    m_requested = page;
    return true;
}

bool PagingState::acceptServerPage(int pageSize, qsizetype rows, qint64 count)
{
    const PageVerdict verdict = judgePage(m_requested, pageSize, rows, count, m_knownEnd);
    m_knownEnd = verdict.knownEnd;
    if (verdict.askInstead) {
        m_requested = verdict.askPage;
        return false;
    }
    m_local = false;
    m_page = m_requested;
    m_pageSize = pageSize;
    m_total = verdict.total;
    m_atLeast = verdict.atLeast;
    return true;
}

int PagingState::acceptAllRows(int pageSize, qint64 rows, int heldPage, int heldPageSize)
{
    m_local = true;
    m_page = 0;
    m_pageSize = pageSize;
    m_total = rows;
    m_atLeast = false;
    const int keep = !m_resetLocalPage && heldPageSize == pageSize ? heldPage : 0;
    m_resetLocalPage = false;
    return keep;
}

void PagingState::revert()
{
    m_requested = m_page;
    m_resetLocalPage = false;
}

void PagingState::clear()
{
    m_local = false;
    m_page = 0;
    m_total = 0;
    m_atLeast = false;
    m_knownEnd = -1;
    m_requested = 0;
}

PagingView PagingState::serverView(qint64 shownRows) const
{
    return {m_page, serverPageCount(), m_pageSize, m_total, shownRows, m_atLeast};
}

PagingView PagingState::localView(int page, int pageSize, qint64 matching, qint64 shownRows)
{
    return {page, pageCount(matching, pageSize), pageSize, matching, shownRows, false};
}

} // namespace sdrs::ui
