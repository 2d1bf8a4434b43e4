#include "ProductStore.h"

#include "Database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kColumns = u"id, sku, barcode, name, category, unit_price, active, updated_at"_s;

ProductStore::Entry entryFrom(const QSqlQuery &query)
{
    ProductStore::Entry entry;
    entry.product =
        Product(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toString(),
                Money::fromFrancs(query.value(5).toLongLong()), query.value(6).toLongLong() != 0);
    entry.updatedAt = query.value(7).toLongLong();
    return entry;
}

QVariantList bindingsFor(const Product &product)
{
    return {product.sku(),
            product.barcode(),
            product.name(),
            product.category(),
            product.unitPrice().francs(),
            product.isActive() ? 1 : 0};
}

} // namespace

ProductStore::ProductStore(Database &database)
    : m_database(database)
{}

std::optional<Product> ProductStore::find(const QString &id, bool *failed) const
{
    auto query = m_database.exec(u"SELECT "_s + kColumns + u" FROM products WHERE id = ?"_s, {id});
    if (failed)
        *failed = !query;
    if (!query)
        return std::nullopt;
    if (!query->next())
        return std::nullopt;
    return entryFrom(*query).product;
}

ProductStore::Outcome ProductStore::upsert(const Product &product, qint64 nowMs)
{
    // Look first so an identical row keeps its updated_at (and a re-import is a no-op).
    bool failed = false;
    const std::optional<Product> existing = find(product.id(), &failed);
    if (failed)
        return Outcome::Failed;
    if (existing && *existing == product)
        return Outcome::Unchanged;

    // A SKU or barcode held by another product is refused rather than stolen; checked here
    // because a unique violation aborts the whole transaction on PostgreSQL.
    auto clash =
        m_database.exec(u"SELECT 1 FROM products WHERE id <> ? AND ((sku <> '' AND sku = ?) OR "
                        "(barcode <> '' AND barcode = ?))"_s,
                        {product.id(), product.sku(), product.barcode()});
    if (!clash)
        return Outcome::Failed;
    if (clash->next())
        return Outcome::Conflict;

    // Absent optional fields arrive as null strings; COALESCE stores them as '' (NOT NULL).
    QVariantList bindings = bindingsFor(product);
    bindings.append(nowMs);
    bindings.append(product.id());
    if (existing) {
        if (!m_database.exec(
                u"UPDATE products SET sku = COALESCE(?, ''), barcode = COALESCE(?, ''), "
                "name = ?, category = COALESCE(?, ''), unit_price = ?, active = ?, "
                "updated_at = ? WHERE id = ?"_s,
                bindings))
            return Outcome::Failed;
        return Outcome::Updated;
    }
    // Two importers racing on a new id: the second one's insert fails and it reports Failed;
    // running the import again then updates.
    if (!m_database.exec(
            u"INSERT INTO products (sku, barcode, name, category, unit_price, active, "
            "updated_at, id) "
            "VALUES (COALESCE(?, ''), COALESCE(?, ''), ?, COALESCE(?, ''), ?, ?, ?, ?)"_s,
            bindings))
        return Outcome::Failed;
    return Outcome::Inserted;
}

QList<ProductStore::Entry> ProductStore::list(std::optional<qint64> sinceMs, bool *failed) const
{
    QString sql = u"SELECT "_s + kColumns + u" FROM products"_s;
    QVariantList bindings;
    if (sinceMs) {
        sql += u" WHERE updated_at >= ?"_s;
        bindings.append(*sinceMs);
    }
    sql += u" ORDER BY id"_s;
    auto query = m_database.exec(sql, bindings);
    if (failed)
        *failed = !query;
    QList<Entry> entries;
    if (!query)
        return entries;
    while (query->next())
        entries.append(entryFrom(*query));
    return entries;
}

std::optional<Product> ProductStore::findByCode(const QString &sku, const QString &barcode,
                                                bool *failed) const
{
    if (failed)
        *failed = false;
    const QList<std::pair<QString, QString>> codes{{u"sku"_s, sku}, {u"barcode"_s, barcode}};
    for (const auto &[column, value] : codes) {
        if (value.isEmpty())
            continue;
        auto query = m_database.exec(
            u"SELECT "_s + kColumns + u" FROM products WHERE "_s + column + u" = ?"_s, {value});
        if (!query) {
            if (failed)
                *failed = true;
            return std::nullopt;
        }
        if (query->next())
            return entryFrom(*query).product;
    }
    return std::nullopt;
}

ProductStore::Clash ProductStore::clashFor(const Product &product, bool *failed) const
{
    if (failed)
        *failed = false;
    const QList<std::pair<QString, Clash>> codes{{u"sku"_s, Clash::Sku},
                                                 {u"barcode"_s, Clash::Barcode}};
    for (const auto &[column, clash] : codes) {
        const QString value = clash == Clash::Sku ? product.sku() : product.barcode();
        if (value.isEmpty())
            continue;
        auto query = m_database.exec(u"SELECT 1 FROM products WHERE id <> ? AND "_s + column +
                                         u" = ?"_s,
                                     {product.id(), value});
        if (!query) {
            if (failed)
                *failed = true;
            return Clash::None;
        }
        if (query->next())
            return clash;
    }
    return Clash::None;
}

QStringList ProductStore::categories(bool *failed) const
{
    auto query =
        m_database.exec(u"SELECT DISTINCT category FROM products WHERE category <> ''"_s);
    if (failed)
        *failed = !query;
    QStringList categories;
    while (query && query->next())
        categories.append(query->value(0).toString());
    std::sort(categories.begin(), categories.end(), [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return categories;
}
