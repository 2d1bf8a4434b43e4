#pragma once

// A person as the manager's People page sees them (GET /api/v1/admin/users): role, whether they
// may log in, and until when wrong PINs lock them out. Never their PIN.

#include "domain/UserRole.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

struct AdminUser
{
    QString id;
    QString name;
    UserRole role = UserRole::Cashier;
    bool active = true;
    QDateTime lockedUntil; // invalid when not locked
    QDateTime createdAt;

    // Locked out by wrong PINs at the moment now.
    bool isLockedAt(const QDateTime &now) const
    {
        return lockedUntil.isValid() && lockedUntil > now;
    }

    // {"id","name","role","active","locked_until","created_at"}; nullopt without id, name or a
    // known role.
    static std::optional<AdminUser> fromJson(const QJsonObject &object);
};
