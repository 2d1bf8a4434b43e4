#pragma once

// The shifts a manager can reopen (GET /api/v1/shifts), newest first: terminal, opened and closed
// (by whom), float, counted cash and difference. A new list replaces the rows at once.

#include "backoffice/ShiftClient.h"

#include <QAbstractTableModel>

class ShiftListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Terminal,
        Opened,
        OpenedBy,
        Closed,
        ClosedBy,
        Float,
        Counted,
        Difference,
        ColumnCount
    };

    explicit ShiftListModel(QObject *parent = nullptr);

    void setShifts(const QList<ShiftClient::Shift> &shifts);
    const ShiftClient::Shift &shift(int row) const { return m_shifts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ShiftClient::Shift> m_shifts;
};
