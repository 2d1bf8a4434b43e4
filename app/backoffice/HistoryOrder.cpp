#include "HistoryOrder.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

QString HistoryOrder::flagsText() const
{
    QStringList parts;
    if (amountMismatch)
        parts.append(QCoreApplication::translate("HistoryOrder", "Amount mismatch"));
    if (paidLate)
        parts.append(QCoreApplication::translate("HistoryOrder", "Paid late"));
    if (parts.isEmpty())
        return {};
    QString text = parts.join(u", "_s);
    if (reviewed)
        text = QCoreApplication::translate("HistoryOrder", "%1 (reviewed)").arg(text);
    return text;
}

std::optional<Money> HistoryOrder::moneyFromJson(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // A fraction of a franc or a figure beyond exact doubles is not an XOF amount.
    if (std::trunc(number) != number || std::abs(number) > 9007199254740992.0)
        return std::nullopt;
    return Money::fromFrancs(value.toInteger());
}

QDateTime HistoryOrder::timeFromJson(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

std::optional<HistoryOrder> HistoryOrder::fromJson(const QJsonObject &object)
{
    HistoryOrder order;
    order.id = object.value(u"id"_s).toString();
    const auto status = orderStatusFromString(object.value(u"status"_s).toString());
    const auto method = paymentMethodFromString(object.value(u"method"_s).toString());
    const auto total = moneyFromJson(object.value(u"total"_s));
    if (order.id.isEmpty() || !status || !method || !total)
        return std::nullopt;
    order.status = *status;
    order.method = *method;
    order.total = *total;
    order.createdAt = timeFromJson(object.value(u"created_at"_s));
    order.currency = object.value(u"currency"_s).toString(u"XOF"_s);
    order.paidAmount = moneyFromJson(object.value(u"paid_amount"_s));
    // Ids may come as strings or numbers depending on the table behind them.
    auto idText = [](const QJsonValue &value) {
        return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    };
    order.terminalId = idText(object.value(u"terminal_id"_s));
    order.terminalName = object.value(u"terminal_name"_s).toString();
    order.cashierId = idText(object.value(u"cashier_id"_s));
    order.cashierName = object.value(u"cashier_name"_s).toString();
    order.operatorName = object.value(u"operator_name"_s).toString();
    order.customerNumber = object.value(u"customer_number"_s).toString();
    order.reference = object.value(u"reference"_s).toString();
    const QJsonObject flags = object.value(u"flags"_s).toObject();
    order.amountMismatch = flags.value(u"amount_mismatch"_s).toBool();
    order.paidLate = flags.value(u"paid_late"_s).toBool();
    order.reviewed = flags.value(u"reviewed"_s).toBool();
    return order;
}
