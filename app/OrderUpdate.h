#pragma once

// What the server says about an order: its state, and when it is settled the details a
// receipt and the cashier need (why it failed, the LigdiCash reference and operator, whether a
// cancel lost to a payment).

#include "Money.h"
#include "OrderState.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

struct OrderUpdate
{
    QString orderId;
    OrderState state = OrderState::Unknown;
    QString reason;    // why it failed or was refused, as the server words it
    QString reference; // LigdiCash transaction reference once paid
    QString operatorName;
    QUrl paymentUrl;
    Money total;
    bool paymentWon = false; // a cancel arrived after the customer had paid
    bool paidLate = false;

    // Accepts {"order":{...}} or the order object itself.
    static OrderUpdate fromJson(const QJsonObject &object);
};
