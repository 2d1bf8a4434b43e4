#pragma once

// The life of an order as an explicit state machine (docs/domain.md explains each transition):
//
//   draft ──► awaiting_payment ──► paid | failed | cancelled | expired
//   draft ──► paid                       (cash)
//   draft ──► cancelled                  (abandoned before any payment started)
//   failed ──► awaiting_payment          (retry: a new LigdiCash attempt)
//   failed ──► cancelled                 (the customer gives up after a failure)
//   expired | cancelled ──► paid         ("paid late": LigdiCash confirmed after we stopped
//   waiting)
//
// Everything else is illegal, including staying in the same status (reported separately as
// AlreadyInStatus so that duplicate callbacks can be treated as no-ops).

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

enum class OrderStatus { Draft, AwaitingPayment, Paid, Failed, Cancelled, Expired };

enum class [[nodiscard]] TransitionError{
    None,            // the transition is legal
    AlreadyInStatus, // from == to: nothing to do (idempotent repeat)
    Illegal,         // not an edge of the state machine
};

// snake_case wire names: "draft", "awaiting_payment", "paid", "failed", "cancelled", "expired".
QString orderStatusToString(OrderStatus status);
std::optional<OrderStatus> orderStatusFromString(QStringView text);
QString orderStatusDisplayName(OrderStatus status);

// Whether from -> to is an edge of the state machine.
TransitionError transition(OrderStatus from, OrderStatus to);
bool isLegalTransition(OrderStatus from, OrderStatus to);
QString transitionErrorMessage(TransitionError error, OrderStatus from, OrderStatus to);

// No transition leaves this status (only paid).
bool isFinal(OrderStatus status);
// The sale is over at the counter (paid, cancelled, expired): the cashier can move on. Cancelled
// and expired orders still listen for a late LigdiCash confirmation.
bool isClosed(OrderStatus status);
// This payment attempt has its answer and a terminal can stop following it: paid, failed or
// cancelled. Expired is not settled: LigdiCash may still confirm, so a terminal keeps watching.
bool isSettled(OrderStatus status);
// Waiting for LigdiCash: the terminal polls and the server listens for callbacks.
bool isAwaitingPayment(OrderStatus status);
// A new payment attempt may start from here (draft or failed).
bool canStartPayment(OrderStatus status);
// Every status, in declaration order (for tests and UI filters).
QList<OrderStatus> allOrderStatuses();
