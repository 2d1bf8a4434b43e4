#pragma once

// The payments part of comptoir-server as a ServerModule: builds the LigdiCash client, the
// payment service, its HTTP routes, the long-poll waiters and the sweeper from the server's
// configuration, and wires them to the database, the metrics and (on PostgreSQL) LISTEN/NOTIFY.
// main.cpp adds it with app.addModule(std::make_unique<PaymentsModule>()).

#include "PaymentSettings.h"
#include "ServerModule.h"

#include <memory>

class LigdiCashClient;
class OrdersApi;
class PaymentService;
class PaymentSweeper;
class ServerConfig;

class PaymentsModule : public ServerModule
{
public:
    PaymentsModule();
    ~PaymentsModule() override;

    bool start(ServerApp &app, QString *error) override;
    void stop() override;

    PaymentService *service() const { return m_service.get(); }

    static PaymentSettings settingsFrom(const ServerConfig &config);

private:
    std::unique_ptr<LigdiCashClient> m_client;
    std::unique_ptr<PaymentService> m_service;
    std::unique_ptr<OrdersApi> m_api;
    std::unique_ptr<PaymentSweeper> m_sweeper;
};
