#pragma once

// A POST LigdiCash sends to callback_url. It sends each event twice, once
// application/x-www-form-urlencoded (custom_data and customer_details as JSON strings) and once
// application/json, with the same data; parse() reads both into the same TransactionReport and
// dedupKey() is equal for the two.
//
// A callback is an unsigned notification anyone can forge. Use it only to learn which order to
// re-check: take transactionId() (custom_data by key), look up the token stored at creation and
// call confirm with it. The callback's own `token` (usually "", sometimes a different JWT) is
// recorded for diagnostics and must NEVER be used to verify or confirm anything.

#include "ligdicash/LigdiCashResult.h"
#include "ligdicash/TransactionReport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

struct CallbackPayload : TransactionReport
{
    enum class Encoding { Json, FormUrlEncoded };

    Encoding encoding = Encoding::Json;
    QString url;       // payout callbacks echo the callback URL
    QString urlMethod; // payout callbacks: usually ""

    // Our transaction id: custom_data's "transaction_id" entry, by key ("" when absent; never
    // taken from an index, from external_id or from the top-level transaction_id).
    QString transactionId() const { return merchantTransactionId(); }
    // Recorded, never trusted (see above).
    QString callbackToken() const { return token; }

    // Same for the form and the JSON twin of one event; different when anything LigdiCash
    // reports changes (pending -> completed, amount...). Hex SHA-256 of a canonical form.
    QByteArray dedupKey() const;

    // contentType is the Content-Type header ("application/json; charset=utf-8" is fine); when
    // empty the body is sniffed. Bodies above maxBodySize are refused.
    static LigdiCashResult<CallbackPayload> parse(QStringView contentType, const QByteArray &body);

    // The form-urlencoded twin of a JSON callback, as LigdiCash posts it (the sandbox's side):
    // scalars as text (null as ""), arrays and objects (custom_data, customer_details) as
    // compact JSON text.
    static QByteArray toFormBody(const QJsonObject &json);

    static constexpr qsizetype maxBodySize = 64 * 1024;
};
