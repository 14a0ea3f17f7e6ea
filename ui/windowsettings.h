#pragma once

#include "models/browserfilter.h"
#include "ui/pagingstate.h"

#include <QByteArray>

namespace sdrs::ui {

/// What the window keeps between runs (QSettings groups "window" and "filter"): geometry,
/// splitter and header state, auto-refresh, notifications, the history's View toggles, the filters
/// (time range included) and the page size.
struct WindowSettings
{
    QByteArray geometry;
    QByteArray splitter;
    QByteArray header;
    int autoRefreshMinutes = 0;
    bool notifyNew = false;
    bool showGone = false;         ///< View > Show gone failures
    bool hideAcknowledged = false; ///< View > Hide acknowledged
    BrowserFilter filter;
    int pageSize = DefaultPageSize;

    static WindowSettings load();
    void save() const;
};

} // namespace sdrs::ui
