// Widget tests of the job inspector (ui/jobdialog.h) with hand-filled jobs, offscreen; children
// are found by objectName.

#include "models/apierror.h"
#include "models/errorcatalog.h"
#include "models/jobtreemodel.h"
#include "models/safetext.h"
#include "models/vocabulary.h"
#include "ui/detailpane.h"
#include "ui/jobdialog.h"
#include "ui/messagebar.h"
#include "ui/statusstyle.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace sdrs;
using namespace sdrs::ui;

namespace {

const QString jobId = QStringLiteral("ff808082686f229a0168707beaab014e");
const QString knownCode = QStringLiteral("SDRS.0221");

QDateTime utc(int h, int mi, int sec)
{
    return QDateTime(QDate(2024, 3, 1), QTime(h, mi, sec), QTimeZone::utc());
}

Job subJob(const QString &id, const QString &status)
{
    Job job;
    job.jobId = id;
    job.status = status;
    job.jobType = QStringLiteral("step");
    return job;
}

/// A failed job with a known error code, two sub-jobs, one of them with two of its own.
Job sampleJob()
{
    Job a = subJob(QStringLiteral("sub-a"), QStringLiteral("FAIL"));
    a.subJobs = {subJob(QStringLiteral("sub-a1"), QStringLiteral("SUCCESS")),
                 subJob(QStringLiteral("sub-a2"), QStringLiteral("FAIL"))};
    Job job;
    job.jobId = jobId;
    job.status = QStringLiteral("FAIL");
    job.jobType = QStringLiteral("createProtectedInstanceNoCG");
    job.beginTime = utc(9, 58, 0);
    job.endTime = utc(10, 1, 7);
    job.errorCode = knownCode;
    job.failReason = QStringLiteral("SdrsGenerateNativeServerParamsTask-fail:volume is error!\n"
                                    "second line of the reason");
    job.entities.serverGroupId = QStringLiteral("a59d008e-4bad-4bf3-9b17-6cc25e7da483");
    job.entities.protectedInstanceId = QStringLiteral("17984002-ad8a-438b-8ba6-b850224634c5");
    job.entities.volumeIds = {QStringLiteral("vol-1"), QStringLiteral("vol-2")};
    job.subJobs = {a, subJob(QStringLiteral("sub-b"), QStringLiteral("RUNNING"))};
    return job;
}

const QByteArray sampleBody = R"({"status":"FAIL","job_id":"ff808082686f229a0168707beaab014e",)"
                              R"("entities":{"sub_jobs":[]}})";

template<class T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

/// Counts the rows the tree shows, walking down with indexBelow() (which skips collapsed rows).
int visibleRows(QTreeView *tree)
{
    int rows = 0;
    for (QModelIndex index = tree->model()->index(0, 0); index.isValid();
         index = tree->indexBelow(index))
        ++rows;
    return rows;
}

} // namespace

class TstJobDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowBasics();
    void treeShowsEveryNodeExpanded();
    void statusAndSummary();
    void entitiesOnlyPresent();
    void entitiesShowKnownNames();
    void rawJsonTab();
    void refreshAndLoading();
    void errorKeepsPreviousJob();
    void errorBeforeAnyJob();
    void errorCodeExplanation();
    void serverTextIsShownSafely();
    void failReasonParts();
    void closeDeletes();
    void toneStyle();

private:
    std::unique_ptr<JobDialog> filledDialog();
};

void TstJobDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

std::unique_ptr<JobDialog> TstJobDialog::filledDialog()
{
    auto dialog = std::make_unique<JobDialog>(jobId);
    dialog->setJob(sampleJob(), sampleBody);
    return dialog;
}

void TstJobDialog::windowBasics()
{
    JobDialog dialog(jobId);
    QCOMPARE(dialog.jobId(), jobId);
    QVERIFY(dialog.testAttribute(Qt::WA_DeleteOnClose));
    QVERIFY(!dialog.isModal());
    QVERIFY2(dialog.windowTitle().contains(jobId), qPrintable(dialog.windowTitle()));
    // Nothing is shown as an error or as loading before anything happened.
    QVERIFY(!child<QWidget>(&dialog, "jobError")->isVisibleTo(&dialog));
    QVERIFY(!child<QProgressBar>(&dialog, "jobBusy")->isVisibleTo(&dialog));

    dialog.setJob(sampleJob(), sampleBody);
    QVERIFY(dialog.windowTitle().contains(jobId));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("Create protected instance")));
}

