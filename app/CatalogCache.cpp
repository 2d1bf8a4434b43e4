#include "CatalogCache.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCatalogCache, "comptoir.app.catalogcache")

namespace {

const QString kColumns = u"p.id, p.sku, p.barcode, p.name, p.category, p.price"_s;

Product readItem(const QSqlQuery &query)
{
    return Product(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                   query.value(3).toString(), query.value(4).toString(),
                   Money::fromFrancs(query.value(5).toLongLong()));
}

// "coca 33" -> "\"coca\"* \"33\"*": every word must start a word of name, SKU or barcode.
// Quotes make FTS5 read user text as plain tokens, never as its query syntax.
QString matchExpression(const QString &text)
{
    static const QRegularExpression separators(u"[\\s\\-_/.,;:'\"()*+^]+"_s);
    QStringList terms;
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words)
        terms.append(u'"' + word + u"\"*"_s);
    return terms.join(u' ');
}

} // namespace

CatalogCache::CatalogCache(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_connectionName(u"catalog-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_lastError = db.lastError().text();
        qCWarning(lcCatalogCache) << "cannot open catalog" << path << m_lastError;
        return;
    }
    createSchema();
}

CatalogCache::~CatalogCache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool CatalogCache::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool CatalogCache::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    const QStringList statements{
        u"PRAGMA journal_mode=WAL"_s,
        u"CREATE TABLE IF NOT EXISTS products(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL "
        "UNIQUE, sku TEXT NOT NULL DEFAULT '', barcode TEXT NOT NULL DEFAULT '', name TEXT NOT "
        "NULL, category TEXT NOT NULL DEFAULT '', price INTEGER NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS products_barcode ON products(barcode)"_s,
        u"CREATE INDEX IF NOT EXISTS products_sku ON products(sku COLLATE NOCASE)"_s,
        u"CREATE INDEX IF NOT EXISTS products_category ON products(category, name)"_s,
        u"CREATE INDEX IF NOT EXISTS products_name ON products(name)"_s,
        u"CREATE VIRTUAL TABLE IF NOT EXISTS products_fts USING fts5(name, sku, barcode, "
        "content='products', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', "
        "prefix='1 2 3')"_s,
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            m_lastError = query.lastError().text();
            qCWarning(lcCatalogCache) << "schema:" << m_lastError;
            return false;
        }
    }
    return true;
}

bool CatalogCache::replaceAll(const QList<Product> &items)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    auto fail = [&](const QSqlQuery &failed) {
        m_lastError = failed.lastError().text();
        qCWarning(lcCatalogCache) << "replace failed:" << m_lastError;
        db.rollback();
        return false;
    };
    if (!query.exec(u"DELETE FROM products"_s))
        return fail(query);
    if (!query.prepare(u"INSERT OR REPLACE INTO products(id, sku, barcode, name, category, "
                       "price) VALUES(?, ?, ?, ?, ?, ?)"_s))
        return fail(query);
    for (const Product &item : items) {
        query.bindValue(0, item.id());
        query.bindValue(1, item.sku());
        query.bindValue(2, item.barcode());
        query.bindValue(3, item.name());
        query.bindValue(4, item.category());
        query.bindValue(5, item.unitPrice().francs());
        if (!query.exec())
            return fail(query);
    }
    QSqlQuery rebuild(db);
    if (!rebuild.exec(u"INSERT INTO products_fts(products_fts) VALUES('rebuild')"_s))
        return fail(rebuild);
    if (!db.commit())
        return fail(query);
    qCInfo(lcCatalogCache) << "catalog replaced:" << items.size() << "products";
    Q_EMIT changed();
    return true;
}

int CatalogCache::count() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(u"SELECT COUNT(*) FROM products"_s) && query.next())
        return query.value(0).toInt();
    return 0;
}

std::optional<Product> CatalogCache::findExact(const QString &code) const
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // Two indexed lookups; a barcode match wins over a SKU that happens to look the same.
    query.prepare(u"SELECT "_s + kColumns + u" FROM products p WHERE p.barcode = ? "_s +
                  u"UNION ALL SELECT "_s + kColumns +
                  u" FROM products p WHERE p.sku = ? COLLATE NOCASE LIMIT 1"_s);
    query.addBindValue(trimmed);
    query.addBindValue(trimmed);
    if (query.exec() && query.next())
        return readItem(query);
    return std::nullopt;
}

std::optional<Product> CatalogCache::findById(const QString &id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT "_s + kColumns + u" FROM products p WHERE p.id = ?"_s);
    query.addBindValue(id);
    if (query.exec() && query.next())
        return readItem(query);
    return std::nullopt;
}

QList<Product> CatalogCache::search(const QString &text, const QString &category, int limit) const
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return inCategory(category, limit);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QString sql = u"SELECT "_s + kColumns +
                  u" FROM products_fts f JOIN products p ON p.rowid = f.rowid "
                  "WHERE products_fts MATCH ?"_s;
    if (!category.isEmpty())
        sql += u" AND p.category = ?"_s;
    sql += u" ORDER BY p.name LIMIT ?"_s;
    query.prepare(sql);
    query.addBindValue(match);
    if (!category.isEmpty())
        query.addBindValue(category);
    query.addBindValue(limit);
    QList<Product> items;
    if (!query.exec()) {
        qCWarning(lcCatalogCache) << "search failed:" << query.lastError().text();
        return items;
    }
    while (query.next())
        items.append(readItem(query));
    return items;
}

QList<Product> CatalogCache::inCategory(const QString &category, int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (category.isEmpty()) {
        query.prepare(u"SELECT "_s + kColumns + u" FROM products p ORDER BY p.name LIMIT ?"_s);
    } else {
        query.prepare(u"SELECT "_s + kColumns +
                      u" FROM products p WHERE p.category = ? ORDER BY p.name LIMIT ?"_s);
        query.addBindValue(category);
    }
    query.addBindValue(limit);
    QList<Product> items;
    if (query.exec()) {
        while (query.next())
            items.append(readItem(query));
    }
    return items;
}

QStringList CatalogCache::categories() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QStringList names;
    if (query.exec(u"SELECT DISTINCT category FROM products WHERE category != '' "
                   "ORDER BY category"_s)) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}
