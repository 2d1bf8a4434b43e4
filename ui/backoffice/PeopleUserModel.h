#pragma once

// The People page's table: everyone who can log in (or could), with their role, whether they
// are enabled and whether wrong PINs have locked them out for now.

#include "IdRowsTableModel.h"
#include "backoffice/AdminUser.h"

class PeopleUserModel : public IdRowsTableModel<AdminUser>
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, ActiveColumn, LockedColumn, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole + 1, ActiveRole };

    explicit PeopleUserModel(QObject *parent = nullptr);

    void setUsers(const QList<AdminUser> &users);
    // Replaces the user with the same id, or appends them.
    void upsert(const AdminUser &user);
    const QList<AdminUser> &users() const { return m_rows; }
    AdminUser user(int row) const { return m_rows.value(row); }
    int rowOf(const QString &userId) const { return rowOfId(userId); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};
