#pragma once

#include "models/apierror.h"
#include "models/errortext.h"
#include "ui/messagekind.h"

#include <QColor>
#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace sdrs::ui {

/// The sentence of an error (errortext::sentence), under the name the window's code calls.
inline QString errorSentence(const ApiError &error)
{
    return errortext::sentence(error);
}
/// The facts behind an error (errortext::details).
inline QString errorDetails(const ApiError &error)
{
    return errortext::details(error);
}

/// A bar above the content that shows one message of a kind (information, success, warning or
/// error; each with its own icon, tint and accent stripe): the sentence, a Details button
/// revealing the facts, and a close button. Hidden while there is nothing to say.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows `sentence` as a message of `kind`, with `details` behind the Details button (no
    /// button when empty).
    void showMessage(MessageKind kind, const QString &sentence, const QString &details = {});
    /// Shows an error with errorSentence() and errorDetails() (kind Error).
    void showError(const ApiError &error);
    /// Adds a message to those shown since the last showMessage() or clear(), one line each
    /// (several failures of one load); the Details list the facts of each, and the bar takes
    /// the most severe kind among them. The same message twice is shown once.
    void addMessage(MessageKind kind, const QString &sentence, const QString &details = {});
    /// Hides the bar and forgets its messages.
    void clear();

    QString text() const;
    QString details() const;
    /// The kind of the message shown (or last shown).
    MessageKind kind() const { return m_kind; }
    /// The tint behind a message of `kind` on a window of colour `window`: a mix of the kind's
    /// accent and the window colour, so the window's text stays readable on it.
    static QColor background(MessageKind kind, const QColor &window);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Icon, tint, stripe and accessible name of m_kind, for the palette of the parent.
    void applyKind();
    /// Shows m_messages.
    void showMessages();

    struct Message
    {
        MessageKind kind;
        QString sentence;
        QString details;
        bool operator==(const Message &) const = default;
    };
    QList<Message> m_messages;

    MessageKind m_kind = MessageKind::Error;
    bool m_applying = false;
    QWidget *m_stripe = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace sdrs::ui
