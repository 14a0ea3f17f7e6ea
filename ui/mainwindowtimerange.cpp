// MainWindow's begin-time range: applied to the rows held here. For one group or the group
// level, a range makes the controller read every page (BrowserFilter::pagedHere()).
#include "ui/mainwindow.h"

#include "models/failurejobproxy.h"
#include "ui/failuretableview.h"
#include "ui/messagebar.h"
#include "ui/overviewpanel.h"

namespace sdrs::ui {

void MainWindow::setTimeRange(const BrowserFilter &f)
{
    // Only rows read whole are filtered here; a relative range ends at this moment's clock.
    const TimeRange::Bounds bounds =
        f.pagedHere() ? f.range.bounds(QDateTime::currentDateTimeUtc()) : TimeRange::Bounds{};
    m_table->filterProxy()->setBeginTimeRange(bounds.from, bounds.to);
    // The Overview's days span the range (an open end: today, or the rows' first day).
    const QDate first = bounds.from.isValid() ? bounds.from.toLocalTime().date() : QDate();
    const QDate last = bounds.to.isValid()     ? bounds.to.toLocalTime().date()
                       : bounds.from.isValid() ? QDate::currentDate()
                                               : QDate();
    m_overview->setDayRange(first, last);
}

void MainWindow::noteEveryPageRead()
{
    const BrowserFilter f = filter();
    if (f.scope == BrowserFilter::Scope::AllGroups || !f.range.isBounded())
        return;
    m_message->addMessage(MessageKind::Information,
                          tr("The service cannot filter by time, so every page of this scope was "
                             "read; the rows are filtered and paged on this computer."));
}

} // namespace sdrs::ui
