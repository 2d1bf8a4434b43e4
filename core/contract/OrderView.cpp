#include "OrderView.h"

#include "JsonFormat.h"
#include "JsonReader.h"
#include "domain/DomainLimits.h"

using namespace Qt::StringLiterals;

OrderView OrderView::fromOrder(const Order &order)
{
    OrderView view;
    view.id = order.id();
    view.status = order.status();
    view.total = order.total();
    view.currency = order.currency();
    view.method = order.method();
    view.lines = order.lines();
    view.cashTendered = order.cashTendered();
    view.change = order.change();
    view.cashierId = order.cashierId();
    view.terminalId = order.terminalId();
    view.createdAt = order.createdAt();
    view.updatedAt = order.updatedAt();
    view.paidAt = order.paidAt();
    view.paidLate = order.isPaidLate();
    view.paymentAttempt = order.paymentAttempt();
    return view;
}

QJsonObject OrderView::toJson() const
{
    QJsonObject json{
        {u"id"_s, JsonFormat::uuid(id)},
        {u"status"_s, orderStatusToString(status)},
        {u"total"_s, total.francs()},
        {u"currency"_s, currency},
        {u"method"_s, paymentMethodToString(method)},
        {u"lines"_s, JsonFormat::array(lines)},
        {u"paid_late"_s, paidLate},
        {u"amount_mismatch"_s, amountMismatch},
        {u"payment_attempt"_s, paymentAttempt},
    };
    const auto insertText = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    const auto insertTime = [&json](const QString &key, const QDateTime &value) {
        if (value.isValid())
            json.insert(key, JsonFormat::dateTime(value));
    };
    if (!paymentUrl.isEmpty())
        json.insert(u"payment_url"_s, paymentUrl.toString(QUrl::FullyEncoded));
    insertText(u"operator_name"_s, operatorName);
    insertText(u"reference"_s, reference);
    insertText(u"customer_number"_s, customerNumber);
    insertText(u"cashier_id"_s, cashierId);
    insertText(u"terminal_id"_s, terminalId);
    if (cashTendered)
        json.insert(u"cash_tendered"_s, cashTendered->francs());
    if (change)
        json.insert(u"change"_s, change->francs());
    insertTime(u"created_at"_s, createdAt);
    insertTime(u"updated_at"_s, updatedAt);
    insertTime(u"paid_at"_s, paidAt);
    if (lastError)
        json.insert(u"last_error"_s, lastError->toJson().value(u"error"_s));
    return json;
}

Result<OrderView> OrderView::fromJson(const QJsonObject &json)
{
    using namespace DomainLimits;
    JsonReader reader(json);
    OrderView view;
    view.id = reader.uuid(u"id");
    view.status =
        reader.enumeration(u"status", &orderStatusFromString, OrderStatus::Draft,
                           u"draft, awaiting_payment, paid, failed, cancelled, expired"_s);
    view.total = reader.amount(u"total");
    view.currency = reader.string(u"currency", 8);
    view.method = reader.enumeration(u"method", &paymentMethodFromString, PaymentMethod::Cash,
                                     u"cash, ligdicash"_s);
    view.lines = reader.optionalList(u"lines", kMaxLines, &OrderLine::fromJson);
    view.paymentUrl = reader.optionalUrl(u"payment_url");
    view.operatorName = reader.optionalString(u"operator_name", kMaxTextLength);
    view.reference = reader.optionalString(u"reference", kMaxTextLength);
    view.customerNumber = reader.optionalString(u"customer_number", 32);
    view.cashTendered = reader.optionalAmount(u"cash_tendered");
    view.change = reader.optionalAmount(u"change");
    view.cashierId = reader.optionalString(u"cashier_id", kMaxTextLength);
    view.terminalId = reader.optionalString(u"terminal_id", kMaxTextLength);
    view.createdAt = reader.optionalDateTime(u"created_at");
    view.updatedAt = reader.optionalDateTime(u"updated_at");
    view.paidAt = reader.optionalDateTime(u"paid_at");
    view.paidLate = reader.optionalBoolean(u"paid_late", false);
    view.amountMismatch = reader.optionalBoolean(u"amount_mismatch", false);
    if (reader.has(u"payment_attempt"))
        view.paymentAttempt = int(reader.integer(u"payment_attempt", 0, 1000000));
    if (reader.ok() && reader.has(u"last_error")) {
        const QJsonObject inner = reader.object(u"last_error");
        if (reader.ok()) {
            // Same shape as an error body's "error" member; reuse its parser.
            const Result<ApiError> error = ApiError::fromJson(QJsonObject{{u"error"_s, inner}});
            if (error.isOk())
                view.lastError = *error;
            else
                reader.fail(ParseError{u"last_"_s + error.error().field, error.error().message});
        }
    }
    if (!reader.ok())
        return reader.error();
    return view;
}
