#pragma once

// What the product table shows: the rows matching the filter box (name, SKU, barcode), the
// chosen category, and inactive products only when asked. Sorting the price column sorts by
// francs, not by the formatted text.

#include <QSortFilterProxyModel>

class CatalogProductFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CatalogProductFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    void setCategory(const QString &category); // empty: every category
    void setShowInactive(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_category;
    bool m_showInactive = false;
};
