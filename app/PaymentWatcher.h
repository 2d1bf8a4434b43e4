#pragma once

// Follows LigdiCash orders live until the server settles them: a long-poll (?wait=) per order,
// answered as soon as the status changes; when the server drops or is unreachable it retries
// with a growing back-off. When an order has waited longer than the payment timeout it makes one
// last check, says "not confirmed yet", and keeps watching at the long-poll pace, so a late
// payment is still seen.

#include "OrderUpdate.h"
#include "ServerError.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QNetworkReply;
class QTimer;
class ServerClient;

class PaymentWatcher : public QObject
{
    Q_OBJECT

public:
    explicit PaymentWatcher(ServerClient *client, QObject *parent = nullptr);
    ~PaymentWatcher() override;

    void setLongPollSeconds(int seconds) { m_longPollSeconds = seconds; }
    void setPaymentTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setBackoff(int initialMs, int maximumMs);
    // Pause between two polls when the server answers at once (wait = 0).
    void setMinimumInterval(int milliseconds) { m_minimumIntervalMs = milliseconds; }

    // Starts (or keeps) watching; a second call for the same order changes nothing.
    void watch(const QString &orderId);
    void stop(const QString &orderId);
    bool isWatching(const QString &orderId) const { return m_orders.contains(orderId); }
    QStringList watchedOrders() const { return m_orders.keys(); }
    // Polls now, skipping any back-off (e.g. when the server is known to be back).
    void pollNow(const QString &orderId);

Q_SIGNALS:
    void statusChanged(const QString &orderId, const OrderUpdate &update);
    // Paid, failed or cancelled: the order is no longer watched.
    void settled(const QString &orderId, const OrderUpdate &update);
    // The payment timeout passed and a last check still found it unpaid; watching continues.
    void notConfirmedYet(const QString &orderId);
    // The server could not be asked; retryInMs until the next try.
    void connectionTrouble(const QString &orderId, const ServerError &error, int retryInMs);

private:
    struct Watch
    {
        QDeadlineTimer deadline;
        bool timedOut = false;
        int backoffMs = 0;
        std::optional<OrderStatus> lastState; // none before the first answer
        QPointer<QNetworkReply> reply;
        QElapsedTimer sentAt;
        QTimer *timer = nullptr;
    };

    void poll(const QString &orderId);
    void schedule(const QString &orderId, int delayMs);
    void answered(const QString &orderId, bool lastCheck, const OrderUpdate &update,
                  const ServerError &error);

    ServerClient *m_client;
    QHash<QString, Watch> m_orders;
    int m_longPollSeconds = 25;
    int m_timeoutMs = 180000;
    int m_initialBackoffMs = 500;
    int m_maximumBackoffMs = 15000;
    int m_minimumIntervalMs = 1000;
};
