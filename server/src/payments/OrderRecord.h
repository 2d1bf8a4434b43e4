#pragma once

// One order as the payments store keeps it: what the terminal asked for, who asked, and where its
// LigdiCash payment stands. A plain value read from and written to the `orders` table.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

struct OrderRecord
{
    QString id;
    QString terminalId;
    QString cashierId;
    QString method; // "ligdicash" | "cash"
    QString currency;
    qint64 total = 0;
    std::optional<qint64> tendered;
    std::optional<qint64> changeDue;
    QJsonArray lines;
    QString requestHash;
    QString status;      // OrderStatusName values
    QString paymentKind; // "hosted" | "direct", empty before a payment was started
    QString customerPhone;
    QString invoiceToken;
    QString paymentUrl;
    QString invoiceClaimOwner; // set while a request creates the invoice
    qint64 invoiceClaimUntil = 0;
    QString lastErrorCode;
    QString lastErrorMessage;
    QString lastConfirmStatus;
    std::optional<qint64> paidAmount;
    QString operatorName;
    QString payer;
    bool flagMismatch = false;
    bool flagPaidLate = false;
    int paymentAttempt = 0;
    QString reference; // LigdiCash's transaction reference once paid
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 invoiceCreatedAt = 0;
    qint64 paidAt = 0;
    qint64 checkAttempts = 0;
    int version = 0;

    bool hasInvoice() const { return !invoiceToken.isEmpty(); }
};
