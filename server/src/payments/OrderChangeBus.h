#pragma once

// Tells whoever waits on an order (long-polls) that its status may have changed. Changes made in
// this process are published directly; on PostgreSQL the bus also LISTENs to the channel the
// store NOTIFYs inside each status-changing transaction, so a long-poll held by one server
// process wakes when another process records the payment.

#include <QObject>
#include <QSqlDriver>
#include <QString>

class OrderChangeBus : public QObject
{
    Q_OBJECT

public:
    explicit OrderChangeBus(QObject *parent = nullptr);

    // Subscribes to PostgreSQL notifications on the connection (no-op for SQLite).
    // Returns false when the subscription failed (cross-process wake-ups then rely on polling).
    bool listen(const QString &connectionName, const QString &channel);
    bool isListening() const { return m_listening; }

    void publish(const QString &orderId);

Q_SIGNALS:
    void orderChanged(const QString &orderId);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);

    QString m_channel;
    bool m_listening = false;
};
