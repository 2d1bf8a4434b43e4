#pragma once

// One product as the terminal sees it in its local catalog copy: what the scanner matches
// (barcode, SKU), what the cashier reads (name, category) and the unit price in XOF.

#include "Money.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

struct CatalogItem
{
    QString id;
    QString sku;
    QString barcode;
    QString name;
    QString category;
    Money price;

    // Reads one product of the server's catalog; nullopt when id, name or price are missing.
    static std::optional<CatalogItem> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const CatalogItem &, const CatalogItem &) = default;
};

Q_DECLARE_METATYPE(CatalogItem)
