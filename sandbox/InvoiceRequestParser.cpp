#include "InvoiceRequestParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

using Result = InvoiceRequestParser::Result;

Result failure(const QString &subCode, const QString &problem)
{
    Result result;
    result.subCode = subCode;
    result.problem = problem;
    return result;
}

// A JSON number holding a whole value that a double represents exactly.
bool wholeNumber(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number < -9007199254740992.0 || number > 9007199254740992.0 ||
        number != static_cast<double>(static_cast<qint64>(number)))
        return false;
    *out = static_cast<qint64>(number);
    return true;
}

// Copies the optional string fields of `from` into `to`; false (with the field) on a non-string.
bool copyStrings(const QJsonObject &from, QJsonObject &to,
                 std::initializer_list<QLatin1StringView> keys, const QString &where,
                 QString *problem)
{
    for (QLatin1StringView key : keys) {
        const QJsonValue value = from.value(key);
        if (value.isUndefined() || value.isNull()) {
            to.insert(key, QString());
        } else if (value.isString()) {
            to.insert(key, value.toString());
        } else {
            *problem = where + u'.' + key + u" must be a string"_s;
            return false;
        }
    }
    return true;
}

bool validUrl(const QString &text)
{
    if (text.isEmpty())
        return true;
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1) &&
           !url.host().isEmpty();
}

} // namespace

