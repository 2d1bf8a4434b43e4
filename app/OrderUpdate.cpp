#include "OrderUpdate.h"

#include "contract/OrderView.h"
#include "contract/StartPaymentReply.h"

using namespace Qt::StringLiterals;

std::optional<OrderUpdate> OrderUpdate::fromJson(const QJsonObject &reply)
{
    const QJsonObject object =
        reply.value(u"order"_s).isObject() ? reply.value(u"order"_s).toObject() : reply;
    OrderUpdate update;
    if (const Result<OrderView> view = OrderView::fromJson(object); view.isOk()) {
        update.orderId = view->id.toString(QUuid::WithoutBraces);
        update.state = view->status;
        if (view->lastError)
            update.reason = view->lastError->message;
        update.reference = view->reference;
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
        update.state = started->status;
        update.paymentUrl = started->paymentUrl;
        return update;
    }
    return std::nullopt;
}
