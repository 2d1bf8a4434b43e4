#pragma once

// One order as the back office lists it (a row of GET /api/v1/history): when, status, how it
// was paid, by whom and where, the LigdiCash traces a manager searches by, and the flags that
// call for a review (amount mismatch, paid late).

#include "Money.h"
#include "domain/OrderStatus.h"
#include "domain/PaymentMethod.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

struct HistoryOrder
{
    QString id;
    QDateTime createdAt; // UTC
    OrderStatus status = OrderStatus::Draft;
    PaymentMethod method = PaymentMethod::Cash;
    Money total;
    QString currency;
    std::optional<Money> paidAmount;
    QString terminalId;
    QString terminalName;
    QString cashierId;
    QString cashierName;
    QString operatorName;
    QString customerNumber;
    QString reference;
    bool amountMismatch = false;
    bool paidLate = false;
    bool reviewed = false;

    // A flag was raised (whether or not a manager has reviewed it since).
    bool isFlagged() const { return amountMismatch || paidLate; }
    bool needsReview() const { return isFlagged() && !reviewed; }
    // "Amount mismatch, paid late" in words; empty without a flag.
    QString flagsText() const;

    // nullopt when a field the list cannot do without (id, status, method, total) is missing or
    // of the wrong kind: one bad row is dropped, not the page.
    static std::optional<HistoryOrder> fromJson(const QJsonObject &object);
    // Reads an amount that must be a whole number of francs.
    static std::optional<Money> moneyFromJson(const QJsonValue &value);
    static QDateTime timeFromJson(const QJsonValue &value);
};
