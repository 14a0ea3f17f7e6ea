#include "ui/messagebar.h"

#include "models/safetext.h"
#include "ui/statusstyle.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sdrs::ui {

namespace {

bool isDark(const QColor &window)
{
    return window.lightness() <= 128;
}

/// The colour of a kind (Breeze's message colours), lighter on a dark window.
QColor accent(MessageKind kind, const QColor &window)
{
    QColor c;
    switch (kind) {
    case MessageKind::Information:
        c = QColor(0x3d, 0xae, 0xe9);
        break;
    case MessageKind::Success:
        c = QColor(0x27, 0xae, 0x60);
        break;
    case MessageKind::Warning:
        c = QColor(0xf6, 0x74, 0x00);
        break;
    case MessageKind::Error:
        c = QColor(0xda, 0x44, 0x53);
        break;
    }
    return isDark(window) ? c.lighter(115) : c.darker(110);
}

QIcon kindIcon(MessageKind kind, const QPalette &palette, QStyle *style)
{
    switch (kind) {
    case MessageKind::Information:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case MessageKind::Success:
        // A disc with a check mark: the same symbol as a succeeded status.
        return toneIcon(StatusTone::Success, palette);
    case MessageKind::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case MessageKind::Error:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxCritical);
}

QString kindName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Information:
        return MessageBar::tr("Information message");
    case MessageKind::Success:
        return MessageBar::tr("Success message");
    case MessageKind::Warning:
        return MessageBar::tr("Warning message");
    case MessageKind::Error:
        break;
    }
    return MessageBar::tr("Error message");
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 6, 8, 6);
    auto *row = new QHBoxLayout;
    m_stripe = new QWidget(this);
    m_stripe->setObjectName(QStringLiteral("messageStripe"));
    m_stripe->setFixedWidth(4);
    m_stripe->setAutoFillBackground(true);
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("messageIcon"));
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
    row->addWidget(m_stripe);
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
    applyKind();
    setVisible(false);
}

QColor MessageBar::background(MessageKind kind, const QColor &window)
{
    const QColor a = accent(kind, window);
    // A tint: enough of the accent to tell the kinds apart, little enough that the window's
    // text colour keeps its contrast in light and dark palettes.
    const qreal share = window.lightness() > 128 ? 0.2 : 0.28;
    return QColor::fromRgbF(float(window.redF() * (1 - share) + a.redF() * share),
                            float(window.greenF() * (1 - share) + a.greenF() * share),
                            float(window.blueF() * (1 - share) + a.blueF() * share));
}

void MessageBar::applyKind()
{
    m_applying = true;
    const QPalette outside = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const QColor window = outside.color(QPalette::Window);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background(m_kind, window));
    setPalette(pal);
    QPalette stripe = m_stripe->palette();
    stripe.setColor(QPalette::Window, accent(m_kind, window));
    m_stripe->setPalette(stripe);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(kindIcon(m_kind, outside, style()).pixmap(iconSize));
    setAccessibleName(kindName(m_kind));
    m_applying = false;
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // A palette or style of the window changed (light to dark): the tint follows.
    if (!m_applying && m_stripe &&
        (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        applyKind();
}

void MessageBar::showMessage(MessageKind kind, const QString &sentence, const QString &details)
{
    m_messages = {Message{kind, sentence, details}};
    m_detailsButton->setChecked(false);
    showMessages();
}

void MessageBar::addMessage(MessageKind kind, const QString &sentence, const QString &details)
{
    const Message message{kind, sentence, details};
    if (m_messages.contains(message))
        return;
    m_messages.append(message);
    showMessages();
}

void MessageBar::showMessages()
{
    QStringList lines;
    QStringList facts;
    m_kind = MessageKind::Information;
    for (const Message &m : std::as_const(m_messages)) {
        m_kind = std::max(m_kind, m.kind);
        // Server text reaches both: no control character or direction override is shown.
        lines.append(text::printable(m.sentence));
        if (m_messages.size() == 1)
            facts.append(text::printable(m.details, true));
        else if (!m.details.isEmpty())
            facts.append(lines.constLast() + u'\n' + text::printable(m.details, true));
    }
    applyKind();
    m_text->setText(lines.join(u'\n'));
    const QString details = facts.join(QStringLiteral("\n\n"));
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    if (details.isEmpty())
        m_detailsButton->setChecked(false);
    setVisible(true);
}

void MessageBar::showError(const ApiError &error)
{
    showMessage(MessageKind::Error, errorSentence(error), errorDetails(error));
}

void MessageBar::clear()
{
    setVisible(false);
    m_messages.clear();
    m_detailsButton->setChecked(false); // the next message starts with its details closed
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
