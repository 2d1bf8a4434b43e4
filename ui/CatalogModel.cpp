#include "CatalogModel.h"

#include "CatalogCache.h"

CatalogModel::CatalogModel(CatalogCache *catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{
    connect(catalog, &CatalogCache::changed, this, &CatalogModel::reload);
    reload();
}

void CatalogModel::setFilter(const QString &text, const QString &category)
{
    if (text == m_text && category == m_category)
        return;
    m_text = text;
    m_category = category;
    reload();
}

void CatalogModel::reload()
{
    // A new question gets a new answer: a reset is the honest signal here.
    beginResetModel();
    m_resetting = true;
    m_items = m_catalog->search(m_text, m_category, kPageSize + 1);
    m_more = m_items.size() > kPageSize;
    if (m_more)
        m_items.removeLast();
    endResetModel();
    m_resetting = false;
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.name();
    case Qt::ToolTipRole:
        return QString(item.name() + u'\n' + item.sku() + u' ' + item.barcode());
    case ItemRole:
        return QVariant::fromValue(item);
    case PriceTextRole:
        return item.unitPrice().toString();
    case IdRole:
        return item.id();
    case Qt::AccessibleTextRole:
        return QString(item.name() + u' ' + item.unitPrice().toString());
    }
    return {};
}

bool CatalogModel::canFetchMore(const QModelIndex &parent) const
{
    // Views may ask from within modelReset: the new first page is enough until they scroll.
    return !parent.isValid() && m_more && !m_resetting;
}

void CatalogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int have = int(m_items.size());
    QList<Product> page = m_catalog->search(m_text, m_category, have + kPageSize + 1);
    m_more = page.size() > have + kPageSize;
    if (m_more)
        page.removeLast();
    if (page.size() <= have)
        return;
    beginInsertRows({}, have, int(page.size()) - 1);
    m_items = page;
    endInsertRows();
}
