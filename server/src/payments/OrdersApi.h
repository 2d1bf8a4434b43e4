#pragma once

// The HTTP face of the payments module: /api/v1/orders (create, status with long-poll, start
// payment, cancel, timeline), the public LigdiCash callback endpoint and the managers' register
// of unmatched payments. It turns requests into PaymentService calls and ApiErrors into
// {"error":{...}} answers; it holds no payment logic itself.

#include "AuthGuard.h"
#include "HttpServer.h"
#include "OrderRecord.h"
#include "OrderStore.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

class Metrics;
class OrderWaiters;
class PaymentService;
struct ApiError;

class OrdersApi : public QObject
{
    Q_OBJECT

public:
    OrdersApi(PaymentService &service, AuthGuard &guard, Metrics &metrics,
              QObject *parent = nullptr);
    ~OrdersApi() override;

    void registerRoutes(HttpServer &http);
    OrderWaiters &waiters() { return *m_waiters; }

    // The order as terminals see it (core's OrderView, plus "reference"); never the token.
    static QJsonObject orderJson(const OrderRecord &order);
    static HttpResponse errorResponse(const ApiError &error);

private:
    void getOrder(const HttpRequest &request, HttpResponder responder);
    void startPayment(const HttpRequest &request, HttpResponder responder);
    void cancel(const HttpRequest &request, HttpResponder responder);
    HttpResponse createOrder(const HttpRequest &request);
    HttpResponse events(const HttpRequest &request);
    HttpResponse unmatched(const HttpRequest &request);
    void callback(const HttpRequest &request, HttpResponder responder);
    void flushCallbacks();
    static HttpResponse customerPage(const HttpRequest &request, bool cancelled);
    // The JSON object body, or the 400 to answer. An empty body reads as {}.
    static std::optional<QJsonObject> jsonBody(const HttpRequest &request, HttpResponse *refusal);

    PaymentService &m_service;
    AuthGuard &m_guard;
    Metrics &m_metrics;
    OrderWaiters *m_waiters;
    // Callbacks that arrived in this turn of the event loop: journaled together (group commit).
    QList<std::pair<OrderStore::JournalEntry, HttpResponder>> m_pendingCallbacks;
    bool m_flushScheduled = false;
};
