#include "ServerApp.h"

#include "HttpServer.h"
#include "PinHasher.h"

ServerApp::ServerApp(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_database(std::make_unique<Database>())
    , m_http(std::make_unique<HttpServer>())
    , m_guard(std::make_unique<AuthGuard>(*m_database, m_config))
    , m_pinHasher(
          std::make_unique<PinHasher>(m_config.pinHashOpsLimit(), m_config.pinHashMemoryKiB()))
{}

ServerApp::~ServerApp() = default;

void ServerApp::addModule(std::unique_ptr<ServerModule> module)
{
    m_modules.push_back(std::move(module));
}

bool ServerApp::openDatabase()
{
    if (!m_database->open(m_config.databaseUrl()) || !m_database->migrate())
        return fail(m_database->errorString());
    return true;
}

bool ServerApp::start()
{
    return openDatabase();
}

quint16 ServerApp::port() const
{
    return m_port;
}

void ServerApp::registerRoutes() {}

bool ServerApp::fail(const QString &message)
{
    m_error = message;
    return false;
}
