#include "TerminalListModel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace {

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

TerminalListModel::TerminalListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TerminalListModel::setTerminals(const QList<AdminTerminal> &terminals)
{
    beginResetModel();
    m_terminals = terminals;
    for (AdminTerminal &terminal : m_terminals)
        terminal.token.clear();
    endResetModel();
}

void TerminalListModel::upsert(const AdminTerminal &terminal)
{
    AdminTerminal kept = terminal;
    kept.token.clear();
    const int row = rowOf(terminal.id);
    if (row >= 0) {
        m_terminals[row] = kept;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int end = int(m_terminals.size());
    beginInsertRows({}, end, end);
    m_terminals.append(kept);
    endInsertRows();
}

int TerminalListModel::rowOf(const QString &terminalId) const
{
    for (qsizetype row = 0; row < m_terminals.size(); ++row) {
        if (m_terminals.at(row).id == terminalId)
            return int(row);
    }
    return -1;
}

int TerminalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_terminals.size());
}

int TerminalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TerminalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdminTerminal &terminal = m_terminals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return terminal.name;
        case CreatedColumn:
            return shortTime(terminal.createdAt);
        case LastSeenColumn:
            return terminal.lastSeenAt.isValid() ? shortTime(terminal.lastSeenAt) : tr("Never");
        case StatusColumn:
            return terminal.revoked ? tr("Revoked") : tr("Active");
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        if (terminal.revoked)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case TerminalIdRole:
        return terminal.id;
    case RevokedRole:
        return terminal.revoked;
    default:
        return {};
    }
}

QVariant TerminalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case CreatedColumn:
        return tr("Added");
    case LastSeenColumn:
        return tr("Last seen");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}