void TstJobDialog::treeShowsEveryNodeExpanded()
{
    const auto dialog = filledDialog();
    auto *tree = child<QTreeView>(dialog.get(), "jobTree");
    QVERIFY(tree);
    QAbstractItemModel *model = tree->model();
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 1);

    const Job job = sampleJob();
    QCOMPARE(visibleRows(tree), int(job.descendantCount() + 1));
    QCOMPARE(visibleRows(tree), 5);

    const QModelIndex root = model->index(0, 0);
    const QModelIndex a = model->index(0, 0, root);
    QVERIFY(tree->isExpanded(root));
    QVERIFY(tree->isExpanded(a));
    QCOMPARE(model->index(1, JobTreeModel::JobId, a).data().toString(), QStringLiteral("sub-a2"));
    QVERIFY(tree->uniformRowHeights());
    // The job id column is hidden until chosen from the header's menu.
    QVERIFY(tree->isColumnHidden(JobTreeModel::JobId));
    QVERIFY(!tree->isColumnHidden(JobTreeModel::FailReason));
    auto *showId = tree->header()->findChild<QAction *>(
        QStringLiteral("jobTreeColumn%1").arg(int(JobTreeModel::JobId)));
    QVERIFY(showId);
    showId->trigger();
    QVERIFY(!tree->isColumnHidden(JobTreeModel::JobId));

    // The tab names how many sub-jobs there are.
    auto *tabs = child<QTabWidget>(dialog.get(), "jobTabs");
    QVERIFY(tabs->tabText(tabs->indexOf(tree)).contains(QLatin1Char('4')));

    // A refreshed job with fewer levels: still every node open.
    Job flat = sampleJob();
    flat.subJobs = {subJob(QStringLiteral("only"), QStringLiteral("SUCCESS"))};
    dialog->setJob(flat, sampleBody);
    QCOMPARE(visibleRows(tree), 2);
}

