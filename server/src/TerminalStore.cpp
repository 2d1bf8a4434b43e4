#include "TerminalStore.h"

#include "SecretToken.h"
#include "ServerClock.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

const QString kColumns = u"id, name, created_at, revoked_at, last_seen_at"_s;

} // namespace

TerminalStore::TerminalStore(Database &database)
    : m_database(database)
{}

TerminalStore::Terminal TerminalStore::fromQuery(const QSqlQuery &query)
{
    Terminal terminal;
    terminal.id = query.value(0).toLongLong();
    terminal.name = query.value(1).toString();
    terminal.createdAt = query.value(2).toLongLong();
    terminal.revokedAt = query.value(3).toLongLong();
    terminal.lastSeenAt = query.value(4).toLongLong();
    return terminal;
}

std::optional<std::pair<TerminalStore::Terminal, QByteArray>>
TerminalStore::add(const QString &name)
{
    const QByteArray token = SecretToken::generate();
    if (token.isEmpty())
        return std::nullopt;
    const qint64 now = ServerClock::nowMs();
    auto inserted = m_database.exec(
        u"INSERT INTO terminals (name, token_hash, created_at) VALUES (?, ?, ?) RETURNING id"_s,
        {name, QString::fromLatin1(SecretToken::hash(token)), now});
    if (!inserted || !inserted->next())
        return std::nullopt;
    Terminal terminal;
    terminal.id = inserted->value(0).toLongLong();
    terminal.name = name;
    terminal.createdAt = now;
    return std::make_pair(terminal, token);
}

QList<TerminalStore::Terminal> TerminalStore::list(bool *failed) const
{
    QList<Terminal> terminals;
    auto query = m_database.exec(u"SELECT "_s + kColumns + u" FROM terminals ORDER BY id"_s);
    if (failed)
        *failed = !query;
    while (query && query->next())
        terminals.append(fromQuery(*query));
    return terminals;
}

std::optional<TerminalStore::Terminal> TerminalStore::find(qint64 id, bool *failed) const
{
    auto query = m_database.exec(u"SELECT "_s + kColumns + u" FROM terminals WHERE id = ?"_s, {id});
    if (failed)
        *failed = !query;
    if (!query || !query->next())
        return std::nullopt;
    return fromQuery(*query);
}

TerminalStore::Outcome TerminalStore::rename(qint64 id, const QString &name)
{
    auto updated = m_database.exec(u"UPDATE terminals SET name = ? WHERE id = ?"_s, {name, id});
    if (!updated)
        return Outcome::Failed;
    return updated->numRowsAffected() > 0 ? Outcome::Done : Outcome::NotFound;
}

TerminalStore::Outcome TerminalStore::revoke(qint64 id)
{
    auto updated = m_database.exec(
        u"UPDATE terminals SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s,
        {ServerClock::nowMs(), id});
    if (!updated)
        return Outcome::Failed;
    if (updated->numRowsAffected() > 0)
        return Outcome::Done;
    auto exists = m_database.exec(u"SELECT 1 FROM terminals WHERE id = ?"_s, {id});
    if (!exists)
        return Outcome::Failed;
    return exists->next() ? Outcome::AlreadyDone : Outcome::NotFound;
}

std::optional<TerminalStore::Terminal> TerminalStore::findByToken(const QByteArray &token,
                                                                  bool *failed) const
{
    if (failed)
        *failed = false;
    if (!SecretToken::looksValid(token))
        return std::nullopt;
    auto query =
        m_database.exec(u"SELECT "_s + kColumns + u" FROM terminals WHERE token_hash = ?"_s,
                        {QString::fromLatin1(SecretToken::hash(token))});
    if (!query) {
        if (failed)
            *failed = true;
        return std::nullopt;
    }
    if (!query->next())
        return std::nullopt;
    return fromQuery(*query);
}

void TerminalStore::touch(const Terminal &terminal, qint64 now)
{
    if (now - terminal.lastSeenAt < 60 * 1000)
        return;
    m_database.exec(u"UPDATE terminals SET last_seen_at = ? WHERE id = ?"_s, {now, terminal.id});
}
