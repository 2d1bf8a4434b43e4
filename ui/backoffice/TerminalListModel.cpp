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
    : IdRowsTableModel(
          ColumnCount, [](const AdminTerminal &terminal) { return terminal.id; }, parent)
{}

void TerminalListModel::setTerminals(const QList<AdminTerminal> &terminals)
{
    QList<AdminTerminal> kept = terminals;
    for (AdminTerminal &terminal : kept)
        terminal.token.clear();
    setRows(kept);
}

void TerminalListModel::upsert(const AdminTerminal &terminal)
{
    AdminTerminal kept = terminal;
    kept.token.clear();
    upsertRow(kept);
}

QVariant TerminalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdminTerminal &terminal = m_rows.at(index.row());
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
