#include "ui/messagebar.h"

#include "models/safetext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace sdrs::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    // A warm tint of the window colour: readable in light and dark palettes alike.
    const QColor base = pal.color(QPalette::Window);
    const QColor tint =
        base.lightness() > 128 ? QColor(0xfd, 0xe8, 0xe6) : QColor(0x5c, 0x24, 0x22);
    pal.setColor(QPalette::Window, tint);
    setPalette(pal);
    setAccessibleName(tr("Error message"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 6, 8, 6);
    auto *row = new QHBoxLayout;
    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("messageDetailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("messageCloseButton"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Hide this message"));
    close->setAccessibleName(tr("Hide message"));
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsButton, 0, Qt::AlignTop);
    row->addWidget(close, 0, Qt::AlignTop);
    outer->addLayout(row);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("messageDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_details->setVisible(false);
    outer->addWidget(m_details);

    connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(close, &QToolButton::clicked, this, &MessageBar::clear);
    setVisible(false);
}

void MessageBar::showMessage(const QString &sentence, const QString &details)
{
    // Server text reaches both: no control character or direction override is shown.
    m_text->setText(text::printable(sentence));
    m_details->setPlainText(text::printable(details, true));
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    setVisible(true);
}

void MessageBar::showError(const ApiError &error)
{
    showMessage(errorSentence(error), errorDetails(error));
}

void MessageBar::clear()
{
    setVisible(false);
    m_text->clear();
    m_details->clear();
}

QString MessageBar::text() const
{
    return m_text->text();
}

QString MessageBar::details() const
{
    return m_details->toPlainText();
}

} // namespace sdrs::ui
