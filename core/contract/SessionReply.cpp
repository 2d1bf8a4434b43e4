#include "SessionReply.h"

#include "JsonFormat.h"
#include "JsonReader.h"
#include "domain/DomainLimits.h"

using namespace Qt::StringLiterals;

QJsonObject SessionReply::toJson() const
{
    return QJsonObject{
        {u"token"_s, token},
        {u"role"_s, userRoleToString(role)},
        {u"user_id"_s, userId},
        {u"display_name"_s, displayName},
        {u"expires_at"_s, JsonFormat::dateTime(expiresAt)},
    };
}

Result<SessionReply> SessionReply::fromJson(const QJsonObject &json)
{
    using namespace DomainLimits;
    JsonReader reader(json);
    SessionReply reply;
    reply.token = reader.string(u"token", 512);
    reply.role =
        reader.enumeration(u"role", &userRoleFromString, UserRole::Cashier, u"cashier, manager"_s);
    reply.userId = reader.string(u"user_id", kMaxTextLength);
    reply.displayName = reader.string(u"display_name", kMaxTextLength);
    reply.expiresAt = reader.optionalDateTime(u"expires_at");
    if (!reader.ok())
        return reader.error();
    return reply;
}
