#include "ShiftClient.h"

#include "ManagerReply.h"
#include "ServerClient.h"
#include "contract/JsonReader.h"
#include "domain/DomainLimits.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QString shiftPath(const QString &shiftId)
{
    return u"/api/v1/shifts/"_s + ManagerReply::encoded(shiftId);
}

} // namespace

std::optional<ShiftClient::Shift> ShiftClient::Shift::fromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    Shift shift;
    shift.id = reader.string(u"id", 100);
    shift.openingFloat = reader.amount(u"opening_float");
    shift.terminalId = reader.optionalString(u"terminal_id", 100);
    shift.terminalName = reader.optionalString(u"terminal_name", 200);
    shift.openedAt = reader.optionalDateTime(u"opened_at");
    shift.openedByName = reader.optionalString(u"opened_by_name", 200);
    shift.closedAt = reader.optionalDateTime(u"closed_at");
    shift.closedByName = reader.optionalString(u"closed_by_name", 200);
    shift.countedCash = reader.optionalAmount(u"counted_cash");
    if (reader.has(u"difference")) {
        const qint64 limit = DomainLimits::kMaxAmountFrancs;
        shift.difference = Money::fromFrancs(reader.integer(u"difference", -limit, limit));
    }
    if (!reader.ok())
        return std::nullopt;
    return shift;
}

ShiftClient::ShiftClient(ServerClient *server)
    : m_server(server)
{}

void ShiftClient::open(Money openingFloat, QObject *context,
                       std::function<void(const Shift &, const ServerError &)> done)
{
    const QJsonObject body{{u"opening_float"_s, openingFloat.francs()}};
    m_server->send("POST", u"/api/v1/shifts"_s, body, 0, context,
                   ManagerReply::read(&Shift::fromJson, std::move(done)));
}

void ShiftClient::current(QObject *context,
                          std::function<void(const Shift &, const ServerError &)> done)
{
    m_server->send("GET", u"/api/v1/shifts/current"_s, std::nullopt, 0, context,
                   ManagerReply::read(&Shift::fromJson, std::move(done)));
}

void ShiftClient::close(const QString &shiftId, Money countedCash, const QString &note,
                        const std::optional<Approval> &approval, QObject *context,
                        std::function<void(const ShiftReport &, const ServerError &)> done)
{
    QJsonObject body{{u"counted_cash"_s, countedCash.francs()}, {u"note"_s, note}};
    if (approval) {
        body.insert(u"manager_id"_s, approval->managerId);
        body.insert(u"manager_pin"_s, approval->pin);
    }
    // Closing freezes the report: give the server the longer timeout of a payment call.
    m_server->send("POST", shiftPath(shiftId) + u"/close"_s, body, 2 * m_server->requestTimeout(),
                   context, ManagerReply::read(&ShiftReport::fromJson, std::move(done)));
}

void ShiftClient::list(QDate from, QDate toExclusive, int tzMinutes, const QString &terminalId,
                       QObject *context,
                       std::function<void(const QList<Shift> &, const ServerError &)> done)
{
    QUrlQuery query;
    if (from.isValid())
        query.addQueryItem(u"from"_s, from.toString(Qt::ISODate));
    if (toExclusive.isValid())
        query.addQueryItem(u"to"_s, toExclusive.toString(Qt::ISODate));
    query.addQueryItem(u"tz"_s, QString::number(tzMinutes));
    if (!terminalId.isEmpty())
        query.addQueryItem(u"terminal"_s, terminalId);
    m_server->send("GET", u"/api/v1/shifts?"_s + query.toString(QUrl::FullyEncoded), std::nullopt,
                   0, context, [done](const QJsonObject &reply, const ServerError &error) {
                       QList<Shift> shifts;
                       if (!error.isOk())
                           return done(shifts, error);
                       // {"shifts": [...]}; a bare array arrives as "items" (ServerClient).
                       QJsonArray array = reply.value(u"shifts"_s).toArray();
                       if (array.isEmpty())
                           array = reply.value(u"items"_s).toArray();
                       for (const QJsonValue &value : std::as_const(array)) {
                           const auto shift = Shift::fromJson(value.toObject());
                           if (!shift)
                               return done({}, ManagerReply::badReply());
                           shifts.append(*shift);
                       }
                       done(shifts, error);
                   });
}

void ShiftClient::report(const QString &shiftId, QObject *context,
                         std::function<void(const ShiftReport &, const ServerError &)> done)
{
    m_server->send("GET", shiftPath(shiftId), std::nullopt, 0, context,
                   ManagerReply::read(&ShiftReport::fromJson, std::move(done)));
}

void ShiftClient::managers(QObject *context,
                           std::function<void(const QList<Manager> &, const ServerError &)> done)
{
    m_server->send(
        "GET", u"/api/v1/users"_s, std::nullopt, 0, context,
        [done](const QJsonObject &reply, const ServerError &error) {
            QList<Manager> managers;
            const QJsonArray users = reply.value(u"users"_s).toArray();
            for (const QJsonValue &value : users) {
                const QJsonObject user = value.toObject();
                if (user.value(u"role"_s).toString() != "manager"_L1)
                    continue;
                managers.append({ManagerReply::idOf(user), user.value(u"name"_s).toString()});
            }
            done(managers, error);
        });
}
