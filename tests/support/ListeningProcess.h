#pragma once

// Runs one of our server programs (comptoir-server, ligdicash-sandbox) as a real child process
// for integration tests and benchmarks: starts it, waits for its first stdout line
// "... listening on http://HOST:PORT" and exposes that URL. Its stderr goes to a log file that
// tests print when something fails, so a failing run explains itself.

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

class ListeningProcess
{
public:
    ListeningProcess() = default;
    ~ListeningProcess();
    ListeningProcess(const ListeningProcess &) = delete;
    ListeningProcess &operator=(const ListeningProcess &) = delete;

    // Starts program (a name in COMPTOIR_BIN_DIR or an absolute path). Returns false, with the
    // reason in errorString(), when it did not print its listening line within timeoutMs.
    bool start(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment, const QString &logFile,
               int timeoutMs = 15000);

    QUrl baseUrl() const { return m_baseUrl; }
    qint64 pid() const;
    bool isRunning() const;
    QString errorString() const { return m_error; }
    QString logFile() const { return m_logFile; }
    // The tail of the stderr log, for failure messages.
    QString logTail(int maxChars = 4000) const;

    // SIGKILL: the process gets no chance to clean up (crash tests).
    void kill();
    // SIGTERM, then SIGKILL if it has not exited after timeoutMs.
    void stop(int timeoutMs = 5000);
    // VmHWM of the running process in KiB (peak resident memory), -1 when unknown.
    qint64 peakMemoryKiB() const;

    static QString binary(const QString &name);

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
    QString m_logFile;
};
