#pragma once

// The terminal's "never lose a sale" store, in local SQLite (WAL, synchronous FULL): the cart
// in progress, held carts, and every order the server has not yet settled or acknowledged
// (LigdiCash orders awaiting payment, cash sales waiting to be sent). Every change is written
// at once, so after a crash or restart the app finds everything again.

#include "OrderDraft.h"

#include "domain/Cart.h"
#include "domain/OrderStatus.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class SaleJournal : public QObject
{
    Q_OBJECT

public:
    struct SavedCart
    {
        QString id;
        QString label;
        QString orderId; // the order this cart is being paid with, if any
        ::Cart cart;
        QDateTime updatedAt;
    };

    struct JournaledOrder
    {
        OrderDraft draft;
        OrderStatus state = OrderStatus::AwaitingPayment;
        QUrl paymentUrl;        // hosted payment: LigdiCash's page
        QString customerNumber; // direct payin: the phone it was pushed to
        bool synced = false;
        int attempts = 0;
        QString lastError;

        // The server started a LigdiCash payment for it (hosted page or direct payin), so there
        // is something to watch; otherwise the start never finished and must be retried.
        bool paymentStarted() const { return paymentUrl.isValid() || !customerNumber.isEmpty(); }
    };

    explicit SaleJournal(const QString &path, QObject *parent = nullptr);
    ~SaleJournal() override;

    bool isOpen() const;
    QString lastError() const { return m_lastError; }

    bool saveCurrentCart(const ::Cart &cart, const QString &orderId);
    SavedCart currentCart() const;

    // Stores the cart as a held one; returns its id (empty on failure).
    QString hold(const ::Cart &cart, const QString &label);
    QList<SavedCart> heldCarts() const;
    // Removes the held cart and returns it (id empty when unknown).
    SavedCart takeHeld(const QString &id);

    bool recordOrder(const OrderDraft &draft, OrderStatus state);
    bool setOrderState(const QString &id, OrderStatus state);
    bool setPaymentUrl(const QString &id, const QUrl &url);
    // A direct payin reached the customer's phone.
    bool setPaymentPushed(const QString &id, const QString &customerNumber);
    bool markSynced(const QString &id);
    // The server refused the order for good (e.g. 409): kept for a manager, never resent.
    bool markRejected(const QString &id, const QString &error);
    bool recordAttempt(const QString &id, const QString &error);
    bool removeOrder(const QString &id);
    std::optional<JournaledOrder> order(const QString &id) const;
    // LigdiCash orders the server has not settled yet (awaiting payment or not confirmed yet).
    QList<JournaledOrder> awaitingOrders() const;
    // Orders not yet acknowledged by the server, oldest first.
    QList<JournaledOrder> unsyncedOrders() const;
    int unsyncedCount() const;

Q_SIGNALS:
    void ordersChanged();

private:
    bool exec(const QString &sql, const QVariantList &values = {});
    bool hasColumn(const QString &table, const QString &column) const;

    QString m_connectionName;
    QString m_lastError;
};
