#pragma once

// LigdiCash's answer to GET .../checkout-invoice/confirm/?invoiceToken=: the only source that may
// make an order paid (status "completed" and an amount equal to the order's). response_code "01"
// is a LigdiCashError (Rejected, confirm sub-codes: "02" = invoice not found).

#include "ligdicash/LigdiCashResult.h"
#include "ligdicash/TransactionReport.h"

#include <QByteArray>
#include <QJsonObject>

struct ConfirmResponse : TransactionReport
{
    static LigdiCashResult<ConfirmResponse> parse(const QByteArray &body);
    static LigdiCashResult<ConfirmResponse> fromJson(const QJsonObject &json);
};
