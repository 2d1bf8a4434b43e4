#pragma once

// The Terminals page's table: every till registered with the server, when it was added, when it
// last talked to the server, and whether it is revoked. Never a token.

#include "IdRowsTableModel.h"
#include "backoffice/AdminTerminal.h"

class TerminalListModel : public IdRowsTableModel<AdminTerminal>
{
    Q_OBJECT

public:
    enum Column { NameColumn, CreatedColumn, LastSeenColumn, StatusColumn, ColumnCount };
    enum Role { TerminalIdRole = Qt::UserRole + 1, RevokedRole };

    explicit TerminalListModel(QObject *parent = nullptr);

    void setTerminals(const QList<AdminTerminal> &terminals);
    // Replaces the terminal with the same id, or appends it (its token is not kept).
    void upsert(const AdminTerminal &terminal);
    AdminTerminal terminal(int row) const { return m_rows.value(row); }
    int rowOf(const QString &terminalId) const { return rowOfId(terminalId); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};
