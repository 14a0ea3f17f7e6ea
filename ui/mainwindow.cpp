#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace sdrs::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SDRS Failed Tasks"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("demoBanner"));
    m_banner->setText(tr("Demo data: a local emulator, no cloud account is used."));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: palette(highlight); color: "
                                           "palette(highlighted-text); padding: 6px; }"));
    m_banner->setVisible(false);
    m_message = new QLabel(central);
    m_message->setObjectName(QStringLiteral("centralMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_banner);
    layout->addWidget(m_message, 1);
    setCentralWidget(central);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connection);
    resize(1100, 700);
}

void MainWindow::setDemo(bool demo)
{
    m_banner->setVisible(demo);
    setWindowTitle(demo ? tr("SDRS Failed Tasks \u2014 Demo data") : tr("SDRS Failed Tasks"));
}

void MainWindow::setMessage(const QString &text)
{
    m_message->setText(text);
}

void MainWindow::setConnectionText(const QString &text)
{
    m_connection->setText(text);
}

} // namespace sdrs::ui
