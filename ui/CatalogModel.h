#pragma once

// Products matching the search field and the chosen category, read from the local catalog
// (CatalogCache) a page at a time: the grid shows the first page at once and fetchMore() brings
// the next when the cashier scrolls, so a broad search never loads 100 000 rows.

#include "domain/Product.h"

#include <QAbstractListModel>

class CatalogCache;

class CatalogModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ItemRole = Qt::UserRole + 1, PriceTextRole, IdRole };
    static constexpr int kPageSize = 60;

    explicit CatalogModel(CatalogCache *catalog, QObject *parent = nullptr);

    void setFilter(const QString &text, const QString &category);
    QString text() const { return m_text; }
    QString category() const { return m_category; }
    Product item(int row) const { return m_items.value(row); }
    // Reloads after the catalog changed.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    CatalogCache *m_catalog;
    QList<Product> m_items;
    QString m_text;
    QString m_category;
    bool m_more = false;
    bool m_resetting = false;
};
