#pragma once

// The terminals table: adds a terminal with a fresh bearer token (returned once, stored only as
// its SHA-256), lists and revokes terminals, and finds the terminal a token belongs to.

#include "Database.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class TerminalStore
{
public:
    struct Terminal
    {
        qint64 id = 0;
        QString name;
        qint64 createdAt = 0;
        qint64 revokedAt = 0; // 0: active
        qint64 lastSeenAt = 0;

        bool isRevoked() const { return revokedAt != 0; }
    };
    enum class Outcome { Done, AlreadyDone, NotFound, Failed };

    explicit TerminalStore(Database &database);

    // The new terminal and its token (the only time it exists in clear), or nothing on failure.
    std::optional<std::pair<Terminal, QByteArray>> add(const QString &name);
    QList<Terminal> list(bool *failed = nullptr) const;
    std::optional<Terminal> find(qint64 id, bool *failed = nullptr) const;
    Outcome revoke(qint64 id);
    // Done, or NotFound; the token stays valid (a new name is not a new terminal).
    Outcome rename(qint64 id, const QString &name);
    // The terminal holding this token, revoked or not; *failed tells a store error from "none".
    std::optional<Terminal> findByToken(const QByteArray &token, bool *failed = nullptr) const;
    // Records activity, at most about once a minute per terminal (saves a write per request).
    void touch(const Terminal &terminal, qint64 now);

private:
    static Terminal fromQuery(const QSqlQuery &query);

    Database &m_database;
};