void TstJobDialog::statusAndSummary()
{
    const auto dialog = filledDialog();
    auto *status = child<QLabel>(dialog.get(), "jobStatus");
    QCOMPARE(status->text(), jobStatusName(QStringLiteral("FAIL")));
    QCOMPARE(status->toolTip(), QStringLiteral("FAIL"));
    auto *icon = child<QLabel>(dialog.get(), "jobStatusIcon");
    QVERIFY(!icon->pixmap().isNull());

    // In words, with the code beside it and in the tooltip.
    QCOMPARE(child<QLabel>(dialog.get(), "jobType")->text(),
             QStringLiteral("Create protected instance (createProtectedInstanceNoCG)"));
    QCOMPARE(child<QLabel>(dialog.get(), "jobType")->toolTip(),
             QStringLiteral("createProtectedInstanceNoCG"));
    auto *begin = child<QLabel>(dialog.get(), "jobBegin");
    QCOMPARE(begin->text(),
             utc(9, 58, 0).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QVERIFY2(begin->toolTip().contains(QStringLiteral("2024-03-01 09:58:00 UTC")),
             qPrintable(begin->toolTip()));
    QCOMPARE(child<QLabel>(dialog.get(), "jobDuration")->text(), QStringLiteral("3 min 07 s"));
    QCOMPARE(child<QLabel>(dialog.get(), "jobErrorCode")->text(), knownCode);

    auto *reason = child<QPlainTextEdit>(dialog.get(), "jobFailReason");
    QVERIFY(reason->isVisibleTo(dialog.get()));
    QVERIFY(reason->isReadOnly());
    QCOMPARE(reason->toPlainText(), sampleJob().failReason);
    QCOMPARE(reason->lineWrapMode(), QPlainTextEdit::WidgetWidth);

    // A successful job has no error code row and no fail reason.
    Job ok = subJob(jobId, QStringLiteral("SUCCESS"));
    dialog->setJob(ok, sampleBody);
    QCOMPARE(status->text(), jobStatusName(QStringLiteral("SUCCESS")));
    QVERIFY(!child<QLabel>(dialog.get(), "jobErrorCode")->isVisibleTo(dialog.get()));
    QVERIFY(!reason->isVisibleTo(dialog.get()));
}

void TstJobDialog::entitiesShowKnownNames()
{
    auto dialog = std::make_unique<JobDialog>(jobId);
    dialog->setResourceNames(
        {{QStringLiteral("a59d008e-4bad-4bf3-9b17-6cc25e7da483"), QStringLiteral("pg-erp-prod-01")},
         {QStringLiteral("vol-2"), QStringLiteral("data disk")}});
    dialog->setJob(sampleJob(), sampleBody);
    QCOMPARE(child<QLabel>(dialog.get(), "entityServerGroup")->text(),
             QStringLiteral("pg-erp-prod-01 (a59d008e-4bad-4bf3-9b17-6cc25e7da483)"));
    // Each volume on its line, named where a name is known.
    const QStringList volumes = child<QLabel>(dialog.get(), "entityVolumes")->text().split(u'\n');
    QVERIFY2(volumes.contains(QStringLiteral("data disk (vol-2)")), qPrintable(volumes.join(u',')));
    QVERIFY(std::any_of(volumes.cbegin(), volumes.cend(), [](const QString &line) {
        return line.startsWith(QLatin1StringView("vol-1"));
    }));
}

void TstJobDialog::entitiesOnlyPresent()
{
    const auto dialog = filledDialog();
    auto *group = child<QLabel>(dialog.get(), "entityServerGroup");
    QVERIFY(group->isVisibleTo(dialog.get()));
    QCOMPARE(group->text(), QStringLiteral("a59d008e-4bad-4bf3-9b17-6cc25e7da483"));
    auto *volumes = child<QLabel>(dialog.get(), "entityVolumes");
    QVERIFY(volumes->isVisibleTo(dialog.get()));
    QVERIFY(volumes->text().contains(QStringLiteral("vol-1")));
    QVERIFY(volumes->text().contains(QStringLiteral("vol-2")));
    QVERIFY(child<QLabel>(dialog.get(), "entityProtectedInstance")->isVisibleTo(dialog.get()));
    for (const char *absent : {"entityReplicationPair", "entityNativeServer", "entityNic"})
        QVERIFY2(!child<QLabel>(dialog.get(), absent)->isVisibleTo(dialog.get()), absent);

    // Without names: the ids alone.
    QCOMPARE(volumes->text().count(u'('), 0);

    // No entities at all: the whole box goes.
    dialog->setJob(subJob(jobId, QStringLiteral("SUCCESS")), sampleBody);
    QVERIFY(!child<QWidget>(dialog.get(), "jobEntities")->isVisibleTo(dialog.get()));
}

void TstJobDialog::rawJsonTab()
{
    const auto dialog = filledDialog();
    auto *raw = child<QPlainTextEdit>(dialog.get(), "rawJson");
    QVERIFY(raw->isReadOnly());
    const QString pretty =
        QString::fromUtf8(QJsonDocument::fromJson(sampleBody).toJson(QJsonDocument::Indented));
    QCOMPARE(raw->toPlainText(), pretty);
    QVERIFY(raw->toPlainText().contains(QStringLiteral("\n    \"job_id\"")));
    // Monospace: narrow and wide letters take the same room.
    const QFontMetrics metrics(raw->font());
    QCOMPARE(metrics.horizontalAdvance(QStringLiteral("iiii")),
             metrics.horizontalAdvance(QStringLiteral("MMMM")));

    // A body that does not parse is shown as it came.
    const QByteArray broken = R"({"status": "FAIL", "job_id": <html>)";
    dialog->setJob(sampleJob(), broken);
    QCOMPARE(raw->toPlainText(), QString::fromUtf8(broken));
}

void TstJobDialog::refreshAndLoading()
{
    const auto dialog = filledDialog();
    auto *refresh = child<QPushButton>(dialog.get(), "refreshButton");
    auto *busy = child<QProgressBar>(dialog.get(), "jobBusy");
    QSignalSpy spy(dialog.get(), &JobDialog::refreshRequested);

    QVERIFY(refresh->isEnabled());
    QTest::mouseClick(refresh, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), jobId);

    dialog->setLoading();
    QVERIFY(!refresh->isEnabled());
    QVERIFY(busy->isVisibleTo(dialog.get()));
    refresh->click(); // disabled: nothing
    QCOMPARE(spy.count(), 1);

    dialog->setJob(sampleJob(), sampleBody);
    QVERIFY(refresh->isEnabled());
    QVERIFY(!busy->isVisibleTo(dialog.get()));

    dialog->setLoading();
    ApiError timeout;
    timeout.kind = ApiError::Kind::Timeout;
    dialog->setError(timeout);
    QVERIFY(refresh->isEnabled());
    QVERIFY(!busy->isVisibleTo(dialog.get()));
}

