#pragma once

// A catalog item as the till sees it: what it is, how it is found (SKU, barcode) and its price.
// Inactive products stay in the catalog for history but cannot be sold.

#include "Money.h"
#include "contract/Result.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

class Product
{
public:
    Product() = default;
    Product(QString id, QString sku, QString barcode, QString name, QString category,
            Money unitPrice, bool active = true);

    const QString &id() const { return m_id; }
    const QString &sku() const { return m_sku; }
    const QString &barcode() const { return m_barcode; }
    const QString &name() const { return m_name; }
    const QString &category() const { return m_category; }
    Money unitPrice() const { return m_unitPrice; }
    bool isActive() const { return m_active; }

    void setId(const QString &id) { m_id = id; }
    void setSku(const QString &sku) { m_sku = sku; }
    void setBarcode(const QString &barcode) { m_barcode = barcode; }
    void setName(const QString &name) { m_name = name; }
    void setCategory(const QString &category) { m_category = category; }
    void setUnitPrice(Money price) { m_unitPrice = price; }
    void setActive(bool active) { m_active = active; }

    // Has an id and a name, and a price in [0, 2^53 - 1] francs.
    bool isValid() const;

    // {"id","sku","barcode","name","category","unit_price","active"}
    QJsonObject toJson() const;
    // Requires id, name, unit_price; sku, barcode, category optional; active defaults to true.
    static Result<Product> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const Product &, const Product &) = default;

private:
    QString m_id;
    QString m_sku;
    QString m_barcode;
    QString m_name;
    QString m_category;
    Money m_unitPrice;
    bool m_active = true;
};

Q_DECLARE_METATYPE(Product)
