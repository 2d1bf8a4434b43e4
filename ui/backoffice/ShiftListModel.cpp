#include "ShiftListModel.h"

#include "ZReportPrinter.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), u"dd/MM/yyyy HH:mm"_s) : QString();
}

} // namespace

ShiftListModel::ShiftListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ShiftListModel::setShifts(const QList<ShiftClient::Shift> &shifts)
{
    beginResetModel();
    m_shifts = shifts;
    endResetModel();
}

int ShiftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shifts.size());
}

int ShiftListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShiftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ShiftClient::Shift &shift = m_shifts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Terminal:
            return shift.terminalName.isEmpty() ? shift.terminalId : shift.terminalName;
        case Opened:
            return when(shift.openedAt);
        case OpenedBy:
            return shift.openedByName;
        case Closed:
            return shift.isOpen() ? tr("open") : when(shift.closedAt);
        case ClosedBy:
            return shift.closedByName;
        case Float:
            return shift.openingFloat.toString();
        case Counted:
            return shift.countedCash ? shift.countedCash->toString() : QString();
        case Difference:
            return shift.difference ? ZReportPrinter::signedAmount(*shift.difference) : QString();
        }
    } else if (role == Qt::TextAlignmentRole && index.column() >= Float) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole && index.column() == Difference && shift.difference &&
               shift.difference->isNegative()) {
        return QBrush(QColor(0xb00020));
    } else if (role == Qt::UserRole) {
        return shift.id;
    }
    return {};
}

QVariant ShiftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Terminal:
        return tr("Till");
    case Opened:
        return tr("Opened");
    case OpenedBy:
        return tr("By");
    case Closed:
        return tr("Closed");
    case ClosedBy:
        return tr("By");
    case Float:
        return tr("Float");
    case Counted:
        return tr("Counted");
    case Difference:
        return tr("Difference");
    }
    return {};
}
