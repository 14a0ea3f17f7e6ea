#include "ui/serverpaging.h"

#include <algorithm>

namespace sdrs::ui {

int serverPageCount(qint64 total, int pageSize, bool atLeast, int page)
{
    const qint64 size = std::max(1, pageSize);
    const int pages = int(std::max<qint64>(1, (total + size - 1) / size));
    return atLeast ? std::max(pages, page + 2) : pages;
}

PageVerdict judgePage(int page, int pageSize, qsizetype rows, qint64 count, qint64 knownEnd)
{
    PageVerdict v;
    const qint64 size = std::max(1, pageSize);
    const qint64 first = qint64(page) * size;
    if (rows == 0 && page > 0) {
        const int lastPage = count > 0 ? int((count - 1) / size) : 0;
        if (count <= 0 || page > lastPage) {
            // Past the end: the rows were deleted meanwhile (ask for the last page the count
            // allows), or the count was a page's length (ask for the page before, and remember
            // that the list ends here).
            v.askInstead = true;
            v.askPage = count > 0 ? lastPage : page - 1;
            v.knownEnd = count > 0 ? knownEnd : first;
            return v;
        }
    }
    const qint64 reached = first + rows;
    v.total = count;
    if (rows >= size && count <= reached) {
        v.total = reached;
        v.atLeast = reached != knownEnd;
    } else if (count < reached) {
        v.total = reached; // a short page ends the list, whatever its count
    }
    v.knownEnd = reached > knownEnd ? -1 : knownEnd;
    return v;
}

} // namespace sdrs::ui
