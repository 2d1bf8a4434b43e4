#include "AuthGuard.h"

#include "Database.h"
#include "ServerConfig.h"

using namespace Qt::StringLiterals;

AuthGuard::AuthGuard(Database &database, const ServerConfig &config)
    : m_database(database)
    , m_config(config)
{}

AuthResult AuthGuard::requireTerminal(const HttpRequest &) const
{
    return unauthorized(u"unauthorized"_s, u"Not implemented yet."_s);
}

AuthResult AuthGuard::requireSession(const HttpRequest &, UserRole) const
{
    return unauthorized(u"unauthorized"_s, u"Not implemented yet."_s);
}

HttpResponse AuthGuard::unauthorized(const QString &code, const QString &message)
{
    return HttpResponse::error(401, code, message)
        .withHeader("WWW-Authenticate", "Bearer realm=\"comptoir\"");
}

HttpResponse AuthGuard::forbidden(const QString &message)
{
    return HttpResponse::error(403, u"forbidden"_s, message);
}
