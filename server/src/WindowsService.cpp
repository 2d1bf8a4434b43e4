#include "WindowsService.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTimer>

#include <condition_variable>
#include <cstdio>
#include <mutex>

#include <windows.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWindowsService, "comptoir.server.windowsservice", QtInfoMsg)

namespace {

// What the SCM's threads (ServiceMain, the control handler) share with the main thread.
// ServiceMain gets no context pointer, hence one instance per process: a process runs one
// service (SERVICE_WIN32_OWN_PROCESS).
struct ServiceState
{
    std::mutex mutex;
    std::condition_variable answered;
    bool hasAnswer = false; // ServiceMain ran, or the dispatcher failed
    DWORD error = NO_ERROR;
    SERVICE_STATUS_HANDLE handle = nullptr;
    SERVICE_STATUS status = {};
};

ServiceState g_state;

// The name is ignored for an own-process service, but must be a writable string.
wchar_t g_serviceName[] = L"ComptoirServer";

// Migrations may take a while on a large database; stopping waits for requests in flight.
constexpr DWORD kStartWaitHintMs = 60000;
constexpr DWORD kStopWaitHintMs = 30000;

// Call with g_state.mutex held.
void reportState(DWORD state, DWORD waitHintMs = 0)
{
    SERVICE_STATUS &status = g_state.status;
    status.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
    status.dwCurrentState = state;
    // Stop only once running: a stop during the start would interrupt migrations.
    status.dwControlsAccepted =
        state == SERVICE_RUNNING ? SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN : 0;
    status.dwWaitHint = waitHintMs;
    const bool pending = state == SERVICE_START_PENDING || state == SERVICE_STOP_PENDING;
    status.dwCheckPoint = pending ? status.dwCheckPoint + 1 : 0;
    if (!SetServiceStatus(g_state.handle, &status))
        qCWarning(lcWindowsService) << "SetServiceStatus failed with error" << GetLastError();
}

DWORD WINAPI onControl(DWORD control, DWORD, LPVOID, LPVOID)
{
    switch (control) {
    case SERVICE_CONTROL_STOP:
    case SERVICE_CONTROL_SHUTDOWN: {
        {
            std::lock_guard lock(g_state.mutex);
            if (g_state.status.dwCurrentState != SERVICE_RUNNING)
                return NO_ERROR;
            reportState(SERVICE_STOP_PENDING, kStopWaitHintMs);
        }
        // This runs on the SCM's thread: post the quit to the main thread's event loop.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
        return NO_ERROR;
    }
    case SERVICE_CONTROL_INTERROGATE:
        return NO_ERROR;
    default:
        return ERROR_CALL_NOT_IMPLEMENTED;
    }
}

void WINAPI serviceMain(DWORD, LPWSTR *)
{
    const SERVICE_STATUS_HANDLE handle =
        RegisterServiceCtrlHandlerExW(g_serviceName, onControl, nullptr);
    const DWORD error = handle ? NO_ERROR : GetLastError();
    std::lock_guard lock(g_state.mutex);
    if (handle) {
        g_state.handle = handle;
        reportState(SERVICE_START_PENDING, kStartWaitHintMs);
    } else {
        g_state.error = error;
    }
    g_state.hasAnswer = true;
    g_state.answered.notify_all();
}

// Qt's messages, formatted as usual (QT_MESSAGE_PATTERN), to the log file: without a console,
// Qt's own handler would send them to the debugger.
void writeMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = qFormatLogMessage(type, context, message).toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
}

// A service has no console: its output and Qt's messages go to a file next to its settings.
void redirectOutput()
{
    const QString programData = qEnvironmentVariable("ProgramData");
    const QString folder = programData + u"/Comptoir"_s;
    if (programData.isEmpty() || !QDir().mkpath(folder))
        return;
    const std::wstring path =
        QDir::toNativeSeparators(folder + u"/comptoir-server.log"_s).toStdWString();
    FILE *stream = nullptr;
    if (_wfreopen_s(&stream, path.c_str(), L"a", stdout) == 0)
        std::setvbuf(stdout, nullptr, _IONBF, 0);
    if (_wfreopen_s(&stream, path.c_str(), L"a", stderr) == 0)
        std::setvbuf(stderr, nullptr, _IONBF, 0);
    qInstallMessageHandler(writeMessage);
}

} // namespace

WindowsService::~WindowsService()
{
    if (!m_attached)
        return;
    {
        std::lock_guard lock(g_state.mutex);
        // Still starting: the server failed to start (its error is in the log).
        const bool failed = g_state.status.dwCurrentState == SERVICE_START_PENDING;
        g_state.status.dwWin32ExitCode = failed ? ERROR_SERVICE_SPECIFIC_ERROR : NO_ERROR;
        g_state.status.dwServiceSpecificExitCode = failed ? 1 : 0;
        reportState(SERVICE_STOPPED);
    }
    // StartServiceCtrlDispatcherW returns once the service is reported stopped.
    m_dispatcher.join();
}

bool WindowsService::attach(QString *error)
{
    // StartServiceCtrlDispatcherW blocks its thread until the service stops; the main thread
    // keeps the Qt event loop.
    m_dispatcher = std::thread([] {
        SERVICE_TABLE_ENTRYW table[] = {{g_serviceName, serviceMain}, {nullptr, nullptr}};
        if (!StartServiceCtrlDispatcherW(table)) {
            const DWORD failure = GetLastError();
            std::lock_guard lock(g_state.mutex);
            g_state.error = failure;
            g_state.hasAnswer = true;
            g_state.answered.notify_all();
        }
    });
    std::unique_lock lock(g_state.mutex);
    g_state.answered.wait(lock, [] { return g_state.hasAnswer; });
    if (!g_state.handle) {
        const DWORD code = g_state.error;
        lock.unlock();
        // The thread has ended (no SCM) or waits for a ServiceMain that failed; the process
        // exits either way.
        m_dispatcher.detach();
        *error = code == ERROR_FAILED_SERVICE_CONTROLLER_CONNECT
                     ? QCoreApplication::translate(
                           "WindowsService",
                           "the service command is for the Windows service manager; in a "
                           "console, use serve")
                     : QCoreApplication::translate("WindowsService",
                                                   "cannot reach the Windows service manager "
                                                   "(error %1)")
                           .arg(code);
        return false;
    }
    lock.unlock();
    m_attached = true;
    redirectOutput();
    qCInfo(lcWindowsService) << "started by the Windows service manager";
    // Runs once main() reaches the event loop, i.e. once the server is listening.
    QTimer::singleShot(0, QCoreApplication::instance(), [] {
        std::lock_guard stateLock(g_state.mutex);
        reportState(SERVICE_RUNNING);
    });
    return true;
}
