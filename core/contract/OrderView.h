#pragma once

// What the server tells a terminal about an order (GET /api/v1/orders/{id}, and the body of
// create/list answers). Deliberately has no LigdiCash token: the token lets anyone confirm, so it
// never leaves the server.

#include "ApiError.h"
#include "Money.h"
#include "Result.h"
#include "domain/Order.h"
#include "domain/OrderLine.h"
#include "domain/OrderStatus.h"
#include "domain/PaymentMethod.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

struct OrderView
{
    QUuid id;
    OrderStatus status = OrderStatus::Draft;
    Money total;
    QString currency = QStringLiteral("XOF");
    PaymentMethod method = PaymentMethod::Cash;
    QList<OrderLine> lines; // may be empty in list/status answers
    QUrl paymentUrl;        // hosted LigdiCash page while awaiting payment
    QString operatorName;   // e.g. "ORANGE BURKINA", once LigdiCash knows it
    QString reference;      // LigdiCash's transaction reference once paid (printed on receipts)
    QString customerNumber; // payer number, once LigdiCash knows it
    std::optional<Money> cashTendered;
    std::optional<Money> change;
    QString cashierId;
    QString terminalId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime paidAt;            // invalid until paid
    bool paidLate = false;       // paid after expired/cancelled: a manager should look
    bool amountMismatch = false; // LigdiCash confirmed another amount: NOT paid, investigate
    int paymentAttempt = 0;
    std::optional<ApiError> lastError; // the last payment problem, for the cashier to read

    // The server-side fields (payment url, operator...) are left empty.
    static OrderView fromOrder(const Order &order);

    // {"id","status","total","currency","method","lines","payment_url","operator_name",
    //  "reference","customer_number","cash_tendered","change","cashier_id","terminal_id","created_at",
    //  "updated_at","paid_at","paid_late","amount_mismatch","payment_attempt","last_error"}
    // Optional fields are omitted when empty.
    QJsonObject toJson() const;
    static Result<OrderView> fromJson(const QJsonObject &json);

    friend bool operator==(const OrderView &, const OrderView &) = default;
};

// GET /api/v1/orders/{id} answers the full view: one shape, one parser.
using OrderStatusReply = OrderView;
