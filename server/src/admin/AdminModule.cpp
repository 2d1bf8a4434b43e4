#include "AdminModule.h"

#include "ServerApp.h"

bool AdminModule::start(ServerApp &app, QString *error)
{
    Q_UNUSED(error);
    m_app = &app;
    return true;
}
