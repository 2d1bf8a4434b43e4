#include "SessionStore.h"

#include "SecretToken.h"
#include "UserStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

SessionStore::SessionStore(Database &database)
    : m_database(database)
{}

QByteArray SessionStore::create(qint64 userId, qint64 terminalId, qint64 now, qint64 lifetimeMs,
                                Session *session)
{
    const QByteArray token = SecretToken::generate();
    if (token.isEmpty())
        return {};
    auto inserted = m_database.exec(
        u"INSERT INTO sessions (token_hash, user_id, terminal_id, created_at, expires_at, "
        u"last_used_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {QString::fromLatin1(SecretToken::hash(token)), userId, terminalId, now, now + lifetimeMs,
         now});
    if (!inserted || !inserted->next())
        return {};
    if (session) {
        *session = Session{};
        session->id = inserted->value(0).toLongLong();
        session->userId = userId;
        session->terminalId = terminalId;
        session->createdAt = now;
        session->expiresAt = now + lifetimeMs;
        session->lastUsedAt = now;
        session->userActive = true;
    }
    return token;
}

std::optional<SessionStore::Session> SessionStore::findByToken(const QByteArray &token,
                                                               bool *failed) const
{
    if (failed)
        *failed = false;
    if (!SecretToken::looksValid(token))
        return std::nullopt;
    auto query = m_database.exec(
        u"SELECT s.id, s.user_id, s.terminal_id, s.created_at, s.expires_at, s.last_used_at, "
        u"s.ended_at, u.name, u.role, u.active FROM sessions s JOIN users u ON u.id = s.user_id "
        u"WHERE s.token_hash = ?"_s,
        {QString::fromLatin1(SecretToken::hash(token))});
    if (!query) {
        if (failed)
            *failed = true;
        return std::nullopt;
    }
    if (!query->next())
        return std::nullopt;
    Session session;
    session.id = query->value(0).toLongLong();
    session.userId = query->value(1).toLongLong();
    session.terminalId = query->value(2).toLongLong();
    session.createdAt = query->value(3).toLongLong();
    session.expiresAt = query->value(4).toLongLong();
    session.lastUsedAt = query->value(5).toLongLong();
    session.endedAt = query->value(6).toLongLong();
    session.userName = query->value(7).toString();
    session.role = userRoleFromString(query->value(8).toString()).value_or(UserRole::Cashier);
    session.userActive = query->value(9).toInt() != 0;
    return session;
}

void SessionStore::touch(const Session &session, qint64 now, qint64 idleMs)
{
    // Precise enough: the idle deadline may come up to a 1/20 of the timeout early.
    const qint64 granularity = std::clamp<qint64>(idleMs / 20, 1000, 60 * 1000);
    if (now - session.lastUsedAt < granularity)
        return;
    m_database.exec(u"UPDATE sessions SET last_used_at = ? WHERE id = ? AND last_used_at < ?"_s,
                    {now, session.id, now});
}

bool SessionStore::end(qint64 id, qint64 now)
{
    return m_database
        .exec(u"UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL"_s, {now, id})
        .has_value();
}

bool SessionStore::endAllForUser(qint64 userId, qint64 now)
{
    return m_database
        .exec(u"UPDATE sessions SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL"_s,
              {now, userId})
        .has_value();
}
