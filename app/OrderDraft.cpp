#include "OrderDraft.h"

#include "Clock.h"
#include "JsonRead.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

std::optional<OrderDraft> OrderDraft::create(Method method, const QList<SaleLine> &lines)
{
    const auto total = SaleLine::total(lines);
    if (!total)
        return std::nullopt;
    OrderDraft draft;
    draft.id = newId();
    draft.method = method;
    draft.lines = lines;
    draft.total = *total;
    draft.createdAt = Clock::currentDateTimeUtc();
    return draft;
}

QString OrderDraft::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString OrderDraft::methodToWire(Method method)
{
    return method == Method::Cash ? u"cash"_s : u"ligdicash"_s;
}

CreateOrderRequest OrderDraft::toRequest() const
{
    CreateOrderRequest request;
    request.orderId = QUuid::fromString(id);
    for (const SaleLine &line : lines) {
        OrderLine orderLine;
        orderLine.productId = line.productId;
        orderLine.name = line.name;
        orderLine.quantity = line.quantity;
        orderLine.unitPrice = line.unitPrice;
        orderLine.lineTotal = line.lineTotal().value_or(Money());
        request.lines.append(orderLine);
    }
    request.total = total;
    request.method = method == Method::Cash ? PaymentMethod::Cash : PaymentMethod::LigdiCash;
    if (method == Method::Cash)
        request.cashTendered = tendered;
    return request;
}

QJsonObject OrderDraft::toJson() const
{
    QJsonObject object{{u"id"_s, id},
                       {u"currency"_s, u"XOF"_s},
                       {u"method"_s, methodToWire(method)},
                       {u"lines"_s, SaleLine::toJsonArray(lines)},
                       {u"total"_s, total.francs()},
                       {u"createdAt"_s, createdAt.toString(Qt::ISODateWithMs)}};
    if (method == Method::Cash) {
        object.insert(u"tendered"_s, tendered.francs());
        object.insert(u"change"_s, change.francs());
    }
    if (!cashierId.isEmpty())
        object.insert(u"cashierId"_s, cashierId);
    return object;
}

std::optional<OrderDraft> OrderDraft::fromJson(const QJsonObject &object)
{
    OrderDraft draft;
    draft.id = JsonRead::string(object, {u"id"_s});
    draft.method =
        JsonRead::string(object, {u"method"_s}) == "cash"_L1 ? Method::Cash : Method::LigdiCash;
    draft.lines = SaleLine::fromJsonArray(object.value(u"lines"_s).toArray());
    const auto total = JsonRead::money(object, {u"total"_s});
    if (draft.id.isEmpty() || !total)
        return std::nullopt;
    draft.total = *total;
    draft.tendered = JsonRead::money(object, {u"tendered"_s}).value_or(Money());
    draft.change = JsonRead::money(object, {u"change"_s}).value_or(Money());
    draft.createdAt =
        QDateTime::fromString(JsonRead::string(object, {u"createdAt"_s}), Qt::ISODateWithMs);
    draft.cashierId = JsonRead::string(object, {u"cashierId"_s});
    return draft;
}
