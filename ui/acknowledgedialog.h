#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace sdrs::ui {

/// Acknowledge… : asks for an optional note (a ticket number, "waiting for EVS", …) for the
/// selected failed tasks, naming how many. Accepted: note() is what the user typed, trimmed.
class AcknowledgeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcknowledgeDialog)

public:
    /// `tasks`: how many tasks are acknowledged; `note`: the note to start from (the tasks'
    /// common note when they have one).
    AcknowledgeDialog(int tasks, const QString &note, QWidget *parent = nullptr);

    QString note() const;

private:
    QLabel *m_question = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace sdrs::ui
