// Started in German, the main window and its dialogs show German labels: every text the window
// shows in English is compared with the same text after a German start.
#include "tests/ui/windowharness.h"
#include "ui/exportdialog.h"
#include "ui/jobdialog.h"
#include "ui/language.h"
#include "ui/profiledialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTranslator>

#include <functional>

using namespace sdrs;

namespace {

/// The texts a user reads in `root`, in a stable order: window title, menus, actions, labels,
/// buttons, group boxes, tabs and placeholders. Texts without a letter, and the ones that show
/// data (the connection's URL, ids), are left out.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    const auto add = [&texts](const QString &kind, const QString &text) {
        QString plain = text;
        plain.remove(u'&');
        if (std::none_of(plain.cbegin(), plain.cend(), [](QChar c) { return c.isLetter(); }))
            return;
        if (plain.contains(QLatin1StringView("http")) || plain.contains(QLatin1StringView("SDRS.")))
            return;
        if (plain == plain.toUpper())
            return; // a status code such as FAIL, not a text
        texts << kind + u'\t' + plain;
    };
    add(QStringLiteral("title"), root->windowTitle());
    for (QMenu *menu : root->findChildren<QMenu *>())
        add(QStringLiteral("menu"), menu->title());
    for (QAction *action : root->findChildren<QAction *>())
        add(QStringLiteral("action"), action->text());
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->objectName() == QLatin1StringView("connectionLabel") ||
            label->objectName().startsWith(u"detail") || label->objectName().startsWith(u"explain"))
            continue; // the endpoint, the fields of the selected failed task, and the error
                      // code's explanation from the SDRS catalogue (English data)
        add(QStringLiteral("label"), label->text());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        add(QStringLiteral("button"), button->text());
    for (QGroupBox *box : root->findChildren<QGroupBox *>())
        add(QStringLiteral("group"), box->title());
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            add(QStringLiteral("tab"), tabs->tabText(i));
    }
    for (QLineEdit *edit : root->findChildren<QLineEdit *>())
        add(QStringLiteral("placeholder"), edit->placeholderText());
    return texts;
}

} // namespace

class TstGerman : public QObject, protected testing::WindowHarness
{
    Q_OBJECT

    /// The texts of the main window on the emulator, and of each dialog.
    QList<QStringList> screens()
    {
        start();
        QList<QStringList> all{visibleTexts(m_window.get())};
        {
            // Gone before the window that is their parent.
            ui::ExportDialog exportDialog(2, 100, 1000, m_window.get());
            all << visibleTexts(&exportDialog);
            ui::ProfileDialog profile(m_window.get());
            all << visibleTexts(&profile);
            ui::JobDialog job(QStringLiteral("ff808082686f229a0168707beaab014e"), m_window.get());
            all << visibleTexts(&job);
        }
        endAll();
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_german"));
        QSettings().clear();
    }

    void windowAndDialogsAreGerman()
    {
        const QList<QStringList> english = screens();
        QCOMPARE(language::install(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        const QList<QStringList> german = screens();
        QCOMPARE(german.size(), english.size());

        // Words that are the same in both languages.
        const QStringList same{QStringLiteral("Job"),
                               QStringLiteral("Token"),
                               QStringLiteral("Name"),
                               QStringLiteral("Status"),
                               QStringLiteral("Details"),
                               QStringLiteral("ID"),
                               QStringLiteral("English"),
                               QStringLiteral("Deutsch"),
                               QStringLiteral("\u7b80\u4f53\u4e2d\u6587")};
        int compared = 0;
        QStringList untranslated;
        for (qsizetype screen = 0; screen < english.size(); ++screen) {
            QCOMPARE(german.at(screen).size(), english.at(screen).size());
            for (qsizetype i = 0; i < english.at(screen).size(); ++i) {
                const QString &en = english.at(screen).at(i);
                const QString &de = german.at(screen).at(i);
                const QString enText = en.section(u'\t', 1);
                ++compared;
                if (en != de)
                    continue;
                // Equal is fine when only words of both languages and ids (with digits) remain.
                bool english = false;
                for (QString word : enText.split(u' ', Qt::SkipEmptyParts)) {
                    word.remove(u':');
                    const bool id = std::any_of(word.cbegin(), word.cend(),
                                                [](QChar c) { return c.isDigit(); });
                    english = english || (!id && !same.contains(word));
                }
                if (english)
                    untranslated << en;
            }
        }
        QVERIFY(compared > 100);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));

        // A few that every German user sees first.
        const QStringList &main = german.constFirst();
        QVERIFY2(main.contains(QStringLiteral("menu\tDatei")), qPrintable(main.join(u'\n')));
        QVERIFY(main.contains(QStringLiteral("action\tAktualisieren")));
    }
};

QTEST_MAIN(TstGerman)
#include "tst_german.moc"
