#pragma once

#include <QDateTime>
#include <QStatusBar>

class QLabel;

namespace sdrs::ui {

/// The window's status bar: the connection, the rows marked new, auto-refresh, the scope, the
/// last refresh and the requests in flight.
class WindowStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowStatusBar)

public:
    explicit WindowStatusBar(QWidget *parent = nullptr);

    void setConnectionText(const QString &text);
    QString connectionText() const;
    /// How many rows are marked new (hidden at 0).
    void setNewRows(int count);
    /// The auto-refresh interval and the time of the next one (hidden at 0: off).
    void setAutoRefresh(int minutes, const QTime &next);
    void setScopeText(const QString &text);
    /// Rows arrived now (or, with false, none are shown).
    void setRefreshed(bool refreshed);
    /// Says how long ago the last refresh was, at `now` (a timer calls it with the clock).
    void showAge(const QDateTime &now);
    void setRequestsInFlight(int count);

private:
    QLabel *addLabel(const QString &name);

    QLabel *m_connection = nullptr;
    QLabel *m_newRows = nullptr;
    QLabel *m_autoRefresh = nullptr;
    QLabel *m_scope = nullptr;
    QLabel *m_lastRefresh = nullptr;
    QLabel *m_inFlight = nullptr;
    QDateTime m_refreshedAt; ///< invalid while no rows are shown
};

} // namespace sdrs::ui
