#include "CatalogProductFilter.h"

#include "CatalogProductModel.h"

CatalogProductFilter::CatalogProductFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CatalogProductFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void CatalogProductFilter::setCategory(const QString &category)
{
    m_category = category;
    invalidateFilter();
}

void CatalogProductFilter::setShowInactive(bool show)
{
    m_showInactive = show;
    invalidateFilter();
}

bool CatalogProductFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const auto text = [&](int column) {
        return model->index(sourceRow, column, sourceParent).data().toString();
    };
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_showInactive && !first.data(CatalogProductModel::ActiveRole).toBool())
        return false;
    if (!m_category.isEmpty() && text(CatalogProductModel::CategoryColumn) != m_category)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {CatalogProductModel::NameColumn, CatalogProductModel::SkuColumn,
                       CatalogProductModel::BarcodeColumn}) {
        if (text(column).contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool CatalogProductFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == CatalogProductModel::PriceColumn) {
        return left.data(CatalogProductModel::PriceFrancsRole).toLongLong() <
               right.data(CatalogProductModel::PriceFrancsRole).toLongLong();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
