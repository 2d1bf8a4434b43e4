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

    static Cashier fromJson(const QJsonObject &object);
    bool isValid() const { return !id.isEmpty(); }
};
