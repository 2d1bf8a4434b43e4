#pragma once

// An order as the terminal sends it to the server: a client-generated UUID (so a retry is the
// same order, never a second one), the lines, the total, the method and for cash the amount
// tendered and the change. The same JSON is journaled locally before it is sent.

#include "Money.h"

#include "contract/CreateOrderRequest.h"
#include "contract/Result.h"
#include "domain/Cart.h"
#include "domain/CartLine.h"
#include "domain/PaymentMethod.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

struct OrderDraft
{
    QString id;
    PaymentMethod method = PaymentMethod::Cash;
    QList<CartLine> lines;
    Money total;
    Money tendered; // cash only
    Money change;   // cash only
    QDateTime createdAt;
    QString cashierId;

    // A new order for the cart's lines with a fresh UUID (the cart guarantees the total fits).
    static OrderDraft create(PaymentMethod method, const Cart &cart);
    static QString newId();

    // What POST /api/v1/orders expects (the contract's request).
    CreateOrderRequest toRequest() const;
    // The journal's copy (all fields, including tendered/change and the creation time).
    QJsonObject toJson() const;
    static Result<OrderDraft> fromJson(const QJsonObject &object);
};
