#include "StartPaymentReply.h"

#include "JsonFormat.h"
#include "JsonReader.h"

using namespace Qt::StringLiterals;

QJsonObject StartPaymentReply::toJson() const
{
    QJsonObject json{
        {u"id"_s, JsonFormat::uuid(orderId)},
        {u"status"_s, orderStatusToString(status)},
        {u"payment_attempt"_s, paymentAttempt},
    };
    if (!paymentUrl.isEmpty())
        json.insert(u"payment_url"_s, paymentUrl.toString(QUrl::FullyEncoded));
    return json;
}

Result<StartPaymentReply> StartPaymentReply::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    StartPaymentReply reply;
    reply.orderId = reader.uuid(u"id");
    reply.status =
        reader.enumeration(u"status", &orderStatusFromString, OrderStatus::AwaitingPayment,
                           u"draft, awaiting_payment, paid, failed, cancelled, expired"_s);
    reply.paymentUrl = reader.optionalUrl(u"payment_url");
    if (reader.has(u"payment_attempt"))
        reply.paymentAttempt = int(reader.integer(u"payment_attempt", 0, 1000000));
    if (!reader.ok())
        return reader.error();
    return reply;
}
