#include "UserRole.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString userRoleToString(UserRole role)
{
    switch (role) {
    case UserRole::Cashier:
        return u"cashier"_s;
    case UserRole::Manager:
        return u"manager"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<UserRole> userRoleFromString(QStringView text)
{
    if (text == u"cashier")
        return UserRole::Cashier;
    if (text == u"manager")
        return UserRole::Manager;
    return std::nullopt;
}

QString userRoleDisplayName(UserRole role)
{
    switch (role) {
    case UserRole::Cashier:
        return QCoreApplication::translate("UserRole", "Cashier");
    case UserRole::Manager:
        return QCoreApplication::translate("UserRole", "Manager");
    }
    Q_UNREACHABLE();
    return {};
}
