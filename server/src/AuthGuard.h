#pragma once

// Decides who may call an endpoint. It resolves "Authorization: Bearer <terminal token>" and
// "X-Comptoir-Session: <session token>" against the store into an AuthContext, or into the
// response to send instead: 401 for a missing, wrong or revoked terminal token or a missing,
// expired or idle session, 403 when the session's role is not enough. Roles are enforced here,
// whatever the terminal's UI shows. Typical use in a route:
//
//     const AuthResult auth = app.guard().requireSession(request, UserRole::Manager);
//     if (!auth)
//         return auth.response();
//     use(auth->terminalId, auth->userId);

#include "AuthResult.h"
#include "HttpRequest.h"

#include <QCoreApplication>

class Database;
class ServerConfig;

class AuthGuard
{
    Q_DECLARE_TR_FUNCTIONS(AuthGuard)

public:
    static constexpr QByteArrayView kSessionHeader = "X-Comptoir-Session";

    AuthGuard(Database &database, const ServerConfig &config);

    // A valid, unrevoked terminal token; the session header is ignored.
    AuthResult requireTerminal(const HttpRequest &request) const;
    // A valid terminal token and a live session opened on that terminal whose role is at least
    // `minimum` (Manager > Cashier). Refreshes the session's idle timer.
    AuthResult requireSession(const HttpRequest &request,
                              UserRole minimum = UserRole::Cashier) const;
    AuthResult requireManager(const HttpRequest &request) const
    {
        return requireSession(request, UserRole::Manager);
    }

    static HttpResponse unauthorized(const QString &code, const QString &message);
    static HttpResponse forbidden(const QString &message);

private:
    Database &m_database;
    const ServerConfig &m_config;
};
