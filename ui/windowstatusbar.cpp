#include "ui/windowstatusbar.h"

#include "ui/elidedlabel.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace sdrs::ui {

namespace {

constexpr int AgeUpdateMs = 15 * 1000;

} // namespace

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
    // "Refreshed 2 min ago" keeps up with the clock.
    auto *age = new QTimer(this);
    age->setObjectName(QStringLiteral("refreshAgeTimer"));
    connect(age, &QTimer::timeout, this, [this] { showAge(QDateTime::currentDateTime()); });
    age->start(AgeUpdateMs);
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

void WindowStatusBar::setAutoRefresh(int minutes, const QTime &next)
{
    //: Status bar: %1 minutes between refreshes, %2 the time of the next one.
    m_autoRefresh->setText(
        tr("Auto-refresh every %1 min, next at %2").arg(minutes).arg(next.toString(u"HH:mm")));
    m_autoRefresh->setVisible(minutes > 0);
}

void WindowStatusBar::setScopeText(const QString &text)
{
    m_scope->setText(text);
}

void WindowStatusBar::setRefreshed(bool refreshed)
{
    m_refreshedAt = refreshed ? QDateTime::currentDateTime() : QDateTime();
    showAge(QDateTime::currentDateTime());
}

void WindowStatusBar::showAge(const QDateTime &now)
{
    if (!m_refreshedAt.isValid()) {
        m_lastRefresh->clear();
        m_lastRefresh->setToolTip({});
        return;
    }
    const qint64 minutes = m_refreshedAt.secsTo(now) / 60;
    if (minutes < 1)
        m_lastRefresh->setText(tr("Refreshed just now"));
    else if (minutes < 60)
        m_lastRefresh->setText(tr("Refreshed %Ln min ago", nullptr, int(minutes)));
    else
        m_lastRefresh->setText(tr("Refreshed at %1").arg(m_refreshedAt.toString(u"HH:mm")));
    m_lastRefresh->setToolTip(
        tr("Last refresh: %1").arg(m_refreshedAt.toString(u"yyyy-MM-dd HH:mm:ss")));
}

void WindowStatusBar::setRequestsInFlight(int count)
{
    m_inFlight->setText(count > 0 ? tr("Requests in flight: %1").arg(count) : QString());
    m_inFlight->setVisible(count > 0);
}

} // namespace sdrs::ui
