#pragma once

// A person who can log in at this terminal, as listed by the server (never their PIN).

#include <QJsonObject>
#include <QString>

struct Cashier
{
    enum class Role { Cashier, Manager };

    QString id;
    QString name;
    Role role = Role::Cashier;

    // One entry of GET /api/v1/users: {"id","name","role"}; invalid (no id) when unreadable.
    static Cashier fromJson(const QJsonObject &object);
    bool isValid() const { return !id.isEmpty(); }
};
