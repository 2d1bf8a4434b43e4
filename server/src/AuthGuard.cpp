#include "AuthGuard.h"

#include "Database.h"
#include "ServerClock.h"
#include "ServerConfig.h"
#include "SessionStore.h"
#include "TerminalStore.h"

using namespace Qt::StringLiterals;

namespace {

HttpResponse storeUnavailable()
{
    return HttpResponse::error(
        503, u"unavailable"_s,
        AuthGuard::tr("The server cannot reach its database. Try again shortly."));
}

int rank(UserRole role)
{
    return role == UserRole::Manager ? 1 : 0;
}

} // namespace

AuthGuard::AuthGuard(Database &database, const ServerConfig &config)
    : m_database(database)
    , m_config(config)
{}

AuthResult AuthGuard::requireTerminal(const HttpRequest &request) const
{
    const QByteArray token = request.bearerToken();
    if (token.isEmpty())
        return unauthorized(u"unauthorized"_s,
                            tr("This terminal has no token (Authorization: Bearer ...)."));
    TerminalStore terminals(m_database);
    bool failed = false;
    const std::optional<TerminalStore::Terminal> terminal = terminals.findByToken(token, &failed);
    if (failed)
        return storeUnavailable();
    if (!terminal)
        return unauthorized(u"unauthorized"_s, tr("The terminal token is not valid."));
    if (terminal->isRevoked())
        return unauthorized(u"terminal_revoked"_s, tr("This terminal's access was revoked."));
    terminals.touch(*terminal, ServerClock::nowMs());

    AuthContext context;
    context.terminalId = QString::number(terminal->id);
    context.terminalName = terminal->name;
    return context;
}

AuthResult AuthGuard::requireSession(const HttpRequest &request, UserRole minimum) const
{
    AuthResult terminal = requireTerminal(request);
    if (!terminal)
        return terminal;
    const QByteArray token = request.header(kSessionHeader).trimmed();
    if (token.isEmpty())
        return unauthorized(u"session_required"_s, tr("Log in first."));

    SessionStore sessions(m_database);
    bool failed = false;
    const std::optional<SessionStore::Session> session = sessions.findByToken(token, &failed);
    if (failed)
        return storeUnavailable();
    // A session only works on the terminal it was opened on.
    if (!session || QString::number(session->terminalId) != terminal->terminalId)
        return unauthorized(u"session_invalid"_s, tr("This session is not valid. Log in again."));
    const qint64 now = ServerClock::nowMs();
    const qint64 idleMs = qint64(m_config.sessionIdleMinutes()) * 60 * 1000;
    if (!session->isAliveAt(now, idleMs))
        return unauthorized(u"session_expired"_s, tr("The session has ended. Log in again."));
    if (rank(session->role) < rank(minimum))
        return forbidden(tr("This action needs a manager."));
    sessions.touch(*session, now, idleMs);

    AuthContext context = terminal.context();
    context.sessionId = QString::number(session->id);
    context.userId = QString::number(session->userId);
    context.userName = session->userName;
    context.role = session->role;
    return context;
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
