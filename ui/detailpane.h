#pragma once

#include "models/failurejob.h"
#include "models/protectiongroup.h"

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace sdrs {
struct FailReasonParts;
}

namespace sdrs::ui {

/// Everything about the selected failed task: every field (begin time local and UTC), the whole
/// fail reason with its parts pulled out and embedded JSON pretty-printed, the error code
/// explained from the bundled catalog, the protection group's name and status, and buttons to
/// copy the job id, the resource id and the row as JSON.
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(QWidget *parent = nullptr);

    /// Shows a task; `group` is the protection group it belongs to (nullptr: the group level or
    /// not known). Without a task it says how to choose one.
    void showJob(const FailureJob &job, const ProtectionGroup *group);
    /// Shows how many rows are selected instead of one task (0: the hint to select one).
    void showNothing(int selectedRows = 0);

    /// The row as JSON (API field names), indented: what "Copy as JSON" copies.
    static QString rowJson(const FailureJob &job);

private:
    // The constructor's sections: the facts (left column), the copy buttons under them, and the
    // fail reason with its parts and explanation (right column).
    void buildFacts(QVBoxLayout *left);
    QHBoxLayout *buildCopyButtons();
    void buildReasonColumn(QVBoxLayout *right);
    // showJob()'s parts.
    void showGroup(const FailureJob &job, const ProtectionGroup *group);
    void showReasonParts(const FailReasonParts &parts);
    /// Explains `code` from the catalog, else `reasonCode` (the code found in the fail reason).
    void showExplanation(const QString &code, const QString &reasonCode);

    QLabel *addField(QFormLayout *form, const QString &label, const QString &objectName);

    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_failureStatus = nullptr;
    QLabel *m_jobStatus = nullptr;
    QLabel *m_jobType = nullptr;
    QLabel *m_resourceName = nullptr;
    QLabel *m_resourceType = nullptr;
    QLabel *m_resourceId = nullptr;
    QLabel *m_jobId = nullptr;
    QLabel *m_beginLocal = nullptr;
    QLabel *m_beginUtc = nullptr;
    QLabel *m_group = nullptr;
    QLabel *m_errorCode = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QGroupBox *m_partsBox = nullptr;
    QLabel *m_task = nullptr;
    QLabel *m_reasonCode = nullptr;
    QLabel *m_embedded = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QGroupBox *m_explainBox = nullptr;
    QLabel *m_explainMessage = nullptr;
    QLabel *m_explainDescription = nullptr;
    QLabel *m_explainHandling = nullptr;
    QPushButton *m_copyJobId = nullptr;
    QPushButton *m_copyResourceId = nullptr;
    QPushButton *m_copyJson = nullptr;
    FailureJob m_job;
};

} // namespace sdrs::ui
