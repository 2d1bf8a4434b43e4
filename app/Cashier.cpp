#include "Cashier.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

Cashier Cashier::fromJson(const QJsonObject &object)
{
    Cashier cashier;
    cashier.id = JsonRead::string(object, {u"id"_s, u"user_id"_s, u"userId"_s});
    cashier.name = JsonRead::string(object, {u"display_name"_s, u"name"_s, u"displayName"_s});
    if (cashier.name.isEmpty())
        cashier.name = cashier.id;
    cashier.role =
        JsonRead::string(object, {u"role"_s}) == "manager"_L1 ? Role::Manager : Role::Cashier;
    return cashier;
}
