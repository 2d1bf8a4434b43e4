#include "AuditLog.h"

#include "Database.h"
#include "ServerClock.h"

using namespace Qt::StringLiterals;

AuditLog::AuditLog(Database &database)
    : m_database(database)
{}

bool AuditLog::append(const QString &actor, const QString &action, const QString &subject,
                      const QString &detail)
{
    return m_database
        .exec(
            u"INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)"_s,
            {ServerClock::nowMs(), actor, action, subject, detail})
        .has_value();
}