InvoiceRequestParser::Result InvoiceRequestParser::parse(const QByteArray &body, bool directPayin,
                                                         qint64 amountMin, qint64 amountMax)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return failure(u"08"_s, u"the body is not a JSON object"_s);
    const QJsonValue commandeValue = document.object().value("commande"_L1);
    if (!commandeValue.isObject())
        return failure(u"08"_s, u"commande must be an object"_s);
    const QJsonObject commande = commandeValue.toObject();
    const QJsonValue invoiceValue = commande.value("invoice"_L1);
    if (!invoiceValue.isObject())
        return failure(u"08"_s, u"commande.invoice must be an object"_s);
    const QJsonObject invoice = invoiceValue.toObject();
    QString problem;

    QJsonObject outInvoice;
    QJsonArray outItems;
    const QJsonValue items = invoice.value("items"_L1);
    if (!items.isUndefined() && !items.isNull() && !items.isArray())
        return failure(u"08"_s, u"invoice.items must be an array"_s);
    for (const QJsonValue &itemValue : items.toArray()) {
        if (!itemValue.isObject())
            return failure(u"08"_s, u"invoice.items[] must be objects"_s);
        const QJsonObject item = itemValue.toObject();
        QJsonObject outItem;
        if (!item.value("name"_L1).isString())
            return failure(u"08"_s, u"items[].name must be a string"_s);
        if (!copyStrings(item, outItem, {"name"_L1, "description"_L1}, u"items[]"_s, &problem))
            return failure(u"08"_s, problem);
        qint64 quantity = 0;
        qint64 unitPrice = 0;
        if (!wholeNumber(item.value("quantity"_L1), &quantity) || quantity < 1)
            return failure(u"08"_s, u"items[].quantity must be a whole number >= 1"_s);
        if (!wholeNumber(item.value("unit_price"_L1), &unitPrice) || unitPrice < 0)
            return failure(u"08"_s, u"items[].unit_price must be a whole number of francs"_s);
        qint64 totalPrice = 0;
        if (item.contains("total_price"_L1)) {
            if (!wholeNumber(item.value("total_price"_L1), &totalPrice) || totalPrice < 0)
                return failure(u"08"_s, u"items[].total_price must be a whole number of francs"_s);
        } else if (unitPrice > 0 && quantity > std::numeric_limits<qint64>::max() / unitPrice) {
            return failure(u"08"_s, u"items[].unit_price × quantity overflows"_s);
        } else {
            totalPrice = unitPrice * quantity;
        }
        outItem.insert("quantity"_L1, quantity);
        outItem.insert("unit_price"_L1, unitPrice);
        outItem.insert("total_price"_L1, totalPrice);
        outItems.append(outItem);
    }
    outInvoice.insert("items"_L1, outItems);

    qint64 amount = 0;
    if (!wholeNumber(invoice.value("total_amount"_L1), &amount))
        return failure(u"08"_s, u"invoice.total_amount must be a whole number of francs"_s);
    const QJsonValue devise = invoice.value("devise"_L1);
    if (!devise.isString())
        return failure(u"08"_s, u"invoice.devise must be a string"_s);
    if (devise.toString().compare("XOF"_L1, Qt::CaseInsensitive) != 0)
        return failure(u"08"_s, u"invoice.devise must be XOF"_s);
    if (!copyStrings(invoice, outInvoice,
                     {"description"_L1, "customer"_L1, "customer_firstname"_L1,
                      "customer_lastname"_L1, "customer_email"_L1, "external_id"_L1, "otp"_L1},
                     u"invoice"_s, &problem))
        return failure(u"08"_s, problem);
    const QString customer = outInvoice.value("customer"_L1).toString();
    if (directPayin) {
        static const QRegularExpression phone(u"^\\d{8,15}$"_s);
        if (!phone.match(customer).hasMatch())
            return failure(u"08"_s, u"invoice.customer must be the payer's number (digits)"_s);
    }
    if (amount < amountMin || amount > amountMax)
        return failure(
            u"02"_s, u"total_amount %1 outside %2..%3"_s.arg(amount).arg(amountMin).arg(amountMax));
    outInvoice.insert("total_amount"_L1, amount);

    QJsonObject outStore;
    const QJsonValue store = commande.value("store"_L1);
    if (!store.isUndefined() && !store.isNull() && !store.isObject())
        return failure(u"08"_s, u"commande.store must be an object"_s);
    if (!copyStrings(store.toObject(), outStore, {"name"_L1, "website_url"_L1}, u"store"_s,
                     &problem))
        return failure(u"08"_s, problem);

    QJsonObject outActions;
    const QJsonValue actions = commande.value("actions"_L1);
    if (!actions.isUndefined() && !actions.isNull() && !actions.isObject())
        return failure(u"08"_s, u"commande.actions must be an object"_s);
    if (!copyStrings(actions.toObject(), outActions,
                     {"cancel_url"_L1, "return_url"_L1, "callback_url"_L1}, u"actions"_s, &problem))
        return failure(u"08"_s, problem);
    for (auto it = outActions.begin(); it != outActions.end(); ++it) {
        if (!validUrl(it.value().toString()))
            return failure(u"08"_s, u"actions.%1 is not an http(s) URL"_s.arg(it.key()));
    }

    // A flat object; PHP clients send [] for an empty one. Values come back as strings.
    QJsonArray outCustom;
    const QJsonValue custom = commande.value("custom_data"_L1);
    if (custom.isArray() && custom.toArray().isEmpty()) {
    } else if (custom.isObject()) {
        const QJsonObject object = custom.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue value = it.value();
            QString text;
            if (value.isString())
                text = value.toString();
            else if (value.isDouble())
                text = QString::number(value.toDouble(), 'g', 17);
            else if (value.isBool())
                text = value.toBool() ? u"1"_s : QString();
            else if (!value.isNull())
                return failure(u"08"_s,
                               u"custom_data.%1 must be a string or number"_s.arg(it.key()));
            outCustom.append(QJsonArray{it.key(), text});
        }
    } else if (!custom.isUndefined() && !custom.isNull()) {
        return failure(u"08"_s, u"commande.custom_data must be an object"_s);
    }

    Result result;
    result.amount = amount;
    result.customer = customer;
    result.commande = QJsonObject{{"invoice"_L1, outInvoice},
                                  {"store"_L1, outStore},
                                  {"actions"_L1, outActions},
                                  {"custom_data"_L1, outCustom}};
    return result;
}
