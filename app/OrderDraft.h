#pragma once

// An order as the terminal sends it to the server: a client-generated UUID (so a retry is the
// same order, never a second one), the lines, the total, the method and for cash the amount
// tendered and the change. The same JSON is journaled locally before it is sent.

#include "Money.h"
#include "SaleLine.h"

#include "contract/CreateOrderRequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct OrderDraft
{
    enum class Method { Cash, LigdiCash };

    QString id;
    Method method = Method::Cash;
    QList<SaleLine> lines;
    Money total;
    Money tendered; // cash only
    Money change;   // cash only
    QDateTime createdAt;
    QString cashierId;

    // A new order for these lines with a fresh UUID; nullopt when the total overflows.
    static std::optional<OrderDraft> create(Method method, const QList<SaleLine> &lines);
    static QString newId();

    // What POST /api/v1/orders expects (the contract's request).
    CreateOrderRequest toRequest() const;
    // The journal's copy (all fields, including tendered/change and the creation time).
    QJsonObject toJson() const;
    static std::optional<OrderDraft> fromJson(const QJsonObject &object);
    static QString methodToWire(Method method);
};
