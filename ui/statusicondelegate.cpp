#include "ui/statusicondelegate.h"

#include "ui/statusstyle.h"

namespace sdrs::ui {

StatusIconDelegate::StatusIconDelegate(int column, int statusRole, ToneOf toneOf, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_column(column)
    , m_statusRole(statusRole)
    , m_toneOf(toneOf)
{}

void StatusIconDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != m_column)
        return;
    option->icon = toneIcon(m_toneOf(index.data(m_statusRole).toString()), option->palette);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace sdrs::ui
