#pragma once

// The reports part of comptoir-server as a ServerModule: sales reports and shifts with the
// end-of-day Z report (docs/manager-api.md).

#include "ServerModule.h"

#include <QCoreApplication>

class ReportsModule : public ServerModule
{
    Q_DECLARE_TR_FUNCTIONS(ReportsModule)

public:
    bool start(ServerApp &app, QString *error) override;

private:
    ServerApp *m_app = nullptr;
};
