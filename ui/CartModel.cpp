#include "CartModel.h"

#include "SaleController.h"

#include <QFont>

CartModel::CartModel(SaleController *sale, QObject *parent)
    : QAbstractTableModel(parent)
    , m_sale(sale)
    , m_lines(sale->lines())
    , m_locked(sale->isLocked())
{
    connect(sale, &SaleController::lineInserted, this, [this](int row) {
        beginInsertRows({}, row, row);
        m_lines.insert(row, m_sale->lines().at(row));
        endInsertRows();
    });
    connect(sale, &SaleController::lineRemoved, this, [this](int row) {
        beginRemoveRows({}, row, row);
        m_lines.removeAt(row);
        endRemoveRows();
    });
    connect(sale, &SaleController::lineChanged, this, [this](int row) {
        m_lines[row] = m_sale->lines().at(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(sale, &SaleController::cartReset, this, [this] {
        beginResetModel();
        m_lines = m_sale->lines();
        endResetModel();
    });
    connect(sale, &SaleController::lockedChanged, this, [this](bool locked) {
        m_locked = locked;
        if (!m_lines.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
    });
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CartLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return line.name;
        case UnitPriceColumn:
            return line.unitPrice.toString();
        case QuantityColumn:
            return line.quantity;
        case TotalColumn:
            return line.total() ? line.total()->toString() : QString();
        }
        break;
    case Qt::EditRole:
        if (index.column() == QuantityColumn)
            return line.quantity;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NameColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == TotalColumn || index.column() == QuantityColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        return line.sku.isEmpty() ? line.name
                                  : QString(line.name + QStringLiteral(" — ") + line.sku);
    }
    return {};
}

bool CartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != QuantityColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const int quantity = value.toString().trimmed().toInt(&ok);
    if (!ok)
        return false;
    // The controller decides; our copy follows its signals.
    return m_sale->setQuantity(index.row(), quantity);
}

Qt::ItemFlags CartModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == QuantityColumn && !m_locked)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Product");
    case UnitPriceColumn:
        return tr("Price");
    case QuantityColumn:
        return tr("Qty");
    case TotalColumn:
        return tr("Total");
    }
    return {};
}
