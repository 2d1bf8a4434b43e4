#include "UnmatchedPayment.h"

#include "HistoryOrder.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

QString UnmatchedPayment::confirmText() const
{
    if (!confirm)
        // null until a manager asks (POST .../check): not a sign that the callback had no token.
        return QCoreApplication::translate("UnmatchedPayment", "not checked with LigdiCash");
    QStringList parts;
    if (!confirm->status.isEmpty())
        parts.append(confirm->status);
    if (confirm->amount)
        parts.append(confirm->amount->toString());
    if (!confirm->operatorName.isEmpty())
        parts.append(confirm->operatorName);
    if (!confirm->error.isEmpty())
        parts.append(confirm->error);
    return parts.join(u" · "_s);
}

std::optional<UnmatchedPayment> UnmatchedPayment::fromJson(const QJsonObject &object)
{
    UnmatchedPayment payment;
    const QJsonValue id = object.value(u"id"_s);
    payment.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    if (payment.id.isEmpty())
        return std::nullopt;
    payment.receivedAt = HistoryOrder::timeFromJson(object.value(u"received_at"_s));
    payment.transactionId = object.value(u"transaction_id"_s).toString();
    payment.status = object.value(u"status"_s).toString();
    payment.amount = HistoryOrder::moneyFromJson(object.value(u"amount"_s));
    payment.payer = object.value(u"payer"_s).toString();
    payment.requestId = object.value(u"request_id"_s).toString();
    if (object.value(u"confirm"_s).isObject()) {
        const QJsonObject confirm = object.value(u"confirm"_s).toObject();
        payment.confirm = Confirm{confirm.value(u"status"_s).toString(),
                                  HistoryOrder::moneyFromJson(confirm.value(u"amount"_s)),
                                  confirm.value(u"operator_name"_s).toString(),
                                  confirm.value(u"error"_s).toString()};
    }
    payment.reviewedAt = HistoryOrder::timeFromJson(object.value(u"reviewed_at"_s));
    payment.reviewedByName = object.value(u"reviewed_by_name"_s).toString();
    payment.note = object.value(u"note"_s).toString();
    return payment;
}
