#pragma once

#include "models/apierror.h"
#include "models/errortext.h"

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

/// A bar above the content that shows one error: the sentence, a Details button revealing the
/// facts, and a close button. Hidden while there is nothing to say.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows `sentence`, with `details` behind the Details button (no button when empty).
    void showMessage(const QString &sentence, const QString &details);
    /// Shows an error with errorSentence() and errorDetails().
    void showError(const ApiError &error);
    /// Hides the bar.
    void clear();

    QString text() const;
    QString details() const;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace sdrs::ui
