#include "NameDirectory.h"

#include "Database.h"

using namespace Qt::StringLiterals;

std::optional<NameDirectory> NameDirectory::load(Database &database)
{
    NameDirectory names;
    auto users = database.exec(u"SELECT id, name FROM users"_s);
    if (!users)
        return std::nullopt;
    while (users->next())
        names.m_users.insert(users->value(0).toString(), users->value(1).toString());
    auto terminals = database.exec(u"SELECT id, name FROM terminals"_s);
    if (!terminals)
        return std::nullopt;
    while (terminals->next())
        names.m_terminals.insert(terminals->value(0).toString(), terminals->value(1).toString());
    return names;
}
