#include "ui/exportdialog.h"

#include "models/apitime.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace sdrs::ui {

namespace {

const QString LastFolderKey = QStringLiteral("export/lastFolder");
const QString BomKey = QStringLiteral("export/byteOrderMark");
const QString LocalTimeKey = QStringLiteral("export/localTimeColumn");
const QString AllFieldsKey = QStringLiteral("export/allFields");
const QString HistoryColumnsKey = QStringLiteral("export/historyColumns");

} // namespace

ExportDialog::ExportDialog(int selected, qint64 shown, qint64 total, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export to CSV"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildRowsBox(selected, shown, total));

    QSettings settings;
    layout->addWidget(buildColumnsBox(settings));

    m_bom = new QCheckBox(tr("Start with a byte order mark, so that Excel reads UTF-8"), this);
    m_bom->setObjectName(QStringLiteral("exportBom"));
    m_bom->setChecked(settings.value(BomKey, false).toBool());
    layout->addWidget(m_bom);

    layout->addLayout(buildFileRow());

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("exportProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *note = new QLabel(tr("Cells that start with =, +, -, @, a tab or a carriage return get "
                               "a leading ' so that a spreadsheet does not run them as formulas."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateOk);

    const QString stamp = formatFileNameStamp(QDateTime::currentDateTime());
    setPath(QDir(startFolder()).filePath(QStringLiteral("sdrs-failed-tasks-%1.csv").arg(stamp)));
}

QGroupBox *ExportDialog::buildRowsBox(int selected, qint64 shown, qint64 total)
{
    const QLocale locale;
    //: Export dialog: which rows to write.
    auto *rows = new QGroupBox(tr("Rows"), this);
    auto *rowsLayout = new QVBoxLayout(rows);
    m_selected =
        new QRadioButton(tr("The selected rows (%1)").arg(locale.toString(selected)), rows);
    m_selected->setObjectName(QStringLiteral("exportSelected"));
    m_selected->setEnabled(selected > 0);
    m_shown = new QRadioButton(
        tr("The rows held here that pass the quick filter (%1)").arg(locale.toString(shown)), rows);
    m_shown->setObjectName(QStringLiteral("exportShown"));
    m_allPages = new QRadioButton(
        total >= 0
            ? tr("Every page of the current query, fetched again (%Ln row(s) on the service)",
                 nullptr, int(std::min<qint64>(total, INT_MAX)))
            : tr("Every page of the current query, fetched again"),
        rows);
    m_allPages->setObjectName(QStringLiteral("exportAllPages"));
    rowsLayout->addWidget(m_selected);
    rowsLayout->addWidget(m_shown);
    rowsLayout->addWidget(m_allPages);
    (selected > 1 ? m_selected : m_shown)->setChecked(true);
    return rows;
}

QGroupBox *ExportDialog::buildColumnsBox(const QSettings &settings)
{
    //: Export dialog: which columns to write.
    auto *columns = new QGroupBox(tr("Columns"), this);
    auto *columnsLayout = new QVBoxLayout(columns);
    m_visibleColumns = new QRadioButton(
        tr("The table's visible columns, in their order, with their titles and the values as "
           "the table shows them (\u201c"
           "Create failed\u201d, a group's name)"),
        columns);
    m_visibleColumns->setObjectName(QStringLiteral("exportVisibleColumns"));
    m_allFields = new QRadioButton(
        tr("Every field, named as the API names it, with the API's values (job_id, \u2026, "
           "server_group_name; \u201c"
           "createFail\u201d)"),
        columns);
    m_allFields->setObjectName(QStringLiteral("exportAllFields"));
    (settings.value(AllFieldsKey, false).toBool() ? m_allFields : m_visibleColumns)
        ->setChecked(true);
    columnsLayout->addWidget(m_visibleColumns);
    columnsLayout->addWidget(m_allFields);
    m_localTime = new QCheckBox(tr("Add a column with the begin time in local time (times are "
                                   "in UTC, ISO 8601)"),
                                columns);
    m_localTime->setObjectName(QStringLiteral("exportLocalTime"));
    m_localTime->setChecked(settings.value(LocalTimeKey, false).toBool());
    columnsLayout->addWidget(m_localTime);
    m_historyColumns = new QCheckBox(tr("Add acknowledged_at and note columns from the history "
                                        "kept on this computer"),
                                     columns);
    m_historyColumns->setObjectName(QStringLiteral("exportHistoryColumns"));
    m_historyColumns->setChecked(settings.value(HistoryColumnsKey, false).toBool());
    columnsLayout->addWidget(m_historyColumns);
    return columns;
}

