#include "HistoryOrderDetail.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

std::optional<HistoryOrderDetail> HistoryOrderDetail::fromJson(const QJsonObject &object)
{
    const auto order = HistoryOrder::fromJson(object);
    if (!order)
        return std::nullopt;
    HistoryOrderDetail detail;
    detail.order = *order;
    const QJsonArray lines = object.value(u"lines"_s).toArray();
    for (const QJsonValue &value : lines) {
        Result<OrderLine> line = OrderLine::fromJson(value.toObject());
        if (line.isOk())
            detail.lines.append(*line);
    }
    detail.tendered = HistoryOrder::moneyFromJson(object.value(u"tendered"_s));
    detail.change = HistoryOrder::moneyFromJson(object.value(u"change"_s));
    detail.paymentKind = object.value(u"payment_kind"_s).toString();
    detail.paymentUrl = QUrl(object.value(u"payment_url"_s).toString());
    detail.invoiceTokenHint = object.value(u"invoice_token_hint"_s).toString();
    detail.requestReference = object.value(u"request_reference"_s).toString();
    detail.paidAt = HistoryOrder::timeFromJson(object.value(u"paid_at"_s));
    const QJsonObject review = object.value(u"review"_s).toObject();
    detail.reviewedAt = HistoryOrder::timeFromJson(review.value(u"at"_s));
    detail.reviewedByName = review.value(u"by_name"_s).toString();
    detail.reviewNote = review.value(u"note"_s).toString();
    const QJsonArray timeline = object.value(u"timeline"_s).toArray();
    for (const QJsonValue &value : timeline)
        detail.timeline.append(HistoryEvent::fromJson(value.toObject()));
    return detail;
}
