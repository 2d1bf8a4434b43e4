#pragma once

// POST /api/v1/orders/{id}/payment: start a LigdiCash payment for an order.
// Hosted: LigdiCash's page (the customer picks an operator and pays). Direct: the terminal gives
// the payer's number (and an OTP when the operator needs one) and the payment is pushed to the
// phone. Repeating the request while a payment is pending answers the same attempt.

#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

struct StartPaymentRequest
{
    enum class Flow { Hosted, Direct };

    Flow flow = Flow::Hosted;
    QString customerNumber; // direct only: digits, country code included, e.g. "22670123456"
    QString otp;            // direct only, optional: digits

    static QString flowToString(Flow flow); // "hosted" / "direct"
    static std::optional<Flow> flowFromString(QStringView text);

    // {"flow"[,"customer_number"[,"otp"]]}
    QJsonObject toJson() const;
    // Direct requires customer_number (8 to 15 digits); hosted refuses it.
    static Result<StartPaymentRequest> fromJson(const QJsonObject &json);

    friend bool operator==(const StartPaymentRequest &, const StartPaymentRequest &) = default;
};