QHBoxLayout *ExportDialog::buildFileRow()
{
    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File to write"));
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    fileLabel->setBuddy(m_path);
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    return fileRow;
}

bool confirmReplace(QWidget *parent, const QString &question, const QString &detail)
{
    //: Title of the question whether an export may replace an existing file.
    QMessageBox ask(QMessageBox::Warning, ExportDialog::tr("Replace the file?"), question,
                    QMessageBox::NoButton, parent);
    ask.setObjectName(QStringLiteral("confirmOverwrite"));
    ask.setInformativeText(detail);
    //: Button: replace the existing file with the export.
    QPushButton *replace = ask.addButton(ExportDialog::tr("&Replace"), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == replace;
}

QString ExportDialog::startFolder()
{
    const QString last = QSettings().value(LastFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A fresh account may have no Documents folder yet: then the home folder.
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.rows = m_selected->isChecked()   ? ExportOptions::Rows::Selected
             : m_allPages->isChecked() ? ExportOptions::Rows::AllPages
                                       : ExportOptions::Rows::Shown;
    o.allFields = m_allFields->isChecked();
    o.byteOrderMark = m_bom->isChecked();
    o.localTimeColumn = m_localTime->isChecked();
    o.historyColumns = m_historyColumns->isEnabled() && m_historyColumns->isChecked();
    const QString typed = QDir::fromNativeSeparators(m_path->text().trimmed());
    // A bare name goes to the folder the dialog started in, not the program's working folder.
    o.path =
        typed.isEmpty() ? QString() : QDir::cleanPath(QDir(startFolder()).absoluteFilePath(typed));
    o.replaceConfirmed = m_replaceConfirmed;
    return o;
}

void ExportDialog::setHistoryColumnsAvailable(bool available)
{
    m_historyColumns->setEnabled(available);
    m_historyColumns->setToolTip(available ? QString()
                                           : tr("The history on this computer cannot be used."));
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export to CSV"), options().path, tr("CSV files (*.csv);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite); // asked in accept(), for every path
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportDialog::updateOk()
{
    const QString path = options().path;
    QString problem;
    if (path.isEmpty()) {
        problem = tr("Name the file to write.");
    } else {
        const QFileInfo info(path);
        if (info.isDir())
            problem = tr("This is a folder; name a file in it.");
        else if (!info.absoluteDir().exists())
            problem = tr("The folder %1 does not exist.")
                          .arg(QDir::toNativeSeparators(info.absolutePath()));
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ExportDialog::accept()
{
    updateOk();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const ExportOptions o = options();
    const QFileInfo info(o.path);
    if (info.exists()) {
        if (!confirmReplace(this,
                            tr("%1 already exists. Replace it?")
                                .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                            tr("It is replaced only when the export succeeds.")))
            return;
        m_replaceConfirmed = true;
    }
    QSettings settings;
    settings.setValue(LastFolderKey, info.absolutePath());
    settings.setValue(BomKey, o.byteOrderMark);
    settings.setValue(LocalTimeKey, o.localTimeColumn);
    settings.setValue(AllFieldsKey, o.allFields);
    if (m_historyColumns->isEnabled())
        settings.setValue(HistoryColumnsKey, o.historyColumns);
    QDialog::accept();
}

} // namespace sdrs::ui
