#include "ui/deletedialogs.h"

#include "ui/statusstyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sdrs::ui {

namespace {

constexpr int NamesListed = 10;

} // namespace

bool confirmDelete(QWidget *parent, const QString &question, qint64 count,
                   const QStringList &firstNames, bool byResource)
{
    QMessageBox ask(QMessageBox::Warning, QObject::tr("Delete failed tasks"), question,
                    QMessageBox::NoButton, parent);
    ask.setObjectName(QStringLiteral("confirmDelete"));
    QStringList names = firstNames.mid(0, NamesListed);
    for (QString &name : names)
        name = QStringLiteral("\u2022 ") + (name.isEmpty() ? QObject::tr("(no name)") : name);
    QString text =
        byResource ? QObject::tr("Resources whose failed tasks will be deleted: %1")
                         .arg(QLocale().toString(count))
                   : QObject::tr("Failed tasks to be deleted: %1").arg(QLocale().toString(count));
    text += u'\n' + names.join(u'\n');
    if (count > names.size())
        text += u'\n' +
                QObject::tr("\u2026 and %1 more.").arg(QLocale().toString(count - names.size()));
    if (byResource)
        text += QStringLiteral("\n\n") +
                QObject::tr("SDRS deletes failed tasks by resource: every failed task of each "
                            "resource goes, also those not selected or not shown.");
    text += QStringLiteral("\n\n") + QObject::tr("This cannot be undone.");
    ask.setInformativeText(text);
    QPushButton *remove = ask.addButton(QObject::tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == remove;
}

DeleteResultsDialog::DeleteResultsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("deleteResults"));
    setWindowTitle(tr("Delete results"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("deleteSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("deleteResultList"));
    m_list->setAccessibleName(tr("Result of each delete"));
    m_list->setRootIsDecorated(false);
    //: Column headers of the delete results: the resource or group, the id sent, the outcome.
    m_list->setHeaderLabels({tr("What"), tr("ID"), tr("Result")});
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 360);
}

void DeleteResultsDialog::setResults(const QString &summary, const QList<DeleteResultRow> &rows)
{
    m_summary->setText(summary);
    m_list->clear();
    const QIcon good = toneIcon(StatusTone::Success, palette());
    const QIcon bad = toneIcon(StatusTone::Failed, palette());
    for (const DeleteResultRow &row : rows) {
        auto *item = new QTreeWidgetItem(m_list, {row.what, row.id, row.result});
        item->setIcon(2, row.ok ? good : bad);
        item->setToolTip(2, row.result);
    }
    for (int column = 0; column < 2; ++column)
        m_list->resizeColumnToContents(column);
}

} // namespace sdrs::ui
