#pragma once

#include <QMainWindow>

class QLabel;

namespace sdrs::ui {

/// The main window. For now a frame with a banner, a central message and a status bar; the
/// failed-task browser goes here.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Marks the window as showing demo data (title and banner).
    void setDemo(bool demo);
    /// The sentence in the middle of the window.
    void setMessage(const QString &text);
    /// The connection shown in the status bar.
    void setConnectionText(const QString &text);

private:
    QLabel *m_banner = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_connection = nullptr;
};

} // namespace sdrs::ui
