#include "ui/groupitemdelegate.h"

#include <QApplication>
#include <QPainter>

namespace sdrs::ui {

namespace {

/// Room between the name and the details.
constexpr int Gap = 24;

} // namespace

GroupItemDelegate::GroupItemDelegate(int detailRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_detailRole(detailRole)
{}

bool GroupItemDelegate::isSeparator(const QModelIndex &index)
{
    // What QComboBox::insertSeparator() marks.
    return index.data(Qt::AccessibleDescriptionRole).toString() == QLatin1StringView("separator");
}

void GroupItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    if (isSeparator(index)) {
        const int y = option.rect.center().y();
        painter->save();
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->drawLine(option.rect.left() + 4, y, option.rect.right() - 4, y);
        painter->restore();
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
    const QString detail = index.data(m_detailRole).toString();
    if (detail.isEmpty())
        return;
    // The details right-aligned, after the name, in the colour of secondary text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QRect area = opt.rect.adjusted(0, 0, -6, 0);
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(
        opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, detail);
    painter->restore();
}

QSize GroupItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (isSeparator(index))
        return {size.width(), 7};
    const QString detail = index.data(m_detailRole).toString();
    if (!detail.isEmpty())
        size.rwidth() += Gap + option.fontMetrics.horizontalAdvance(detail) + 6;
    return size;
}

} // namespace sdrs::ui
