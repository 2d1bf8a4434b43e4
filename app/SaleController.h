#pragma once

// The sale at the counter: the cart being built, its journal, and its payment. Every change of
// the cart is journaled at once. While a LigdiCash payment is in flight the cart is locked: no
// line changes until the payment is settled or safely cancelled. The order id is created once per
// payment attempt and reused by every retry, so a double Enter, a double click or a retry never
// makes a second order or a second invoice. Cash sales go through the offline CashJournal and
// complete at once, whether the server is reachable or not.

#include "OrderDraft.h"
#include "OrderUpdate.h"
#include "SaleJournal.h"

#include "domain/Cart.h"
#include "domain/CartLine.h"
#include "domain/Product.h"

#include <QList>
#include <QObject>

#include <optional>

class CashJournal;
class PaymentWatcher;
class ServerClient;

class SaleController : public QObject
{
    Q_OBJECT

public:
    enum class PaymentPhase {
        None,
        CreatingOrder,      // asking the server for the order and its payment URL
        StartFailed,        // that failed; retry (same order) or cancel
        WaitingForCustomer, // the URL is shown; the watcher follows the order
        Cancelling,
    };
    Q_ENUM(PaymentPhase)

    SaleController(SaleJournal *journal, ServerClient *client, CashJournal *cash,
                   PaymentWatcher *watcher, QObject *parent = nullptr);

    const Cart &cart() const { return m_cart; }
    const QList<CartLine> &lines() const { return m_cart.lines(); }
    bool isEmpty() const { return m_cart.isEmpty(); }
    // Always representable: the cart refuses changes that would overflow it.
    Money total() const { return m_cart.total(); }
    bool isLocked() const { return !m_orderId.isEmpty(); }
    PaymentPhase phase() const { return m_phase; }
    QString pendingOrderId() const { return m_orderId; }
    std::optional<OrderDraft> pendingOrder() const;
    void setCashierId(const QString &id) { m_cashierId = id; }

    // Brings back the journaled cart and resumes watching every order awaiting payment.
    void restore();

    // Cart edits; each returns false (and emits error) when refused, e.g. while locked.
    bool addItem(const Product &item, int quantity = 1);
    bool setQuantity(int row, int quantity);
    bool increment(int row);
    bool decrement(int row);
    bool removeLine(int row);
    bool clear();

    // Puts the cart aside for later; returns the held cart's id.
    QString hold(const QString &label = {});
    QList<SaleJournal::SavedCart> heldSales() const;
    // Brings a held cart back; the cart in progress, if any, is held in its place.
    bool resume(const QString &heldId);

    // Starts (or, on a repeat call, continues) a LigdiCash payment; returns the order id. With a
    // customer number it is a direct payin, approved on the customer's phone.
    QString payByLigdiCash(const QString &customerNumber = {}, const QString &otp = {});
    QString customerNumber() const { return m_customerNumber; }
    // The LigdiCash page of the payment in flight (empty for a direct payin or before it starts).
    QUrl paymentUrl() const { return m_paymentUrl; }
    // Records a cash sale; nullopt when refused (empty or locked cart, too little tendered).
    std::optional<OrderDraft> payCash(Money tendered);
    // Cancels the payment in flight. If the customer paid meanwhile, the payment wins.
    void cancelPayment();
    // After "not confirmed yet": frees the counter; the order stays watched in the awaiting list.
    bool setAside();
    QList<SaleJournal::JournaledOrder> awaitingOrders() const;

Q_SIGNALS:
    void lineInserted(int row);
    void lineChanged(int row);
    void lineRemoved(int row);
    void cartReset();
    void totalChanged();
    void lockedChanged(bool locked);
    void phaseChanged(SaleController::PaymentPhase phase);
    void paymentUrlReady(const QString &orderId, const QUrl &url);
    // A direct payin reached the customer's phone; waiting for their approval.
    void paymentPushed(const QString &orderId, const QString &customerNumber);
    void paymentStartFailed(const QString &orderId, const QString &message);
    // Paid, failed or cancelled, for the order at the counter.
    void paymentSettled(const QString &orderId, const OrderUpdate &update);
    void paymentNotConfirmedYet(const QString &orderId);
    // An order set aside earlier was settled.
    void awaitingOrderSettled(const QString &orderId, const OrderUpdate &update);
    void awaitingOrdersChanged();
    void saleCompleted(const OrderDraft &order, const OrderUpdate &update);
    void error(const QString &message);

private:
    bool refuseIfLocked();
    void journalCart();
    void setPhase(PaymentPhase phase);
    void startOnServer();
    void unlock();
    void completeCurrentSale(const OrderUpdate &update);
    void onSettled(const QString &orderId, const OrderUpdate &update);
    void resetCart(const Cart &cart);
    // Reports a refused cart change; true when it was refused.
    bool refused(Cart::Error error);

    SaleJournal *m_journal;
    ServerClient *m_client;
    CashJournal *m_cash;
    PaymentWatcher *m_watcher;
    Cart m_cart;
    QString m_orderId;
    std::optional<OrderDraft> m_draft;
    PaymentPhase m_phase = PaymentPhase::None;
    QString m_cashierId;
    QString m_customerNumber;
    QUrl m_paymentUrl;
    QString m_otp;
};
