#include "UserStore.h"

#include "ServerClock.h"

using namespace Qt::StringLiterals;

namespace {

const QString kColumns =
    u"id, name, role, pin_hash, active, failed_attempts, locked_until, created_at"_s;

} // namespace

UserStore::UserStore(Database &database)
    : m_database(database)
{}

bool UserStore::isValidName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64 || trimmed != name)
        return false;
    bool digitsOnly = true;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return false;
        if (!c.isDigit())
            digitsOnly = false;
    }
    return !digitsOnly;
}

UserStore::User UserStore::fromQuery(const QSqlQuery &query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.name = query.value(1).toString();
    user.role = userRoleFromString(query.value(2).toString()).value_or(UserRole::Cashier);
    user.pinHash = query.value(3).toString().toLatin1();
    user.active = query.value(4).toInt() != 0;
    user.failedAttempts = query.value(5).toInt();
    user.lockedUntil = query.value(6).toLongLong();
    user.createdAt = query.value(7).toLongLong();
    return user;
}

UserStore::Outcome UserStore::add(const QString &name, UserRole role, const QByteArray &pinHash,
                                  User *added)
{
    bool failed = false;
    if (findByName(name, &failed))
        return Outcome::Conflict;
    if (failed)
        return Outcome::Failed;
    const qint64 now = ServerClock::nowMs();
    auto inserted =
        m_database.exec(u"INSERT INTO users (name, role, pin_hash, active, "
                        u"failed_attempts, created_at, updated_at) "
                        u"VALUES (?, ?, ?, 1, 0, ?, ?) RETURNING id"_s,
                        {name, userRoleToString(role), QString::fromLatin1(pinHash), now, now});
    if (!inserted || !inserted->next()) {
        // A concurrent add of the same name loses on the unique index.
        return findByName(name) ? Outcome::Conflict : Outcome::Failed;
    }
    if (added) {
        *added = User{};
        added->id = inserted->value(0).toLongLong();
        added->name = name;
        added->role = role;
        added->pinHash = pinHash;
        added->createdAt = now;
    }
    return Outcome::Done;
}

std::optional<UserStore::User> UserStore::findOne(const QString &where, const QVariant &value,
                                                  bool *failed) const
{
    if (failed)
        *failed = false;
    auto query =
        m_database.exec(u"SELECT "_s + kColumns + u" FROM users WHERE "_s + where, {value});
    if (!query) {
        if (failed)
            *failed = true;
        return std::nullopt;
    }
    if (!query->next())
        return std::nullopt;
    return fromQuery(*query);
}

std::optional<UserStore::User> UserStore::find(qint64 id, bool *failed) const
{
    return findOne(u"id = ?"_s, id, failed);
}

std::optional<UserStore::User> UserStore::findByName(const QString &name, bool *failed) const
{
    return findOne(u"lower(name) = lower(?)"_s, name, failed);
}

std::optional<UserStore::User> UserStore::findByReference(const QString &reference,
                                                          bool *failed) const
{
    bool isNumber = false;
    const qint64 id = reference.toLongLong(&isNumber);
    if (isNumber)
        return find(id, failed);
    return findByName(reference, failed);
}

QList<UserStore::User> UserStore::list(bool activeOnly, bool *failed) const
{
    QList<User> users;
    auto query = m_database.exec(u"SELECT "_s + kColumns + u" FROM users"_s +
                                 (activeOnly ? u" WHERE active = 1"_s : QString()) +
                                 u" ORDER BY lower(name), id"_s);
    if (failed)
        *failed = !query;
    while (query && query->next())
        users.append(fromQuery(*query));
    return users;
}

UserStore::Outcome UserStore::setPinHash(qint64 id, const QByteArray &pinHash)
{
    auto updated = m_database.exec(u"UPDATE users SET pin_hash = ?, failed_attempts = 0, "
                                   u"locked_until = NULL, updated_at = ? WHERE id = ?"_s,
                                   {QString::fromLatin1(pinHash), ServerClock::nowMs(), id});
    if (!updated)
        return Outcome::Failed;
    return updated->numRowsAffected() > 0 ? Outcome::Done : Outcome::NotFound;
}

UserStore::Outcome UserStore::setActive(qint64 id, bool active)
{
    auto updated = m_database.exec(u"UPDATE users SET active = ?, updated_at = ? WHERE id = ?"_s,
                                   {active ? 1 : 0, ServerClock::nowMs(), id});
    if (!updated)
        return Outcome::Failed;
    return updated->numRowsAffected() > 0 ? Outcome::Done : Outcome::NotFound;
}

qsizetype UserStore::countActiveManagersForUpdate()
{
    auto query = m_database.exec(u"SELECT id FROM users WHERE role = 'manager' AND active = 1"_s +
                                 (m_database.isPostgres() ? u" FOR UPDATE"_s : QString()));
    if (!query)
        return -1;
    qsizetype count = 0;
    while (query->next())
        ++count;
    return count;
}

qint64 UserStore::recordFailedPin(qint64 id, int maxAttempts, qint64 lockoutMs, qint64 now)
{
    // One statement: every right-hand side sees the old failed_attempts, and concurrent wrong
    // PINs (other requests, other processes) each count once.
    auto updated = m_database.exec(
        u"UPDATE users SET "
        u"locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END, "
        u"failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 ELSE failed_attempts + 1 "
        u"END, "
        u"updated_at = ? WHERE id = ?"_s,
        {maxAttempts, now + lockoutMs, maxAttempts, now, id});
    if (!updated)
        return -1;
    bool failed = false;
    const std::optional<User> user = find(id, &failed);
    if (failed)
        return -1;
    return user && user->isLockedAt(now) ? user->lockedUntil : 0;
}

bool UserStore::recordSuccessfulPin(qint64 id, qint64 now)
{
    auto updated = m_database.exec(
        u"UPDATE users SET failed_attempts = 0, locked_until = NULL, updated_at = ? "
        u"WHERE id = ? AND (locked_until IS NULL OR locked_until <= ?)"_s,
        {now, id, now});
    return updated && updated->numRowsAffected() > 0;
}
