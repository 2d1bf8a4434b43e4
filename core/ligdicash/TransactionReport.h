#pragma once

// What LigdiCash says about one transaction: the field set shared by confirm answers and
// callbacks (status, amount, operator, payer, custom_data...). It absorbs the drift between doc
// generations: "nocompleted" and "notcompleted", amounts as numbers or numeric strings, operator_id
// as number or string, customer null while pending, custom_data as an array read by key (never
// by index), extra keys such as transaction_id or id_invoice. Unknown fields are ignored.
// Nothing here proves a payment: only a confirm answer fetched with the creation token does.

#include "Money.h"
#include "ligdicash/LigdiCashApi.h"
#include "ligdicash/LigdiCashResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

struct TransactionReport
{
    enum class Status {
        Completed,    // final: paid
        Pending,      // default; may last days
        NotCompleted, // final: failed ("notcompleted" or the older "nocompleted")
        Unknown,      // any other spelling: treated as failed; rawStatus keeps what was sent
    };

    struct CustomerDetails
    {
        QString firstName;
        QString lastName;
        QString email;
        QString phone;
        QString details;

        friend bool operator==(const CustomerDetails &, const CustomerDetails &) = default;
    };

    QString responseCode; // "00" (may be absent in callbacks)
    Status status = Status::Unknown;
    QString rawStatus;
    // amount and montant (same value; either may be a numeric string). Absent in payout
    // confirms, null or "" while pending: never read it as 0.
    std::optional<Money> amount;
    // LigdiCash's confirm and callbacks state no currency; they are XOF-only. A "devise" or
    // "currency" key, if ever present, is read upper-cased here; otherwise "XOF".
    QString currency = QStringLiteral("XOF");
    QString operatorId;   // "11", "12" (a JSON number is turned into its digits); "" while pending
    QString operatorName; // "ORANGE BURKINA"; "" while pending
    QString customer;     // payer number; "" when null (pending)
    QString token;        // empty in confirm answers; in callbacks see CallbackPayload
    QString responseText;
    QString description;
    QString date;       // raw, e.g. "2026-04-15 11:19:28+00"
    QDateTime dateUtc;  // date read as UTC; invalid when absent or in another format
    QString externalId; // ";"-joined values of custom_data keys containing "id"
    QString oreference;
    QString requestId; // LigdiCash's request id, e.g. "P2777636082026"
    // Top-level transaction_id (2024 confirms: a LigdiCash/operator reference; payouts: the
    // merchant id). Not our custom_data transaction_id: see merchantTransactionId().
    QString topLevelTransactionId;
    QString wiki;
    QMap<QString, QString> customData; // keyof_customdata -> valueof_customdata
    std::optional<CustomerDetails> customerDetails;

    bool isCompleted() const { return status == Status::Completed; }
    bool isPending() const { return status == Status::Pending; }
    // NotCompleted or an unknown status.
    bool isFailed() const { return !isCompleted() && !isPending(); }
    // Our own id, read from custom_data by its key "transaction_id" ("" when absent).
    QString merchantTransactionId() const
    {
        return customData.value(LigdiCashApi::transactionIdKey);
    }

    // Reads the fields whatever response_code says; endpoint only labels errors.
    static LigdiCashResult<TransactionReport> fromJson(const QJsonObject &json,
                                                       LigdiCashApi::Endpoint endpoint);
    static Status parseStatus(QStringView status);

    // The report as LigdiCash writes it (the sandbox's side): the documented confirm field set
    // plus transaction_id; amount and montant as numbers (omitted when unknown), customer null
    // when empty, custom_data as [{keyof_customdata, valueof_customdata,
    // datecreation_customdata}] in key order.
    QJsonObject toJson() const;

    friend bool operator==(const TransactionReport &, const TransactionReport &) = default;
};
