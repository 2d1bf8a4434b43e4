#include "AdminTable.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

void AdminTable::setUp(QTableView *table, QAbstractItemModel *model, int stretchColumn)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(false);
}

QString AdminTable::selectedId(const QTableView *table, int idRole)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(idRole).toString();
}

void AdminTable::selectRow(QTableView *table, const QModelIndex &index)
{
    table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                               QItemSelectionModel::Rows);
}
