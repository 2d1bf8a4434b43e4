#pragma once

// The products table: the catalog the server masters and terminals download. Rows are upserted
// by id and their updated_at only moves when something changed, so a re-import of the same file
// changes nothing and "changed since" stays meaningful. Products are never deleted: a product
// leaves the till by becoming inactive.

#include "domain/Product.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

class ProductStore
{
public:
    struct Entry
    {
        Product product;
        qint64 updatedAt = 0; // ms since the epoch (UTC)
    };

    enum class Outcome { Inserted, Updated, Unchanged, Conflict, Failed };
    // Which unique code of a product another product already holds.
    enum class Clash { None, Sku, Barcode };

    explicit ProductStore(Database &database);

    // Inserts or updates the product with this id. Conflict: another product already has this
    // SKU or barcode. Failed: the database did not answer (errorString() on the Database).
    Outcome upsert(const Product &product, qint64 nowMs);
    // All products (active or not) ordered by id; only those changed at or after sinceMs when
    // given. Nothing on a database failure, with *failed set.
    QList<Entry> list(std::optional<qint64> sinceMs = std::nullopt, bool *failed = nullptr) const;
    std::optional<Product> find(const QString &id, bool *failed = nullptr) const;
    // The product holding this SKU, else the one holding this barcode (how a catalog file's row
    // finds the product it updates); empty codes match nothing.
    std::optional<Product> findByCode(const QString &sku, const QString &barcode,
                                      bool *failed = nullptr) const;
    // Whether another product (not product.id()) holds product's SKU or barcode; the SKU is
    // checked first. Lets an editor say which field is taken before upsert() refuses it.
    Clash clashFor(const Product &product, bool *failed = nullptr) const;
    // The distinct non-empty categories, sorted case-insensitively.
    QStringList categories(bool *failed = nullptr) const;

private:

    Database &m_database;
};
