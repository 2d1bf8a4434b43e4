#pragma once

// comptoir-server as the Windows service "ComptoirServer": `comptoir-server service` connects the
// process to the service control manager (SCM), reports starting, running and stopped, and turns
// the SCM's stop and shutdown requests into QCoreApplication::quit(), the orderly shutdown that
// SIGTERM gives on Linux. Output goes to %ProgramData%\Comptoir\comptoir-server.log, since a
// service has no console. Windows only: server/src/CMakeLists.txt compiles it nowhere else.

#include <QString>
#include <QtGlobal>

#include <thread>

class WindowsService
{
public:
    WindowsService() = default;
    // Reports "stopped" (with an error when the server never reached its event loop, i.e. its
    // start failed) and waits for the dispatcher thread. Destroy it after the server, so that
    // the SCM sees "stopped" only once the database is closed.
    ~WindowsService();
    Q_DISABLE_COPY_MOVE(WindowsService)

    // Blocks until the SCM has started the service, then returns true: "running" is reported
    // when the event loop starts. False with *error when the process was not started by the
    // SCM or it refused.
    bool attach(QString *error);

private:
    bool m_attached = false;
    std::thread m_dispatcher;
};
