// The detail pane: the cause first, links, hidden empty parts, the copy buttons on screen at the
// window's sizes; the table's cause column and Copy for a ticket, in the real window.

#include "models/consolelinks.h"
#include "models/errorcatalog.h"
#include "models/failurecause.h"
#include "tests/ui/windowharness.h"
#include "ui/detailpane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

using namespace sdrs;
using namespace sdrs::testing;

namespace {

FailureJob nicJob()
{
    FailureJob job;
    job.jobStatus = QStringLiteral("FAIL");
    job.resourceName = QStringLiteral("ecs-web-01");
    job.resourceId = QStringLiteral("11111111-aaaa-4bbb-8ccc-000000000001");
    job.resourceType = QStringLiteral("protected_instances");
    job.failureStatus = QStringLiteral("createFail");
    job.jobId = QStringLiteral("ff808082686f229a0168707beaab0001");
    job.jobType = QStringLiteral("addNicNew");
    job.beginTime = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600 - 60);
    job.beginTimeText = job.beginTime.toString(Qt::ISODateWithMs);
    job.errorCode = QStringLiteral("SDRS.1021");
    job.failReason = QStringLiteral(
        "SdrsAttachNicTask-fail:SDRS.1021:Client error : {\"badRequest\": {\"message\": \"IP "
        "address 192.168.10.23 is already in use\", \"code\": 400}}");
    return job;
}

