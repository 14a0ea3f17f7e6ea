#include "ui/newrownotifier.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

namespace sdrs::ui {

NewRowNotifier::NewRowNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

void NewRowNotifier::notify(int count, const QString &connection, bool trayMessage)
{
    if (!m_window->isActiveWindow())
        QApplication::alert(m_window);
    if (!trayMessage || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        const QIcon icon = m_window->windowIcon();
        m_tray = new QSystemTrayIcon(
            icon.isNull() ? m_window->style()->standardIcon(QStyle::SP_MessageBoxWarning) : icon,
            this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_tray->setToolTip(tr("SDRS Failed Tasks"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [window = m_window] {
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
    }
    m_tray->show();
    m_tray->showMessage(tr("SDRS Failed Tasks"),
                        tr("New failed tasks: %1 (%2)").arg(QLocale().toString(count), connection),
                        QSystemTrayIcon::Warning);
}

} // namespace sdrs::ui
