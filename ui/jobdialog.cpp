#include "ui/jobdialog.h"

#include "models/apitime.h"
#include "models/errorcatalog.h"
#include "models/failurereason.h"
#include "models/jobtreemodel.h"
#include "models/safetext.h"
#include "models/vocabulary.h"
#include "resources/sdrsicons.h"
#include "ui/messagebar.h"
#include "ui/statusicondelegate.h"
#include "ui/statusstyle.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace sdrs::ui {

namespace {

/// A row of the Resources box: the label's object name, its title (translated in JobDialog's
/// context) and the value it shows.
struct EntityField
{
    const char *objectName;
    const char *title;
    QString (*value)(const JobEntities &entities);
};

/// The ids a job's `entities` may hold, in the order the box lists them.
const QList<EntityField> &entityFields()
{
    using E = JobEntities;
    static const QList<EntityField> fields{
        {"entityServerGroup", QT_TRANSLATE_NOOP("sdrs::ui::JobDialog", "Protection group:"),
         [](const E &e) {
             return e.serverGroupId;
         }},
        {"entityProtectedInstance", QT_TRANSLATE_NOOP("sdrs::ui::JobDialog", "Protected instance:"),
         [](const E &e) {
             return e.protectedInstanceId;
         }},
        {"entityReplicationPair", QT_TRANSLATE_NOOP("sdrs::ui::JobDialog", "Replication pair:"),
         [](const E &e) {
             return e.replicationPairId;
         }},
        {"entityVolumes", QT_TRANSLATE_NOOP("sdrs::ui::JobDialog", "Volumes:"),
         [](const E &e) {
             return e.volumeIds.join(u'\n');
         }},
        //: Label of the id of the ECS server a protected instance is made of.
        {"entityNativeServer", QT_TRANSLATE_NOOP("sdrs::ui::JobDialog", "Native server:"),
         [](const E &e) {
             return e.nativeServerId;
         }},
        //: Label of the id of a network interface card.
        {"entityNic", QT_TRANSLATE_NOOP("sdrs::ui::JobDialog", "NIC:"),
         [](const E &e) {
             return e.nicId;
         }},
    };
    return fields;
}

/// The dash shown for a value the job does not have.
QString none()
{
    return QStringLiteral("\u2014");
}

/// A label showing toneIcon(), redrawn when the palette changes (light/dark switch).
class ToneIconLabel final : public QLabel
{
public:
    using QLabel::QLabel;

    void setTone(StatusTone tone)
    {
        m_tone = tone;
        m_shown = true;
        updateIcon();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::PaletteChange)
            updateIcon();
    }

private:
    void updateIcon()
    {
        if (!m_shown)
            return;
        const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        setPixmap(toneIcon(m_tone, palette()).pixmap(QSize(side, side), devicePixelRatio()));
    }

    StatusTone m_tone = StatusTone::Neutral;
    bool m_shown = false;
};

/// The platform's fixed-width font; some platforms (offscreen, a bare X session) answer with the
/// proportional default, so ask font matching for a monospace one then.
QFont monospaceFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QFontMetrics metrics(font);
    if (metrics.horizontalAdvance(QStringLiteral("iiii")) !=
        metrics.horizontalAdvance(QStringLiteral("MMMM"))) {
        font.setFamilies({QStringLiteral("monospace")});
        font.setStyleHint(QFont::Monospace);
        font.setFixedPitch(true);
    }
    return font;
}

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

/// The parts of a fail reason worth picking out, one per line; empty when it has none.
QString failReasonSummary(const QString &reason)
{
    const FailReasonParts parts = parseFailReason(reason);
    QStringList lines;
    if (!parts.taskName.isEmpty()) {
        //: A line under the fail reason: %1 the name of the task that failed.
        lines << JobDialog::tr("Failed task: %1").arg(parts.taskName);
    }
    if (!parts.errorCode.isEmpty()) {
        const ErrorCodeInfo *info = ErrorCatalog::instance().find(parts.errorCode);
        //: A line under the fail reason: %1 an error code found in it, %2 what it means.
        lines << (info ? JobDialog::tr("Error code in the reason: %1 (%2)")
                             .arg(parts.errorCode, info->message)
                       : JobDialog::tr("Error code in the reason: %1").arg(parts.errorCode));
    }
    if (!parts.embeddedMessage.isEmpty() || parts.embeddedStatus > 0) {
        QString what = parts.embeddedMessage;
        if (parts.embeddedStatus > 0)
            what = JobDialog::tr("HTTP %1").arg(parts.embeddedStatus) +
                   (what.isEmpty() ? QString() : QStringLiteral(": ") + what);
        if (!parts.embeddedKey.isEmpty())
            what = parts.embeddedKey + QStringLiteral(", ") + what;
        //: A line under the fail reason: %1 the error another service answered, as found in it.
        lines << JobDialog::tr("Answer of the failing call: %1").arg(what);
    }
    return lines.join(u'\n');
}

} // namespace

