#include "OrderDraft.h"

#include "Clock.h"

#include "contract/JsonFormat.h"
#include "contract/JsonReader.h"
#include "domain/DomainLimits.h"

#include <QUuid>

using namespace Qt::StringLiterals;

OrderDraft OrderDraft::create(PaymentMethod method, const Cart &cart)
{
    OrderDraft draft;
    draft.id = newId();
    draft.method = method;
    draft.lines = cart.lines();
    draft.total = cart.total();
    draft.createdAt = Clock::currentDateTimeUtc();
    return draft;
}

QString OrderDraft::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

CreateOrderRequest OrderDraft::toRequest() const
{
    CreateOrderRequest request;
    request.orderId = QUuid::fromString(id);
    for (const CartLine &line : lines) {
        OrderLine orderLine;
        orderLine.productId = line.productId;
        orderLine.name = line.name;
        orderLine.quantity = line.quantity;
        orderLine.unitPrice = line.unitPrice;
        orderLine.lineTotal = line.total().value_or(Money());
        request.lines.append(orderLine);
    }
    request.total = total;
    request.method = method;
    if (method == PaymentMethod::Cash)
        request.cashTendered = tendered;
    return request;
}

QJsonObject OrderDraft::toJson() const
{
    QJsonObject object{{u"id"_s, id},
                       {u"currency"_s, u"XOF"_s},
                       {u"method"_s, paymentMethodToString(method)},
                       {u"lines"_s, JsonFormat::array(lines)},
                       {u"total"_s, total.francs()},
                       {u"createdAt"_s, JsonFormat::dateTime(createdAt)}};
    if (method == PaymentMethod::Cash) {
        object.insert(u"tendered"_s, tendered.francs());
        object.insert(u"change"_s, change.francs());
    }
    if (!cashierId.isEmpty())
        object.insert(u"cashierId"_s, cashierId);
    return object;
}

Result<OrderDraft> OrderDraft::fromJson(const QJsonObject &object)
{
    using namespace DomainLimits;
    JsonReader reader(object);
    OrderDraft draft;
    draft.id = reader.string(u"id", 64);
    draft.method = reader.enumeration(u"method", &paymentMethodFromString, PaymentMethod::Cash,
                                      u"cash, ligdicash"_s);
    draft.lines = reader.list(u"lines", kMaxLines, &CartLine::fromJson);
    draft.total = reader.amount(u"total");
    draft.tendered = reader.optionalAmount(u"tendered").value_or(Money());
    draft.change = reader.optionalAmount(u"change").value_or(Money());
    draft.createdAt = reader.optionalDateTime(u"createdAt");
    draft.cashierId = reader.optionalString(u"cashierId", kMaxTextLength);
    if (!reader.ok())
        return reader.error();
    return draft;
}
