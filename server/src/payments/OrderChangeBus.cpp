#include "OrderChangeBus.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOrderChangeBus, "comptoir.payments.orderchangebus", QtInfoMsg)

OrderChangeBus::OrderChangeBus(QObject *parent)
    : QObject(parent)
{}

bool OrderChangeBus::listen(const QString &connectionName, const QString &channel)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.isValid() || db.driverName() != "QPSQL"_L1)
        return false;
    QSqlDriver *driver = db.driver();
    if (!driver->hasFeature(QSqlDriver::EventNotifications)) {
        qCWarning(lcOrderChangeBus) << "the database driver cannot deliver notifications";
        return false;
    }
    m_channel = channel;
    connect(driver, &QSqlDriver::notification, this, &OrderChangeBus::onNotification,
            Qt::UniqueConnection);
    m_listening = driver->subscribeToNotification(channel);
    if (!m_listening)
        qCWarning(lcOrderChangeBus) << "LISTEN failed:" << driver->lastError().text();
    return m_listening;
}

void OrderChangeBus::publish(const QString &orderId)
{
    Q_EMIT orderChanged(orderId);
}

void OrderChangeBus::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                    const QVariant &payload)
{
    qCDebug(lcOrderChangeBus) << "notification" << name << int(source) << payload;
    if (name != m_channel)
        return;
    const QString orderId = payload.toString();
    if (!orderId.isEmpty())
        Q_EMIT orderChanged(orderId);
}
