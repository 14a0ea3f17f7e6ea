#include "ui/statusstyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <utility>

namespace sdrs::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/// Draws the symbol of a tone into a square of side `side` (in device-independent pixels).
void paintSymbol(QPainter &p, StatusTone tone, qreal side, const QColor &color, const QColor &mark)
{
    const qreal stroke = qMax<qreal>(1.5, side / 8.0);
    const QRectF disc(stroke / 2, stroke / 2, side - stroke, side - stroke);
    const QPointF c = disc.center();
    const qreal r = disc.width() / 2;

    QPen markPen(mark, stroke * 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (tone) {
    case StatusTone::Failed: {
        // Filled disc with a cross.
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(disc);
        const qreal a = r * 0.42;
        p.setPen(markPen);
        p.drawLine(QPointF(c.x() - a, c.y() - a), QPointF(c.x() + a, c.y() + a));
        p.drawLine(QPointF(c.x() - a, c.y() + a), QPointF(c.x() + a, c.y() - a));
        break;
    }
    case StatusTone::Success: {
        // Filled disc with a check mark.
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(disc);
        QPainterPath check;
        check.moveTo(c.x() - r * 0.48, c.y() + r * 0.02);
        check.lineTo(c.x() - r * 0.12, c.y() + r * 0.38);
        check.lineTo(c.x() + r * 0.50, c.y() - r * 0.36);
        p.setPen(markPen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(check);
        break;
    }
    case StatusTone::Running: {
        // A clock: ring and two hands, in the tone's colour.
        p.setPen(QPen(color, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(disc);
        QPainterPath hands;
        hands.moveTo(c.x(), c.y() - r * 0.60);
        hands.lineTo(c);
        hands.lineTo(c.x() + r * 0.45, c.y() + r * 0.25);
        p.drawPath(hands);
        break;
    }
    case StatusTone::Neutral: {
        // A ring with a dash: nothing known.
        p.setPen(QPen(color, stroke, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(disc);
        p.drawLine(QPointF(c.x() - r * 0.45, c.y()), QPointF(c.x() + r * 0.45, c.y()));
        break;
    }
    }
}

QPixmap symbolPixmap(StatusTone tone, int side, const QColor &color, const QColor &mark)
{
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    paintSymbol(p, tone, side, color, mark);
    return pixmap;
}

} // namespace

QColor toneColor(StatusTone tone, const QPalette &palette)
{
    // Material-like shades: the darker ones keep about 4.5:1 against a white base, the lighter
    // ones against a dark grey base.
    const bool dark = isDark(palette);
    switch (tone) {
    case StatusTone::Failed:
        return dark ? QColor(0xef, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case StatusTone::Running:
        return dark ? QColor(0x6c, 0xb4, 0xf0) : QColor(0x15, 0x65, 0xc0);
    case StatusTone::Success:
        return dark ? QColor(0x6f, 0xc2, 0x76) : QColor(0x2e, 0x7d, 0x32);
    case StatusTone::Neutral:
        break;
    }
    return dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x61, 0x61, 0x61);
}

QIcon toneIcon(StatusTone tone, const QPalette &palette)
{
    const QColor color = toneColor(tone, palette);
    const QColor mark = palette.color(QPalette::Base);
    // The key: the tone, and both colours (32-bit QRgb each) in one number.
    const quint64 shades = (quint64(color.rgba()) << 32) | mark.rgba();
    static QHash<std::pair<int, quint64>, QIcon> cache;
    const std::pair<int, quint64> key{int(tone), shades};
    if (const auto it = cache.constFind(key); it != cache.cend())
        return it.value();

    QIcon icon;
    // Sizes in device pixels: QIcon picks the nearest for the size and device pixel ratio asked.
    for (const int side : {12, 16, 20, 22, 24, 32, 40, 44, 48, 64, 96, 128})
        icon.addPixmap(symbolPixmap(tone, side, color, mark));
    cache.insert(key, icon);
    return icon;
}

} // namespace sdrs::ui
