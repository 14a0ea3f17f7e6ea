#pragma once

#include <QStyledItemDelegate>

namespace sdrs::ui {

/// Draws the entries of the group dropdown: a group's name followed by its status and, once
/// known, its failed-task count (the `detailRole` text, greyed), and a line for a separator.
class GroupItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupItemDelegate)

public:
    GroupItemDelegate(int detailRole, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static bool isSeparator(const QModelIndex &index);

private:
    int m_detailRole;
};

} // namespace sdrs::ui
