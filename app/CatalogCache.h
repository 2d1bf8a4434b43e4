#pragma once

// The terminal's local copy of the server's catalog, in SQLite, so that search and scanning stay
// instant and work offline. A scan is an exact, indexed barcode/SKU lookup; typing searches
// name, SKU and barcode through an FTS5 prefix index, never a scan in C++ over every row, so it
// stays instant with 100 000 products.

#include "domain/Product.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class CatalogCache : public QObject
{
    Q_OBJECT

public:
    // path: the SQLite file; ":memory:" for a throwaway cache.
    explicit CatalogCache(const QString &path, QObject *parent = nullptr);
    ~CatalogCache() override;

    bool isOpen() const;
    QString path() const { return m_path; }
    // Another connection (a worker thread) changed the file: tell the views.
    void notifyChanged() { Q_EMIT changed(); }
    QString lastError() const { return m_lastError; }

    // Replaces the whole catalog in one transaction; the old copy stays if anything fails.
    bool replaceAll(const QList<Product> &items);
    int count() const;

    // The product whose barcode or SKU (case-insensitive) is exactly code.
    std::optional<Product> findExact(const QString &code) const;
    std::optional<Product> findById(const QString &id) const;
    // Products whose name, SKU or barcode words start with every typed word (accents ignored),
    // optionally within one category; sorted by name.
    QList<Product> search(const QString &text, const QString &category = {}, int limit = 200) const;
    QList<Product> inCategory(const QString &category, int limit = 200) const;
    QStringList categories() const;

Q_SIGNALS:
    void changed();

private:
    bool createSchema();

    QString m_path;
    QString m_connectionName;
    QString m_lastError;
};
