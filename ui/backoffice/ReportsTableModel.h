#pragma once

// One breakdown of a sales report as a table (by method, operator, cashier, terminal, or the top
// products): label, count (or quantity), total in francs and share of the breakdown's total.
// A new report replaces the rows at once.

#include "backoffice/ReportsClient.h"

#include <QAbstractTableModel>

class ReportsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Label, Count, Total, Share, ColumnCount };

    // labelTitle / countTitle: the headers of the first two columns (already translated).
    ReportsTableModel(const QString &labelTitle, const QString &countTitle,
                      QObject *parent = nullptr);

    void setGroups(const QList<ReportsClient::Group> &groups);
    const QList<ReportsClient::Group> &groups() const { return m_groups; }
    // "12,5 %" of the breakdown's total, as shown.
    QString shareText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_labelTitle;
    QString m_countTitle;
    QList<ReportsClient::Group> m_groups;
    qint64 m_sum = 0;
};
