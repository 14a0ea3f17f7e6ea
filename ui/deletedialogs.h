#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QTreeWidget;

namespace sdrs::ui {

/// Asks before a delete: `question`, then how many will go and the first names, and that it
/// cannot be undone. `byResource`: the names are resources, each of whose failed tasks all go
/// (also those not shown), as the API deletes by resource. Cancel is the default. True when
/// confirmed.
bool confirmDelete(QWidget *parent, const QString &question, qint64 count,
                   const QStringList &firstNames, bool byResource);

/// One line of the results of a delete.
struct DeleteResultRow
{
    QString what; ///< the resource or group name
    QString id;   ///< what was sent
    QString result;
    bool ok = false;
};

/// What became of each item of a delete: deleted, not found, or failed and why.
class DeleteResultsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteResultsDialog)

public:
    explicit DeleteResultsDialog(QWidget *parent = nullptr);
    void setResults(const QString &summary, const QList<DeleteResultRow> &rows);

private:
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace sdrs::ui
