#include "ligdicash/InvoiceRequest.h"

#include "ligdicash/PayloadReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

using LigdiCashApi::Endpoint;

constexpr qsizetype maxBodySize = 256 * 1024;
constexpr qsizetype maxItems = 200;
constexpr qint64 maxQuantity = 1'000'000;
constexpr qsizetype maxCustomDataEntries = 32;
constexpr qsizetype maxShortText = 255;
constexpr qsizetype maxUrlLength = 2048;

QString urlText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString(QUrl::FullyEncoded);
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == "https"_L1 || url.scheme() == "http"_L1);
}

QString expectedUrl()
{
    return QCoreApplication::translate("LigdiCash", "expected an absolute http(s) URL");
}

// Payer numbers are written with the country code, digits only: 22670000000.
bool isPhoneNumber(QStringView text)
{
    if (text.size() < 8 || text.size() > 15)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString expectedPhone()
{
    return QCoreApplication::translate("LigdiCash", "expected the payer's number with its country "
                                                    "code, digits only (e.g. 22670000000)");
}

// Reads an optional URL field: absent or "" gives an empty QUrl.
QUrl readUrl(PayloadReader &reader, QStringView key, bool required)
{
    const QString text =
        required ? reader.string(key, maxUrlLength) : reader.optionalString(key, maxUrlLength);
    if (!reader.ok())
        return {};
    if (text.isEmpty()) {
        if (required)
            reader.fail(key, expectedUrl());
        return {};
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!isHttpUrl(url)) {
        reader.fail(key, expectedUrl());
        return {};
    }
    return url;
}

// custom_data is a flat object; LigdiCash hands its values back as strings.
QMap<QString, QString> readCustomData(PayloadReader &commande)
{
    QMap<QString, QString> result;
    const QJsonObject object = commande.objectField(u"custom_data");
    if (!commande.ok())
        return result;
    if (object.size() > maxCustomDataEntries) {
        commande.fail(u"custom_data",
                      QCoreApplication::translate("LigdiCash", "more than %1 entries")
                          .arg(maxCustomDataEntries));
        return result;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const QString path = u"custom_data."_s + key;
        if (key.isEmpty() || key.size() > 64) {
            commande.fail(u"custom_data", QCoreApplication::translate(
                                              "LigdiCash", "keys must have 1 to 64 characters"));
            return result;
        }
        const QJsonValue value = it.value();
        QString text;
        if (value.isString()) {
            text = value.toString();
        } else if (value.isDouble()) {
            const double number = value.toDouble();
            text = number == double(value.toInteger()) ? QString::number(value.toInteger())
                                                       : QString::number(number, 'g', 17);
        } else if (value.isBool()) {
            text = value.toBool() ? u"true"_s : u"false"_s;
        } else {
            commande.fail(path, QCoreApplication::translate(
                                    "LigdiCash", "expected a string or a number (custom_data is "
                                                 "a flat object)"));
            return result;
        }
        if (text.size() > maxShortText) {
            commande.fail(path, PayloadReader::tooLong(maxShortText));
            return result;
        }
        result.insert(key, text);
    }
    return result;
}

} // namespace

LigdiCashResult<Money> InvoiceRequest::total() const
{
    if (items.isEmpty())
        return totalAmount;
    Money sum;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        const QString path = u"commande.invoice.items["_s + QString::number(i) + u']';
        const std::optional<Money> line = item.unitPrice.times(item.quantity);
        if (!line) {
            return LigdiCashError::amountOutOfRange(
                Endpoint::CreateInvoice, path + u".total_price"_s,
                QCoreApplication::translate("LigdiCash", "quantity × unit_price overflows"));
        }
        const std::optional<Money> next = sum.plus(*line);
        if (!next) {
            return LigdiCashError::amountOutOfRange(
                Endpoint::CreateInvoice, u"commande.invoice.total_amount"_s,
                QCoreApplication::translate("LigdiCash", "the sum of the items overflows"));
        }
        sum = *next;
    }
    return sum;
}

