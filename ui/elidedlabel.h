#pragma once

#include <QLabel>

namespace sdrs::ui {

/// A one-line label that may be narrower than its text: the text is cut with "…" and the whole
/// text is its tooltip, so that a long URL or group name never widens the window.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace sdrs::ui
