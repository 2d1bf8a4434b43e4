#pragma once

// The sessions table: a person logged in on one terminal. create() returns the session token in
// clear once; only its SHA-256 is stored. A session is alive until its expiry, its idle timeout
// or its end (logout, user disabled).

#include "Database.h"
#include "domain/UserRole.h"

#include <QByteArray>
#include <QString>

#include <optional>

class SessionStore
{
public:
    struct Session
    {
        qint64 id = 0;
        qint64 userId = 0;
        qint64 terminalId = 0;
        qint64 createdAt = 0;
        qint64 expiresAt = 0;
        qint64 lastUsedAt = 0;
        qint64 endedAt = 0; // 0: not ended
        // From the user's row, read together so a disabled user's session dies at once.
        QString userName;
        UserRole role = UserRole::Cashier;
        bool userActive = false;

        bool isAliveAt(qint64 now, qint64 idleMs) const
        {
            return endedAt == 0 && userActive && now < expiresAt && now < lastUsedAt + idleMs;
        }
    };

    explicit SessionStore(Database &database);

    // Returns the token (empty on failure) and fills *session.
    QByteArray create(qint64 userId, qint64 terminalId, qint64 now, qint64 lifetimeMs,
                      Session *session);
    std::optional<Session> findByToken(const QByteArray &token, bool *failed = nullptr) const;
    // Moves the idle deadline, at most every few seconds (saves a write per request).
    void touch(const Session &session, qint64 now, qint64 idleMs);
    bool end(qint64 id, qint64 now);
    bool endAllForUser(qint64 userId, qint64 now);

private:
    Database &m_database;
};