struct JobDialog::Private
{
    QString jobId;
    QHash<QString, QString> resourceNames; ///< id -> name, from the rows and groups listed
    JobTreeModel *model = nullptr;

    MessageBar *errorBar = nullptr;

    QFormLayout *summary = nullptr;
    ToneIconLabel *statusIcon = nullptr;
    QLabel *status = nullptr;
    QLabel *type = nullptr;
    QLabel *begin = nullptr;
    QLabel *end = nullptr;
    QLabel *duration = nullptr;
    QLabel *errorCode = nullptr;
    QLabel *errorExplanation = nullptr;
    QLabel *message = nullptr;

    QGroupBox *entitiesBox = nullptr;
    QFormLayout *entities = nullptr;
    /// One label per entry of entityFields(), in its order.
    QList<QLabel *> entityLabels;

    QLabel *failReasonTitle = nullptr;
    QPlainTextEdit *failReason = nullptr;
    QLabel *failParts = nullptr;

    QTabWidget *tabs = nullptr;
    QTreeView *tree = nullptr;
    QPlainTextEdit *rawJson = nullptr;

    QProgressBar *busy = nullptr;
    QLabel *busyLabel = nullptr;
    QPushButton *refresh = nullptr;
    QPushButton *close = nullptr;

    void setBusy(bool on)
    {
        busy->setVisible(on);
        busyLabel->setVisible(on);
        refresh->setEnabled(!on);
    }

    static void setTime(QLabel *label, const QDateTime &time)
    {
        if (!time.isValid()) {
            label->setText(none());
            label->setToolTip({});
            return;
        }
        label->setText(formatLocalTableTime(time));
        //: Tooltip of a time: %1 the local time, %2 the same time in UTC.
        label->setToolTip(JobDialog::tr("%1 local time\n%2 UTC")
                              .arg(label->text(), formatTableTime(time.toUTC())));
    }

    /// Shows ids (one a line), each with its name where one is known: "name (id)".
    void setEntity(QLabel *label, const QString &value)
    {
        QStringList lines = value.split(u'\n');
        for (QString &id : lines) {
            if (const QString name = resourceNames.value(id); !name.isEmpty())
                //: A resource in the job inspector: %1 its name, %2 its id.
                id = JobDialog::tr("%1 (%2)", "name (id)").arg(name, id);
        }
        label->setText(text::printable(lines.join(u'\n'), true));
        entities->setRowVisible(label, !value.isEmpty());
    }
};

