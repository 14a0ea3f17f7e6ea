#include "ui/helpmenu.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sdrs::ui {

namespace {

/// "&Export to CSV…" as a line of the list: "Export to CSV".
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    while (text.endsWith(u'\u2026') || text.endsWith(u'.'))
        text.chop(1);
    return text.trimmed();
}

void showAbout(QWidget *window)
{
    auto *box = new QMessageBox(window);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(HelpMenu::tr("About SDRS Failed Tasks"));
    box->setIconPixmap(window->windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    const QString home = homepageUrl().toString();
    box->setText(QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p><a href=\"%4\">%4</a></p>")
                     //: %1 is the version number, e.g. 0.1.0.
                     .arg(HelpMenu::tr("SDRS Failed Tasks %1")
                              .arg(QStringLiteral(SDRS_VERSION))
                              .toHtmlEscaped(),
                          HelpMenu::tr("Browse the failed tasks of the Storage Disaster Recovery "
                                       "Service (SDRS) of Open Telekom Cloud and Huawei Cloud.")
                              .toHtmlEscaped(),
                          //: MIT is the name of the licence.
                          HelpMenu::tr("Licence: MIT").toHtmlEscaped(), home.toHtmlEscaped()));
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void showShortcuts(QWidget *window)
{
    auto *dialog = new QDialog(window);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(HelpMenu::tr("Keyboard Shortcuts"));
    auto *list = new QTreeWidget(dialog);
    list->setObjectName(QStringLiteral("shortcutList"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({HelpMenu::tr("Action"), HelpMenu::tr("Keys")});
    for (const ShortcutLine &line : shortcutLines(window))
        list->addTopLevelItem(new QTreeWidgetItem({line.action, line.keys}));
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog->resize(dialog->fontMetrics().averageCharWidth() * 70,
                   dialog->fontMetrics().height() * 24);
    dialog->open();
}

} // namespace

QList<ShortcutLine> shortcutLines(const QWidget *window)
{
    QList<ShortcutLine> lines;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty() || action->text().isEmpty())
            continue;
        QStringList words;
        for (const QKeySequence &key : keys)
            words << key.toString(QKeySequence::NativeText);
        ShortcutLine line{plainText(action->text()), words.join(QStringLiteral(", "))};
        const bool known =
            std::any_of(lines.cbegin(), lines.cend(),
                        [&line](const ShortcutLine &l) { return l.action == line.action; });
        if (!known)
            lines.append(line);
    }
    std::sort(lines.begin(), lines.end(), [](const ShortcutLine &a, const ShortcutLine &b) {
        return QString::localeAwareCompare(a.action, b.action) < 0;
    });
    return lines;
}

QUrl homepageUrl()
{
    return QUrl(QStringLiteral(SDRS_HOMEPAGE));
}

QUrl userGuideUrl()
{
    QUrl url = homepageUrl();
    url.setFragment(QStringLiteral("using-it"));
    return url;
}

QMenu *addHelpMenu(QMainWindow *window)
{
    QMenu *help = window->menuBar()->addMenu(HelpMenu::tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = help->addAction(HelpMenu::tr("&User Guide"), window,
                                     [] { QDesktopServices::openUrl(userGuideUrl()); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setToolTip(HelpMenu::tr("Open the guide on the project's homepage"));
    QAction *keys = help->addAction(HelpMenu::tr("&Keyboard Shortcuts"), window,
                                    [window] { showShortcuts(window); });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    help->addSeparator();
    QAction *about = help->addAction(HelpMenu::tr("&About SDRS Failed Tasks"), window,
                                     [window] { showAbout(window); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    return help;
}

} // namespace sdrs::ui
