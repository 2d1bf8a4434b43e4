#pragma once

// One line of a cart: which product, how many, at what unit price. The name and codes are kept
// so a journaled cart and a receipt read the same even if the catalog changes meanwhile.

#include "CatalogItem.h"
#include "Money.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct SaleLine
{
    QString productId;
    QString sku;
    QString barcode;
    QString name;
    int quantity = 0;
    Money unitPrice;

    static SaleLine fromItem(const CatalogItem &item, int quantity);
    // quantity × unit price; nullopt on overflow.
    std::optional<Money> lineTotal() const;

    QJsonObject toJson() const;
    static std::optional<SaleLine> fromJson(const QJsonObject &object);

    static QJsonArray toJsonArray(const QList<SaleLine> &lines);
    static QList<SaleLine> fromJsonArray(const QJsonArray &array);
    // Sum of the line totals; nullopt on overflow.
    static std::optional<Money> total(const QList<SaleLine> &lines);

    friend bool operator==(const SaleLine &, const SaleLine &) = default;
};
