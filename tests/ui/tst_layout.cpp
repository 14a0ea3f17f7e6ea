// The window as an operator reads it at 1000x650 and at a large size, in English, German and
// Chinese: it can be that narrow, nothing in the filter and paging bars is cut, and text that
// changes (the quick filter's count) does not widen the window.
#include "tests/ui/windowharness.h"
#include "ui/language.h"
#include "ui/windowstatusbar.h"

#include <QAbstractSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTime>
#include <QTranslator>

using namespace sdrs;

namespace {

/// Replaces the translators of the application with those of `code`.
void useLanguage(const QString &code)
{
    for (QTranslator *old : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(language::install(*qApp, code), code);
}

/// Every widget of `bar` a user reads or uses, without the inner parts of the fields.
QList<QWidget *> parts(QWidget *bar)
{
    QList<QWidget *> found;
    for (QWidget *child : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!child->isVisibleTo(bar) || child->isWindow())
            continue;
        found << child;
        const bool field = qobject_cast<QComboBox *>(child) || qobject_cast<QLineEdit *>(child) ||
                           qobject_cast<QAbstractSpinBox *>(child);
        if (!field)
            found << parts(child);
    }
    return found;
}

/// Says which part of `bar` is cut: outside its parent, or smaller than it can be.
QString clipped(QWidget *bar)
{
    QStringList problems;
    if (!bar->parentWidget()->rect().contains(bar->geometry()))
        problems << QStringLiteral("%1 outside its parent").arg(bar->objectName());
    for (QWidget *part : parts(bar)) {
        const QString name = part->objectName().isEmpty()
                                 ? QString::fromLatin1(part->metaObject()->className())
                                 : part->objectName();
        const QSize least = part->minimumSizeHint();
        if (!part->parentWidget()->rect().contains(part->geometry()))
            problems << QStringLiteral("%1 at %2,%3 %4x%5 outside its parent (%6x%7)")
                            .arg(name)
                            .arg(part->x())
                            .arg(part->y())
                            .arg(part->width())
                            .arg(part->height())
                            .arg(part->parentWidget()->width())
                            .arg(part->parentWidget()->height());
        if (part->width() < least.width() || part->height() < least.height())
            problems << QStringLiteral("%1 is %2x%3, needs %4x%5")
                            .arg(name)
                            .arg(part->width())
                            .arg(part->height())
                            .arg(least.width())
                            .arg(least.height());
    }
    return problems.join(u'\n');
}

} // namespace

class TstLayout : public QObject, protected testing::WindowHarness
{
    Q_OBJECT

    void resizeTo(int width, int height)
    {
        m_window->resize(width, height);
        QTRY_COMPARE(m_window->size(), QSize(width, height));
        QCoreApplication::processEvents();
    }

