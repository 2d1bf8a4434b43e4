#pragma once

// The people side of /api/v1: the login screen's user list (GET /api/v1/users, terminal token),
// login (POST /api/v1/sessions {user, pin} -> session token, role, name) with the PIN lockout,
// and logout (DELETE /api/v1/sessions/current). Every login outcome is audited and counted.

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QCoreApplication>

class AuthGuard;
class Database;
class HttpServer;
class Metrics;
class PinHasher;
class ServerConfig;

class AuthRoutes
{
    Q_DECLARE_TR_FUNCTIONS(AuthRoutes)

public:
    AuthRoutes(Database &database, const ServerConfig &config, const AuthGuard &guard,
               const PinHasher &pinHasher, Metrics &metrics);

    void registerOn(HttpServer &http);

    HttpResponse listUsers(const HttpRequest &request);
    HttpResponse login(const HttpRequest &request);
    HttpResponse logout(const HttpRequest &request);

private:
    Database &m_database;
    const ServerConfig &m_config;
    const AuthGuard &m_guard;
    const PinHasher &m_pinHasher;
    Metrics &m_metrics;
};
