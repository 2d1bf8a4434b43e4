#include "PaymentWatcher.h"

#include "ServerClient.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPaymentWatcher, "comptoir.app.paymentwatcher")

PaymentWatcher::PaymentWatcher(ServerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

PaymentWatcher::~PaymentWatcher()
{
    const QStringList ids = m_orders.keys();
    for (const QString &id : ids)
        stop(id);
}

void PaymentWatcher::setBackoff(int initialMs, int maximumMs)
{
    m_initialBackoffMs = initialMs;
    m_maximumBackoffMs = maximumMs;
}

void PaymentWatcher::watch(const QString &orderId)
{
    if (orderId.isEmpty() || m_orders.contains(orderId))
        return;
    Watch watch;
    watch.deadline = QDeadlineTimer(m_timeoutMs);
    watch.timer = new QTimer(this);
    watch.timer->setSingleShot(true);
    connect(watch.timer, &QTimer::timeout, this, [this, orderId] { poll(orderId); });
    m_orders.insert(orderId, watch);
    qCInfo(lcPaymentWatcher) << "watching order" << orderId;
    poll(orderId);
}

void PaymentWatcher::stop(const QString &orderId)
{
    const auto it = m_orders.find(orderId);
    if (it == m_orders.end())
        return;
    Watch watch = *it;
    m_orders.erase(it);
    delete watch.timer;
    if (watch.reply)
        watch.reply->abort(); // its callback finds the order gone and does nothing
}

void PaymentWatcher::pollNow(const QString &orderId)
{
    const auto it = m_orders.find(orderId);
    if (it == m_orders.end() || it->reply)
        return;
    it->timer->stop();
    poll(orderId);
}

void PaymentWatcher::schedule(const QString &orderId, int delayMs)
{
    const auto it = m_orders.find(orderId);
    if (it != m_orders.end())
        it->timer->start(delayMs);
}

void PaymentWatcher::poll(const QString &orderId)
{
    const auto it = m_orders.find(orderId);
    if (it == m_orders.end() || it->reply)
        return;
    // Past the deadline: one quick last check before telling the cashier.
    const bool lastCheck = !it->timedOut && it->deadline.hasExpired();
    int wait = m_longPollSeconds;
    if (lastCheck)
        wait = 0;
    else if (!it->timedOut)
        wait = int(qMin<qint64>(m_longPollSeconds, it->deadline.remainingTime() / 1000));
    it->sentAt.start();
    it->reply = m_client->orderStatus(
        orderId, wait, this,
        [this, orderId, lastCheck](const OrderUpdate &update, const ServerError &error) {
            answered(orderId, lastCheck, update, error);
        });
}

void PaymentWatcher::answered(const QString &orderId, bool lastCheck, const OrderUpdate &update,
                              const ServerError &error)
{
    auto it = m_orders.find(orderId);
    if (it == m_orders.end())
        return; // stopped meanwhile
    it->reply = nullptr;

    if (!error.isOk()) {
        it->backoffMs =
            it->backoffMs == 0 ? m_initialBackoffMs : qMin(it->backoffMs * 2, m_maximumBackoffMs);
        const int delay = it->backoffMs;
        qCInfo(lcPaymentWatcher) << "status check failed for" << orderId << "retry in" << delay;
        schedule(orderId, delay);
        Q_EMIT connectionTrouble(orderId, error, delay);
        return;
    }
    it->backoffMs = 0;
    const std::optional<OrderStatus> previous = it->lastState;
    it->lastState = update.state;
    const bool announceTimeout =
        !it->timedOut && (lastCheck || update.state == OrderStatus::Expired);
    if (announceTimeout)
        it->timedOut = true;
    // A long-poll that came back unchanged may go again at once; a quick answer is paced.
    const qint64 took = it->sentAt.elapsed();
    const bool final = isSettled(update.state);
    if (final)
        stop(orderId);
    else
        schedule(orderId, int(qMax<qint64>(0, m_minimumIntervalMs - took)));

    // Signals last: a receiver may stop or restart watching.
    if (update.state != previous)
        Q_EMIT statusChanged(orderId, update);
    if (final) {
        qCInfo(lcPaymentWatcher) << "order settled" << orderId << orderStatusToString(update.state);
        Q_EMIT settled(orderId, update);
    } else if (announceTimeout) {
        Q_EMIT notConfirmedYet(orderId);
    }
}
