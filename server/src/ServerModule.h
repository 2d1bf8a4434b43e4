#pragma once

// A part of comptoir-server that plugs into ServerApp (the payments module is one): start() runs
// once the database is open and migrated, before the server listens, and registers routes,
// metrics and timers through the ServerApp it is given. stop() runs before the app goes away.

#include <QString>

class ServerApp;

class ServerModule
{
public:
    virtual ~ServerModule() = default;
    // Returns false, with a reason in *error, when the server cannot run without it.
    virtual bool start(ServerApp &app, QString *error) = 0;
    virtual void stop() {}
};
