#pragma once

// The terminal's "never lose a sale" store, in local SQLite (WAL, synchronous FULL): the cart
// in progress, held carts, and every order the server has not yet settled or acknowledged
// (LigdiCash orders awaiting payment, cash sales waiting to be sent). Every change is written
// at once, so after a crash or restart the app finds everything again.

#include "OrderDraft.h"
#include "OrderState.h"
#include "SaleLine.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class SaleJournal : public QObject
{
    Q_OBJECT

public:
    struct Cart
    {
        QString id;
        QString label;
        QString orderId; // the order this cart is being paid with, if any
        QList<SaleLine> lines;
        QDateTime updatedAt;
    };

    struct JournaledOrder
    {
        OrderDraft draft;
        OrderState state = OrderState::Unknown;
        QUrl paymentUrl;
        bool synced = false;
        int attempts = 0;
        QString lastError;
    };

    explicit SaleJournal(const QString &path, QObject *parent = nullptr);
    ~SaleJournal() override;

    bool isOpen() const;
    QString lastError() const { return m_lastError; }

    bool saveCurrentCart(const QList<SaleLine> &lines, const QString &orderId);
    Cart currentCart() const;

    // Stores lines as a held cart; returns its id (empty on failure).
    QString hold(const QList<SaleLine> &lines, const QString &label);
    QList<Cart> heldCarts() const;
    // Removes the held cart and returns it (id empty when unknown).
    Cart takeHeld(const QString &id);

    bool recordOrder(const OrderDraft &draft, OrderState state);
    bool setOrderState(const QString &id, OrderState state);
    bool setPaymentUrl(const QString &id, const QUrl &url);
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

    QString m_connectionName;
    QString m_lastError;
};