LigdiCashResult<QJsonObject> InvoiceRequest::toJson() const
{
    const auto malformed = [](const QString &field, const QString &message) {
        return LigdiCashError::malformed(Endpoint::CreateInvoice, field, message);
    };
    QJsonArray itemArray;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        const QString path = u"commande.invoice.items["_s + QString::number(i) + u']';
        if (item.name.isEmpty())
            return malformed(path + u".name"_s, PayloadReader::missing());
        if (item.quantity < 1 || item.quantity > maxQuantity) {
            return malformed(path + u".quantity"_s,
                             QCoreApplication::translate("LigdiCash", "must be between %1 and %2")
                                 .arg(1)
                                 .arg(maxQuantity));
        }
        if (item.unitPrice.isNegative()) {
            return LigdiCashError::amountOutOfRange(
                Endpoint::CreateInvoice, path + u".unit_price"_s,
                QCoreApplication::translate("LigdiCash", "must not be negative"));
        }
        const std::optional<Money> line = item.unitPrice.times(item.quantity);
        if (!line || line->francs() > PayloadReader::maxExactAmount) {
            return LigdiCashError::amountOutOfRange(
                Endpoint::CreateInvoice, path + u".total_price"_s,
                QCoreApplication::translate("LigdiCash", "quantity × unit_price overflows"));
        }
        itemArray.append(QJsonObject{
            {u"name"_s, item.name},
            {u"description"_s, item.description},
            {u"quantity"_s, item.quantity},
            {u"unit_price"_s, item.unitPrice.francs()},
            {u"total_price"_s, line->francs()},
        });
    }
    const LigdiCashResult<Money> sum = total();
    if (!sum)
        return sum.error();
    if (sum->francs() <= 0 || sum->francs() > PayloadReader::maxExactAmount) {
        return LigdiCashError::amountOutOfRange(
            Endpoint::CreateInvoice, u"commande.invoice.total_amount"_s,
            QCoreApplication::translate("LigdiCash", "must be between %1 and %2")
                .arg(1)
                .arg(PayloadReader::maxExactAmount));
    }
    if (mode == LigdiCashApi::PayinMode::Hosted && (!customer.isEmpty() || !otp.isEmpty())) {
        return malformed(
            customer.isEmpty() ? u"commande.invoice.otp"_s : u"commande.invoice.customer"_s,
            QCoreApplication::translate("LigdiCash", "must be empty for a hosted payin (a number "
                                                     "hides operators on LigdiCash's page)"));
    }
    if (mode == LigdiCashApi::PayinMode::Direct && !isPhoneNumber(customer))
        return malformed(u"commande.invoice.customer"_s, expectedPhone());
    if (transactionId().isEmpty())
        return malformed(u"commande.custom_data.transaction_id"_s, PayloadReader::missing());
    if (!isHttpUrl(callbackUrl))
        return malformed(u"commande.actions.callback_url"_s, expectedUrl());

    QJsonObject customDataObject;
    for (auto it = customData.constBegin(); it != customData.constEnd(); ++it)
        customDataObject.insert(it.key(), it.value());

    const QJsonObject invoice{
        {u"items"_s, itemArray},
        {u"total_amount"_s, sum->francs()},
        {u"devise"_s, QString(LigdiCashApi::currency)},
        {u"description"_s, description},
        {u"customer"_s, customer},
        {u"customer_firstname"_s, customerFirstName},
        {u"customer_lastname"_s, customerLastName},
        {u"customer_email"_s, customerEmail},
        {u"external_id"_s, externalId},
        {u"otp"_s, otp},
    };
    const QJsonObject store{
        {u"name"_s, storeName},
        {u"website_url"_s, urlText(storeWebsiteUrl)},
    };
    const QJsonObject actions{
        {u"cancel_url"_s, urlText(cancelUrl)},
        {u"return_url"_s, urlText(returnUrl)},
        {u"callback_url"_s, urlText(callbackUrl)},
    };
    return QJsonObject{{u"commande"_s, QJsonObject{
                                           {u"invoice"_s, invoice},
                                           {u"store"_s, store},
                                           {u"actions"_s, actions},
                                           {u"custom_data"_s, customDataObject},
                                       }}};
}

LigdiCashResult<QByteArray> InvoiceRequest::toBody() const
{
    const LigdiCashResult<QJsonObject> json = toJson();
    if (!json)
        return json.error();
    return QJsonDocument(*json).toJson(QJsonDocument::Compact);
}

LigdiCashResult<InvoiceRequest> InvoiceRequest::parse(const QByteArray &body,
                                                      LigdiCashApi::PayinMode mode, Money minAmount,
                                                      Money maxAmount)
{
    const LigdiCashResult<QJsonObject> json =
        PayloadReader::parseObject(body, Endpoint::CreateInvoice, maxBodySize);
    if (!json)
        return json.error().withSubCode(u"08"_s);
    return fromJson(*json, mode, minAmount, maxAmount);
}

