#pragma once

// The admin part of comptoir-server as a ServerModule: management of products, people, terminals
// and unmatched payments for managers (docs/manager-api.md).

#include "ServerModule.h"

#include <QCoreApplication>

class AdminModule : public ServerModule
{
    Q_DECLARE_TR_FUNCTIONS(AdminModule)

public:
    bool start(ServerApp &app, QString *error) override;

private:
    ServerApp *m_app = nullptr;
};
