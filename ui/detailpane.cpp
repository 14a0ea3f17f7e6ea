#include "ui/detailpane.h"

#include "models/apitime.h"
#include "models/consolelinks.h"
#include "models/errorcatalog.h"
#include "models/failurecause.h"
#include "models/failurereason.h"
#include "models/jsoncodec.h"
#include "models/safetext.h"
#include "models/vocabulary.h"
#include "ui/statusstyle.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sdrs::ui {

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("\u2014") : text;
}

QPlainTextEdit *makeTextBox(QWidget *parent, const QString &objectName, bool monospace)
{
    auto *box = new QPlainTextEdit(parent);
    box->setObjectName(objectName);
    box->setReadOnly(true);
    box->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (monospace)
        box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    box->setMinimumHeight(box->fontMetrics().lineSpacing() * 4);
    return box;
}

/// Server text: no control character or direction override reaches a label.
QString shown(const QString &text)
{
    return text::printable(text);
}

/// A link for a rich-text label; `text` is escaped.
QString link(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
}

/// Makes a label show links that open in the browser.
void showLinks(QLabel *label)
{
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
}

/// Sizes a text box to its wrapped text, between `minLines` and `maxLines` lines (it scrolls
/// beyond that).
void fitHeight(QPlainTextEdit *box, int minLines, int maxLines)
{
    const QFontMetrics fm(box->font());
    const int width = std::max(200, box->viewport()->width() - 8);
    int lines = 0;
    for (const QString &line : box->toPlainText().split(QLatin1Char('\n')))
        lines += std::max(1, (fm.horizontalAdvance(line) + width - 1) / width);
    lines = std::clamp(lines, minLines, maxLines);
    const int frame = 2 * box->frameWidth() + int(2 * box->document()->documentMargin());
    box->setFixedHeight(lines * fm.lineSpacing() + frame + 2);
}

QGridLayout *makeGrid(QWidget *parent)
{
    auto *grid = new QGridLayout(parent);
    grid->setColumnStretch(1, 1);
    return grid;
}

} // namespace