    void checkNothingClipped()
    {
        for (const char *name : {"filterBar", "pagingBar"}) {
            auto *bar = child<QWidget>(name);
            const QString problems = clipped(bar);
            QVERIFY2(problems.isEmpty(), qPrintable(QLatin1StringView(name) + u'\n' + problems));
        }
        // Whole status and type names (German ones are long), not cut with "…".
        for (const char *name : {"statusFilter", "typeFilter"}) {
            auto *combo = child<QComboBox>(name);
            QVERIFY2(combo->width() >= combo->sizeHint().width(), name);
        }
        auto *status = m_window->statusBar();
        QVERIFY2(status->width() >= status->minimumSizeHint().width(),
                 qPrintable(QString::number(status->minimumSizeHint().width())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_layout"));
        QSettings().clear();
    }

    void cleanup() { endAll(); }

    void fitsInOneThousandPixels_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }

    void fitsInOneThousandPixels()
    {
        QFETCH(QString, code);
        useLanguage(code);
        start();
        QVERIFY2(m_window->minimumSizeHint().width() <= 1000,
                 qPrintable(QString::number(m_window->minimumSizeHint().width())));
        QVERIFY(m_window->minimumWidth() <= 1000);

        resizeTo(1000, 650);
        checkNothingClipped();

        // Typing in the quick filter changes its count, not the window.
        auto *quick = child<QLineEdit>("quickFilter");
        QTest::keyClicks(quick, QStringLiteral("a"));
        QTRY_VERIFY(!child<QLabel>("quickFilterCount")->text().isEmpty());
        QTest::keyClicks(quick, QStringLiteral("zzzz"));
        QTRY_COMPARE(table()->model()->rowCount(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(m_window->width(), 1000);
        checkNothingClipped();
        quick->clear();
        QTRY_VERIFY(child<QLabel>("quickFilterCount")->text().isEmpty());
        QCOMPARE(m_window->width(), 1000);

        // A custom time range adds its two times: the bar wraps, nothing is cut.
        auto *range = child<QComboBox>("timeRangeFilter");
        QVERIFY(rowsAfter(
            [&] { testing::choose(range, range->findData(int(TimeRange::Preset::Custom))); }));
        QCoreApplication::processEvents();
        QCOMPARE(m_window->width(), 1000);
        checkNothingClipped();

        resizeTo(1600, 1000);
        checkNothingClipped();
    }

    void groupBoxShowsTheScopeInEffect()
    {
        useLanguage(QStringLiteral("en"));
        start();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *groups = child<QComboBox>("groupFilter");
        auto *scope = child<QLabel>("scopeLabel");
        const QString inEffect = groups->itemText(groups->currentIndex());
        const QString scopeBefore = scope->text();
        const QString typed = QStringLiteral("kafka-names-no-group");
        const auto type = [&] {
            groups->setFocus();
            QTRY_VERIFY(groups->hasFocus());
            groups->lineEdit()->selectAll();
            QTest::keyClicks(groups, typed);
            QCOMPARE(groups->lineEdit()->text(), typed);
        };
        // Esc undoes the edit (and cancels nothing).
        type();
        QTest::keyClick(groups, Qt::Key_Escape);
        QCOMPARE(groups->lineEdit()->text(), inEffect);
        // Enter finds no group: the box shows the scope in effect again.
        type();
        QTest::keyClick(groups, Qt::Key_Return);
        QCOMPARE(groups->lineEdit()->text(), inEffect);
        // Leaving the box (Tab) does the same.
        type();
        QTest::keyClick(groups, Qt::Key_Tab);
        QTRY_VERIFY(!groups->hasFocus());
        QCOMPARE(groups->lineEdit()->text(), inEffect);
        QCOMPARE(scope->text(), scopeBefore);
        QCOMPARE(m_window->filter().scope, BrowserFilter::Scope::GroupLevel);
    }

    void statusBarSaysWhenRefreshedAndWhenNext()
    {
        useLanguage(QStringLiteral("en"));
        start();
        auto *last = child<QLabel>("lastRefreshLabel");
        QCOMPARE(last->text(), QStringLiteral("Refreshed just now"));
        auto *status = m_window->findChild<ui::WindowStatusBar *>();
        QVERIFY(status);
        status->showAge(QDateTime::currentDateTime().addSecs(125));
        QCOMPARE(last->text(), QStringLiteral("Refreshed 2 min ago"));
        QVERIFY(last->toolTip().contains(QTime::currentTime().toString(u"HH:")));

        auto *autoLabel = child<QLabel>("autoRefreshLabel");
        const QTime before = QTime::currentTime();
        m_window->setAutoRefreshMinutes(5);
        const QTime after = QTime::currentTime();
        QVERIFY(autoLabel->isVisibleTo(m_window.get()));
        const QString text = autoLabel->text();
        QVERIFY2(text.contains(before.addSecs(300).toString(u"HH:mm")) ||
                     text.contains(after.addSecs(300).toString(u"HH:mm")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("every 5 min")));
        m_window->setAutoRefreshMinutes(0);
        QVERIFY(!autoLabel->isVisibleTo(m_window.get()));
    }

    void groupDropdownShowsStatusAndCounts()
    {
        useLanguage(QStringLiteral("en"));
        start();
        auto *groups = child<QComboBox>("groupFilter");
        constexpr int DetailRole = Qt::UserRole + 5;
        // The scopes, a separator, then the groups.
        QCOMPARE(groups->itemData(2, Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("separator"));
        QVERIFY(!(groups->model()->flags(groups->model()->index(2, 0)) & Qt::ItemIsEnabled));
        QVERIFY(groups->itemData(3, Qt::UserRole + 2).isValid());
        // The status is known at once; the counts once the rows are.
        QVERIFY(!groups->itemData(3, DetailRole).toString().isEmpty());
        QVERIFY(!groups->itemData(3, DetailRole).toString().contains(u"failed"));
        QVERIFY(rowsAfter([&] { testing::choose(groups, 1); }));
        QTRY_VERIFY(!m_controller->isLoading());
        for (int index = 3; index < groups->count(); ++index) {
            const QString id = groups->itemData(index, Qt::UserRole + 2).toString();
            const auto count = std::count_if(
                m_emulator->data().failures.cbegin(), m_emulator->data().failures.cend(),
                [&](const FailureJob &f) { return f.serverGroupId == id; });
            const QString detail = groups->itemData(index, DetailRole).toString();
            const QString failed = QCoreApplication::translate(
                "sdrs::ui::FilterBar", "%Ln failed tasks", nullptr, int(count));
            QVERIFY2(detail.endsWith(u" \u00b7 " + failed), qPrintable(detail));
        }
        // The list is wide enough for the names with their details.
        QVERIFY(groups->view()->minimumWidth() >= groups->view()->sizeHintForColumn(0));
    }
};

QTEST_MAIN(TstLayout)
#include "tst_layout.moc"
