// The failed-task table as an operator reads it: the Protection group column, the Fail reason
// column's width, the new-row strip, what the table says while it has no row, copies, and the
// sort arrow.
#include "emulator/dataset.h"
#include "models/failurejobmodel.h"
#include "models/failurejobproxy.h"
#include "models/vocabulary.h"
#include "ui/exportdialog.h"
#include "ui/failuretableview.h"
#include "windowharness.h"

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>
#include <QTimer>

using namespace sdrs;
using namespace sdrs::testing;
using emulator::Dataset;
using Column = FailureJobModel::Column;

class TstTable : public QObject, private WindowHarness
{
    Q_OBJECT

    ui::FailureTableView *view() { return child<ui::FailureTableView>("failureTable"); }
    QHeaderView *header() { return table()->horizontalHeader(); }
    QAction *action(const char *name) { return child<QAction>(name); }

    void chooseAllGroups()
    {
        QVERIFY(rowsAfter([&] { choose(child<QComboBox>("groupFilter"), 1); }));
        QTRY_VERIFY(!m_controller->isLoading());
    }

    /// The overlay's sentence and button; empty when it is hidden.
    QString overlayText()
    {
        return child<QWidget>("tableOverlay")->isVisible() ? label() : QString();
    }
    QString label() { return child<QLabel>("tableOverlayText")->text(); }
    QPushButton *overlayButton() { return child<QPushButton>("tableOverlayButton"); }

    void typeQuickFilter(const QString &text)
    {
        child<QLineEdit>("quickFilter")->setText(text);
        QTRY_COMPARE(view()->filterProxy()->quickFilter(), text.trimmed());
    }

