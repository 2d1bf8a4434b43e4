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

    explicit ProductStore(Database &database);

    // Inserts or updates the product with this id. Conflict: another product already has this
    // SKU or barcode. Failed: the database did not answer (errorString() on the Database).
    Outcome upsert(const Product &product, qint64 nowMs);
    // All products (active or not) ordered by id; only those changed at or after sinceMs when
    // given. Nothing on a database failure, with *failed set.
    QList<Entry> list(std::optional<qint64> sinceMs = std::nullopt, bool *failed = nullptr) const;

private:
    std::optional<Product> find(const QString &id, bool *failed) const;

    Database &m_database;
};
