#include "ReportsTableModel.h"

#include <QLocale>

ReportsTableModel::ReportsTableModel(const QString &labelTitle, const QString &countTitle,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_labelTitle(labelTitle)
    , m_countTitle(countTitle)
{}

void ReportsTableModel::setGroups(const QList<ReportsClient::Group> &groups)
{
    beginResetModel();
    m_groups = groups;
    m_sum = 0;
    for (const ReportsClient::Group &group : groups) {
        // A share is only shown, so a sum past 2^63 francs may saturate instead of failing.
        const auto sum = Money::fromFrancs(m_sum).plus(group.total);
        m_sum = sum ? sum->francs() : m_sum;
    }
    endResetModel();
}

QString ReportsTableModel::shareText(int row) const
{
    if (row < 0 || row >= m_groups.size() || m_sum <= 0)
        return {};
    // A ratio for display only (the amounts themselves stay integer francs).
    const double percent = 100.0 * double(m_groups.at(row).total.francs()) / double(m_sum);
    return QLocale().toString(percent, 'f', 1) + QStringLiteral("\u00A0%");
}

int ReportsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int ReportsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportsClient::Group &group = m_groups.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Label:
            return group.label;
        case Count:
            return QLocale().toString(group.count);
        case Total:
            return group.total.toString();
        case Share:
            return shareText(index.row());
        }
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Label:
            return group.label;
        case Count:
            return group.count;
        case Total:
            return group.total.francs();
        case Share:
            return shareText(index.row());
        }
    } else if (role == Qt::TextAlignmentRole && index.column() != Label) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && index.column() == Label && group.key != group.label) {
        return group.key;
    }
    return {};
}

QVariant ReportsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label:
        return m_labelTitle;
    case Count:
        return m_countTitle;
    case Total:
        return tr("Total");
    case Share:
        return tr("Share");
    }
    return {};
}
