#include "HistoryModule.h"

#include "ServerApp.h"

bool HistoryModule::start(ServerApp &app, QString *error)
{
    Q_UNUSED(error);
    m_app = &app;
    return true;
}
