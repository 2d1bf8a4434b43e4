#pragma once

// Appends who-did-what lines to the audit_log table (terminal added or revoked, user added or
// disabled, PIN changed, login, failed PIN, lockout, logout) for managers. Never pass a secret.

#include <QString>

class Database;

class AuditLog
{
public:
    explicit AuditLog(Database &database);

    // actor: "cli", "terminal:3", "user:7"; action: "terminal.add", "session.login_failed"...
    bool append(const QString &actor, const QString &action, const QString &subject = {},
                const QString &detail = {});

private:
    Database &m_database;
};
