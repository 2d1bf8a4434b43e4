#pragma once

// The unmatched payments register as a table: LigdiCash payments that reached the server for no
// known order, with what LigdiCash's confirm said about them and whether a manager reviewed them.

#include "backoffice/UnmatchedPayment.h"

#include <QAbstractTableModel>

class UnmatchedModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ReceivedAt,
        Amount,
        Payer,
        Status,
        Confirm,
        TransactionId,
        RequestId,
        Review,
        ColumnCount
    };

    explicit UnmatchedModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setPayments(const QList<UnmatchedPayment> &payments);
    const UnmatchedPayment &payment(int row) const { return m_payments.at(row); }
    int unreviewedCount() const;

private:
    QList<UnmatchedPayment> m_payments;
};
