#pragma once

// The long-polls of GET /api/v1/orders/{id}?wait=N: each holds a deferred responder until the
// order's status differs from what it was when the request arrived, or the wait ends. Waiters
// wake as soon as OrderChangeBus reports the order (a change in this process, or a PostgreSQL
// NOTIFY from another); a slow periodic re-read is the safety net for a lost notification.
// While an order has waiters it is also re-confirmed with LigdiCash (rate-limited per order).
// A client that goes away just drops its waiter.

#include "HttpResponder.h"
#include "OrderRecord.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

class Metrics;
class PaymentService;

class OrderWaiters : public QObject
{
    Q_OBJECT

public:
    using Render = std::function<HttpResponse(const OrderRecord &)>;

    OrderWaiters(PaymentService &service, Metrics &metrics, Render render,
                 QObject *parent = nullptr);
    ~OrderWaiters() override;

    void wait(const OrderRecord &order, int seconds, HttpResponder responder);
    int count() const { return int(m_waiters.size()); }
    // Answers every waiter with the order as it is (used when the server stops).
    void releaseAll();

private:
    struct Waiter
    {
        QString orderId;
        QString knownStatus;
        HttpResponder responder;
        QTimer *timer = nullptr;
    };

    void onChanged(const QString &orderId);
    void recheckAll();
    void finish(quint64 waiterId, const OrderRecord *order);
    void remove(quint64 waiterId);
    void publishCount();

    PaymentService &m_service;
    Metrics &m_metrics;
    Render m_render;
    QHash<quint64, Waiter> m_waiters;
    QHash<QString, QList<quint64>> m_byOrder;
    quint64 m_nextId = 1;
    QTimer m_recheck;
};
