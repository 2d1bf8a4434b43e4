#pragma once

// Where an order stands as far as the terminal knows, with the wire spelling the server uses.
// Unknown spellings map to Unknown so a newer server never crashes an older terminal.

#include <QCoreApplication>
#include <QString>

enum class OrderState {
    Unknown,
    AwaitingPayment,
    Paid,
    Failed,
    Cancelled,
    Expired,
};

namespace OrderStates {

OrderState fromWire(const QString &text);
QString toWire(OrderState state);
// Paid, failed and cancelled never change again; an expired order can still turn paid late.
bool isFinal(OrderState state);
// For the cashier, translated.
QString displayName(OrderState state);

} // namespace OrderStates
