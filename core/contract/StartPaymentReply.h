#pragma once

// The answer to StartPaymentRequest: the order's new status and, for a hosted payment, the URL of
// LigdiCash's page to open for the customer.

#include "Result.h"
#include "domain/OrderStatus.h"

#include <QJsonObject>
#include <QUrl>
#include <QUuid>

struct StartPaymentReply
{
    QUuid orderId;
    OrderStatus status = OrderStatus::AwaitingPayment;
    QUrl paymentUrl; // empty for a direct payment
    int paymentAttempt = 0;

    // {"id","status"[,"payment_url"],"payment_attempt"}
    QJsonObject toJson() const;
    static Result<StartPaymentReply> fromJson(const QJsonObject &json);

    friend bool operator==(const StartPaymentReply &, const StartPaymentReply &) = default;
};
