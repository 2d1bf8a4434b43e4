#pragma once

// The body of LigdiCash's create-invoice call ({"commande":{invoice, store, actions,
// custom_data}}), for both payins: hosted (customer and otp "") and direct (the payer's number,
// plus an OTP for operators that validate by USSD code). toJson() writes exactly the documented
// shape with total_price = quantity × unit_price and total_amount = their sum, computed with
// checked Money arithmetic. parse() is the receiving side (the sandbox): it validates strictly
// and answers with the sub-code LigdiCash would give (08 malformed or not XOF, 02 amount).

#include "Money.h"
#include "ligdicash/LigdiCashApi.h"
#include "ligdicash/LigdiCashResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

struct InvoiceRequest
{
    struct Item
    {
        QString name;
        QString description; // always sent, may be ""
        qint64 quantity = 1;
        Money unitPrice;

        friend bool operator==(const Item &, const Item &) = default;
    };

    LigdiCashApi::PayinMode mode = LigdiCashApi::PayinMode::Hosted;
    QList<Item> items;
    // Only used by toJson() when items is empty (LigdiCash then collects this amount alone);
    // parse() fills it with the received total_amount.
    Money totalAmount;
    QString description; // shown on the payment page
    QString customer;    // direct: payer number "226XXXXXXXX"; hosted: "" (else operators hide)
    QString otp;         // direct with USSD-OTP operators (Orange BF); "" otherwise
    QString customerFirstName; // keys always sent, values may be ""
    QString customerLastName;
    QString customerEmail;
    QString externalId; // "" (we identify by custom_data.transaction_id)
    QString storeName;
    QUrl storeWebsiteUrl;
    QUrl cancelUrl; // may be empty (sent as "")
    QUrl returnUrl; // may be empty (sent as "")
    QUrl callbackUrl;
    // Flat object; LigdiCash returns it as [{keyof_customdata, valueof_customdata}] in confirm
    // answers and callbacks. Our key is "transaction_id".
    QMap<QString, QString> customData;

    QString transactionId() const { return customData.value(LigdiCashApi::transactionIdKey); }
    void setTransactionId(const QString &id)
    {
        customData.insert(LigdiCashApi::transactionIdKey, id);
    }

    // Σ quantity × unit_price (or totalAmount when items is empty); AmountOutOfRange on overflow.
    LigdiCashResult<Money> total() const;

    // {"commande":{...}} exactly as documented. Fails on overflow, a negative amount or
    // quantity, a direct payin without customer, or a missing transaction id.
    LigdiCashResult<QJsonObject> toJson() const;
    // toJson() as compact UTF-8, the bytes to POST.
    LigdiCashResult<QByteArray> toBody() const;

    // Strict reading of a received body (the sandbox's side). A hosted body with a customer
    // number is accepted (LigdiCash then only shows that number's operators), although toJson()
    // never writes one. Every error carries the sub-code LigdiCash would answer and names the
    // field ("commande.invoice.items[0].unit_price"): total_amount outside [minAmount,
    // maxAmount] is AmountOutOfRange/"02"; wrong types, inconsistent totals and missing keys
    // are Malformed/"08"; a devise other than XOF (any case) is UnsupportedCurrency/"08".
    static LigdiCashResult<InvoiceRequest>
    parse(const QByteArray &body, LigdiCashApi::PayinMode mode,
          Money minAmount = Money::fromFrancs(LigdiCashApi::defaultMinAmount),
          Money maxAmount = Money::fromFrancs(LigdiCashApi::defaultMaxAmount));
    static LigdiCashResult<InvoiceRequest>
    fromJson(const QJsonObject &json, LigdiCashApi::PayinMode mode,
             Money minAmount = Money::fromFrancs(LigdiCashApi::defaultMinAmount),
             Money maxAmount = Money::fromFrancs(LigdiCashApi::defaultMaxAmount));

    friend bool operator==(const InvoiceRequest &, const InvoiceRequest &) = default;
};
