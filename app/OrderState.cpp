#include "OrderState.h"

using namespace Qt::StringLiterals;

OrderState OrderStates::fromWire(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == "awaiting_payment"_L1 || t == "pending"_L1 || t == "created"_L1 ||
        t == "awaiting"_L1 || t == "draft"_L1 || t == "invoice_created"_L1)
        return OrderState::AwaitingPayment;
    if (t == "paid"_L1 || t == "completed"_L1 || t == "paid_late"_L1)
        return OrderState::Paid;
    if (t == "failed"_L1 || t == "notcompleted"_L1)
        return OrderState::Failed;
    if (t == "cancelled"_L1 || t == "canceled"_L1)
        return OrderState::Cancelled;
    if (t == "expired"_L1)
        return OrderState::Expired;
    return OrderState::Unknown;
}

QString OrderStates::toWire(OrderState state)
{
    switch (state) {
    case OrderState::AwaitingPayment:
        return u"awaiting_payment"_s;
    case OrderState::Paid:
        return u"paid"_s;
    case OrderState::Failed:
        return u"failed"_s;
    case OrderState::Cancelled:
        return u"cancelled"_s;
    case OrderState::Expired:
        return u"expired"_s;
    case OrderState::Unknown:
        break;
    }
    return u"unknown"_s;
}

bool OrderStates::isFinal(OrderState state)
{
    return state == OrderState::Paid || state == OrderState::Failed ||
           state == OrderState::Cancelled;
}

QString OrderStates::displayName(OrderState state)
{
    switch (state) {
    case OrderState::AwaitingPayment:
        return QCoreApplication::translate("OrderState", "Awaiting payment");
    case OrderState::Paid:
        return QCoreApplication::translate("OrderState", "Paid");
    case OrderState::Failed:
        return QCoreApplication::translate("OrderState", "Failed");
    case OrderState::Cancelled:
        return QCoreApplication::translate("OrderState", "Cancelled");
    case OrderState::Expired:
        return QCoreApplication::translate("OrderState", "Not confirmed yet");
    case OrderState::Unknown:
        break;
    }
    return QCoreApplication::translate("OrderState", "Unknown");
}
