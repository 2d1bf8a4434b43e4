#pragma once

// One line of an order as sent to and stored by the server: the stated lineTotal travels with the
// line so that the server can check unitPrice x quantity itself and refuse a mismatch.

#include "CartLine.h"
#include "Money.h"
#include "contract/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

struct OrderLine
{
    QString productId;
    QString name;
    int quantity = 0;
    Money unitPrice;
    Money lineTotal;

    // From a cart line (a Cart guarantees the product cannot overflow).
    static OrderLine fromCartLine(const CartLine &line);

    // unitPrice x quantity, std::nullopt on overflow.
    std::optional<Money> computedTotal() const;
    // quantity in range and lineTotal == unitPrice x quantity.
    bool isConsistent() const;

    // {"product_id","name","quantity","unit_price","line_total"}
    QJsonObject toJson() const;
    // Checks types and ranges; consistency of line_total is Order::validate()'s job, so that the
    // server can answer "validation_failed" rather than "bad_request".
    static Result<OrderLine> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const OrderLine &, const OrderLine &) = default;
};
