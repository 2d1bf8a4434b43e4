#pragma once

// The back office's product table: every product of the server's catalog, inactive ones
// included, one row each. A saved product replaces its row (or is appended) rather than
// resetting the table, so the manager's selection and scroll survive an edit.

#include "IdRowsTableModel.h"
#include "domain/Product.h"

class CatalogProductModel : public IdRowsTableModel<Product>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CategoryColumn,
        PriceColumn,
        SkuColumn,
        BarcodeColumn,
        ActiveColumn,
        ColumnCount
    };
    enum Role { ProductIdRole = Qt::UserRole + 1, ActiveRole, PriceFrancsRole };

    explicit CatalogProductModel(QObject *parent = nullptr);

    void setProducts(const QList<Product> &products);
    // Replaces the product with the same id, or appends it.
    void upsert(const Product &product);
    const QList<Product> &products() const { return m_rows; }
    Product product(int row) const { return m_rows.value(row); }
    int rowOf(const QString &productId) const { return rowOfId(productId); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};
