#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace sdrs::ui {

/// A sentence, and a button when there is something to do about it, centred over a view's
/// viewport while the view has no row to show: "Loading…", "No failed tasks match", ... It
/// follows the viewport's geometry and is hidden while it has no text.
class TableOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableOverlay)

public:
    /// Lies over `viewport`, as a child of the viewport's parent.
    explicit TableOverlay(QWidget *viewport);

    /// Shows `text`, with a button labelled `button` when that is not empty; an empty `text`
    /// hides the overlay.
    void showText(const QString &text, const QString &button = {});
    QString text() const;
    QString buttonText() const;

Q_SIGNALS:
    void buttonClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_viewport;
    QLabel *m_text = nullptr;
    QPushButton *m_button = nullptr;
};

} // namespace sdrs::ui
