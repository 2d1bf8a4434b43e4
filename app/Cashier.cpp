#include "Cashier.h"

#include "contract/JsonReader.h"
#include "domain/DomainLimits.h"
#include "domain/UserRole.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCashier, "comptoir.app.cashier")

Cashier Cashier::fromJson(const QJsonObject &object)
{
    using namespace DomainLimits;
    JsonReader reader(object);
    Cashier cashier;
    cashier.id = reader.string(u"id", kMaxTextLength);
    cashier.name = reader.optionalString(u"name", kMaxTextLength);
    if (cashier.name.isEmpty())
        cashier.name = reader.optionalString(u"display_name", kMaxTextLength);
    // An unknown role logs in as a cashier: the server decides what a session may do anyway.
    cashier.role = userRoleFromString(reader.optionalString(u"role", 32)) == UserRole::Manager
                       ? Role::Manager
                       : Role::Cashier;
    if (!reader.ok()) {
        qCWarning(lcCashier) << "user left out:" << reader.error().field << reader.error().message;
        return {};
    }
    if (cashier.name.isEmpty())
        cashier.name = cashier.id;
    return cashier;
}
