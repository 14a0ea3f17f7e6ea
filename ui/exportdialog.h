#pragma once

#include "models/exportrequest.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSettings;

namespace sdrs::ui {

/// Asks whether an export may replace an existing file: `question` (naming the file), an
/// optional `detail`, Replace or Cancel (the default). True when the user chose Replace.
bool confirmReplace(QWidget *parent, const QString &question, const QString &detail = {});

/// Asks what to export and where: rows (selected, shown, every page), columns, BOM, local time,
/// and the file. The folder starts in Documents, then the last folder used (remembered in the
/// settings). An existing file is replaced only after a confirmation.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    /// `selected` and `shown`: how many rows each choice would write; `total`: the rows of the
    /// current query on the service (-1 when unknown).
    ExportDialog(int selected, qint64 shown, qint64 total, QWidget *parent = nullptr);

    ExportOptions options() const;
    void setPath(const QString &path);
    /// Whether the history can add its columns (off: the check box is disabled and unset).
    void setHistoryColumnsAvailable(bool available);

    /// The folder the file dialog starts in: the last one used, else Documents.
    static QString startFolder();

    void accept() override;

private:
    // The constructor's sections that are more than a line or two.
    QGroupBox *buildRowsBox(int selected, qint64 shown, qint64 total);
    QGroupBox *buildColumnsBox(const QSettings &settings);
    QHBoxLayout *buildFileRow();

    void browse();
    void updateOk();

    QRadioButton *m_selected = nullptr;
    QRadioButton *m_shown = nullptr;
    QRadioButton *m_allPages = nullptr;
    QRadioButton *m_visibleColumns = nullptr;
    QRadioButton *m_allFields = nullptr;
    QCheckBox *m_bom = nullptr;
    QCheckBox *m_localTime = nullptr;
    QCheckBox *m_historyColumns = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_replaceConfirmed = false;
};

} // namespace sdrs::ui
