#include "ui/windowstatusbar.h"

#include "ui/elidedlabel.h"

#include <QLabel>
#include <QLocale>
#include <QTime>

namespace sdrs::ui {

WindowStatusBar::WindowStatusBar(QWidget *parent)
    : QStatusBar(parent)
{
    m_connection = new ElidedLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    addWidget(m_connection, 1);
    m_newRows = addLabel(QStringLiteral("newRowsLabel"));
    m_newRows->setToolTip(tr("Rows new since an earlier refresh, in bold with a dot, until you "
                             "select them (Ctrl+M marks all as seen)"));
    m_newRows->setVisible(false);
    m_autoRefresh = addLabel(QStringLiteral("autoRefreshLabel"));
    m_autoRefresh->setVisible(false);
    // A long group name is cut, not the window widened.
    m_scope = new ElidedLabel(this);
    m_scope->setObjectName(QStringLiteral("scopeLabel"));
    m_scope->setContentsMargins(8, 0, 8, 0);
    m_scope->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    addPermanentWidget(m_scope);
    m_lastRefresh = addLabel(QStringLiteral("lastRefreshLabel"));
    m_inFlight = addLabel(QStringLiteral("inFlightLabel"));
}

QLabel *WindowStatusBar::addLabel(const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(name);
    label->setContentsMargins(8, 0, 8, 0);
    addPermanentWidget(label);
    return label;
}

void WindowStatusBar::setConnectionText(const QString &text)
{
    m_connection->setText(text);
}

QString WindowStatusBar::connectionText() const
{
    return m_connection->text();
}

void WindowStatusBar::setNewRows(int count)
{
    //: Status bar: how many rows are marked new since an earlier refresh.
    m_newRows->setText(tr("New: %1").arg(QLocale().toString(count)));
    m_newRows->setVisible(count > 0);
}

void WindowStatusBar::setAutoRefreshMinutes(int minutes)
{
    m_autoRefresh->setText(tr("Auto-refresh every %1 min").arg(minutes));
    m_autoRefresh->setVisible(minutes > 0);
}

void WindowStatusBar::setScopeText(const QString &text)
{
    m_scope->setText(text);
}

void WindowStatusBar::setRefreshed(bool refreshed)
{
    if (refreshed)
        m_lastRefresh->setText(tr("Refreshed %1").arg(QTime::currentTime().toString(u"HH:mm:ss")));
    else
        m_lastRefresh->clear();
}

void WindowStatusBar::setRequestsInFlight(int count)
{
    m_inFlight->setText(count > 0 ? tr("Requests in flight: %1").arg(count) : QString());
    m_inFlight->setVisible(count > 0);
}

} // namespace sdrs::ui