void DetailPane::Row::set(const QString &text, bool hideEmpty) const
{
    const bool hidden = hideEmpty && text.isEmpty();
    label->setHidden(hidden);
    value->setHidden(hidden);
    value->setText(shown(orDash(text)));
}

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("detailPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    outer->addWidget(m_placeholder, 1);

    // The header stays on screen: the scroll area below it scrolls alone.
    outer->addWidget(buildHeader());

    m_scroll = new QScrollArea(this);
    m_scroll->setAccessibleName(tr("Details of the selected failed task"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(m_scroll);
    auto *rows = new QVBoxLayout(m_content);
    rows->addWidget(buildCauseBox());
    rows->addWidget(buildHistoryBox());
    // Two columns: the facts on the left, the reason and its parts on the right.
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(8);
    columns->addLayout(right, 3);
    rows->addLayout(columns);
    rows->addStretch(1);
    buildFacts(left);
    buildReasonColumn(right);
    left->addStretch(1);

    m_scroll->setWidget(m_content);
    outer->addWidget(m_scroll, 1);

    showNothing();
}

QWidget *DetailPane::buildHeader()
{
    m_header = new QWidget(this);
    m_header->setObjectName(QStringLiteral("detailHeader"));
    auto *row = new QHBoxLayout(m_header);
    m_title = new QLabel(m_header);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    row->addWidget(m_title, 1);

    m_copyJobId = new QPushButton(tr("Copy job ID"), m_header);
    m_copyJobId->setObjectName(QStringLiteral("copyJobId"));
    m_copyResourceId = new QPushButton(tr("Copy resource ID"), m_header);
    m_copyResourceId->setObjectName(QStringLiteral("copyResourceId"));
    m_copyJson = new QPushButton(tr("Copy as JSON"), m_header);
    m_copyJson->setObjectName(QStringLiteral("copyJson"));
    for (QPushButton *button : {m_copyJobId, m_copyResourceId, m_copyJson}) {
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        row->addWidget(button);
    }
    auto copy = [](const QString &text) {
        QGuiApplication::clipboard()->setText(text);
    };
    connect(m_copyJobId, &QPushButton::clicked, this, [this, copy] { copy(m_job.jobId); });
    connect(m_copyResourceId, &QPushButton::clicked, this,
            [this, copy] { copy(m_job.resourceId); });
    connect(m_copyJson, &QPushButton::clicked, this, [this, copy] { copy(rowJson(m_job)); });
    return m_header;
}

QGroupBox *DetailPane::buildCauseBox()
{
    //: The box at the top of the detail pane: why the task failed and what to do.
    m_causeBox = new QGroupBox(tr("Cause"), m_content);
    m_causeBox->setObjectName(QStringLiteral("detailCauseBox"));
    auto *grid = makeGrid(m_causeBox);
    m_cause = addRow(grid, tr("Cause:"), QStringLiteral("detailCause"));
    QFont bold = m_cause.value->font();
    bold.setBold(true);
    m_cause.value->setFont(bold);
    m_whatToDo = addRow(grid, tr("What to do:"), QStringLiteral("detailWhatToDo"));
    m_links = new QLabel(m_causeBox);
    m_links->setObjectName(QStringLiteral("detailLinks"));
    m_links->setWordWrap(true);
    showLinks(m_links);
    grid->addWidget(m_links, grid->rowCount(), 0, 1, 2);
    return m_causeBox;
}

QGroupBox *DetailPane::buildHistoryBox()
{
    //: The detail pane's box of what the local history knows of a task.
    m_historyBox = new QGroupBox(tr("History"), m_content);
    m_historyBox->setObjectName(QStringLiteral("detailHistoryBox"));
    auto *grid = makeGrid(m_historyBox);
    m_acknowledged = addRow(grid, tr("Acknowledged:"), QStringLiteral("detailAcknowledged"));
    m_note = addRow(grid, tr("Note:"), QStringLiteral("detailNote"));
    m_gone = addRow(grid, tr("Gone:"), QStringLiteral("detailGone"));
    m_firstSeen = addRow(grid, tr("First seen:"), QStringLiteral("detailFirstSeen"));
    m_historyBox->setVisible(false);
    return m_historyBox;
}

void DetailPane::showHistory(const HistoryAnnotation *annotation, bool gone)
{
    m_historyBox->setVisible(annotation != nullptr);
    if (!annotation)
        return;
    const HistoryAnnotation &a = *annotation;
    m_acknowledged.set(
        a.isAcknowledged() ? formatLocalTableTimeWithZone(a.acknowledgedAt) : QString(), true);
    m_note.set(a.note, true);
    QString goneText;
    if (gone && a.deletedHere())
        //: Detail pane: %1 when this program deleted the task.
        goneText =
            tr("Deleted by this program on %1").arg(formatLocalTableTimeWithZone(a.deletedAt));
    else if (gone && a.isGone())
        //: Detail pane: %1 since when the service no longer lists the task.
        goneText = tr("No longer listed by the service since %1")
                       .arg(formatLocalTableTimeWithZone(a.goneAt));
    m_gone.set(goneText, true);
    m_firstSeen.set(formatLocalTableTimeWithZone(a.firstSeen), true);
}

void DetailPane::buildFacts(QVBoxLayout *left)
{
    auto *facts = new QWidget(m_content);
    auto *grid = makeGrid(facts);
    grid->setContentsMargins(0, 0, 0, 0);
    m_failureStatus = addRow(grid, tr("Failure status:"), QStringLiteral("detailFailureStatus"));
    m_errorCode = addRow(grid, tr("Error code:"), QStringLiteral("detailErrorCode"));
    showLinks(m_errorCode.value);
    m_beginLocal = addRow(grid, tr("Began (local):"), QStringLiteral("detailBeginLocal"));
    m_beginUtc = addRow(grid, tr("Began (UTC):"), QStringLiteral("detailBeginUtc"));
    m_group = addRow(grid, tr("Protection group:"), QStringLiteral("detailGroup"));
    m_resourceName = addRow(grid, tr("Resource name:"), QStringLiteral("detailResourceName"));
    m_resourceType = addRow(grid, tr("Resource type:"), QStringLiteral("detailResourceType"));
    m_resourceId = addRow(grid, tr("Resource ID:"), QStringLiteral("detailResourceId"));
    m_jobType = addRow(grid, tr("Job type:"), QStringLiteral("detailJobType"));
    m_jobStatus = addRow(grid, tr("Job status:"), QStringLiteral("detailJobStatus"));
    m_jobId = addRow(grid, tr("Job ID:"), QStringLiteral("detailJobId"));
    left->addWidget(facts);
}

void DetailPane::buildReasonColumn(QVBoxLayout *right)
{
    auto *reasonLabel = new QLabel(tr("Fail reason:"), m_content);
    right->addWidget(reasonLabel);
    m_reason = makeTextBox(m_content, QStringLiteral("detailReason"), false);
    reasonLabel->setBuddy(m_reason);
    right->addWidget(m_reason);

    m_explainBox = new QGroupBox(m_content);
    m_explainBox->setObjectName(QStringLiteral("detailExplain"));
    auto *explainGrid = makeGrid(m_explainBox);
    m_explainMessage = addRow(explainGrid, tr("Meaning:"), QStringLiteral("explainMessage"));
    m_explainDescription =
        addRow(explainGrid, tr("Description:"), QStringLiteral("explainDescription"));
    right->addWidget(m_explainBox);
    m_partsBox = new QGroupBox(tr("In the fail reason"), m_content);
    m_partsBox->setObjectName(QStringLiteral("detailParts"));
    auto *partsGrid = makeGrid(m_partsBox);
    m_task = addRow(partsGrid, tr("Failed step:"), QStringLiteral("detailTask"));
    m_reasonCode = addRow(partsGrid, tr("Error code:"), QStringLiteral("detailReasonCode"));
    m_embedded = addRow(partsGrid, tr("Downstream error:"), QStringLiteral("detailEmbedded"));
    m_json = makeTextBox(m_partsBox, QStringLiteral("detailJson"), true);
    partsGrid->addWidget(m_json, partsGrid->rowCount(), 0, 1, 2);
    right->addWidget(m_partsBox);
    right->addStretch(1);
}

DetailPane::Row DetailPane::addRow(QGridLayout *grid, const QString &label,
                                   const QString &objectName)
{
    QWidget *parent = grid->parentWidget();
    Row row{new QLabel(label, parent), new QLabel(parent)};
    row.value->setObjectName(objectName);
    row.value->setTextFormat(Qt::PlainText);
    row.value->setWordWrap(true);
    row.value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    row.value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row.label->setBuddy(row.value);
    row.label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    const int at = grid->rowCount();
    grid->addWidget(row.label, at, 0);
    grid->addWidget(row.value, at, 1);
    return row;
}

void DetailPane::showNothing(int selectedRows)
{
    m_job = {};
    m_placeholder->setText(selectedRows > 1
                               ? tr("%n failed tasks selected.", nullptr, selectedRows)
                               : tr("Select a failed task to see why it failed and what to do."));
    m_placeholder->setVisible(true);
    m_header->setVisible(false);
    m_scroll->setVisible(false);
}

void DetailPane::setEndpoint(const QUrl &endpoint)
{
    m_endpoint = endpoint;
    if (m_scroll->isVisibleTo(this)) {
        const FailureJob job = m_job;
        showCause(failureCause(job));
        showFacts(job);
    }
}

void DetailPane::showJob(const FailureJob &job, const ProtectionGroup *group)
{
    m_job = job;
    m_placeholder->setVisible(false);
    m_header->setVisible(true);
    m_scroll->setVisible(true);

    m_title->setText(shown(job.resourceName.isEmpty() ? orDash(job.resourceId) : job.resourceName));
    m_historyBox->setVisible(false); // until showHistory()
    m_copyJobId->setEnabled(!job.jobId.isEmpty());
    m_copyResourceId->setEnabled(!job.resourceId.isEmpty());
    showCause(failureCause(job));
    showFacts(job);
    showGroup(job, group);

    m_reason->setPlainText(job.failReason.isEmpty() ? tr("(The service gave no fail reason.)")
                                                    : text::printable(job.failReason, true));
    fitHeight(m_reason, 3, 12);

    const FailReasonParts parts = parseFailReason(job.failReason);
    showReasonParts(parts);
    showExplanation(job.errorCode.isEmpty() ? parts.errorCode : job.errorCode, parts.errorCode);
}

void DetailPane::showCause(const FailureCause &cause)
{
    m_cause.set(cause.cause.isEmpty()
                    //: The cause when neither the fail reason nor the error code tells one.
                    ? tr("Not known: the service gave no reason and the error code is not in "
                         "the list.")
                    : cause.cause);
    m_whatToDo.set(cause.whatToDo, true);
    QStringList links;
    if (!cause.code.isEmpty())
        //: A link to the service's list of error codes; %1 is the code, e.g. SDRS.1021.
        links << link(links::errorCodePage(m_endpoint),
                      tr("%1 in the error-code list").arg(cause.code));
    if (const QUrl console = links::consolePage(m_endpoint); !console.isEmpty())
        //: A link to the SDRS console of the region; %1 is the region, e.g. eu-de.
        links << link(
            console, tr("Open the SDRS console (%1)").arg(links::cloudRegionOf(m_endpoint).region));
    m_links->setText(links.join(QStringLiteral(" \u00b7 ")));
    m_links->setVisible(!links.isEmpty());
}

void DetailPane::showFacts(const FailureJob &job)
{
    m_failureStatus.set(nameWithCode(job.failureStatus, &failureStatusName));
    const QString code = shown(job.errorCode).toHtmlEscaped();
    const bool known = ErrorCatalog::instance().find(job.errorCode) != nullptr;
    m_errorCode.value->setText(job.errorCode.isEmpty() ? orDash({})
                               : known
                                   ? link(links::errorCodePage(m_endpoint), shown(job.errorCode))
                                   : code);
    if (job.beginTime.isValid()) {
        //: A time and how long ago it was: "2026-11-20 11:00:00 UTC+01:00 (3 h ago)".
        m_beginLocal.set(
            tr("%1 (%2)", "time (how long ago)")
                .arg(formatLocalTableTimeWithZone(job.beginTime), formatRelative(job.beginTime)));
        m_beginUtc.set(formatIsoTime(job.beginTime));
    } else {
        m_beginLocal.set(job.beginTimeText);
        m_beginUtc.set(job.beginTimeText);
    }
    m_resourceName.set(job.resourceName);
    m_resourceType.set(resourceTypeName(job.resourceType));
    m_resourceId.set(job.resourceId);
    m_jobType.set(nameWithCode(job.jobType, &jobTypeName));
    m_jobStatus.set(job.jobStatus);
    m_jobId.set(job.jobId);
}

void DetailPane::showGroup(const FailureJob &job, const ProtectionGroup *group)
{
    if (group) {
        m_group.set(tr("%1 (%2)", "group name (group status)").arg(group->name, group->status));
        m_group.value->setToolTip(group->id);
    } else if (job.serverGroupId.isEmpty()) {
        m_group.set(tr("Protection-group level"));
        m_group.value->setToolTip({});
    } else {
        m_group.set(job.serverGroupId);
        m_group.value->setToolTip({});
    }
}

void DetailPane::showReasonParts(const FailReasonParts &parts)
{
    const bool hasParts = !parts.taskName.isEmpty() || !parts.errorCode.isEmpty() ||
                          !parts.embeddedMessage.isEmpty() || !parts.prettyJson.isEmpty();
    m_partsBox->setVisible(hasParts);
    // A part that is not in the reason takes no room.
    m_task.set(parts.taskName, true);
    m_reasonCode.set(parts.errorCode, true);
    QString embedded = parts.embeddedMessage;
    if (parts.embeddedStatus > 0)
        embedded = tr("%1 (HTTP %2, %3)", "message (HTTP status, wrapper key)")
                       .arg(embedded, QString::number(parts.embeddedStatus), parts.embeddedKey);
    m_embedded.set(embedded, true);
    m_json->setPlainText(text::printable(parts.prettyJson, true));
    fitHeight(m_json, 2, 14);
    m_json->setVisible(!parts.prettyJson.isEmpty());
}

void DetailPane::showExplanation(const QString &code, const QString &reasonCode)
{
    // The job's own error code first; the one in the fail reason when the catalog lacks it.
    const ErrorCodeInfo *info = ErrorCatalog::instance().find(code);
    if (!info && !reasonCode.isEmpty())
        info = ErrorCatalog::instance().find(reasonCode);
    m_explainBox->setVisible(info != nullptr);
    if (info) {
        m_explainBox->setTitle(tr("Error code %1 explained").arg(info->code));
        m_explainMessage.set(info->message);
        m_explainDescription.set(info->description);
    }
}

QString DetailPane::rowJson(const FailureJob &job)
{
    return QString::fromUtf8(QJsonDocument(json::rowToJson(job)).toJson(QJsonDocument::Indented));
}

} // namespace sdrs::ui
