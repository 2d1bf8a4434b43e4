#pragma once

// The JSON LigdiCash answers and posts, built from an invoice: the error and create envelopes,
// the confirm answer (2026 or 2024 field set) and the callback payload (its form-urlencoded twin
// is core's CallbackPayload::toFormBody). Field names, types and formats follow docs/sandbox.md and
// API.md.

#include "Invoice.h"
#include "Scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class InvoiceTokenCodec;

class LigdiCashPayload
{
public:
    enum class Purpose { Confirm, Callback };

    static QString createWiki();
    static QString confirmWiki();

    // HTTP 200 body for a refused call: response_code "01", "Echec (Code<subCode>)".
    static QJsonObject error(const QString &subCode, const QString &wiki);
    // HTTP 200 body for an accepted create: the payment URL (hosted) or the "processing" text.
    static QJsonObject created(const QByteArray &token, const QString &responseText);

    // The invoice as confirm reports it, or as a callback posts it; `status` lets a callback
    // announce "pending" before the final state.
    static QJsonObject status(const Invoice &invoice, Invoice::Status status, Purpose purpose,
                              const Scenario &scenario, const InvoiceTokenCodec &codec);

    static QString statusText(Invoice::Status status, bool nocompleted);
};
