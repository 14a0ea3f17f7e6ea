#include "ui/sortarrowstyle.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOptionHeader>

namespace sdrs::ui {

namespace {

/// Ink (non-transparent pixels) in the rows [first, last) of `image`.
int inkInRows(const QImage &image, int first, int last)
{
    int ink = 0;
    for (int y = first; y < last; ++y) {
        for (int x = 0; x < image.width(); ++x)
            ink += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return ink;
}

} // namespace

SortArrowStyle::SortArrowStyle(QObject *parent)
    // A style of the application's kind, owned here (QApplication::style() is not ours).
    : QProxyStyle(QStyleFactory::create(QApplication::style()->name()))
{
    setParent(parent);
}

bool SortArrowStyle::drawsSortUpDown(const QStyle *style)
{
    QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QStyleOptionHeader option;
    option.rect = image.rect();
    option.palette = QApplication::palette();
    option.palette.setColor(QPalette::WindowText, Qt::black);
    option.sortIndicator = QStyleOptionHeader::SortUp;
    {
        QPainter painter(&image);
        style->drawPrimitive(PE_IndicatorHeaderArrow, &option, &painter);
    }
    // Find the arrow's rows; a ▼ has more ink in its upper half.
    int top = image.height(), bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        if (inkInRows(image, y, y + 1) > 0) {
            top = qMin(top, y);
            bottom = y;
        }
    }
    if (bottom < top)
        return false;
    const int middle = (top + bottom + 1) / 2;
    return inkInRows(image, top, middle) > inkInRows(image, middle, bottom + 1);
}

void SortArrowStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                   QPainter *painter, const QWidget *widget) const
{
    const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
    if (element != PE_IndicatorHeaderArrow || !header ||
        header->sortIndicator == QStyleOptionHeader::None) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    if (m_sortUpDown < 0)
        m_sortUpDown = drawsSortUpDown(baseStyle()) ? 1 : 0;
    if (m_sortUpDown == 1) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // QHeaderView gives SortUp for a descending order: have the base style draw it as ▼.
    QStyleOptionHeader swapped(*header);
    swapped.sortIndicator = header->sortIndicator == QStyleOptionHeader::SortUp
                                ? QStyleOptionHeader::SortDown
                                : QStyleOptionHeader::SortUp;
    QProxyStyle::drawPrimitive(element, &swapped, painter, widget);
}

} // namespace sdrs::ui
