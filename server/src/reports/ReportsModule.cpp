#include "ReportsModule.h"

#include "ServerApp.h"

bool ReportsModule::start(ServerApp &app, QString *error)
{
    Q_UNUSED(error);
    m_app = &app;
    return true;
}
