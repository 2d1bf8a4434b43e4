#pragma once

// The admin part of comptoir-server as a ServerModule: management of products, people, terminals
// and unmatched payments for managers (docs/manager-api.md). The endpoints live in
// CatalogAdminApi, PeopleAdminApi and UnmatchedAdminApi; this module builds them and the
// LigdiCash client the unmatched register's check uses.

#include "ServerModule.h"

#include <QCoreApplication>

#include <memory>

class CatalogAdminApi;
class LigdiCashClient;
class PeopleAdminApi;
class UnmatchedAdminApi;

class AdminModule : public ServerModule
{
    Q_DECLARE_TR_FUNCTIONS(AdminModule)

public:
    AdminModule();
    ~AdminModule() override;

    bool start(ServerApp &app, QString *error) override;

private:
    ServerApp *m_app = nullptr;
    std::unique_ptr<LigdiCashClient> m_client;
    std::unique_ptr<CatalogAdminApi> m_catalog;
    std::unique_ptr<PeopleAdminApi> m_people;
    std::unique_ptr<UnmatchedAdminApi> m_unmatched;
};