JobDialog::JobDialog(const QString &jobId, QWidget *parent)
    : QDialog(parent)
    , d(new Private)
{
    d->jobId = jobId;
    setObjectName(QStringLiteral("jobDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    setSizeGripEnabled(true);
    //: Window title of the job inspector; %1 is the job's id.
    setWindowTitle(tr("Job %1").arg(jobId));

    // Message bar: hidden until setError(); the same bar and wording as the main window's.
    d->errorBar = new MessageBar(this);
    d->errorBar->setObjectName(QStringLiteral("jobError"));

    buildSummary();
    buildEntities();
    buildFailReason();
    buildTabs();
    QHBoxLayout *bottom = buildBottomRow();

    auto *header = new QHBoxLayout;
    header->addLayout(d->summary, 1);
    header->addWidget(d->entitiesBox, 1, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(d->errorBar);
    layout->addLayout(header);
    // The catalog's explanation of the error code, across the whole width (it wraps).
    layout->addWidget(d->errorExplanation);
    layout->addWidget(d->failReasonTitle);
    layout->addWidget(d->failReason);
    layout->addWidget(d->failParts);
    layout->addWidget(d->tabs, 1);
    layout->addLayout(bottom);

    resize(960, 640);
}

void JobDialog::buildSummary()
{
    // Summary of the job.
    d->statusIcon = new ToneIconLabel(this);
    d->statusIcon->setObjectName(QStringLiteral("jobStatusIcon"));
    d->status = valueLabel(QStringLiteral("jobStatus"), this);
    d->status->setText(none());
    auto *statusBox = new QWidget(this);
    auto *statusLayout = new QHBoxLayout(statusBox);
    statusLayout->setContentsMargins({});
    statusLayout->addWidget(d->statusIcon);
    statusLayout->addWidget(d->status, 1);
    d->type = valueLabel(QStringLiteral("jobType"), this);
    d->begin = valueLabel(QStringLiteral("jobBegin"), this);
    d->end = valueLabel(QStringLiteral("jobEnd"), this);
    d->duration = valueLabel(QStringLiteral("jobDuration"), this);
    d->errorCode = valueLabel(QStringLiteral("jobErrorCode"), this);
    d->errorExplanation = valueLabel(QStringLiteral("jobErrorExplanation"), this);
    d->errorExplanation->setWordWrap(true);
    d->message = valueLabel(QStringLiteral("jobMessage"), this);
    d->message->setWordWrap(true);
    for (QLabel *label : {d->type, d->begin, d->end, d->duration})
        label->setText(none());

    d->summary = new QFormLayout;
    d->summary->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    //: Label of the job's status (success, running, failed).
    d->summary->addRow(tr("Status:"), statusBox);
    //: Label of the kind of job, e.g. createProtectedInstance.
    d->summary->addRow(tr("Type:"), d->type);
    //: Label of the time the job began.
    d->summary->addRow(tr("Begin:"), d->begin);
    //: Label of the time the job ended.
    d->summary->addRow(tr("End:"), d->end);
    d->summary->addRow(tr("Duration:"), d->duration);
    d->summary->addRow(tr("Error code:"), d->errorCode);
    //: Label of the optional message the job API returns with a job.
    d->summary->addRow(tr("Message:"), d->message);
    d->summary->setRowVisible(d->errorCode, false);
    d->errorExplanation->setVisible(false);
    d->summary->setRowVisible(d->message, false);
}

void JobDialog::buildEntities()
{
    // The resources the job concerns; only those present are shown.
    d->entitiesBox = new QGroupBox(tr("Resources"), this);
    d->entitiesBox->setObjectName(QStringLiteral("jobEntities"));
    d->entities = new QFormLayout(d->entitiesBox);
    for (const EntityField &field : entityFields()) {
        QLabel *label = valueLabel(QString::fromLatin1(field.objectName), d->entitiesBox);
        d->entities->addRow(tr(field.title), label);
        d->entities->setRowVisible(label, false);
        d->entityLabels.append(label);
    }
    d->entitiesBox->setVisible(false);
}

void JobDialog::buildFailReason()
{
    // The whole fail reason, wrapped and selectable.
    d->failReasonTitle = new QLabel(tr("Fail reason:"), this);
    d->failReason = new QPlainTextEdit(this);
    d->failReason->setObjectName(QStringLiteral("jobFailReason"));
    d->failReason->setReadOnly(true);
    d->failReason->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    d->failReason->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    d->failReason->setMaximumHeight(d->failReason->fontMetrics().lineSpacing() * 5 +
                                    2 * d->failReason->frameWidth() + 8);
    d->failReasonTitle->setBuddy(d->failReason);
    d->failReasonTitle->setVisible(false);
    d->failReason->setVisible(false);
    // What the reason holds, picked out: task, error code, embedded error.
    d->failParts = valueLabel(QStringLiteral("jobFailParts"), this);
    d->failParts->setWordWrap(true);
    d->failParts->setVisible(false);
}

void JobDialog::buildTabs()
{
    // Tabs: the sub-job tree and the raw answer.
    d->model = new JobTreeModel(this);
    d->tree = new QTreeView(this);
    d->tree->setObjectName(QStringLiteral("jobTree"));
    d->tree->setAccessibleName(tr("Sub-jobs"));
    d->tree->setModel(d->model);
    d->tree->setItemDelegate(new StatusIconDelegate(JobTreeModel::Status, JobTreeModel::StatusRole,
                                                    jobStatusTone, d->tree));
    d->tree->setUniformRowHeights(true);
    d->tree->setAlternatingRowColors(true);
    d->tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The fail reason (last shown column) takes the room left; the job id, long and mostly of use
    // for support, is hidden until chosen from the header's context menu.
    QHeaderView *treeHeader = d->tree->header();
    treeHeader->setStretchLastSection(true);
    treeHeader->setSectionResizeMode(QHeaderView::Interactive);
    treeHeader->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = 0; column < JobTreeModel::ColumnCount; ++column) {
        auto *action =
            new QAction(d->model->headerData(column, Qt::Horizontal).toString(), treeHeader);
        action->setObjectName(QStringLiteral("jobTreeColumn%1").arg(column));
        action->setCheckable(true);
        action->setChecked(column != JobTreeModel::JobId);
        action->setEnabled(column != JobTreeModel::Status); // the column that holds the tree
        connect(action, &QAction::toggled, this,
                [this, column](bool on) { d->tree->setColumnHidden(column, !on); });
        treeHeader->addAction(action);
    }
    d->tree->setColumnHidden(JobTreeModel::JobId, true);

    d->rawJson = new QPlainTextEdit(this);
    d->rawJson->setObjectName(QStringLiteral("rawJson"));
    d->rawJson->setReadOnly(true);
    d->rawJson->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    d->rawJson->setLineWrapMode(QPlainTextEdit::NoWrap);
    d->rawJson->setFont(monospaceFont());

    d->tabs = new QTabWidget(this);
    d->tabs->setObjectName(QStringLiteral("jobTabs"));
    d->tabs->setAccessibleName(tr("Job views"));
    //: Tab with the tree of the job's sub-jobs.
    d->tabs->addTab(d->tree, tr("Sub-jobs"));
    //: Tab with the server's answer as JSON text.
    d->tabs->addTab(d->rawJson, tr("Raw JSON"));
}

QHBoxLayout *JobDialog::buildBottomRow()
{
    // Bottom row: busy indicator, Refresh, Close.
    d->busy = new QProgressBar(this);
    d->busy->setObjectName(QStringLiteral("jobBusy"));
    d->busy->setRange(0, 0);
    d->busy->setTextVisible(false);
    d->busy->setMaximumWidth(120);
    d->busyLabel = new QLabel(tr("Loading\u2026"), this);
    d->busyLabel->setObjectName(QStringLiteral("jobBusyLabel"));
    d->busy->setVisible(false);
    d->busyLabel->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    d->refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    d->refresh->setObjectName(QStringLiteral("refreshButton"));
    d->refresh->setIcon(themedIcon(QStringLiteral("view-refresh")));
    d->refresh->setShortcut(QKeySequence::Refresh);
    d->refresh->setToolTip(
        tr("Ask the server for the job again (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    d->close = buttons->addButton(QDialogButtonBox::Close);
    d->close->setObjectName(QStringLiteral("closeButton"));
    d->close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->refresh, &QPushButton::clicked, this, [this] { Q_EMIT refreshRequested(d->jobId); });

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(d->busy);
    bottom->addWidget(d->busyLabel);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    return bottom;
}

JobDialog::~JobDialog()
{
    delete d;
}

QString JobDialog::jobId() const
{
    return d->jobId;
}

void JobDialog::setLoading()
{
    d->setBusy(true);
}

void JobDialog::setJob(const Job &job, const QByteArray &rawJson)
{
    d->setBusy(false);
    d->errorBar->clear();

    if (!job.jobType.isEmpty()) {
        //: Window title of the job inspector: %1 the job's id, %2 its type.
        setWindowTitle(tr("Job %1 (%2)").arg(d->jobId, jobTypeName(job.jobType)));
    }

    showSummary(job);
    showEntities(job.entities);
    showFailReason(job.failReason);
    showSubJobs(job);
    showRawJson(rawJson);
}

void JobDialog::showSummary(const Job &job)
{
    d->statusIcon->setTone(jobStatusTone(job.status));
    d->status->setText(job.status.isEmpty() ? none() : jobStatusName(job.status));
    d->status->setToolTip(job.status);
    // Server text: no control character or direction override reaches a label.
    d->type->setText(
        job.jobType.isEmpty() ? none() : text::printable(nameWithCode(job.jobType, &jobTypeName)));
    d->type->setToolTip(text::printable(job.jobType));
    Private::setTime(d->begin, job.beginTime);
    Private::setTime(d->end, job.endTime);
    const QString duration = formatDuration(job.beginTime, job.endTime);
    d->duration->setText(duration.isEmpty() ? none() : duration);

    d->errorCode->setText(text::printable(job.errorCode));
    const ErrorCodeInfo *info =
        job.errorCode.isEmpty() ? nullptr : ErrorCatalog::instance().find(job.errorCode);
    if (info) {
        //: Explanation of a known error code: %1 the code, %2 what it means, %3 what to do.
        d->errorExplanation->setText(
            tr("%1: %2\nWhat to do: %3").arg(info->code, info->message, info->handling));
        d->errorExplanation->setToolTip(info->description);
    } else {
        d->errorExplanation->clear();
        d->errorExplanation->setToolTip({});
    }
    d->summary->setRowVisible(d->errorCode, !job.errorCode.isEmpty());
    d->errorExplanation->setVisible(info != nullptr);

    QString message = job.message + job.code;
    if (!job.message.isEmpty() && !job.code.isEmpty()) {
        //: The job's message (%1) and code (%2), as the API gives them.
        message = tr("%1 (%2)").arg(job.message, job.code);
    }
    d->message->setText(text::printable(message));
    d->summary->setRowVisible(d->message, !message.isEmpty());
}

void JobDialog::setResourceNames(QHash<QString, QString> namesById)
{
    d->resourceNames = std::move(namesById);
}

void JobDialog::showEntities(const JobEntities &e)
{
    bool anyEntity = false;
    for (qsizetype i = 0; i < entityFields().size(); ++i) {
        const QString value = entityFields().at(i).value(e);
        d->setEntity(d->entityLabels.at(i), value);
        anyEntity = anyEntity || !value.isEmpty();
    }
    d->entitiesBox->setVisible(anyEntity);
}

void JobDialog::showFailReason(const QString &failReason)
{
    const QString reason = failReason.trimmed();
    d->failReason->setPlainText(text::printable(reason, true));
    d->failReasonTitle->setVisible(!reason.isEmpty());
    d->failReason->setVisible(!reason.isEmpty());
    const QString parts = reason.isEmpty() ? QString() : failReasonSummary(reason);
    d->failParts->setText(text::printable(parts, true));
    d->failParts->setVisible(!parts.isEmpty());
}

void JobDialog::showSubJobs(const Job &job)
{
    // Sub-job tree, every level open; columns fit their contents, within reason.
    d->model->setJob(job);
    d->tree->expandAll();
    // The fail reason is not sized to its (possibly very long) text: as the last column shown it
    // takes the room left.
    const int maxWidth = qMax(160, d->tree->fontMetrics().averageCharWidth() * 48);
    for (int column = 0; column < JobTreeModel::ColumnCount; ++column) {
        if (column == JobTreeModel::FailReason)
            continue;
        d->tree->resizeColumnToContents(column);
        if (d->tree->columnWidth(column) > maxWidth)
            d->tree->setColumnWidth(column, maxWidth);
    }
    //: Tab with the tree of the job's sub-jobs; %n is how many there are.
    d->tabs->setTabText(d->tabs->indexOf(d->tree),
                        tr("Sub-jobs (%n)", nullptr, int(job.descendantCount())));
}

void JobDialog::showRawJson(const QByteArray &rawJson)
{
    // Raw answer, indented when it is JSON, as received otherwise.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(rawJson, &parseError);
    if (parseError.error == QJsonParseError::NoError && !document.isNull())
        d->rawJson->setPlainText(
            text::printable(QString::fromUtf8(document.toJson(QJsonDocument::Indented)), true));
    else
        d->rawJson->setPlainText(text::printable(QString::fromUtf8(rawJson), true));
}

void JobDialog::setError(const ApiError &error)
{
    d->setBusy(false);
    if (!error.isError()) {
        d->errorBar->clear();
        return;
    }

    // A 404 here has one meaning worth saying plainly; everything else as everywhere.
    QString sentence = error.kind == ApiError::Kind::Http && error.httpStatus == 404
                           ? tr("This job no longer exists on the server.")
                           : errorSentence(error);
    if (d->model->rowCount() > 0)
        sentence += u' ' + tr("What is shown may be out of date.");
    d->errorBar->showMessage(MessageKind::Error, sentence, errorDetails(error));
}

} // namespace sdrs::ui
