#pragma once

// The managers' side of the unmatched-payments register (docs/manager-api.md, "Unmatched
// payments"): mark an entry reviewed with a note, and look up what LigdiCash's confirm says for
// the token the callback carried. That answer is stored for the manager to read and nothing
// else: an unmatched payment never makes any order paid. The list itself is served by the
// payments module (OrderStore::unmatched), which reads the columns written here.

#include "HttpRequest.h"
#include "HttpResponder.h"
#include "HttpResponse.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class HttpServer;
class LigdiCashClient;
class ServerApp;

class UnmatchedAdminApi
{
    Q_DECLARE_TR_FUNCTIONS(UnmatchedAdminApi)

public:
    UnmatchedAdminApi(ServerApp &app, LigdiCashClient &client);

    void registerRoutes(HttpServer &http);

private:
    HttpResponse review(const HttpRequest &request);
    void check(const HttpRequest &request, HttpResponder responder);
    // The entry as the list shows it, or nothing when there is none with this id.
    std::optional<QJsonObject> entry(qint64 id, bool *failed) const;

    ServerApp &m_app;
    LigdiCashClient &m_client;
};
