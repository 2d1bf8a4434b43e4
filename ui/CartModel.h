#pragma once

// The cart as a table for the sale screen: one row per line, columns for name, unit price,
// quantity (editable: typing a quantity goes through the SaleController, which may refuse it,
// e.g. while the cart is locked) and line total. It mirrors the controller's lines and follows
// its signals with row inserts/removals rather than resets.

#include "domain/CartLine.h"

#include <QAbstractTableModel>

class SaleController;

class CartModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UnitPriceColumn, QuantityColumn, TotalColumn, ColumnCount };
    Q_ENUM(Column)

    explicit CartModel(SaleController *sale, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    SaleController *m_sale;
    QList<CartLine> m_lines;
    bool m_locked = false;
};
