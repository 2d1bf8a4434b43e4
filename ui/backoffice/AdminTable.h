#pragma once

// The table of the back office's admin pages (catalog, people, terminals): read only, one whole
// row selected at a time, the name column taking the spare width, rows found and selected by the
// id their model carries in a role.

#include <QString>

class QAbstractItemModel;
class QModelIndex;
class QTableView;

class AdminTable
{
public:
    static void setUp(QTableView *table, QAbstractItemModel *model, int stretchColumn);
    // Empty when nothing is selected.
    static QString selectedId(const QTableView *table, int idRole);
    static void selectRow(QTableView *table, const QModelIndex &index);
};
