#include "AdminUser.h"

#include "contract/JsonReader.h"
#include "domain/DomainLimits.h"

using namespace Qt::StringLiterals;

namespace {

// The server writes ids as strings; an older one may send numbers.
QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

std::optional<AdminUser> AdminUser::fromJson(const QJsonObject &object)
{
    AdminUser user;
    user.id = idText(object.value(u"id"_s));
    JsonReader reader(object);
    user.name = reader.string(u"name", DomainLimits::kMaxTextLength);
    const std::optional<UserRole> role = userRoleFromString(object.value(u"role"_s).toString());
    user.active = reader.optionalBoolean(u"active", true);
    user.lockedUntil = reader.optionalDateTime(u"locked_until");
    user.createdAt = reader.optionalDateTime(u"created_at");
    if (!reader.ok() || user.id.isEmpty() || !role)
        return std::nullopt;
    user.role = *role;
    return user;
}
