#include "PeopleUserModel.h"

#include "Clock.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

PeopleUserModel::PeopleUserModel(QObject *parent)
    : IdRowsTableModel(
          ColumnCount, [](const AdminUser &user) { return user.id; }, parent)
{}

void PeopleUserModel::setUsers(const QList<AdminUser> &users)
{
    setRows(users);
}

void PeopleUserModel::upsert(const AdminUser &user)
{
    upsertRow(user);
}

QVariant PeopleUserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdminUser &user = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return user.name;
        case RoleColumn:
            return userRoleDisplayName(user.role);
        case ActiveColumn:
            return user.active ? tr("Active") : tr("Disabled");
        case LockedColumn:
            if (!user.isLockedAt(Clock::currentDateTimeUtc()))
                return QString();
            return tr("Locked until %1")
                .arg(QLocale().toString(user.lockedUntil.toLocalTime(), QLocale::ShortFormat));
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        if (!user.active)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case UserIdRole:
        return user.id;
    case ActiveRole:
        return user.active;
    default:
        return {};
    }
}

QVariant PeopleUserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case ActiveColumn:
        return tr("Status");
    case LockedColumn:
        return tr("Lockout");
    case ColumnCount:
        break;
    }
    return {};
}