void TstJobDialog::errorKeepsPreviousJob()
{
    const auto dialog = filledDialog();
    auto *bar = child<QWidget>(dialog.get(), "jobError");
    auto *tree = child<QTreeView>(dialog.get(), "jobTree");
    auto *raw = child<QPlainTextEdit>(dialog.get(), "rawJson");
    const QString rawBefore = raw->toPlainText();

    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 404;
    error.code = QStringLiteral("SDRS.0404");
    error.message = QStringLiteral("job not found");
    error.requestId = QStringLiteral("req-42");
    error.endpoint = QStringLiteral("GET https://sdrs.example/v1/p/jobs/") + jobId;
    dialog->setLoading();
    dialog->setError(error);

    QVERIFY(bar->isVisibleTo(dialog.get()));
    const QString text = child<MessageBar>(dialog.get(), "jobError")->text();
    QVERIFY2(text.contains(QStringLiteral("This job no longer exists on the server.")),
             qPrintable(text));

    // Details one click away.
    auto *details = child<QWidget>(dialog.get(), "messageDetails");
    QVERIFY(!details->isVisibleTo(dialog.get()));
    child<QToolButton>(dialog.get(), "messageDetailsButton")->click();
    QVERIFY(details->isVisibleTo(dialog.get()));
    for (const QString &part :
         {QStringLiteral("404"), error.code, error.message, error.requestId, error.endpoint})
        QVERIFY2(child<MessageBar>(dialog.get(), "jobError")->details().contains(part),
                 qPrintable(part));

    // What was shown before stays.
    QCOMPARE(child<QLabel>(dialog.get(), "jobStatus")->text(),
             jobStatusName(QStringLiteral("FAIL")));
    QCOMPARE(visibleRows(tree), 5);
    QCOMPARE(raw->toPlainText(), rawBefore);

    // A later answer clears the bar.
    dialog->setJob(sampleJob(), sampleBody);
    QVERIFY(!bar->isVisibleTo(dialog.get()));
}

void TstJobDialog::errorBeforeAnyJob()
{
    JobDialog dialog(jobId);
    dialog.setLoading();
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.message = QStringLiteral("Connection refused");
    error.endpoint = QStringLiteral("GET https://127.0.0.1:1/v1/p/jobs/") + jobId;
    dialog.setError(error);
    QVERIFY(child<QWidget>(&dialog, "jobError")->isVisibleTo(&dialog));
    QVERIFY(!child<MessageBar>(&dialog, "jobError")->text().isEmpty());
    const QString details = child<MessageBar>(&dialog, "jobError")->details();
    QVERIFY(details.contains(error.message));
    QVERIFY(!details.contains(QStringLiteral("HTTP status")));
    QCOMPARE(child<QTreeView>(&dialog, "jobTree")->model()->rowCount(), 0);

    // Dismissed by hand.
    child<QToolButton>(&dialog, "messageCloseButton")->click();
    QVERIFY(!child<QWidget>(&dialog, "jobError")->isVisibleTo(&dialog));
}

void TstJobDialog::errorCodeExplanation()
{
    const ErrorCodeInfo *info = ErrorCatalog::instance().find(knownCode);
    QVERIFY(info);
    const auto dialog = filledDialog();
    auto *explanation = child<QLabel>(dialog.get(), "jobErrorExplanation");
    QVERIFY(explanation->isVisibleTo(dialog.get()));
    QVERIFY2(explanation->text().contains(info->message), qPrintable(explanation->text()));
    QVERIFY2(explanation->text().contains(info->handling), qPrintable(explanation->text()));

    // Another service's code: shown, not explained.
    Job other = sampleJob();
    other.errorCode = QStringLiteral("EVS.2024");
    dialog->setJob(other, sampleBody);
    QCOMPARE(child<QLabel>(dialog.get(), "jobErrorCode")->text(), QStringLiteral("EVS.2024"));
    QVERIFY(!explanation->isVisibleTo(dialog.get()));
}

void TstJobDialog::failReasonParts()
{
    const auto dialog = filledDialog();
    auto *parts = child<QLabel>(dialog.get(), "jobFailParts");
    QVERIFY(parts->isVisibleTo(dialog.get()));
    QVERIFY2(parts->text().contains(QStringLiteral("SdrsGenerateNativeServerParamsTask")),
             qPrintable(parts->text()));

    Job job = sampleJob();
    job.failReason =
        QStringLiteral(R"(SdrsAttachTask-fail:SDRS.1306:Client error : )"
                       R"({"badRequest": {"message": "Invalid volume", "code": 400}})");
    dialog->setJob(job, sampleBody);
    for (const QString &part : {QStringLiteral("SdrsAttachTask"), QStringLiteral("SDRS.1306"),
                                QStringLiteral("Invalid volume"), QStringLiteral("400")})
        QVERIFY2(parts->text().contains(part), qPrintable(parts->text()));
    // The whole reason stays in the box.
    QCOMPARE(child<QPlainTextEdit>(dialog.get(), "jobFailReason")->toPlainText(), job.failReason);

    // Plain text without parts: no line.
    job.failReason = QStringLiteral("something went wrong");
    dialog->setJob(job, sampleBody);
    QVERIFY(!parts->isVisibleTo(dialog.get()));
}

