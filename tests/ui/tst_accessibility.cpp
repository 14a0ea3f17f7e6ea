// Every control of the main window and its dialogs has an accessible name (its own, its buddy
// label's or its text), and the keyboard reaches the controls in reading order.
#include "tests/ui/windowharness.h"
#include "ui/exportdialog.h"
#include "ui/jobdialog.h"
#include "ui/profiledialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

using namespace sdrs;

namespace {

/// The focusable controls of `root` that a screen reader would announce without a name.
QStringList unnamedControls(QWidget *root)
{
    QStringList missing;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root) || w->isWindow())
            continue;
        if (qobject_cast<QLineEdit *>(w) && (qobject_cast<QComboBox *>(w->parentWidget()) ||
                                             qobject_cast<QAbstractSpinBox *>(w->parentWidget())))
            continue; // the editor inside a combo or spin box: the box itself is named
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            missing << QStringLiteral("%1 \"%2\"")
                           .arg(QLatin1StringView(w->metaObject()->className()), w->objectName());
    }
    return missing;
}

} // namespace

class TstAccessibility : public QObject, protected testing::WindowHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdrs-failures-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
        QSettings().clear();
    }

    void cleanup() { endAll(); }

    void mainWindowControlsAreNamed()
    {
        start();
        const QStringList missing = unnamedControls(m_window.get());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    }

    void tabOrderFollowsTheScreen()
    {
        start();
        m_window->activateWindow();
        QApplication::setActiveWindow(m_window.get());
        child<QWidget>("profileSwitcher")->setFocus();
        QStringList order;
        for (int i = 0; i < 40; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            const QString name = focus->objectName();
            if (!order.isEmpty() && name == order.constFirst())
                break;
            order << name;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        // Top to bottom, left to right: connection, filters, table, details, paging.
        const QStringList expected{QStringLiteral("profileSwitcher"), QStringLiteral("groupFilter"),
                                   QStringLiteral("statusFilter"),    QStringLiteral("typeFilter"),
                                   QStringLiteral("nameFilter"),      QStringLiteral("quickFilter"),
                                   QStringLiteral("failureTable"),    QStringLiteral("pageSize"),
                                   QStringLiteral("pageJump"),        QStringLiteral("nextPage"),
                                   QStringLiteral("lastPage")};
        qsizetype at = -1;
        for (const QString &name : expected) {
            const qsizetype found = order.indexOf(name);
            QVERIFY2(found > at, qPrintable(name + u" out of order in " + order.join(u", ")));
            at = found;
        }
    }

    void dialogsAreNamed()
    {
        start();
        ui::ExportDialog exportDialog(2, 100, 1000, m_window.get());
        exportDialog.show();
        QStringList missing = unnamedControls(&exportDialog);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));

        ui::ProfileDialog profile(m_window.get());
        profile.show();
        missing = unnamedControls(&profile);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));

        ui::JobDialog job(QStringLiteral("ff808082686f229a0168707beaab014e"), m_window.get());
        job.show();
        missing = unnamedControls(&job);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    }
};

QTEST_MAIN(TstAccessibility)
#include "tst_accessibility.moc"
