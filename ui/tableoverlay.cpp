#include "ui/tableoverlay.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sdrs::ui {

TableOverlay::TableOverlay(QWidget *viewport)
    // A sibling of the viewport, not its child: scrolling the viewport would move it.
    : QWidget(viewport->parentWidget())
    , m_viewport(viewport)
{
    setObjectName(QStringLiteral("tableOverlay"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("tableOverlayText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_text);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("tableOverlayButton"));
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    connect(m_button, &QPushButton::clicked, this, &TableOverlay::buttonClicked);
    viewport->installEventFilter(this);
    setGeometry(viewport->geometry());
    hide();
}

void TableOverlay::showText(const QString &text, const QString &button)
{
    m_text->setText(text);
    m_button->setText(button);
    m_button->setVisible(!button.isEmpty());
    setVisible(!text.isEmpty());
    if (!text.isEmpty())
        raise();
}

QString TableOverlay::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

QString TableOverlay::buttonText() const
{
    return isVisibleTo(parentWidget()) && m_button->isVisibleTo(this) ? m_button->text()
                                                                      : QString();
}

bool TableOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        setGeometry(m_viewport->geometry());
    return QWidget::eventFilter(watched, event);
}

} // namespace sdrs::ui