LigdiCashResult<InvoiceRequest> InvoiceRequest::fromJson(const QJsonObject &json,
                                                         LigdiCashApi::PayinMode mode,
                                                         Money minAmount, Money maxAmount)
{
    const auto withCode = [](const LigdiCashError &error) {
        return error.withSubCode(error.kind() == LigdiCashError::Kind::AmountOutOfRange ? u"02"_s
                                                                                        : u"08"_s);
    };

    InvoiceRequest request;
    request.mode = mode;

    PayloadReader root(json, Endpoint::CreateInvoice);
    PayloadReader commande(root.objectField(u"commande"), Endpoint::CreateInvoice, u"commande"_s);
    if (!root.ok())
        return withCode(root.error());

    PayloadReader invoice(commande.objectField(u"invoice"), Endpoint::CreateInvoice,
                          u"commande.invoice"_s);
    if (!commande.ok())
        return withCode(commande.error());
    const QJsonArray items = invoice.array(u"items", maxItems);
    Money itemSum;
    for (qsizetype i = 0; invoice.ok() && i < items.size(); ++i) {
        const QString path = invoice.elementPath(u"items", i);
        if (!items.at(i).isObject()) {
            invoice.fail(LigdiCashError::malformed(Endpoint::CreateInvoice, path,
                                                   PayloadReader::expectedObject()));
            break;
        }
        PayloadReader itemReader(items.at(i).toObject(), Endpoint::CreateInvoice, path);
        Item item;
        item.name = itemReader.string(u"name", maxShortText);
        if (itemReader.ok() && item.name.isEmpty())
            itemReader.fail(u"name", QCoreApplication::translate("LigdiCash", "must not be empty"));
        item.description = itemReader.optionalString(u"description", maxShortText);
        item.quantity = itemReader.integer(u"quantity", 1, maxQuantity);
        item.unitPrice =
            Money::fromFrancs(itemReader.integer(u"unit_price", 0, PayloadReader::maxExactAmount));
        const qint64 totalPrice =
            itemReader.integer(u"total_price", 0, PayloadReader::maxExactAmount);
        if (itemReader.ok()) {
            const std::optional<Money> line = item.unitPrice.times(item.quantity);
            if (!line || line->francs() != totalPrice) {
                itemReader.fail(
                    u"total_price",
                    QCoreApplication::translate("LigdiCash", "must equal quantity × unit_price"));
            } else if (const std::optional<Money> next = itemSum.plus(*line);
                       !next || next->francs() > PayloadReader::maxExactAmount) {
                invoice.fail(LigdiCashError::amountOutOfRange(
                    Endpoint::CreateInvoice, invoice.fieldPath(u"total_amount"),
                    QCoreApplication::translate("LigdiCash", "the sum of the items overflows")));
            } else {
                itemSum = *next;
            }
        }
        if (!itemReader.ok())
            invoice.fail(itemReader.error());
        request.items.append(item);
    }
    request.totalAmount =
        Money::fromFrancs(invoice.integer(u"total_amount", 0, PayloadReader::maxExactAmount));
    if (invoice.ok() && !items.isEmpty() && request.totalAmount != itemSum) {
        invoice.fail(u"total_amount",
                     QCoreApplication::translate("LigdiCash", "must equal the sum of the items' "
                                                              "total_price (%1)")
                         .arg(itemSum.francs()));
    }
    const QString devise = invoice.string(u"devise", 16);
    request.description = invoice.string(u"description", 1024);
    request.customer = invoice.optionalString(u"customer", 32);
    request.customerFirstName = invoice.optionalString(u"customer_firstname", maxShortText);
    request.customerLastName = invoice.optionalString(u"customer_lastname", maxShortText);
    request.customerEmail = invoice.optionalString(u"customer_email", maxShortText);
    request.externalId = invoice.optionalString(u"external_id", maxShortText);
    request.otp = invoice.optionalString(u"otp", 32);
    if (invoice.ok() && mode == LigdiCashApi::PayinMode::Direct && !isPhoneNumber(request.customer))
        invoice.fail(u"customer", expectedPhone());
    if (!invoice.ok())
        return withCode(invoice.error());
    if (devise.compare(LigdiCashApi::currency, Qt::CaseInsensitive) != 0) {
        return withCode(LigdiCashError::unsupportedCurrency(Endpoint::CreateInvoice,
                                                            invoice.fieldPath(u"devise"), devise));
    }

    PayloadReader store(commande.objectField(u"store"), Endpoint::CreateInvoice,
                        u"commande.store"_s);
    request.storeName = store.string(u"name", maxShortText);
    request.storeWebsiteUrl = readUrl(store, u"website_url", false);
    if (!store.ok())
        commande.fail(store.error());

    PayloadReader actions(commande.objectField(u"actions"), Endpoint::CreateInvoice,
                          u"commande.actions"_s);
    request.cancelUrl = readUrl(actions, u"cancel_url", false);
    request.returnUrl = readUrl(actions, u"return_url", false);
    request.callbackUrl = readUrl(actions, u"callback_url", true);
    if (!actions.ok())
        commande.fail(actions.error());

    request.customData = readCustomData(commande);
    if (!commande.ok())
        return withCode(commande.error());

    // Types are right: now the amount LigdiCash would collect must be in range.
    if (request.totalAmount < minAmount || request.totalAmount > maxAmount) {
        return withCode(LigdiCashError::amountOutOfRange(
            Endpoint::CreateInvoice, u"commande.invoice.total_amount"_s,
            QCoreApplication::translate("LigdiCash", "must be between %1 and %2 XOF")
                .arg(minAmount.francs())
                .arg(maxAmount.francs())));
    }
    return request;
}
