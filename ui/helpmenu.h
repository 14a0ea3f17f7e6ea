// The Help menu: About, Keyboard Shortcuts (built from the window's actions), User Guide.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

class QMainWindow;
class QMenu;
class QWidget;

namespace sdrs::ui {

/// One line of Help > Keyboard Shortcuts: what an action does and its keys.
struct ShortcutLine
{
    QString action; ///< the action's text without its mnemonic & and trailing …
    QString keys;   ///< every shortcut in the platform's words, ", "-separated
};

/// The translation context of the Help menu's texts.
class HelpMenu
{
    Q_DECLARE_TR_FUNCTIONS(sdrs::ui::HelpMenu)
};

/// Every action of `window` (and of its children) that has a shortcut, one line per text, in
/// the order of the texts.
QList<ShortcutLine> shortcutLines(const QWidget *window);
/// The project's homepage (project(HOMEPAGE_URL) in CMakeLists.txt).
QUrl homepageUrl();
/// The README's "Using it" section on the homepage.
QUrl userGuideUrl();
/// Adds the Help menu to the window's menu bar.
QMenu *addHelpMenu(QMainWindow *window);

} // namespace sdrs::ui
