#pragma once

// A LigdiCash payment that reached the server but matches no order (GET
// /api/v1/payments/unmatched): what the callback said, what LigdiCash's confirm answered for its
// token (for the manager's information only: it never makes an order paid) and the review.

#include "Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

struct UnmatchedPayment
{
    struct Confirm
    {
        QString status;
        std::optional<Money> amount;
        QString operatorName;
        QString error; // LigdiCash's refusal of the token (status "error"), in its words
    };

    QString id;
    QDateTime receivedAt; // UTC
    QString transactionId;
    QString status;
    std::optional<Money> amount;
    QString payer;
    QString requestId;
    std::optional<Confirm> confirm;
    QDateTime reviewedAt;
    QString reviewedByName;
    QString note;

    bool isReviewed() const { return reviewedAt.isValid(); }
    // "completed · 4 500 FCFA · ORANGE BURKINA", or a dash when there was no token to confirm.
    QString confirmText() const;
    static std::optional<UnmatchedPayment> fromJson(const QJsonObject &object);
};