void TstJobDialog::closeDeletes()
{
    QPointer<JobDialog> dialog = new JobDialog(jobId);
    child<QPushButton>(dialog, "closeButton")->click();
    QTRY_VERIFY(dialog.isNull());
}

void TstJobDialog::toneStyle()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    const StatusTone tones[] = {StatusTone::Neutral, StatusTone::Failed, StatusTone::Running,
                                StatusTone::Success};
    for (const StatusTone tone : tones) {
        // Darker shades on light bases, lighter ones on dark bases.
        QVERIFY(toneColor(tone, light).lightness() < toneColor(tone, dark).lightness());
        QVERIFY(!toneIcon(tone, light).isNull());
        // Cached: the same icon (same cache key) comes back.
        QCOMPARE(toneIcon(tone, light).cacheKey(), toneIcon(tone, light).cacheKey());
    }
    // Distinct colours per tone, and distinct images (shapes) too.
    QSet<QRgb> colours;
    QSet<QByteArray> images;
    for (const StatusTone tone : tones) {
        colours.insert(toneColor(tone, light).rgb());
        const QImage image = toneIcon(tone, light).pixmap(QSize(16, 16)).toImage();
        // Shapes: where there is ink (opaque and darker than the white base), whatever its colour.
        QByteArray ink;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                ink.append(char(qAlpha(pixel) > 127 && qGray(pixel) < 180));
            }
        }
        images.insert(ink);
    }
    QCOMPARE(colours.size(), 4);
    QCOMPARE(images.size(), 4);
}

namespace {

/// The first control character or direction override shown by a label or text box of `root`
/// (line breaks and tabs aside: the program's own texts have them), as "objectName: U+XXXX";
/// empty when none is.
QString firstUnsafeShown(const QWidget *root)
{
    const auto check = [](const QObject *w, const QString &text) -> QString {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (c == u'\n' || c == u'\t')
                continue;
            if (text::isUnsafe(c))
                return w->objectName() +
                       QStringLiteral(": U+%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        }
        return {};
    };
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (const QString found = check(label, label->text()); !found.isEmpty())
            return found;
    }
    for (const QPlainTextEdit *box : root->findChildren<QPlainTextEdit *>()) {
        if (const QString found = check(box, box->toPlainText()); !found.isEmpty())
            return found;
    }
    return {};
}

} // namespace

void TstJobDialog::serverTextIsShownSafely()
{
    // A terminal title sequence, a screen clear and a right-to-left override in every text.
    const QString hostile = QStringLiteral("\x1b]0;pwned\x07vm-\x1b[2J\u202Egnp.exe");
    Job job = sampleJob();
    job.jobType = hostile;
    job.failReason = QStringLiteral("Task-fail:") + hostile;
    job.message = hostile;
    job.entities.nicId = hostile;
    job.subJobs[0].jobType = hostile;
    JobDialog dialog(jobId);
    dialog.setJob(job, hostile.toUtf8());
    QVERIFY2(firstUnsafeShown(&dialog).isEmpty(), qPrintable(firstUnsafeShown(&dialog)));
    const QAbstractItemModel *tree = dialog.findChild<QTreeView *>()->model();
    const QString shown =
        tree->index(0, JobTreeModel::JobType, tree->index(0, 0)).data().toString();
    QCOMPARE(shown, text::printable(hostile));
    QVERIFY(shown.contains(QStringLiteral("\\x1B")));

    FailureJob row;
    row.resourceName = hostile;
    row.resourceId = hostile;
    row.jobType = hostile;
    row.failReason = QStringLiteral("Task-fail:SDRS.1306:") + hostile;
    DetailPane pane;
    pane.showJob(row, nullptr);
    QVERIFY2(firstUnsafeShown(&pane).isEmpty(), qPrintable(firstUnsafeShown(&pane)));

    MessageBar bar;
    bar.showMessage(ui::MessageKind::Error, hostile, hostile);
    QVERIFY2(firstUnsafeShown(&bar).isEmpty(), qPrintable(firstUnsafeShown(&bar)));
}

QTEST_MAIN(TstJobDialog)
#include "tst_jobdialog.moc"
