#include "AdminTerminal.h"

#include "contract/JsonReader.h"
#include "domain/DomainLimits.h"

using namespace Qt::StringLiterals;

std::optional<AdminTerminal> AdminTerminal::fromJson(const QJsonObject &object)
{
    AdminTerminal terminal;
    const QJsonValue id = object.value(u"id"_s);
    terminal.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    JsonReader reader(object);
    terminal.name = reader.string(u"name", DomainLimits::kMaxTextLength);
    terminal.createdAt = reader.optionalDateTime(u"created_at");
    terminal.lastSeenAt = reader.optionalDateTime(u"last_seen_at");
    terminal.revoked = reader.optionalBoolean(u"revoked", false);
    terminal.token = reader.optionalString(u"token", DomainLimits::kMaxTextLength);
    if (!reader.ok() || terminal.id.isEmpty())
        return std::nullopt;
    return terminal;
}
