#include "CatalogProductModel.h"

#include <QBrush>
#include <QPalette>

CatalogProductModel::CatalogProductModel(QObject *parent)
    : IdRowsTableModel(
          ColumnCount, [](const Product &product) { return product.id(); }, parent)
{}

void CatalogProductModel::setProducts(const QList<Product> &products)
{
    setRows(products);
}

void CatalogProductModel::upsert(const Product &product)
{
    upsertRow(product);
}

QVariant CatalogProductModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &product = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return product.name();
        case CategoryColumn:
            return product.category();
        case PriceColumn:
            return product.unitPrice().toString();
        case SkuColumn:
            return product.sku();
        case BarcodeColumn:
            return product.barcode();
        case ActiveColumn:
            return product.isActive() ? tr("Active") : tr("Inactive");
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Inactive products stay listed (orders refer to them) but read as set aside.
        if (!product.isActive())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case ProductIdRole:
        return product.id();
    case ActiveRole:
        return product.isActive();
    case PriceFrancsRole:
        return product.unitPrice().francs();
    default:
        return {};
    }
}

QVariant CatalogProductModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Category");
    case PriceColumn:
        return tr("Price");
    case SkuColumn:
        return tr("SKU");
    case BarcodeColumn:
        return tr("Barcode");
    case ActiveColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}
