#pragma once

// A real comptoir-server for integration tests and benchmarks: writes its INI configuration in
// the test's temporary directory (mode 0600, keys for the sandbox, short sweeper intervals),
// runs the admin CLI to create a terminal, a cashier and a manager, starts the server on a
// chosen free port (so its public callback URL is known before it starts, and a restart after
// kill -9 keeps it) and hands out clients carrying the right tokens.

#include "HttpTestClient.h"
#include "ListeningProcess.h"

#include <QMap>
#include <QStringList>

class ServerProcess
{
public:
    struct Access
    {
        QByteArray terminalToken;
        QByteArray cashierSession;
        QByteArray managerSession;
    };

    explicit ServerProcess(const QString &workDir, const QString &name = QStringLiteral("server"));

    // Settings written to the INI file ("section/key" -> value); defaults suit tests.
    void set(const QString &key, const QString &value) { m_settings.insert(key, value); }
    void setLigdiCash(const QUrl &baseUrl, const QByteArray &apiKey, const QByteArray &authToken);
    // "" keeps SQLite in the work directory.
    void setDatabaseUrl(const QString &url)
    {
        m_settings.insert(QStringLiteral("database/url"), url);
    }
    // No public URL: LigdiCash gets no callback URL, the sweeper confirms.
    void setNoPublicUrl() { m_publicUrl = false; }

    bool start();
    // kill -9, then start again on the same port with the same database.
    bool restartAfterKill();
    void kill() { m_process.kill(); }
    void stop() { m_process.stop(); }

    QUrl baseUrl() const { return m_process.baseUrl(); }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    QString logTail() const { return m_process.logTail(); }
    ListeningProcess &process() { return m_process; }

    // comptoir-server --config <file> <arguments>; stdout, or empty with errorString().
    QString runCli(const QStringList &arguments, int *exitCode = nullptr,
                   const QByteArray &input = {});
    // Creates terminal "Caisse 1", a cashier and a manager, opens their sessions.
    bool createAccess();
    const Access &access() const { return m_access; }

    // Clients authenticated as the terminal with the cashier's (or the manager's) session.
    HttpTestClient cashierClient() const;
    HttpTestClient managerClient() const;
    // The terminal token only (status requests).
    HttpTestClient terminalClient() const;
    // No credentials at all (the public callback endpoint).
    HttpTestClient publicClient() const { return HttpTestClient(baseUrl()); }

    static quint16 freePort();

private:
    bool writeConfig();
    QString openSession(const QString &user, const QString &pin);

    QString m_workDir;
    QString m_name;
    QString m_configPath;
    QMap<QString, QString> m_settings;
    bool m_publicUrl = true;
    quint16 m_port = 0;
    ListeningProcess m_process;
    Access m_access;
    QString m_error;
};
