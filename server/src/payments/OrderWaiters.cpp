#include "OrderWaiters.h"

#include "Metrics.h"
#include "PaymentService.h"

using namespace Qt::StringLiterals;

namespace {

// Safety net for a missed notification, and the pace of re-confirming awaited orders.
constexpr int recheckIntervalMs = 1000;

} // namespace

OrderWaiters::OrderWaiters(PaymentService &service, Metrics &metrics, Render render,
                           QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_metrics(metrics)
    , m_render(std::move(render))
{
    connect(&service.bus(), &OrderChangeBus::orderChanged, this, &OrderWaiters::onChanged);
    m_recheck.setInterval(recheckIntervalMs);
    connect(&m_recheck, &QTimer::timeout, this, &OrderWaiters::recheckAll);
}

OrderWaiters::~OrderWaiters()
{
    releaseAll();
}

void OrderWaiters::wait(const OrderRecord &order, int seconds, HttpResponder responder)
{
    const quint64 id = m_nextId++;
    Waiter waiter{order.id, order.status, responder, new QTimer(this)};
    waiter.timer->setSingleShot(true);
    connect(waiter.timer, &QTimer::timeout, this, [this, id] { finish(id, nullptr); });
    waiter.timer->start(seconds * 1000);
    m_waiters.insert(id, waiter);
    m_byOrder[order.id].append(id);
    responder.onDisconnected(this, [this, id] { remove(id); });
    if (!m_recheck.isActive())
        m_recheck.start();
    publishCount();
}

void OrderWaiters::onChanged(const QString &orderId)
{
    const auto it = m_byOrder.constFind(orderId);
    if (it == m_byOrder.cend())
        return;
    const PaymentService::Outcome found = m_service.find(orderId);
    if (!found.ok())
        return;
    const QList<quint64> ids = *it;
    for (quint64 id : ids) {
        const auto waiter = m_waiters.constFind(id);
        if (waiter != m_waiters.cend() && waiter->knownStatus != found.order->status)
            finish(id, &*found.order);
    }
}

void OrderWaiters::recheckAll()
{
    if (m_byOrder.isEmpty()) {
        m_recheck.stop();
        return;
    }
    const QList<QString> orders = m_byOrder.keys();
    for (const QString &orderId : orders) {
        m_service.refreshIfDue(orderId);
        onChanged(orderId);
    }
}

void OrderWaiters::finish(quint64 waiterId, const OrderRecord *order)
{
    const auto it = m_waiters.constFind(waiterId);
    if (it == m_waiters.cend())
        return;
    const HttpResponder responder = it->responder;
    const QString orderId = it->orderId;
    remove(waiterId);
    if (order) {
        responder.send(m_render(*order));
        return;
    }
    const PaymentService::Outcome found = m_service.find(orderId);
    if (found.ok())
        responder.send(m_render(*found.order));
    else
        responder.send(HttpResponse::error(found.error->httpStatus(), found.error->code,
                                           found.error->message));
}

void OrderWaiters::remove(quint64 waiterId)
{
    const auto it = m_waiters.find(waiterId);
    if (it == m_waiters.end())
        return;
    it->timer->stop();
    it->timer->deleteLater();
    auto byOrder = m_byOrder.find(it->orderId);
    if (byOrder != m_byOrder.end()) {
        byOrder->removeAll(waiterId);
        if (byOrder->isEmpty())
            m_byOrder.erase(byOrder);
    }
    m_waiters.erase(it);
    publishCount();
}

void OrderWaiters::releaseAll()
{
    const QList<quint64> ids = m_waiters.keys();
    for (quint64 id : ids)
        finish(id, nullptr);
}

void OrderWaiters::publishCount()
{
    m_metrics.set(u"comptoir_longpolls_waiting"_s, {}, double(m_waiters.size()));
}