    /// The window sizes a layout is checked at.
    static void windowSizes()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1000x650") << QSize(1000, 650);
        QTest::newRow("large") << QSize(1900, 1000);
    }

    /// The sort arrow's ink: the pixels at the right end of the sorted section (where Fusion
    /// draws the arrow, away from the centred title) that differ from the same header without
    /// the arrow.
    static QImage arrowInk(QHeaderView *header)
    {
        const int section = header->sortIndicatorSection();
        const int right = header->sectionViewportPosition(section) + header->sectionSize(section);
        const QRect area(right - 24, 0, 24, header->height());
        header->setSortIndicatorShown(true);
        const QImage with = header->grab(area).toImage();
        header->setSortIndicatorShown(false);
        const QImage without = header->grab(area).toImage();
        header->setSortIndicatorShown(true);
        QImage ink(with.size(), QImage::Format_Mono);
        ink.fill(0);
        for (int y = 0; y < with.height(); ++y)
            for (int x = 0; x < with.width(); ++x)
                if (with.pixel(x, y) != without.pixel(x, y))
                    ink.setPixel(x, y, 1);
        return ink;
    }

    /// Whether the ink is a ▼ (wider at its top) rather than a ▲.
    static bool pointsDown(const QImage &ink)
    {
        QList<int> widths;
        for (int y = 0; y < ink.height(); ++y) {
            int count = 0;
            for (int x = 0; x < ink.width(); ++x)
                count += ink.pixelIndex(x, y);
            if (count > 0)
                widths.append(count);
        }
        if (widths.size() < 2)
            qFatal("no sort arrow drawn");
        const qsizetype half = widths.size() / 2;
        int top = 0, bottom = 0;
        for (qsizetype i = 0; i < half; ++i) {
            top += widths.at(i);
            bottom += widths.at(widths.size() - 1 - i);
        }
        return top > bottom;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_table"));
        // The style of the report (bug 18), and of Linux desktops without a theme.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void init() { QSettings().clear(); }
    void cleanup() { endAll(); }

    void allGroupsShowsAndSearchesTheProtectionGroup()
    {
        start();
        QVERIFY(header()->isSectionHidden(Column::ProtectionGroup)); // group level: in the menu
        chooseAllGroups();
        QVERIFY(!header()->isSectionHidden(Column::ProtectionGroup));
        const QHash<QString, QString> names = m_window->groupNames();
        QVERIFY(!names.isEmpty());

        // The cell names the row's group.
        const QList<FailureJob> &jobs = model()->jobs();
        const auto grouped = std::find_if(jobs.cbegin(), jobs.cend(), [](const FailureJob &j) {
            return !j.serverGroupId.isEmpty();
        });
        QVERIFY(grouped != jobs.cend());
        const QString groupId = grouped->serverGroupId;
        const QString name = names.value(groupId);
        QVERIFY(!name.isEmpty());
        const int sourceRow = int(grouped - jobs.cbegin());
        QCOMPARE(model()->index(sourceRow, Column::ProtectionGroup).data().toString(), name);
        QCOMPARE(model()
                     ->index(sourceRow, Column::ProtectionGroup)
                     .data(FailureJobModel::RawRole)
                     .toString(),
                 groupId);

        // The quick filter finds every row of the group by its name.
        const auto inGroup = std::count_if(jobs.cbegin(), jobs.cend(), [&](const FailureJob &j) {
            return j.serverGroupId == groupId;
        });
        typeQuickFilter(name.toUpper());
        ui::FailureTableView *v = view();
        QVERIFY(v->filterProxy()->rowCount() >= inGroup);
        int found = 0;
        for (const FailureJob &job : v->shownJobs())
            found += job.serverGroupId == groupId ? 1 : 0;
        QCOMPARE(found, int(inGroup));
        typeQuickFilter({});

        // Sorted by the name it shows.
        header()->setSortIndicator(Column::ProtectionGroup, Qt::AscendingOrder);
        QString previous;
        for (const FailureJob &job : v->shownJobs()) {
            const QString shown = names.value(job.serverGroupId, job.serverGroupId).toCaseFolded();
            QVERIFY2(previous <= shown, qPrintable(previous + u" > " + shown));
            previous = shown;
        }

        // Exported as shown: the name under the column's title.
        const QList<csv::Column> columns = m_window->visibleColumns(false);
        const auto column = std::find_if(columns.cbegin(), columns.cend(), [](const auto &c) {
            return c.header == QStringLiteral("Protection group");
        });
        QVERIFY(column != columns.cend());
        QCOMPARE(column->field, csv::Field::ServerGroupName);
        QCOMPARE(csv::cellValue(*grouped, *column, names), name);

        // Another scope: back in the column menu.
        QVERIFY(rowsAfter([&] { choose(child<QComboBox>("groupFilter"), 0); }));
        QVERIFY(header()->isSectionHidden(Column::ProtectionGroup));
    }

    void failReasonTakesTheRestLast_data() { windowSizes(); }

    void failReasonTakesTheRestLast()
    {
        QFETCH(QSize, size);
        start();
        m_window->resize(size); // (at least the window's minimum size)
        QCOMPARE(header()->visualIndex(Column::FailReason), header()->count() - 1);
        QCOMPARE(header()->sectionResizeMode(Column::FailReason), QHeaderView::Stretch);
        QCOMPARE(table()->textElideMode(), Qt::ElideRight);
        if (size.width() > 1500) {
            // Room for every column: the reason ends at the viewport's right edge, no scrolling.
            QTRY_COMPARE(header()->sectionViewportPosition(Column::FailReason) +
                             header()->sectionSize(Column::FailReason),
                         table()->viewport()->width());
            QCOMPARE(table()->horizontalScrollBar()->maximum(), 0);
        }
        // A restored header state keeps it so.
        m_window->saveSettings();
        endAll();
        openWindow();
        QCOMPARE(header()->visualIndex(Column::FailReason), header()->count() - 1);
        QCOMPARE(header()->sectionResizeMode(Column::FailReason), QHeaderView::Stretch);
    }

    void newRowsAreMarkedByAStripNotByTheirText()
    {
        start();
        m_window->resize(1000, 650);
        QVERIFY(table()->model()->rowCount() > 3);
        QAbstractItemDelegate *delegate = table()->itemDelegate();
        QStyleOptionViewItem option;
        option.initFrom(table());
        const QModelIndex time = table()->model()->index(1, Column::BeginTime);
        const QSize before = delegate->sizeHint(option, time);

        QSet<quint64> all;
        for (const quint64 key : model()->rowKeys())
            all.insert(key);
        model()->setNewKeys(all);
        QVERIFY(time.data(FailureJobModel::NewRole).toBool());
        // The begin time is as wide as on any row: nothing to elide.
        QCOMPARE(delegate->sizeHint(option, time), before);

        table()->selectionModel()->clearSelection();
        table()->selectRow(0);
        const QPalette palette = table()->palette();
        const auto stripAt = [this](int row) {
            const QImage image = table()->viewport()->grab().toImage();
            const int y = table()->rowViewportPosition(row) + table()->rowHeight(row) / 2;
            return image.pixelColor(1, y);
        };
        // Selected: in the highlighted text's colour over the highlight; otherwise the highlight.
        QCOMPARE(stripAt(0), palette.color(QPalette::Active, QPalette::HighlightedText));
        QCOMPARE(stripAt(1), palette.color(QPalette::Active, QPalette::Highlight));
        model()->setNewKeys({});
        QVERIFY(stripAt(1) != palette.color(QPalette::Active, QPalette::Highlight));
    }

    void emptyTableSaysWhyAndOffersWhatHelps_data() { windowSizes(); }

    void emptyTableSaysWhyAndOffersWhatHelps()
    {
        QFETCH(QSize, size);
        start();
        m_window->resize(size);
        QCOMPARE(overlayText(), QString()); // rows: nothing said

        // Filters leave nothing: say so, and clear them on request.
        typeQuickFilter(QStringLiteral("no-such-text-anywhere"));
        QTRY_VERIFY(overlayText().startsWith(QStringLiteral("No failed tasks match")));
        QVERIFY(overlayButton()->isVisible());
        QCOMPARE(overlayButton()->text(), QStringLiteral("Clear filters"));
        const auto overlay = child<QWidget>("tableOverlay")->geometry();
        QCOMPARE(overlay, table()->viewport()->geometry());
        QTest::mouseClick(overlayButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_controller->isLoading());
        QTRY_VERIFY(table()->model()->rowCount() > 0);
        QCOMPARE(child<QLineEdit>("quickFilter")->text(), QString());
        QCOMPARE(overlayText(), QString());

        // Loading with nothing shown yet: what loads, with its progress.
        m_window->clearForNewConnection();
        QCOMPARE(overlayText(), QString());
        m_window->setBusy(true, QStringLiteral("Loading every protection group: 3 of 12"));
        QCOMPARE(overlayText(), QStringLiteral("Loading every protection group: 3 of 12"));
        QVERIFY(!overlayButton()->isVisible());
        m_window->setBusy(false);

        // A refused sign-in: a button to edit the connection.
        ApiError refused;
        refused.kind = ApiError::Kind::Auth;
        refused.message = QStringLiteral("The credentials were refused.");
        m_window->showError(refused);
        QVERIFY(overlayText().startsWith(QStringLiteral("Sign-in refused")));
        QCOMPARE(overlayButton()->text(), QStringLiteral("Edit connection\u2026"));
        QSignalSpy edit(m_window.get(), &ui::MainWindow::editProfileRequested);
        // The controller answers with the modal connection dialog: close it once it is up.
        QTimer closer;
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, this, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        closer.start();
        overlayButton()->click();
        QCOMPARE(edit.size(), 1);
    }

    void emptyScopeSaysNoFailedTasks()
    {
        // Few failed tasks over many groups: some group has none.
        start(Dataset::generate(7, 12, 4));
        auto *groups = child<QComboBox>("groupFilter");
        int index = -1;
        for (int i = 3; i < groups->count() && index < 0;
             ++i) { // after the scopes and the separator
            QVERIFY(rowsAfter([&] { choose(groups, i); }));
            QTRY_VERIFY(!m_controller->isLoading());
            if (table()->model()->rowCount() == 0)
                index = i;
        }
        QVERIFY2(index >= 0, "the dataset has no group without failed tasks");
        QCOMPARE(overlayText(), QStringLiteral("No failed tasks"));
        QVERIFY(!overlayButton()->isVisible());
    }

    void copiesAreDisplayValuesUnderDisplayTitles()
    {
        start();
        chooseAllGroups();
        table()->selectionModel()->clearSelection();
        QList<FailureJob> chosen;
        for (int row = 0; row < 3; ++row)
            table()->selectionModel()->select(table()->model()->index(row, 0),
                                              QItemSelectionModel::Select |
                                                  QItemSelectionModel::Rows);
        chosen = m_window->selectedJobs();
        QCOMPARE(chosen.size(), 3);
        action("copyRowsAction")->trigger();
        const QStringList lines = QApplication::clipboard()->text().trimmed().split(u'\n');
        QCOMPARE(lines.size(), 4);
        const QStringList titles = lines.at(0).split(u'\t');
        const qsizetype status = titles.indexOf(QStringLiteral("Failure status"));
        const qsizetype type = titles.indexOf(QStringLiteral("Resource type"));
        const qsizetype group = titles.indexOf(QStringLiteral("Protection group"));
        QVERIFY(status >= 0 && type >= 0 && group >= 0);
        const QHash<QString, QString> names = m_window->groupNames();
        for (int i = 0; i < 3; ++i) {
            const QStringList cells = lines.at(i + 1).split(u'\t');
            QCOMPARE(cells.at(status), failureStatusName(chosen.at(i).failureStatus));
            QCOMPARE(cells.at(type), resourceTypeName(chosen.at(i).resourceType));
            QCOMPARE(cells.at(group),
                     names.value(chosen.at(i).serverGroupId, chosen.at(i).serverGroupId));
        }

        // The export dialog says which values each choice writes.
        ui::ExportDialog dialog(3, 3, -1);
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("exportVisibleColumns"))
                    ->text()
                    .contains(QStringLiteral("as the table shows them")));
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("exportAllFields"))
                    ->text()
                    .contains(QStringLiteral("API's values")));
    }

    void copyRowAsJsonCopiesTheCurrentRow()
    {
        start();
        auto *selection = table()->selectionModel();
        selection->clearSelection();
        for (int row = 0; row < 3; ++row)
            selection->select(table()->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection->setCurrentIndex(table()->model()->index(1, 0), QItemSelectionModel::NoUpdate);
        const QList<FailureJob> chosen = m_window->selectedJobs();
        QCOMPARE(chosen.size(), 3);

        action("copyJsonAction")->trigger();
        const QJsonDocument one =
            QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8());
        QVERIFY(one.isObject());
        QCOMPARE(one.object().value(QLatin1StringView("job_id")).toString(), chosen.at(1).jobId);

        QVERIFY(action("copyJsonArrayAction")->isEnabled());
        action("copyJsonArrayAction")->trigger();
        const QJsonDocument many =
            QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8());
        QVERIFY(many.isArray());
        QCOMPARE(many.array().size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(many.array().at(i).toObject().value(QLatin1StringView("job_id")).toString(),
                     chosen.at(i).jobId);
    }

    void sortArrowShowsTheOrderApplied()
    {
        start();
        QCOMPARE(header()->sortIndicatorSection(), int(Column::BeginTime));
        QCOMPARE(header()->sortIndicatorOrder(), Qt::DescendingOrder);
        // Newest first, as the arrow says.
        const QList<FailureJob> rows = view()->shownJobs();
        QVERIFY(rows.size() > 2);
        QVERIFY(rows.constFirst().beginTime >= rows.constLast().beginTime);
        QVERIFY2(pointsDown(arrowInk(header())), "descending should show \u25bc");

        header()->setSortIndicator(Column::BeginTime, Qt::AscendingOrder);
        const QList<FailureJob> ascending = view()->shownJobs();
        QVERIFY(ascending.constFirst().beginTime <= ascending.constLast().beginTime);
        QVERIFY2(!pointsDown(arrowInk(header())), "ascending should show \u25b2");
    }
};

QTEST_MAIN(TstTable)
#include "tst_table.moc"
