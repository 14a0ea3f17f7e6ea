#include "ui/acknowledgedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sdrs::ui {

namespace {

/// Long enough for a ticket number and a sentence; the history keeps what is typed.
constexpr int MaxNoteLength = 500;

} // namespace

AcknowledgeDialog::AcknowledgeDialog(int tasks, const QString &note, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("acknowledgeDialog"));
    //: Title of the dialog that acknowledges failed tasks.
    setWindowTitle(tr("Acknowledge Failed Tasks"));
    auto *layout = new QVBoxLayout(this);
    m_question = new QLabel(
        //: %n is how many failed tasks are acknowledged.
        tr("Acknowledge %n failed task(s)? They keep a check mark, and \u201cHide "
           "acknowledged\u201d in the View menu hides them. The acknowledgement is kept on this "
           "computer.",
           nullptr, tasks),
        this);
    m_question->setObjectName(QStringLiteral("acknowledgeQuestion"));
    m_question->setWordWrap(true);
    layout->addWidget(m_question);

    auto *noteLabel = new QLabel(tr("&Note (optional):"), this);
    layout->addWidget(noteLabel);
    m_note = new QLineEdit(note, this);
    m_note->setObjectName(QStringLiteral("acknowledgeNote"));
    m_note->setMaxLength(MaxNoteLength);
    m_note->setClearButtonEnabled(true);
    //: Placeholder of the note of an acknowledgement.
    m_note->setPlaceholderText(tr("A ticket number, \u201cwaiting for EVS\u201d, \u2026"));
    m_note->setMinimumWidth(m_note->fontMetrics().averageCharWidth() * 50);
    noteLabel->setBuddy(m_note);
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("acknowledgeButtons"));
    //: The button that acknowledges the tasks.
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Acknowledge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_note->setFocus();
}

QString AcknowledgeDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace sdrs::ui
