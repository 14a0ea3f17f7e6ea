#include "app/controller.h"

#include "app/browsecontroller.h"
#include "app/connectioncontroller.h"
#include "app/deletecontroller.h"
#include "app/exportcontroller.h"
#include "app/historycontroller.h"
#include "app/session.h"
#include "ui/mainwindow.h"

namespace sdrs {

QString Controller::demoProfileName()
{
    return ConnectionController::demoProfileName();
}

Controller::Controller(ui::MainWindow *window, ProfileStore *profiles, const QString &historyPath,
                       QObject *parent)
    : QObject(parent)
    , m_session(std::make_unique<Session>())
    , m_connection(std::make_unique<ConnectionController>(*m_session, window, profiles))
    , m_browse(std::make_unique<BrowseController>(*m_session, window))
    , m_exports(std::make_unique<ExportController>(*m_session, window))
    , m_deletes(std::make_unique<DeleteController>(*m_session, window))
    , m_history(std::make_unique<HistoryController>(*m_session, window, historyPath))
{
    connect(m_session.get(), &Session::requestsInFlightChanged, window,
            &ui::MainWindow::setRequestsInFlight);
    connect(window, &ui::MainWindow::cancelRequested, this, &Controller::cancel);
    connect(m_connection.get(), &ConnectionController::connected, this, &Controller::reload);
    connect(m_deletes.get(), &DeleteController::reloadWanted, this, &Controller::reload);

    connect(m_browse.get(), &BrowseController::rowsShown, this, &Controller::rowsShown);
    connect(m_browse.get(), &BrowseController::loadFailed, this, &Controller::loadFailed);
    connect(m_browse.get(), &BrowseController::groupsShown, this, &Controller::groupsShown);
    connect(m_exports.get(), &ExportController::exportFinished, this, &Controller::exportFinished);
    connect(m_deletes.get(), &DeleteController::deletesFinished, this,
            &Controller::deletesFinished);
    connectHistory();
}

Controller::~Controller()
{
    // A worker still preparing rows or writing an export refers to a controller: stop the
    // writer (its file is not put in place) and let the workers finish first.
    m_exports->stopWriting();
    m_session->shutDown();
}

void Controller::connectHistory()
{
    HistoryController *history = m_history.get();
    connect(m_browse.get(), &BrowseController::pageShown, history, &HistoryController::recordPage);
    connect(m_browse.get(), &BrowseController::everyGroupShown, history,
            &HistoryController::recordEveryGroup);
    connect(m_deletes.get(), &DeleteController::deleted, history,
            &HistoryController::recordDeletes);
    connect(history, &HistoryController::recorded, this, &Controller::historyRecorded);
}

void Controller::useConnection(const Connection &connection, const QString &name)
{
    m_connection->useConnection(connection, name);
}

void Controller::useProfile(const QString &name)
{
    m_connection->useProfile(name);
}

void Controller::startWithSavedProfiles()
{
    m_connection->startWithSavedProfiles();
}

void Controller::setAllowHttp(bool allow)
{
    m_session->setAllowHttp(allow);
}

void Controller::reload()
{
    m_browse->loadGroups();
    m_browse->load();
}

void Controller::cancel()
{
    if (!m_deletes->cancel())
        m_browse->cancel();
}

SdrsClient *Controller::client() const
{
    return m_session->client();
}

bool Controller::isLoading() const
{
    return m_session->isLoading();
}

} // namespace sdrs