template<class T> T *in(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1StringView(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class TstDetailPane : public QObject, public WindowHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_detailpane"));
    }
    void init() { QSettings().clear(); }
    void cleanup() { endAll(); }

    void causeComesFirst()
    {
        ui::DetailPane pane;
        pane.resize(1000, 400);
        pane.show();
        const FailureJob job = nicJob();
        pane.showJob(job, nullptr);
        auto *cause = in<QLabel>(&pane, "detailCause");
        QCOMPARE(cause->text(), QStringLiteral("IP address 192.168.10.23 is already in use"));
        const ErrorCodeInfo *info = ErrorCatalog::instance().find(job.errorCode);
        QVERIFY(info);
        QCOMPARE(in<QLabel>(&pane, "detailWhatToDo")->text(), info->handling);
        // Above everything else in the scrolling part.
        auto *box = in<QGroupBox>(&pane, "detailCauseBox");
        auto *status = in<QLabel>(&pane, "detailFailureStatus");
        QVERIFY(box->mapTo(&pane, QPoint()).y() < status->mapTo(&pane, QPoint()).y());
        // The catalog's text is still there, below, as the code's meaning.
        QCOMPARE(in<QLabel>(&pane, "explainMessage")->text(), info->message);
        // Local time with its offset and how long ago.
        const QString began = in<QLabel>(&pane, "detailBeginLocal")->text();
        QVERIFY2(began.contains(QLatin1StringView("UTC+")) ||
                     began.contains(QLatin1StringView("UTC-")),
                 qPrintable(began));
        QVERIFY2(began.endsWith(QLatin1StringView("(3 h ago)")), qPrintable(began));
    }

    void linksFollowTheEndpoint()
    {
        ui::DetailPane pane;
        pane.show();
        pane.showJob(nicJob(), nullptr);
        const QString otcCodes = links::errorCodePage(QUrl()).toString(QUrl::FullyEncoded);
        auto *code = in<QLabel>(&pane, "detailErrorCode");
        auto *linksLabel = in<QLabel>(&pane, "detailLinks");
        QCOMPARE(code->textFormat(), Qt::RichText);
        QVERIFY2(code->text().contains(otcCodes), qPrintable(code->text()));
        QVERIFY(code->openExternalLinks());
        QVERIFY(!linksLabel->text().contains(QLatin1StringView("console")));

        pane.setEndpoint(QUrl(QStringLiteral("https://sdrs.eu-de.otc.t-systems.com")));
        QVERIFY2(linksLabel->text().contains(
                     QLatin1StringView("https://console.otc.t-systems.com/sdrs/?region=eu-de")),
                 qPrintable(linksLabel->text()));
        pane.setEndpoint(QUrl(QStringLiteral("https://sdrs.ap-southeast-3.myhuaweicloud.com")));
        QVERIFY(linksLabel->text().contains(
            QLatin1StringView("https://console-intl.huaweicloud.com/sdrs/?region=ap-southeast-3")));
        QVERIFY(linksLabel->text().contains(QLatin1StringView("support.huaweicloud.com")));

        // Server text in a link is escaped.
        FailureJob odd = nicJob();
        odd.errorCode = QStringLiteral("<b>X.123</b>");
        pane.showJob(odd, nullptr);
        QVERIFY(!code->text().contains(QLatin1StringView("<b>")));
    }

    void emptyReasonPartsAreHidden()
    {
        ui::DetailPane pane;
        pane.show();
        FailureJob job = nicJob();
        job.errorCode = QStringLiteral("EVS.2024");
        job.failReason = QStringLiteral("SdrsGenerateNativeServerParamsTask-fail:volume is error!");
        pane.showJob(job, nullptr);
        QVERIFY(in<QLabel>(&pane, "detailTask")->isVisibleTo(&pane));
        for (const char *name : {"detailReasonCode", "detailEmbedded"}) {
            auto *value = in<QLabel>(&pane, name);
            QVERIFY2(!value->isVisibleTo(&pane), name);
            for (const QLabel *label : pane.findChildren<QLabel *>()) {
                if (label->buddy() == value)
                    QVERIFY2(!label->isVisibleTo(&pane), name); // its title goes too
            }
        }
        QCOMPARE(in<QLabel>(&pane, "detailCause")->text(), QStringLiteral("volume is error!"));
        QVERIFY(!in<QLabel>(&pane, "detailWhatToDo")->isVisibleTo(&pane)); // not in the catalog

        // The full form: every part shown.
        pane.showJob(nicJob(), nullptr);
        for (const char *name : {"detailTask", "detailReasonCode", "detailEmbedded"})
            QVERIFY2(in<QLabel>(&pane, name)->isVisibleTo(&pane), name);
    }

    void copyButtonsStayOnScreen_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1000x650") << QSize(1000, 650);
    }

    void copyButtonsStayOnScreen()
    {
        QFETCH(QSize, size);
        start();
        m_window->resize(size);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        table()->selectRow(0);
        QApplication::processEvents();
        for (const char *name : {"copyJobId", "copyResourceId", "copyJson"}) {
            auto *button = child<QPushButton>(name);
            QVERIFY2(button->isVisible(), name);
            // Not cut by the pane or the window: all of it is on screen.
            QCOMPARE(button->visibleRegion().boundingRect(), button->rect());
        }
        QVERIFY(child<QLabel>("detailCause")->isVisible());
        QVERIFY(!child<QLabel>("detailCause")->visibleRegion().isEmpty());
    }

    void tableShowsTheCause()
    {
        start();
        const QAbstractItemModel *shown = table()->model();
        QVERIFY(shown->rowCount() > 0);
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QModelIndex index = shown->index(row, FailureJobModel::FailReason);
            const QString raw = index.data(FailureJobModel::RawRole).toString();
            const QString code = shown->index(row, FailureJobModel::ErrorCode)
                                     .data(FailureJobModel::RawRole)
                                     .toString();
            QCOMPARE(index.data().toString(), failureCause(code, raw).cause);
            QVERIFY(!index.data().toString().contains(QLatin1StringView("-fail:")));
            if (!raw.isEmpty())
                QVERIFY(index.data(Qt::ToolTipRole).toString().contains(raw.left(100)));
        }
    }

    void copyForATicket()
    {
        start();
        table()->selectRow(0);
        table()->selectionModel()->select(table()->model()->index(1, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto *action = m_window->findChild<QAction *>(QStringLiteral("copyTicketAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));
        QVERIFY(action->isEnabled());
        action->trigger();
        const QString text = QApplication::clipboard()->text();
        const QStringList lines = text.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2 + 2);
        QVERIFY(lines.at(0).startsWith(QLatin1StringView("| Began (UTC) |")));
        const QList<FailureJob> selected = m_window->selectedJobs();
        QCOMPARE(selected.size(), 2);
        QVERIFY(lines.at(2).contains(selected.at(0).jobType));
    }
};

QTEST_MAIN(TstDetailPane)
#include "tst_detailpane.moc"
