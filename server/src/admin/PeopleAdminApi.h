#pragma once

// The managers' people and terminals endpoints (docs/manager-api.md, "People and terminals"):
// add people, reset a PIN (which lifts a lockout and ends their sessions), disable and enable
// them (never oneself, never the last active manager), add terminals (the token is shown once),
// rename and revoke them (never the one asking). Every change is audited.

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "TerminalStore.h"
#include "UserStore.h"

#include <QCoreApplication>
#include <QJsonObject>

class HttpServer;
class ServerApp;

class PeopleAdminApi
{
    Q_DECLARE_TR_FUNCTIONS(PeopleAdminApi)

public:
    explicit PeopleAdminApi(ServerApp &app);

    void registerRoutes(HttpServer &http);

    static QJsonObject userJson(const UserStore::User &user, qint64 now);
    static QJsonObject terminalJson(const TerminalStore::Terminal &terminal);
    // Why the caller (callerId) may not disable target: "self", "last_manager" (target is an
    // active manager and activeManagers counts no other), or empty when they may.
    static QString disableRefusal(const UserStore::User &target, const QString &callerId,
                                  qsizetype activeManagers);

private:
    HttpResponse listUsers(const HttpRequest &request);
    HttpResponse addUser(const HttpRequest &request);
    HttpResponse setPin(const HttpRequest &request);
    HttpResponse setActive(const HttpRequest &request, bool active);
    HttpResponse listTerminals(const HttpRequest &request);
    HttpResponse addTerminal(const HttpRequest &request);
    HttpResponse renameTerminal(const HttpRequest &request);
    HttpResponse revokeTerminal(const HttpRequest &request);

    ServerApp &m_app;
};
