#include "ui/elidedlabel.h"

#include <QPainter>

namespace sdrs::ui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(QStringLiteral("\u2026\u2026\u2026")) + m.left() +
                m.right(),
            QLabel::minimumSizeHint().height()};
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
    // The whole text as the tooltip only when it is cut (an own tooltip stays).
    if (toolTip().isEmpty() || toolTip() == property("elidedTip").toString()) {
        const QString tip = shown == text() ? QString() : text();
        setProperty("elidedTip", tip);
        setToolTip(tip);
    }
    painter.setPen(palette().color(foregroundRole()));
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shown);
}

} // namespace sdrs::ui
