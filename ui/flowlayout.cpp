#include "ui/flowlayout.h"

#include <QWidget>

namespace sdrs::ui {

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent)
    , m_horizontal(horizontalSpacing)
    , m_vertical(verticalSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As wide as the widest item; as high as the items need at that width.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    size += QSize(m.left() + m.right(), m.top() + m.bottom());
    return size;
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? m_horizontal : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    QList<Placed> line;
    int lineWidth = 0;
    int lineHeight = 0;
    int y = area.y();
    const auto finishLine = [&] {
        if (apply && !line.isEmpty())
            placeLine(line, area.x(), y, lineHeight, std::max(0, area.width() - lineWidth));
        if (!line.isEmpty())
            y += lineHeight + m_vertical;
        line.clear();
        lineWidth = 0;
        lineHeight = 0;
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        // An item narrower than its hint fits when at least its minimum fits.
        const int width = std::min(item->sizeHint().width(), area.width());
        const int needed = std::max(width, item->minimumSize().width());
        if (!line.isEmpty() && lineWidth + m_horizontal + needed > area.width())
            finishLine();
        lineWidth += (line.isEmpty() ? 0 : m_horizontal) + needed;
        lineHeight = std::max(lineHeight, item->sizeHint().height());
        line.append({item, needed});
    }
    finishLine();
    const QMargins m = contentsMargins();
    return std::max(0, y - m_vertical - area.y()) + m.top() + m.bottom();
}

void FlowLayout::placeLine(const QList<Placed> &line, int x, int y, int height, int extra) const
{
    int expanding = 0;
    for (const Placed &placed : line)
        expanding += (placed.item->expandingDirections() & Qt::Horizontal) ? 1 : 0;
    for (const auto &[item, hinted] : line) {
        int width = hinted;
        if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
            const int share = extra / expanding;
            width += share;
            extra -= share;
            --expanding;
        }
        item->setGeometry(QRect(x, y, width, height));
        x += width + m_horizontal;
    }
}

} // namespace sdrs::ui
