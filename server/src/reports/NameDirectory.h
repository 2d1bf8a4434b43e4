#pragma once

// The names of people and terminals by id, read once per report: orders keep ids, reports show
// names. Disabled people and revoked terminals keep their names (their orders still count).

#include <QHash>
#include <QString>

#include <optional>

class Database;

class NameDirectory
{
public:
    // Nothing when the store failed.
    static std::optional<NameDirectory> load(Database &database);

    // The name, or the id itself when it is unknown (so a row is never anonymous).
    QString user(const QString &id) const { return m_users.value(id, id); }
    QString terminal(const QString &id) const { return m_terminals.value(id, id); }

private:
    QHash<QString, QString> m_users;
    QHash<QString, QString> m_terminals;
};
