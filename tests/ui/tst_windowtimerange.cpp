// The window's begin-time range against the emulator over loopback: a range on one group reads
// every page of it and pages here (the row counter shows every matching row), All returns to
// the service's paging; relative presets follow the clock; the range is remembered and cleared.
#include "models/failurejobproxy.h"
#include "tests/ui/windowharness.h"
#include "ui/exportdialog.h"
#include "ui/failuretableview.h"
#include "ui/messagebar.h"
#include "ui/windowsettings.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace sdrs;
using namespace sdrs::emulator;
using namespace sdrs::testing;
using Preset = TimeRange::Preset;

class TstWindowTimeRange final : public QObject, private WindowHarness
{
    Q_OBJECT

    /// The group entry with the most failed tasks, and their number.
    QPair<int, qint64> busiestGroup()
    {
        auto *groups = child<QComboBox>("groupFilter");
        QPair<int, qint64> best{-1, 0};
        for (int i = 3; i < groups->count(); ++i) { // after the scopes and the separator
            const QString id = groups->itemData(i, Qt::UserRole + 2).toString();
            qint64 n = 0;
            for (const FailureJob &f : m_emulator->data().failures)
                n += f.serverGroupId == id ? 1 : 0;
            if (n > best.second)
                best = {i, n};
        }
        return best;
    }

    /// The emulator's rows of `groupId` (nullopt: every scope) within the window's range now.
    qint64 expectedRows(std::optional<QString> groupId)
    {
        const TimeRange::Bounds b =
            m_window->filter().range.bounds(QDateTime::currentDateTimeUtc());
        qint64 n = 0;
        for (const FailureJob &f : m_emulator->data().failures)
            n += (!groupId || f.serverGroupId == *groupId) && b.contains(f.beginTime) ? 1 : 0;
        return n;
    }

    QString rowCounter() { return child<QLabel>("rowRange")->text(); }

    int presetIndex(Preset preset)
    {
        return child<QComboBox>("timeRangeFilter")->findData(int(preset));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowtimerange"));
    }

    void init() { QSettings().clear(); }

    void cleanup() { endAll(); }

    void aRangeOnOneGroupReadsEveryPage()
    {
        start(Dataset::generate(7, 12, 1500));
        const auto [index, inGroup] = busiestGroup();
        QVERIFY2(inGroup > 250, "the busiest group needs several pages");
        auto *groups = child<QComboBox>("groupFilter");
        const QString groupId = groups->itemData(index, Qt::UserRole + 2).toString();
        QVERIFY(rowsAfter([&] { choose(groups, index); }));
        QCOMPARE(model()->rowCount(), 100); // the service's page
        QVERIFY(m_window->serverPageCount() > 1);

        // A custom range over the middle of the group's rows.
        auto *preset = child<QComboBox>("timeRangeFilter");
        QSignalSpy complete(m_controller.get(), &Controller::rowsShown);
        QVERIFY(rowsAfter([&] { choose(preset, presetIndex(Preset::Custom)); }));
        QCOMPARE(model()->rowCount(), int(inGroup)); // every page is held here
        QCOMPARE(complete.last().first().toBool(), true);
        QVERIFY(child<ui::MessageBar>("messageBar")->text().contains(QStringLiteral("every page")));

        QList<QDateTime> times;
        for (const FailureJob &f : model()->jobs())
            times << f.beginTime;
        std::sort(times.begin(), times.end());
        auto *from = child<QDateTimeEdit>("timeFrom");
        auto *to = child<QDateTimeEdit>("timeTo");
        from->setDateTime(times.at(times.size() / 4).toLocalTime());
        to->setDateTime(times.at(times.size() * 3 / 4).toLocalTime());
        // Applied to the rows held, after the editing pause: no new load.
        const int requests = m_emulator->requestCount();
        const qint64 expected = expectedRows(groupId);
        QVERIFY(expected > 100 && expected < inGroup);
        QTRY_COMPARE(m_window->shownJobs().size(), expected);
        QCOMPARE(m_emulator->requestCount(), requests);
        // The row counter counts every matching row, paged here.
        QCOMPARE(rowCounter(),
                 QStringLiteral("Rows 1\u2013100 of %1").arg(QLocale().toString(expected)));
        for (const FailureJob &f : m_window->shownJobs())
            QCOMPARE(f.serverGroupId, groupId);

        // All again: the service pages once more.
        QVERIFY(rowsAfter([&] { choose(preset, presetIndex(Preset::All)); }));
        QCOMPARE(complete.last().first().toBool(), false);
        QCOMPARE(model()->rowCount(), 100);
        QCOMPARE(rowCounter(),
                 QStringLiteral("Rows 1\u2013100 of %1").arg(QLocale().toString(inGroup)));
        QVERIFY(
            !child<ui::MessageBar>("messageBar")->text().contains(QStringLiteral("every page")));
    }

