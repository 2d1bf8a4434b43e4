#pragma once

// The users table: cashiers and managers, their Argon2id PIN hash, whether they are active, and
// the PIN lockout state (failed attempts, locked until). The lockout counters change with single
// conditional UPDATEs so several server processes on one database count attempts together.

#include "Database.h"
#include "domain/UserRole.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class UserStore
{
public:
    struct User
    {
        qint64 id = 0;
        QString name;
        UserRole role = UserRole::Cashier;
        QByteArray pinHash;
        bool active = true;
        int failedAttempts = 0;
        qint64 lockedUntil = 0; // 0: not locked
        qint64 createdAt = 0;

        bool isLockedAt(qint64 now) const { return lockedUntil > now; }
    };
    enum class Outcome { Done, NotFound, Conflict, Failed };

    explicit UserStore(Database &database);

    // Conflict when the name is taken (names are unique, case-insensitively).
    Outcome add(const QString &name, UserRole role, const QByteArray &pinHash, User *added);
    std::optional<User> find(qint64 id, bool *failed = nullptr) const;
    std::optional<User> findByName(const QString &name, bool *failed = nullptr) const;
    // A decimal id or a name, as a login screen or the CLI sends it.
    std::optional<User> findByReference(const QString &reference, bool *failed = nullptr) const;
    QList<User> list(bool activeOnly, bool *failed = nullptr) const;
    // Also clears any lockout.
    Outcome setPinHash(qint64 id, const QByteArray &pinHash);
    Outcome setActive(qint64 id, bool active);
    // The number of active managers, or -1 when the store failed. Inside a transaction on
    // PostgreSQL their rows stay locked until it ends, so two managers disabling each other at
    // the same moment are counted one after the other (SQLite serialises writers anyway).
    qsizetype countActiveManagersForUpdate();

    // Counts a wrong PIN; the attempt that reaches maxAttempts locks the user until
    // now + lockoutMs and restarts the count. Returns the user's lock deadline afterwards
    // (0: not locked), or -1 when the store failed.
    qint64 recordFailedPin(qint64 id, int maxAttempts, qint64 lockoutMs, qint64 now);
    // Clears the failure count after a right PIN, unless the user is locked at `now` (a parallel
    // wrong attempt may just have locked them): then returns false and the login must fail.
    bool recordSuccessfulPin(qint64 id, qint64 now);

    // Names people can be told apart by: 1-64 characters, not only digits (ids are digits).
    static bool isValidName(const QString &name);

private:
    std::optional<User> findOne(const QString &where, const QVariant &value, bool *failed) const;
    static User fromQuery(const QSqlQuery &query);

    Database &m_database;
};
