#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace sdrs::ui {

/// What is loading, in words and a moving bar; hidden while nothing is. A box of its own, as a
/// widget put straight on a tool bar is hidden through its action only.
class BusyIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyIndicator)

public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    void setBusy(bool busy, const QString &text);

private:
    QLabel *m_text = nullptr;
    QProgressBar *m_bar = nullptr;
};

} // namespace sdrs::ui