    void aRelativeRangeFollowsTheClock()
    {
        start(Dataset::generate(7, 12, 1500));
        auto *groups = child<QComboBox>("groupFilter");
        QVERIFY(rowsAfter([&] { choose(groups, 1); })); // all protection groups
        // Failed tasks that began just now, on a refresh.
        const ChurnStep step = m_emulator->churn(6);
        auto *preset = child<QComboBox>("timeRangeFilter");
        const int requests = m_emulator->requestCount();
        choose(preset, presetIndex(Preset::LastHour));
        QCOMPARE(m_emulator->requestCount(), requests); // all groups: filtered here
        QVERIFY(rowsAfter([&] { Q_EMIT m_window->refreshRequested(); }));
        QSet<QString> shown;
        for (const FailureJob &f : m_window->shownJobs())
            shown.insert(f.jobId);
        QCOMPARE(shown.size(), expectedRows(std::nullopt));
        for (const FailureJob &added : step.added)
            QVERIFY(shown.contains(added.jobId));
        // Back to every time: every row again, without asking.
        choose(preset, presetIndex(Preset::All));
        QCOMPARE(m_window->shownJobs().size(), m_emulator->data().failures.size());
    }

    void anExportOfEveryPageKeepsTheRange()
    {
        start(Dataset::generate(7, 8, 900));
        auto *preset = child<QComboBox>("timeRangeFilter");
        QVERIFY(rowsAfter([&] { choose(preset, presetIndex(Preset::Custom)); }));
        QList<QDateTime> times;
        for (const FailureJob &f : m_emulator->data().failures)
            times << f.beginTime;
        std::sort(times.begin(), times.end());
        child<QDateTimeEdit>("timeFrom")->setDateTime(times.at(times.size() / 3).toLocalTime());
        child<QDateTimeEdit>("timeTo")->setDateTime(times.at(times.size() / 2).toLocalTime());
        QTRY_COMPARE(m_window->shownJobs().size(), expectedRows(QString()));

        // "Every page of the current query", fetched again: the range applies to it as well.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("range.csv"));
        QSignalSpy done(m_controller.get(), &Controller::exportFinished);
        child<QAction>("exportAction")->trigger();
        auto *dialog = m_window->findChild<ui::ExportDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QRadioButton *>(QStringLiteral("exportAllPages"))->setChecked(true);
        dialog->findChild<QRadioButton *>(QStringLiteral("exportAllFields"))->setChecked(true);
        dialog->setPath(path);
        dialog->accept();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.constFirst().at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        const TimeRange::Bounds b = m_window->filter().range.bounds({});
        int kept = 0;
        for (const FailureJob &f : m_emulator->data().failures) {
            if (f.serverGroupId.isEmpty()) { // the scope shown: the group level
                QCOMPARE(csv.contains(f.jobId.toUtf8()), b.contains(f.beginTime));
                kept += b.contains(f.beginTime) ? 1 : 0;
            }
        }
        QVERIFY(kept > 0);
    }

    void theRangeIsRememberedAndCleared()
    {
        start(Dataset::generate(7, 4, 300));
        auto *preset = child<QComboBox>("timeRangeFilter");
        QVERIFY(rowsAfter([&] { choose(preset, presetIndex(Preset::Custom)); }));
        const TimeRange chosen = m_window->filter().range;
        QCOMPARE(chosen.preset, Preset::Custom);
        QVERIFY(chosen.from.isValid() && chosen.to.isValid());
        m_window->saveSettings();
        QCOMPARE(ui::WindowSettings::load().filter.range, chosen);

        // A new window starts with it; the empty table's "Clear filters" clears it too.
        endAll();
        start(Dataset::generate(7, 4, 300));
        QCOMPARE(m_window->filter().range, chosen);
        QVERIFY(child<QWidget>("customTimeRange")->isVisibleTo(m_window.get()));
        QVERIFY(rowsAfter([&] {
            QMetaObject::invokeMethod(m_window->findChild<ui::FailureTableView *>(),
                                      "clearFiltersRequested");
        }));
        QCOMPARE(m_window->filter().range, TimeRange{});
        QVERIFY(!child<QWidget>("customTimeRange")->isVisibleTo(m_window.get()));
        QVERIFY(!m_window->findChild<ui::FailureTableView *>()->filterProxy()->hasBeginTimeRange());
    }
};

QTEST_MAIN(TstWindowTimeRange)
#include "tst_windowtimerange.moc"
