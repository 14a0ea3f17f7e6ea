#pragma once

#include "models/vocabulary.h"

#include <QStyledItemDelegate>

namespace sdrs::ui {

/// Puts the status symbol (toneIcon()) on a view's status column, where models cannot paint: the
/// failed-task table and the job dialog's job tree read their status the same way, from a role
/// holding the raw status value.
class StatusIconDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using ToneOf = StatusTone (*)(const QString &status);

    /// The icon goes on `column`; `statusRole` gives the raw status that `toneOf` reads.
    StatusIconDelegate(int column, int statusRole, ToneOf toneOf, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_column;
    int m_statusRole;
    ToneOf m_toneOf;
};

} // namespace sdrs::ui
