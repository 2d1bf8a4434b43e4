#pragma once

// The history part of comptoir-server as a ServerModule: order history, order detail with timeline,
// re-verify, review flags and CSV export for managers (docs/manager-api.md).

#include "ServerModule.h"

#include <QCoreApplication>

class HistoryModule : public ServerModule
{
    Q_DECLARE_TR_FUNCTIONS(HistoryModule)

public:
    bool start(ServerApp &app, QString *error) override;

private:
    ServerApp *m_app = nullptr;
};
