#pragma once

// A sale: created on the terminal from a Cart with a client-generated UUID (so a retried request
// is recognisably the same order), then moved through OrderStatus by the payment flow. Amounts are
// checked: the stated total must equal the sum of the lines, and cash change is computed, never
// typed. Status only changes through transitionTo(), which enforces the state machine.

#include "Cart.h"
#include "DomainLimits.h"
#include "Money.h"
#include "OrderLine.h"
#include "OrderStatus.h"
#include "PaymentMethod.h"
#include "contract/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

class Order
{
    Q_DECLARE_TR_FUNCTIONS(Order)

public:
    enum class [[nodiscard]] Error{
        None,
        NoId,              // the null UUID
        Empty,             // no lines
        TooManyLines,      // more than 200 lines
        InvalidLine,       // a quantity out of [1, 9999], or no product id / name
        LineTotalMismatch, // a line_total differs from unit_price x quantity
        TotalMismatch,     // the stated total differs from the sum of the lines
        TotalOverflow,     // a line or the sum exceeds 2^53 - 1 francs
        WrongCurrency,     // anything but "XOF"
        NotCash,           // cash fields on a LigdiCash order
        CashNotTendered,   // a cash order paid without the amount tendered
        InsufficientCash,  // tendered < total
        AlreadyInStatus,   // transitionTo(current status): idempotent repeat, nothing changed
        IllegalTransition, // not an edge of the state machine, or not for this payment method
        NotDraft, // content (e.g. cash tendered) can only change while the order is a draft
    };

    Order() = default;

    // A draft order with a new UUID, the cart's lines and total, and createdAt = updatedAt = now.
    static Order fromCart(const Cart &cart, PaymentMethod method, const QString &cashierId,
                          const QString &terminalId, const QDateTime &nowUtc,
                          const QUuid &id = QUuid::createUuid());

    const QUuid &id() const { return m_id; }
    // The id as sent on the wire: lower-case, without braces.
    QString idString() const;
    const QList<OrderLine> &lines() const { return m_lines; }
    // The stated total (what the customer is asked to pay).
    Money total() const { return m_total; }
    const QString &currency() const { return m_currency; }
    PaymentMethod method() const { return m_method; }
    const QString &cashierId() const { return m_cashierId; }
    const QString &terminalId() const { return m_terminalId; }
    const QDateTime &createdAt() const { return m_createdAt; }
    const QDateTime &updatedAt() const { return m_updatedAt; }
    // Invalid until paid.
    const QDateTime &paidAt() const { return m_paidAt; }
    OrderStatus status() const { return m_status; }
    // Cash orders only; std::nullopt until tendered.
    std::optional<Money> cashTendered() const { return m_cashTendered; }
    std::optional<Money> change() const { return m_change; }
    // Paid after we had stopped waiting (from expired or cancelled): a manager should look.
    bool isPaidLate() const { return m_paidLate; }
    // How many LigdiCash attempts were started (0 for cash or before the first).
    int paymentAttempt() const { return m_paymentAttempt; }

    void setId(const QUuid &id) { m_id = id; }
    void setLines(const QList<OrderLine> &lines) { m_lines = lines; }
    // Sets the stated total; validate() compares it with the lines.
    void setTotal(Money total) { m_total = total; }
    void setCurrency(const QString &currency) { m_currency = currency; }
    void setMethod(PaymentMethod method) { m_method = method; }
    void setCashierId(const QString &cashierId) { m_cashierId = cashierId; }
    void setTerminalId(const QString &terminalId) { m_terminalId = terminalId; }
    void setCreatedAt(const QDateTime &atUtc) { m_createdAt = atUtc.toUTC(); }
    void setUpdatedAt(const QDateTime &atUtc) { m_updatedAt = atUtc.toUTC(); }

    // Sum of the line totals, std::nullopt beyond 2^53 - 1 francs.
    std::optional<Money> computedTotal() const;
    // total := sum of lines. TotalOverflow leaves the order unchanged.
    Error recomputeTotal();
    // Everything the server checks before accepting an order: id, 1..200 consistent lines, total
    // == sum of lines, currency XOF, cash fields only on cash orders and enough cash tendered.
    Error validate() const;

    // Cash orders: records what the customer handed over and computes the change.
    // tendered < total is InsufficientCash and leaves the order unchanged; only while a draft.
    Error setCashTendered(Money tendered);

    // Moves to `to` if the state machine and the payment method allow it, stamping updatedAt
    // (and paidAt / paidLate / paymentAttempt as relevant). Draft -> paid is for cash only and
    // needs enough cash tendered; draft/failed -> awaiting_payment is for LigdiCash only.
    Error transitionTo(OrderStatus to, const QDateTime &atUtc);

    // For stores loading a persisted order: sets the status fields as they were saved, without
    // the state machine (which already ran when they were saved).
    void restoreStatus(OrderStatus status, const QDateTime &paidAt, bool paidLate,
                       int paymentAttempt);

    // Same id and same client-stated content (lines, total, currency, method, cash tendered):
    // a retried create is a no-op when this holds, a conflict otherwise. Status, timestamps and
    // server-side fields are ignored.
    bool hasSameContent(const Order &other) const;

    // Every field, timestamps in ISO 8601 UTC; used to journal and to store orders.
    QJsonObject toJson() const;
    // Checks types, ranges and that the status is a known one; not validate() (call it yourself).
    static Result<Order> fromJson(const QJsonObject &json);

    static QString errorMessage(Error error);

    friend bool operator==(const Order &, const Order &) = default;

private:
    QUuid m_id;
    QList<OrderLine> m_lines;
    Money m_total;
    QString m_currency = QString(DomainLimits::kCurrency);
    PaymentMethod m_method = PaymentMethod::Cash;
    QString m_cashierId;
    QString m_terminalId;
    QDateTime m_createdAt;
    QDateTime m_updatedAt;
    QDateTime m_paidAt;
    OrderStatus m_status = OrderStatus::Draft;
    std::optional<Money> m_cashTendered;
    std::optional<Money> m_change;
    bool m_paidLate = false;
    int m_paymentAttempt = 0;
};
