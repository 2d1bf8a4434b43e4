#include "OrderStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString orderStatusToString(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Draft:
        return u"draft"_s;
    case OrderStatus::AwaitingPayment:
        return u"awaiting_payment"_s;
    case OrderStatus::Paid:
        return u"paid"_s;
    case OrderStatus::Failed:
        return u"failed"_s;
    case OrderStatus::Cancelled:
        return u"cancelled"_s;
    case OrderStatus::Expired:
        return u"expired"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<OrderStatus> orderStatusFromString(QStringView text)
{
    for (OrderStatus status : allOrderStatuses()) {
        if (text == orderStatusToString(status))
            return status;
    }
    return std::nullopt;
}

QString orderStatusDisplayName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Draft:
        return QCoreApplication::translate("OrderStatus", "Draft");
    case OrderStatus::AwaitingPayment:
        return QCoreApplication::translate("OrderStatus", "Awaiting payment");
    case OrderStatus::Paid:
        return QCoreApplication::translate("OrderStatus", "Paid");
    case OrderStatus::Failed:
        return QCoreApplication::translate("OrderStatus", "Payment failed");
    case OrderStatus::Cancelled:
        return QCoreApplication::translate("OrderStatus", "Cancelled");
    case OrderStatus::Expired:
        return QCoreApplication::translate("OrderStatus", "Expired");
    }
    Q_UNREACHABLE();
    return {};
}

bool isLegalTransition(OrderStatus from, OrderStatus to)
{
    using S = OrderStatus;
    switch (from) {
    case S::Draft:
        // Cash goes straight to paid; an abandoned sale is cancelled.
        return to == S::AwaitingPayment || to == S::Paid || to == S::Cancelled;
    case S::AwaitingPayment:
        return to == S::Paid || to == S::Failed || to == S::Cancelled || to == S::Expired;
    case S::Failed:
        // LigdiCash's notcompleted is final for that token: retry means a new attempt.
        return to == S::AwaitingPayment || to == S::Cancelled;
    case S::Cancelled:
    case S::Expired:
        // LigdiCash has no expiry of its own: money can still arrive after we gave up, and a
        // confirmed payment must be recorded, never lost.
        return to == S::Paid;
    case S::Paid:
        return false;
    }
    return false;
}

TransitionError transition(OrderStatus from, OrderStatus to)
{
    if (from == to)
        return TransitionError::AlreadyInStatus;
    return isLegalTransition(from, to) ? TransitionError::None : TransitionError::Illegal;
}

QString transitionErrorMessage(TransitionError error, OrderStatus from, OrderStatus to)
{
    switch (error) {
    case TransitionError::None:
        return {};
    case TransitionError::AlreadyInStatus:
        return QCoreApplication::translate("OrderStatus", "The order is already %1.")
            .arg(orderStatusDisplayName(to).toLower());
    case TransitionError::Illegal:
        return QCoreApplication::translate("OrderStatus",
                                           "An order cannot go from \"%1\" to \"%2\".")
            .arg(orderStatusDisplayName(from), orderStatusDisplayName(to));
    }
    Q_UNREACHABLE();
    return {};
}

bool isFinal(OrderStatus status)
{
    return status == OrderStatus::Paid;
}

bool isClosed(OrderStatus status)
{
    return status == OrderStatus::Paid || status == OrderStatus::Cancelled ||
           status == OrderStatus::Expired;
}

bool isSettled(OrderStatus status)
{
    return status == OrderStatus::Paid || status == OrderStatus::Failed ||
           status == OrderStatus::Cancelled;
}

bool isAwaitingPayment(OrderStatus status)
{
    return status == OrderStatus::AwaitingPayment;
}

bool canStartPayment(OrderStatus status)
{
    return status == OrderStatus::Draft || status == OrderStatus::Failed;
}

QList<OrderStatus> allOrderStatuses()
{
    return {OrderStatus::Draft,  OrderStatus::AwaitingPayment, OrderStatus::Paid,
            OrderStatus::Failed, OrderStatus::Cancelled,       OrderStatus::Expired};
}
