#include "ui/messagebar.h"

#include "models/errorcatalog.h"
#include "models/safetext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace sdrs::ui {

QString errorSentence(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return MessageBar::tr("The request was cancelled.");
    case Kind::Invalid:
        //: %1 says why the request was not sent, e.g. "The id is empty; nothing was sent."
        return MessageBar::tr("The request was not sent. %1").arg(error.message);
    case Kind::Io:
        //: %1 is the device's error, e.g. "No space left on device".
        return MessageBar::tr("The file could not be written: %1").arg(error.message);
    case Kind::Network:
        return MessageBar::tr("The SDRS service could not be reached. Check the network, the "
                              "endpoint and the proxy settings, then refresh.");
    case Kind::Timeout:
        return MessageBar::tr("SDRS did not answer in time. The service or the network may be "
                              "slow; refresh to try again.");
    case Kind::Auth:
        if (error.httpStatus == 403)
            return MessageBar::tr("Access was denied: this account may not read the failed tasks "
                                  "of this project.");
        return MessageBar::tr("Sign-in was refused: the token has expired or the credentials "
                              "are wrong. Edit the connection profile and sign in again.");
    case Kind::Decode:
        return MessageBar::tr("SDRS answered with something that is not a valid answer (a proxy "
                              "page or a cut-off response). Refresh to try again.");
    case Kind::Http:
        break;
    }
    if (error.httpStatus == 404)
        return MessageBar::tr("SDRS does not know what was asked for (HTTP 404); it may have been "
                              "deleted meanwhile.");
    if (error.httpStatus == 429)
        return MessageBar::tr("SDRS is limiting the request rate. Wait a minute, then refresh.");
    if (error.httpStatus >= 500)
        return MessageBar::tr("SDRS reported a problem on its side (HTTP %1). Refresh to try "
                              "again; if it persists, report the request id.")
            .arg(error.httpStatus);
    if (const ErrorCodeInfo *info = ErrorCatalog::instance().find(error.code))
        return MessageBar::tr("SDRS refused the request: %1").arg(info->message);
    return MessageBar::tr("SDRS refused the request (HTTP %1).").arg(error.httpStatus);
}

QString errorDetails(const ApiError &error)
{
    if (!error.isError())
        return {};
    QStringList lines;
    if (error.httpStatus > 0)
        lines << MessageBar::tr("HTTP status: %1").arg(error.httpStatus);
    else
        lines << MessageBar::tr("Kind: %1").arg(ApiError::kindName(error.kind));
    if (!error.code.isEmpty()) {
        lines << MessageBar::tr("Error code: %1").arg(error.code);
        if (const ErrorCodeInfo *info = ErrorCatalog::instance().find(error.code)) {
            if (!info->handling.isEmpty())
                lines << MessageBar::tr("What to do: %1").arg(info->handling);
        }
    }
    if (!error.message.isEmpty())
        lines << MessageBar::tr("Message: %1").arg(error.message);
    if (!error.requestId.isEmpty())
        lines << MessageBar::tr("Request id: %1").arg(error.requestId);
    if (!error.endpoint.isEmpty())
        lines << MessageBar::tr("Request: %1").arg(error.endpoint);
    if (!error.authorizationMessage.isEmpty())
        //: %1 is IAM's encoded_authorization_message, which an administrator can decode.
        lines
            << MessageBar::tr("Encoded authorization message: %1").arg(error.authorizationMessage);
    return lines.join(QLatin1Char('\n'));
}

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
