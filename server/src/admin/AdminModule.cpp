#include "AdminModule.h"

#include "CatalogAdminApi.h"
#include "PeopleAdminApi.h"
#include "ServerApp.h"
#include "UnmatchedAdminApi.h"
#include "payments/LigdiCashClient.h"

AdminModule::AdminModule() = default;

// The APIs go before the client they refer to (reverse order of declaration).
AdminModule::~AdminModule() = default;

bool AdminModule::start(ServerApp &app, QString *error)
{
    Q_UNUSED(error);
    m_app = &app;
    const ServerConfig &config = app.config();
    // Its own client (same keys as the payments module): the unmatched check is a rare, manual
    // call and must not share the payments module's confirm bookkeeping.
    LigdiCashClient::Settings settings;
    settings.baseUrl = config.ligdicashBaseUrl();
    settings.apiKey = config.ligdicashApiKey().toUtf8();
    settings.authToken = config.ligdicashAuthToken().toUtf8();
    settings.createTimeoutMs = config.ligdicashTimeoutMs();
    settings.confirmTimeoutMs = config.ligdicashTimeoutMs();
    m_client = std::make_unique<LigdiCashClient>(settings);

    m_catalog = std::make_unique<CatalogAdminApi>(app);
    m_catalog->registerRoutes(app.http());
    m_people = std::make_unique<PeopleAdminApi>(app);
    m_people->registerRoutes(app.http());
    m_unmatched = std::make_unique<UnmatchedAdminApi>(app, *m_client);
    m_unmatched->registerRoutes(app.http());
    return true;
}
