#include "ui/detailpane.h"

#include "models/apitime.h"
#include "models/errorcatalog.h"
#include "models/failurereason.h"
#include "models/jsoncodec.h"
#include "models/safetext.h"
#include "models/vocabulary.h"
#include "ui/statusstyle.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
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

} // namespace

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

    m_scroll = new QScrollArea(this);
    m_scroll->setAccessibleName(tr("Details of the selected failed task"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(m_scroll);
    // Two columns: the facts on the left, the reason and what to do on the right.
    auto *columns = new QHBoxLayout(m_content);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(8);
    columns->addLayout(right, 3);

    // Made in this order for the tab order: facts, reason column, then the copy buttons.
    buildFacts(left);
    buildReasonColumn(right);
    left->addLayout(buildCopyButtons());
    left->addStretch(1);

    m_scroll->setWidget(m_content);
    outer->addWidget(m_scroll, 1);

    showNothing();
}

void DetailPane::buildFacts(QVBoxLayout *left)
{
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    left->addWidget(m_title);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_failureStatus = addField(form, tr("Failure status:"), QStringLiteral("detailFailureStatus"));
    m_errorCode = addField(form, tr("Error code:"), QStringLiteral("detailErrorCode"));
    m_beginLocal = addField(form, tr("Began (local):"), QStringLiteral("detailBeginLocal"));
    m_beginUtc = addField(form, tr("Began (UTC):"), QStringLiteral("detailBeginUtc"));
    m_group = addField(form, tr("Protection group:"), QStringLiteral("detailGroup"));
    m_resourceName = addField(form, tr("Resource name:"), QStringLiteral("detailResourceName"));
    m_resourceType = addField(form, tr("Resource type:"), QStringLiteral("detailResourceType"));
    m_resourceId = addField(form, tr("Resource ID:"), QStringLiteral("detailResourceId"));
    m_jobType = addField(form, tr("Job type:"), QStringLiteral("detailJobType"));
    m_jobStatus = addField(form, tr("Job status:"), QStringLiteral("detailJobStatus"));
    m_jobId = addField(form, tr("Job ID:"), QStringLiteral("detailJobId"));
    left->addLayout(form);
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
    auto *explainForm = new QFormLayout(m_explainBox);
    explainForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_explainMessage = addField(explainForm, tr("Meaning:"), QStringLiteral("explainMessage"));
    m_explainDescription =
        addField(explainForm, tr("Description:"), QStringLiteral("explainDescription"));
    m_explainHandling = addField(explainForm, tr("What to do:"), QStringLiteral("explainHandling"));
    right->addWidget(m_explainBox);
    m_partsBox = new QGroupBox(tr("In the fail reason"), m_content);
    m_partsBox->setObjectName(QStringLiteral("detailParts"));
    auto *partsForm = new QFormLayout(m_partsBox);
    partsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_task = addField(partsForm, tr("Failed step:"), QStringLiteral("detailTask"));
    m_reasonCode = addField(partsForm, tr("Error code:"), QStringLiteral("detailReasonCode"));
    m_embedded = addField(partsForm, tr("Downstream error:"), QStringLiteral("detailEmbedded"));
    m_json = makeTextBox(m_partsBox, QStringLiteral("detailJson"), true);
    partsForm->addRow(m_json);
    right->addWidget(m_partsBox);
    right->addStretch(1);
}

QHBoxLayout *DetailPane::buildCopyButtons()
{
    auto *buttons = new QHBoxLayout;
    m_copyJobId = new QPushButton(tr("Copy job ID"), m_content);
    m_copyJobId->setObjectName(QStringLiteral("copyJobId"));
    m_copyResourceId = new QPushButton(tr("Copy resource ID"), m_content);
    m_copyResourceId->setObjectName(QStringLiteral("copyResourceId"));
    m_copyJson = new QPushButton(tr("Copy as JSON"), m_content);
    m_copyJson->setObjectName(QStringLiteral("copyJson"));
    buttons->addWidget(m_copyJobId);
    buttons->addWidget(m_copyResourceId);
    buttons->addWidget(m_copyJson);
    buttons->addStretch(1);

    auto copy = [](const QString &text) {
        QGuiApplication::clipboard()->setText(text);
    };
    connect(m_copyJobId, &QPushButton::clicked, this, [this, copy] { copy(m_job.jobId); });
    connect(m_copyResourceId, &QPushButton::clicked, this,
            [this, copy] { copy(m_job.resourceId); });
    connect(m_copyJson, &QPushButton::clicked, this, [this, copy] { copy(rowJson(m_job)); });
    return buttons;
}

QLabel *DetailPane::addField(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    form->addRow(label, value);
    if (auto *labelWidget = qobject_cast<QLabel *>(form->labelForField(value)))
        labelWidget->setBuddy(value);
    return value;
}

void DetailPane::showNothing(int selectedRows)
{
    m_job = {};
    m_placeholder->setText(selectedRows > 1
                               ? tr("%n failed tasks selected.", nullptr, selectedRows)
                               : tr("Select a failed task to see why it failed and what to do."));
    m_placeholder->setVisible(true);
    m_scroll->setVisible(false);
}

void DetailPane::showJob(const FailureJob &job, const ProtectionGroup *group)
{
    m_job = job;
    m_placeholder->setVisible(false);
    m_scroll->setVisible(true);

    m_title->setText(shown(job.resourceName.isEmpty() ? orDash(job.resourceId) : job.resourceName));
    m_failureStatus->setText(shown(nameWithCode(job.failureStatus, &failureStatusName)));
    m_errorCode->setText(shown(orDash(job.errorCode)));
    if (job.beginTime.isValid()) {
        m_beginLocal->setText(shown(formatLocalTableTimeWithZone(job.beginTime)));
        m_beginUtc->setText(shown(formatIsoTime(job.beginTime)));
    } else {
        m_beginLocal->setText(shown(orDash(job.beginTimeText)));
        m_beginUtc->setText(shown(orDash(job.beginTimeText)));
    }
    showGroup(job, group);
    m_resourceName->setText(shown(orDash(job.resourceName)));
    m_resourceType->setText(shown(resourceTypeName(job.resourceType)));
    m_resourceId->setText(shown(orDash(job.resourceId)));
    m_jobType->setText(shown(orDash(nameWithCode(job.jobType, &jobTypeName))));
    m_jobStatus->setText(shown(orDash(job.jobStatus)));
    m_jobId->setText(shown(orDash(job.jobId)));
    m_copyJobId->setEnabled(!job.jobId.isEmpty());
    m_copyResourceId->setEnabled(!job.resourceId.isEmpty());

    m_reason->setPlainText(job.failReason.isEmpty() ? tr("(The service gave no fail reason.)")
                                                    : text::printable(job.failReason, true));
    fitHeight(m_reason, 3, 12);

    const FailReasonParts parts = parseFailReason(job.failReason);
    showReasonParts(parts);
    showExplanation(job.errorCode.isEmpty() ? parts.errorCode : job.errorCode, parts.errorCode);
}

void DetailPane::showGroup(const FailureJob &job, const ProtectionGroup *group)
{
    if (group) {
        m_group->setText(
            shown(tr("%1 (%2)", "group name (group status)").arg(group->name, group->status)));
        m_group->setToolTip(group->id);
    } else if (job.serverGroupId.isEmpty()) {
        m_group->setText(shown(tr("Protection-group level")));
        m_group->setToolTip({});
    } else {
        m_group->setText(shown(job.serverGroupId));
        m_group->setToolTip({});
    }
}

void DetailPane::showReasonParts(const FailReasonParts &parts)
{
    const bool hasParts = !parts.taskName.isEmpty() || !parts.errorCode.isEmpty() ||
                          !parts.embeddedMessage.isEmpty() || !parts.prettyJson.isEmpty();
    m_partsBox->setVisible(hasParts);
    m_task->setText(shown(orDash(parts.taskName)));
    m_reasonCode->setText(shown(orDash(parts.errorCode)));
    QString embedded = parts.embeddedMessage;
    if (parts.embeddedStatus > 0)
        embedded = tr("%1 (HTTP %2, %3)", "message (HTTP status, wrapper key)")
                       .arg(embedded, QString::number(parts.embeddedStatus), parts.embeddedKey);
    m_embedded->setText(shown(orDash(embedded)));
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
        m_explainMessage->setText(orDash(info->message));
        m_explainDescription->setText(orDash(info->description));
        m_explainHandling->setText(orDash(info->handling));
    }
}

QString DetailPane::rowJson(const FailureJob &job)
{
    return QString::fromUtf8(QJsonDocument(json::rowToJson(job)).toJson(QJsonDocument::Indented));
}

} // namespace sdrs::ui
