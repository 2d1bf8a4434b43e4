#include "CreateOrderRequest.h"

#include "JsonFormat.h"
#include "JsonReader.h"
#include "domain/DomainLimits.h"

using namespace Qt::StringLiterals;

namespace {

// The request field an Order::Error is about, so the cashier learns what to fix.
QString fieldFor(Order::Error error, const QList<OrderLine> &lines)
{
    const auto firstLine = [&lines](auto isWrong) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (isWrong(lines.at(i)))
                return i;
        }
        return qsizetype(0);
    };
    switch (error) {
    case Order::Error::NoId:
        return u"id"_s;
    case Order::Error::Empty:
    case Order::Error::TooManyLines:
        return u"lines"_s;
    case Order::Error::InvalidLine:
        return u"lines[%1]"_s.arg(firstLine([](const OrderLine &line) {
            return line.productId.trimmed().isEmpty() || line.name.trimmed().isEmpty() ||
                   line.quantity < DomainLimits::kMinQuantity ||
                   line.quantity > DomainLimits::kMaxQuantity;
        }));
    case Order::Error::LineTotalMismatch:
        return u"lines[%1].line_total"_s.arg(
            firstLine([](const OrderLine &line) { return !line.isConsistent(); }));
    case Order::Error::TotalMismatch:
    case Order::Error::TotalOverflow:
        return u"total"_s;
    case Order::Error::WrongCurrency:
        return u"currency"_s;
    case Order::Error::NotCash:
    case Order::Error::InsufficientCash:
    case Order::Error::CashNotTendered:
        return u"cash_tendered"_s;
    case Order::Error::None:
    case Order::Error::AlreadyInStatus:
    case Order::Error::IllegalTransition:
    case Order::Error::NotDraft:
        break;
    }
    return {};
}

} // namespace

CreateOrderRequest CreateOrderRequest::fromOrder(const Order &order)
{
    CreateOrderRequest request;
    request.orderId = order.id();
    request.lines = order.lines();
    request.total = order.total();
    request.currency = order.currency();
    request.method = order.method();
    request.cashTendered = order.cashTendered();
    return request;
}

Result<Order> CreateOrderRequest::toOrder(const QString &cashierId, const QString &terminalId,
                                          const QDateTime &nowUtc) const
{
    Order order;
    order.setId(orderId);
    order.setLines(lines);
    order.setTotal(total);
    order.setCurrency(currency);
    order.setMethod(method);
    order.setCashierId(cashierId);
    order.setTerminalId(terminalId);
    order.setCreatedAt(nowUtc);
    order.setUpdatedAt(nowUtc);

    Order::Error error = order.validate();
    if (error == Order::Error::None && cashTendered)
        error = order.setCashTendered(*cashTendered);
    if (error == Order::Error::None)
        return order;
    return ParseError{fieldFor(error, lines), Order::errorMessage(error)};
}

QJsonObject CreateOrderRequest::toJson() const
{
    QJsonObject json{
        {u"id"_s, JsonFormat::uuid(orderId)},
        {u"lines"_s, JsonFormat::array(lines)},
        {u"total"_s, total.francs()},
        {u"currency"_s, currency},
        {u"method"_s, paymentMethodToString(method)},
    };
    if (cashTendered)
        json.insert(u"cash_tendered"_s, cashTendered->francs());
    return json;
}

Result<CreateOrderRequest> CreateOrderRequest::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    CreateOrderRequest request;
    request.orderId = reader.uuid(u"id");
    request.lines = reader.list(u"lines", DomainLimits::kMaxLines, &OrderLine::fromJson);
    request.total = reader.amount(u"total");
    request.currency = reader.string(u"currency", 8);
    request.method = reader.enumeration(u"method", &paymentMethodFromString, PaymentMethod::Cash,
                                        u"cash, ligdicash"_s);
    request.cashTendered = reader.optionalAmount(u"cash_tendered");
    if (!reader.ok())
        return reader.error();
    return request;
}
