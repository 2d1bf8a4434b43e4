#pragma once

// What the server says about an order: its status, and when it is settled the details a
// receipt and the cashier need (why it failed, the LigdiCash reference and operator, whether a
// cancel lost to a payment). Read from the contract's OrderView or StartPaymentReply.

#include "Money.h"
#include "domain/OrderStatus.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

struct OrderUpdate
{
    QString orderId;
    OrderStatus state = OrderStatus::Draft;
    QString reason;    // why it failed or was refused, as the server words it
    QString reference; // LigdiCash transaction reference once paid
    QString operatorName;
    QUrl paymentUrl;
    Money total;
    bool paymentWon = false; // a cancel arrived after the customer had paid
    bool paidLate = false;

    // Accepts {"order":{...}} or the order object itself: an OrderView (status, cancel, create
    // answers, with "payment_won" beside it after a cancel) or a StartPaymentReply. nullopt when
    // it is neither.
    static std::optional<OrderUpdate> fromJson(const QJsonObject &object);
};
