// The real window, its controller and an in-process emulator, as the widget tests drive them.
#pragma once

#include "app/controller.h"
#include "app/profilestore.h"
#include "emulator/emulator.h"
#include "models/failurejobmodel.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace sdrs::testing {

/// Chooses an entry of a combo box as a user's click would (activated is what the window
/// listens to).
inline void choose(QComboBox *combo, int index)
{
    QVERIFY(index >= 0 && index < combo->count());
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

/// Emulator, window, profile store and controller of one test; cleanup() ends them.
class WindowHarness
{
protected:
    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<Controller> m_controller;
    /// The local history's file: a test may name one before start(); else each start() gets a
    /// new one in a temporary folder (never the user's), kept while the window is reopened.
    QString m_historyPath;
    std::unique_ptr<QTemporaryDir> m_historyDir;
    /// False: the window runs without a history (a test that hands it the history's answers).
    bool m_withHistory = true;

    QString historyPath()
    {
        if (!m_withHistory)
            return {};
        if (!m_historyPath.isEmpty())
            return m_historyPath;
        if (!m_historyDir)
            m_historyDir = std::make_unique<QTemporaryDir>();
        return m_historyDir->filePath(QStringLiteral("history.sqlite"));
    }

    template<class T> T *child(const char *name)
    {
        auto *found = m_window->findChild<T *>(QLatin1StringView(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    Connection connection() const
    {
        Connection c;
        c.endpoint = m_emulator->baseUrl();
        c.projectId = m_emulator->projectId();
        c.token = QStringLiteral("test");
        c.retryBaseDelayMs = 1;
        return c;
    }

    /// Starts emulator, window and controller, and waits for the first rows and the groups.
    void start(emulator::Dataset data = emulator::Dataset::generate(7, 12, 1500),
               emulator::Options options = {})
    {
        m_emulator = std::make_unique<emulator::Emulator>(std::move(data), std::move(options));
        const Result<NoContent> listening = m_emulator->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listening.ok(), qPrintable(listening.error.message));
        openWindow();
        QSignalSpy rows(m_controller.get(), &Controller::rowsShown);
        QSignalSpy groups(m_controller.get(), &Controller::groupsShown);
        m_controller->useConnection(connection(), QStringLiteral("test"));
        QVERIFY(rows.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(groups.size(), 1, 10000);
        QTRY_VERIFY(!m_controller->isLoading());
    }

    void openWindow()
    {
        m_window = std::make_unique<ui::MainWindow>();
        m_window->restoreSettings();
        m_profiles = std::make_unique<ProfileStore>();
        m_profiles->setKeychainEnabled(false);
        m_controller =
            std::make_unique<Controller>(m_window.get(), m_profiles.get(), historyPath());
        m_window->show();
    }

    void endAll()
    {
        m_controller.reset();
        m_window.reset();
        m_profiles.reset();
        m_emulator.reset();
        m_historyDir.reset();
    }

    /// Waits for the next rows after `action`.
    bool rowsAfter(const std::function<void()> &action)
    {
        QSignalSpy rows(m_controller.get(), &Controller::rowsShown);
        action();
        return rows.wait(10000);
    }

    FailureJobModel *model() { return m_window->jobModel(); }
    QTableView *table() { return child<QTableView>("failureTable"); }
};

} // namespace sdrs::testing
