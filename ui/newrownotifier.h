#pragma once

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace sdrs::ui {

/// Tells the user that a refresh found new failed tasks: the window asks for attention when it
/// is not active, and a system-tray message says how many (when enabled and there is a tray).
/// Clicking the message brings the window back.
class NewRowNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewRowNotifier)

public:
    explicit NewRowNotifier(QWidget *window);

    /// `count` new rows of `connection`; `trayMessage` when the user asked for notifications.
    void notify(int count, const QString &connection, bool trayMessage);

private:
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace sdrs::ui
