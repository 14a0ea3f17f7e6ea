#pragma once

#include "models/failurejob.h"
#include "models/historyentry.h"
#include "models/protectiongroup.h"

#include <QUrl>
#include <QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace sdrs {
struct FailReasonParts;
struct FailureCause;
} // namespace sdrs

namespace sdrs::ui {

/// Everything about the selected failed task. A header outside the scrolling part holds the
/// resource's name and the buttons that copy the job id, the resource id and the row as JSON, so
/// that they stay on screen at any height. Below it, first the cause and what to do
/// (models/failurecause.h) with links to the error-code list and the region's console, then
/// every field (begin time local with its UTC offset, how long ago, and UTC), the whole fail
/// reason with its parts pulled out and embedded JSON pretty-printed, the error code explained
/// from the bundled catalog, and the protection group's name and status.
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(QWidget *parent = nullptr);

    /// Shows a task; `group` is the protection group it belongs to (nullptr: the group level or
    /// not known). Without a task it says how to choose one.
    void showJob(const FailureJob &job, const ProtectionGroup *group);
    /// What the local history knows of the task shown: acknowledged when and with which note,
    /// first seen, and for a gone row (`gone`) when it went and whether this program deleted it.
    /// nullptr hides that part (no history, or nothing known). Call after showJob().
    void showHistory(const HistoryAnnotation *annotation, bool gone);
    /// Shows how many rows are selected instead of one task (0: the hint to select one).
    void showNothing(int selectedRows = 0);
    /// The SDRS endpoint in use: the links to the error-code list and the console follow its
    /// cloud and region (models/consolelinks.h). Empty: not connected.
    void setEndpoint(const QUrl &endpoint);

    /// The row as JSON (API field names), indented: what "Copy as JSON" copies.
    static QString rowJson(const FailureJob &job);

    /// A label and its value in a grid, hidden together.
    struct Row
    {
        QLabel *label = nullptr;
        QLabel *value = nullptr;
        /// Sets the value; with `hideEmpty`, an empty text hides the row instead of a dash.
        void set(const QString &text, bool hideEmpty = false) const;
    };

private:
    // The constructor's sections.
    QWidget *buildHeader();
    QGroupBox *buildCauseBox();
    QGroupBox *buildHistoryBox();
    void buildFacts(QVBoxLayout *left);
    void buildReasonColumn(QVBoxLayout *right);
    Row addRow(QGridLayout *grid, const QString &label, const QString &objectName);
    // showJob()'s parts.
    void showFacts(const FailureJob &job);
    void showCause(const FailureCause &cause);
    void showGroup(const FailureJob &job, const ProtectionGroup *group);
    void showReasonParts(const FailReasonParts &parts);
    /// Explains `code` from the catalog, else `reasonCode` (the code found in the fail reason).
    void showExplanation(const QString &code, const QString &reasonCode);

    QScrollArea *m_scroll = nullptr;
    QWidget *m_header = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QGroupBox *m_causeBox = nullptr;
    Row m_cause;
    Row m_whatToDo;
    QGroupBox *m_historyBox = nullptr;
    Row m_acknowledged;
    Row m_note;
    Row m_gone;
    Row m_firstSeen;
    QLabel *m_links = nullptr;
    Row m_failureStatus;
    Row m_jobStatus;
    Row m_jobType;
    Row m_resourceName;
    Row m_resourceType;
    Row m_resourceId;
    Row m_jobId;
    Row m_beginLocal;
    Row m_beginUtc;
    Row m_group;
    Row m_errorCode;
    QPlainTextEdit *m_reason = nullptr;
    QGroupBox *m_partsBox = nullptr;
    Row m_task;
    Row m_reasonCode;
    Row m_embedded;
    QPlainTextEdit *m_json = nullptr;
    QGroupBox *m_explainBox = nullptr;
    Row m_explainMessage;
    Row m_explainDescription;
    QPushButton *m_copyJobId = nullptr;
    QPushButton *m_copyResourceId = nullptr;
    QPushButton *m_copyJson = nullptr;
    FailureJob m_job;
    QUrl m_endpoint;
};

} // namespace sdrs::ui
