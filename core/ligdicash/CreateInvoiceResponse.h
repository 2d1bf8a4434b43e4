#pragma once

// LigdiCash's answer to create-invoice. "00" means the invoice exists (not that anything is
// paid): keep token, it is the only thing confirm accepts. For a hosted payin response_text is
// the payment page URL; for a direct payin it is a message ("Votre requête est en cours de
// traitement") or, for operators that validate on their own page, a URL to open. "01" becomes
// a LigdiCashError (Rejected) with the sub-code from "Echec (CodeXX)".

#include "ligdicash/LigdiCashApi.h"
#include "ligdicash/LigdiCashResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

struct CreateInvoiceResponse
{
    QString token;        // the invoice token; store it with the order, confirm needs it
    QUrl paymentUrl;      // hosted: the page to open; direct: set only when response_text is a URL
    QString responseText; // raw
    QString description;  // often "", absent in the current docs
    QString wiki;

    // Accepts the current 4-field answer and the older one (with description, response_text
    // being a confirm URL). Unknown fields are ignored.
    static LigdiCashResult<CreateInvoiceResponse> parse(const QByteArray &body,
                                                        LigdiCashApi::PayinMode mode);
    static LigdiCashResult<CreateInvoiceResponse> fromJson(const QJsonObject &json,
                                                           LigdiCashApi::PayinMode mode);

    // The success answer as LigdiCash writes it (the sandbox's side): response_code "00",
    // token, response_text, description "" and wiki createInvoice.
    QJsonObject toJson() const;

    friend bool operator==(const CreateInvoiceResponse &, const CreateInvoiceResponse &) = default;
};
