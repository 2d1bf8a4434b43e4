#include "OrderUpdate.h"

#include "JsonRead.h"
#include "contract/OrderView.h"
#include "contract/StartPaymentReply.h"

using namespace Qt::StringLiterals;

OrderUpdate OrderUpdate::fromJson(const QJsonObject &reply)
{
    const QJsonObject object =
        reply.value(u"order"_s).isObject() ? reply.value(u"order"_s).toObject() : reply;
    OrderUpdate update;
    // The contract's view first; the tolerant reading below covers partial answers.
    if (const Result<OrderView> view = OrderView::fromJson(object); view.isOk()) {
        update.orderId = view->id.toString(QUuid::WithoutBraces);
        update.state = OrderStates::fromWire(orderStatusToString(view->status));
        if (view->lastError)
            update.reason = view->lastError->message;
        update.operatorName = view->operatorName;
        update.paymentUrl = view->paymentUrl;
        update.total = view->total;
        update.paidLate = view->paidLate;
        update.paymentWon = reply.value(u"payment_won"_s).toBool();
        return update;
    }
    if (const Result<StartPaymentReply> started = StartPaymentReply::fromJson(object);
        started.isOk()) {
        update.orderId = started->orderId.toString(QUuid::WithoutBraces);
        update.state = OrderStates::fromWire(orderStatusToString(started->status));
        update.paymentUrl = started->paymentUrl;
        return update;
    }
    update.orderId = JsonRead::string(object, {u"id"_s, u"orderId"_s});
    update.state = OrderStates::fromWire(JsonRead::string(object, {u"status"_s, u"state"_s}));
    update.reason = JsonRead::string(object, {u"reason"_s, u"status_reason"_s, u"message"_s});
    update.reference =
        JsonRead::string(object, {u"reference"_s, u"transactionId"_s, u"ligdicashReference"_s});
    update.operatorName =
        JsonRead::string(object, {u"operator_name"_s, u"operator"_s, u"operatorName"_s});
    const QString url = JsonRead::string(object, {u"payment_url"_s, u"paymentUrl"_s});
    if (!url.isEmpty())
        update.paymentUrl = QUrl(url);
    update.total = JsonRead::money(object, {u"total"_s}).value_or(Money());
    update.paymentWon = reply.value(u"payment_won"_s).toBool();
    return update;
}
