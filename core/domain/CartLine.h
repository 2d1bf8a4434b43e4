#pragma once

// One line of a cart: a product, how many, and the unit price captured when it was first added
// (a price change in the catalog does not reprice a sale in progress). The name, SKU and barcode
// are copied too, so a journaled cart and a receipt read the same whatever the catalog becomes.

#include "Money.h"
#include "Product.h"
#include "contract/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

struct CartLine
{
    QString productId;
    QString sku;
    QString name;
    Money unitPrice;
    int quantity = 0;
    QString barcode;

    // A line for quantity of product, at its current price.
    static CartLine fromProduct(const Product &product, int quantity);

    // unitPrice x quantity; std::nullopt on overflow (a Cart never holds such a line).
    std::optional<Money> total() const;

    // {"product_id","sku","name","unit_price","quantity"[,"barcode"]}
    QJsonObject toJson() const;
    static Result<CartLine> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const CartLine &, const CartLine &) = default;
};
