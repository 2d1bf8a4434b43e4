#include "LigdiCashPayload.h"

#include "InvoiceTokenCodec.h"
#include "Operator.h"
#include "ligdicash/LigdiCashApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

QString LigdiCashPayload::createWiki()
{
    return LigdiCashApi::wikiCreateInvoice;
}

QString LigdiCashPayload::confirmWiki()
{
    return LigdiCashApi::wikiConfirmInvoice;
}

QJsonObject LigdiCashPayload::error(const QString &subCode, const QString &wiki)
{
    return QJsonObject{
        {"response_code"_L1, u"01"_s},
        {"token"_L1, QString()},
        {"response_text"_L1, QString(u"Echec (Code"_s + subCode + u')')},
        {"description"_L1, QString()},
        {"wiki"_L1, wiki},
    };
}

QJsonObject LigdiCashPayload::created(const QByteArray &token, const QString &responseText)
{
    return QJsonObject{
        {"response_code"_L1, u"00"_s},      {"token"_L1, QString::fromLatin1(token)},
        {"response_text"_L1, responseText}, {"description"_L1, QString()},
        {"wiki"_L1, createWiki()},
    };
}

QString LigdiCashPayload::statusText(Invoice::Status status, bool nocompleted)
{
    switch (status) {
    case Invoice::Status::Pending:
        return LigdiCashApi::statusPending;
    case Invoice::Status::Completed:
        return LigdiCashApi::statusCompleted;
    case Invoice::Status::NotCompleted:
        break;
    }
    return nocompleted ? LigdiCashApi::statusNoCompleted : LigdiCashApi::statusNotCompleted;
}

QJsonObject LigdiCashPayload::status(const Invoice &invoice, Invoice::Status status,
                                     Purpose purpose, const Scenario &scenario,
                                     const InvoiceTokenCodec &codec)
{
    const bool era2024 = scenario.era == Scenario::Era::Y2024;
    const QJsonObject commande = invoice.commande();
    const QJsonObject request = commande.value("invoice"_L1).toObject();

    qint64 amount = invoice.amount;
    if (purpose == Purpose::Confirm) {
        if (scenario.confirmAmount)
            amount = *scenario.confirmAmount;
        else
            amount += scenario.confirmAmountDelta;
    }
    const QJsonValue amountValue =
        scenario.callbacks.stringAmounts ? QJsonValue(QString::number(amount)) : QJsonValue(amount);

    // custom_data: the merchant's keys in their order, then what LigdiCash adds.
    const QString customDate = InvoiceTokenCodec::customDataDate(invoice.createdMs);
    QJsonArray customData;
    QStringList idValues;
    auto addCustom = [&](const QString &key, const QString &value) {
        QJsonObject entry{{"keyof_customdata"_L1, key},
                          {"valueof_customdata"_L1, value},
                          {"datecreation_customdata"_L1, customDate}};
        if (era2024)
            entry.insert("id_invoice"_L1, QString::number(invoice.id));
        customData.append(entry);
    };
    for (const QJsonValue &pair : commande.value("custom_data"_L1).toArray()) {
        const QString key = pair.toArray().at(0).toString();
        const QString value = pair.toArray().at(1).toString();
        addCustom(key, value);
        if (key.contains("id"_L1, Qt::CaseInsensitive))
            idValues.append(value);
    }
    if (purpose == Purpose::Callback)
        addCustom(u"hash"_s, codec.hash(invoice.id));
    addCustom(u"logfile"_s, codec.logfile(invoice.id, invoice.createdMs));
    QString externalId = idValues.join(u';');
    if (externalId.isEmpty())
        externalId = request.value("external_id"_L1).toString();

    const bool pending = status == Invoice::Status::Pending;
    const Operator *op = pending ? nullptr : Operator::byIndex(invoice.operatorIndex);
    const QString customer = QString::fromLatin1(invoice.customer);
    const QJsonValue customerValue =
        pending || customer.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(customer);

    QString token;
    if (purpose == Purpose::Callback && scenario.callbacks.nonEmptyToken)
        token = QString::fromLatin1(codec.callbackToken(invoice.id, invoice.createdMs));

    QJsonObject payload{
        {"response_code"_L1, u"00"_s},
        {"status"_L1, statusText(status, scenario.nocompletedSpelling())},
        {"token"_L1, token},
        {"response_text"_L1, QString()},
        {"description"_L1, QString()},
        {"operator_id"_L1, op ? op->id : QString()},
        {"operator_name"_L1, op ? op->name : QString()},
        {"customer"_L1, customerValue},
        {"montant"_L1, amountValue},
        {"amount"_L1, amountValue},
        {"date"_L1, InvoiceTokenCodec::date(pending ? invoice.createdMs : invoice.changedMs)},
        {"external_id"_L1, externalId},
        {"request_id"_L1, codec.requestId(invoice.id, invoice.createdMs)},
        {"custom_data"_L1, customData},
        {"wiki"_L1, confirmWiki()},
    };
    // The 2024 confirm had exactly the keys SDK-PY's StatusResponse takes (API.md §3);
    // transaction_id is also in the 2026 confirm, not in the 2026 callback example.
    if (era2024 || purpose == Purpose::Confirm)
        payload.insert("transaction_id"_L1, status == Invoice::Status::Completed
                                                ? codec.transactionId(invoice.id)
                                                : QString());
    if (!era2024) {
        payload.insert("oreference"_L1, QString());
        payload.insert("customer_details"_L1,
                       QJsonObject{
                           {"firstname"_L1, request.value("customer_firstname"_L1).toString()},
                           {"lastname"_L1, request.value("customer_lastname"_L1).toString()},
                           {"email"_L1, request.value("customer_email"_L1).toString()},
                           {"phone"_L1, customer},
                           {"details"_L1, QString()},
                       });
    }
    return payload;
}
