#pragma once

// What a signed-in person may do: a cashier sells; a manager also sees history, voids and settings.
// Stored and sent as readable strings ("cashier", "manager").

#include <QString>
#include <QStringView>

#include <optional>

enum class UserRole { Cashier, Manager };

QString userRoleToString(UserRole role);
std::optional<UserRole> userRoleFromString(QStringView text);
QString userRoleDisplayName(UserRole role);
