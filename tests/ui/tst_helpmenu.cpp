// Help menu of the real window: About (version, licence, homepage), Keyboard Shortcuts (built from
// the window's actions) and User Guide (the README's "Using it" on the homepage).
#include "tests/ui/windowharness.h"
#include "ui/helpmenu.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace sdrs;

/// Takes the URLs QDesktopServices is asked to open, instead of a browser.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TstHelpMenu : public QObject, protected testing::WindowHarness
{
    Q_OBJECT

    template<class T> T *shown(const char *name)
    {
        T *found = nullptr;
        (void)QTest::qWaitFor([&found, name] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *t = qobject_cast<T *>(w);
                if (t && t->isVisible() && t->objectName() == QLatin1StringView(name))
                    found = t;
            }
            return found != nullptr;
        });
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_helpmenu"));
    }

    void init() { QSettings().clear(); }
    void cleanup() { endAll(); }

    void aboutNamesVersionLicenceAndHomepage()
    {
        openWindow();
        child<QAction>("aboutAction")->trigger();
        auto *box = shown<QMessageBox>("aboutBox");
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral(SDRS_VERSION)), qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("MIT")));
        QVERIFY(
            box->text().contains(QStringLiteral("https://github.com/sdrs-failures/sdrs-failures")));
        box->close();
    }

    void shortcutsListTheWindowsActions()
    {
        openWindow();
        const QList<ui::ShortcutLine> lines = ui::shortcutLines(m_window.get());
        const auto keysOf = [&lines](const QString &action) {
            for (const ui::ShortcutLine &line : lines) {
                if (line.action == action)
                    return line.keys;
            }
            return QString();
        };
        QCOMPARE(keysOf(QStringLiteral("Export to CSV")),
                 QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText));
        QCOMPARE(keysOf(QStringLiteral("Refresh")),
                 QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText));
        QCOMPARE(keysOf(QStringLiteral("Mark all as seen")),
                 QKeySequence(Qt::CTRL | Qt::Key_M).toString(QKeySequence::NativeText));
        // Every action with a shortcut is there, and only those.
        for (const QAction *action : m_window->findChildren<QAction *>()) {
            if (!action->shortcut().isEmpty() && !action->text().isEmpty())
                QVERIFY2(!keysOf(action->text().remove(u'&').remove(u'\u2026')).isEmpty(),
                         qPrintable(action->text()));
        }
        for (const ui::ShortcutLine &line : lines)
            QVERIFY2(!line.keys.isEmpty(), qPrintable(line.action));

        child<QAction>("shortcutsAction")->trigger();
        auto *dialog = shown<QDialog>("shortcutsDialog");
        QVERIFY(dialog);
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), lines.size());
        dialog->close();
    }

    void userGuideOpensUsingItOnTheHomepage()
    {
        openWindow();
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        child<QAction>("userGuideAction")->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.urls, QList<QUrl>{QUrl(QStringLiteral(
                                   "https://github.com/sdrs-failures/sdrs-failures#using-it"))});
    }
};

QTEST_MAIN(TstHelpMenu)
#include "tst_helpmenu.moc"
