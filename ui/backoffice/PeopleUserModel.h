#pragma once

// The People page's table: everyone who can log in (or could), with their role, whether they
// are enabled and whether wrong PINs have locked them out for now.

#include "backoffice/AdminUser.h"

#include <QAbstractTableModel>
#include <QList>

class PeopleUserModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, ActiveColumn, LockedColumn, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole + 1, ActiveRole };

    explicit PeopleUserModel(QObject *parent = nullptr);

    void setUsers(const QList<AdminUser> &users);
    // Replaces the user with the same id, or appends them.
    void upsert(const AdminUser &user);
    const QList<AdminUser> &users() const { return m_users; }
    AdminUser user(int row) const { return m_users.value(row); }
    int rowOf(const QString &userId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AdminUser> m_users;
};
