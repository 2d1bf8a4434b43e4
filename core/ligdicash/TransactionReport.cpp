#include "ligdicash/TransactionReport.h"

#include "ligdicash/PayloadReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxCustomDataEntries = 64;

// custom_data and customer_details arrive as JSON text in form-urlencoded callbacks (and
// "" where a payout has none); the JSON callback carries them as values. Both end up here.
QJsonValue decodeEmbeddedJson(const QJsonValue &value)
{
    if (!value.isString())
        return value;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    if (document.isArray())
        return document.array();
    return document.object();
}

QMap<QString, QString> readCustomData(PayloadReader &reader)
{
    const QString key = u"custom_data"_s;
    QMap<QString, QString> result;
    const QJsonValue raw = reader.object().value(key);
    if (raw.isUndefined()) {
        reader.fail(key, PayloadReader::missing());
        return result;
    }
    const QJsonValue value = decodeEmbeddedJson(raw);
    if (value.isNull() || (value.isObject() && value.toObject().isEmpty()))
        return result; // "" or {}: what payouts send when there is nothing
    if (!value.isArray()) {
        reader.fail(key, PayloadReader::expectedArray());
        return result;
    }
    const QJsonArray entries = value.toArray();
    if (entries.size() > maxCustomDataEntries) {
        reader.fail(key, QCoreApplication::translate("LigdiCash", "more than %1 entries")
                             .arg(maxCustomDataEntries));
        return result;
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = reader.elementPath(key, i);
        if (!entries.at(i).isObject()) {
            reader.fail(path, PayloadReader::expectedObject());
            return result;
        }
        PayloadReader entry(entries.at(i).toObject(), reader.endpoint(), path);
        const QString name = entry.string(u"keyof_customdata", 255);
        if (entry.ok() && name.isEmpty())
            entry.fail(u"keyof_customdata",
                       QCoreApplication::translate("LigdiCash", "must not be empty"));
        const QString text = entry.optionalStringOrInteger(u"valueof_customdata");
        if (!entry.ok()) {
            reader.fail(entry.error());
            return result;
        }
        // Entries are matched by key, never by position. The same key twice with two values
        // would make "which order is this?" ambiguous: refuse rather than pick one.
        const auto existing = result.constFind(name);
        if (existing != result.constEnd() && *existing != text) {
            reader.fail(key, QCoreApplication::translate(
                                 "LigdiCash", "\"%1\" appears twice with different values")
                                 .arg(name));
            return result;
        }
        result.insert(name, text);
    }
    return result;
}

std::optional<TransactionReport::CustomerDetails> readCustomerDetails(PayloadReader &reader)
{
    const QString key = u"customer_details"_s;
    const QJsonValue raw = reader.object().value(key);
    if (raw.isUndefined() || raw.isNull())
        return std::nullopt;
    const QJsonValue value = decodeEmbeddedJson(raw);
    if (value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        reader.fail(key, PayloadReader::expectedObject());
        return std::nullopt;
    }
    PayloadReader details(value.toObject(), reader.endpoint(), key);
    TransactionReport::CustomerDetails result;
    result.firstName = details.optionalString(u"firstname", 255);
    result.lastName = details.optionalString(u"lastname", 255);
    result.email = details.optionalString(u"email", 255);
    result.phone = details.optionalStringOrInteger(u"phone", 32);
    result.details = details.optionalString(u"details");
    if (!details.ok()) {
        reader.fail(details.error());
        return std::nullopt;
    }
    return result;
}

// "2026-04-15 11:19:28+00" (also "+0000", "+00:00", "Z", a 'T', fractional seconds). A date
// without a zone stays invalid: guessing the zone would misdate a sale.
QDateTime readDate(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2})(?:\\.\\d{1,9})?"
        "(Z|([+-])(\\d{2}):?(\\d{2})?)$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(match.captured(2), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    if (match.captured(3) != "Z"_L1) {
        const int hours = match.captured(5).toInt();
        const int minutes = match.captured(6).isEmpty() ? 0 : match.captured(6).toInt();
        if (hours > 14 || minutes > 59)
            return {};
        offsetSeconds = (hours * 3600 + minutes * 60) * (match.captured(4) == "-"_L1 ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone::utc()).addSecs(-offsetSeconds);
}

} // namespace

LigdiCashResult<TransactionReport> TransactionReport::fromJson(const QJsonObject &json,
                                                               LigdiCashApi::Endpoint endpoint)
{
    PayloadReader reader(json, endpoint);
    TransactionReport report;
    report.responseCode = reader.optionalString(u"response_code", 8);
    report.rawStatus = reader.string(u"status", 64);
    report.status = parseStatus(report.rawStatus);

    const std::optional<Money> amount = reader.optionalLenientAmount(u"amount");
    const std::optional<Money> montant = reader.optionalLenientAmount(u"montant");
    if (reader.ok() && amount && montant && *amount != *montant) {
        reader.fail(u"montant",
                    QCoreApplication::translate("LigdiCash", "differs from amount (%1 and %2)")
                        .arg(montant->francs())
                        .arg(amount->francs()));
    }
    report.amount = amount ? amount : montant;

    const QString devise = reader.has(u"devise") ? reader.optionalString(u"devise", 16)
                                                 : reader.optionalString(u"currency", 16);
    if (!devise.isEmpty())
        report.currency = devise.trimmed().toUpper();

    report.operatorId = reader.optionalStringOrInteger(u"operator_id", 64);
    report.operatorName = reader.optionalString(u"operator_name", 255);
    report.customer = reader.optionalStringOrInteger(u"customer", 64);
    report.token = reader.optionalString(u"token");
    report.responseText = reader.optionalString(u"response_text");
    report.description = reader.optionalString(u"description");
    report.date = reader.optionalString(u"date", 64);
    report.dateUtc = readDate(report.date);
    report.externalId = reader.optionalStringOrInteger(u"external_id");
    report.oreference = reader.optionalStringOrInteger(u"oreference", 255);
    report.requestId = reader.optionalStringOrInteger(u"request_id", 255);
    report.topLevelTransactionId = reader.optionalStringOrInteger(u"transaction_id", 255);
    report.wiki = reader.optionalString(u"wiki", 255);
    report.customData = readCustomData(reader);
    report.customerDetails = readCustomerDetails(reader);
    if (!reader.ok())
        return reader.error();
    return report;
}

TransactionReport::Status TransactionReport::parseStatus(QStringView status)
{
    const QStringView text = status.trimmed();
    if (text.compare(LigdiCashApi::statusCompleted, Qt::CaseInsensitive) == 0)
        return Status::Completed;
    if (text.compare(LigdiCashApi::statusPending, Qt::CaseInsensitive) == 0)
        return Status::Pending;
    if (text.compare(LigdiCashApi::statusNotCompleted, Qt::CaseInsensitive) == 0 ||
        text.compare(LigdiCashApi::statusNoCompleted, Qt::CaseInsensitive) == 0)
        return Status::NotCompleted;
    return Status::Unknown;
}

QJsonObject TransactionReport::toJson() const
{
    const QString entryDate =
        dateUtc.isValid() ? dateUtc.toString(u"yyyy-MM-dd HH:mm:ss.zzz000"_s) : QString();
    QJsonArray customDataArray;
    for (auto it = customData.constBegin(); it != customData.constEnd(); ++it) {
        customDataArray.append(QJsonObject{
            {u"keyof_customdata"_s, it.key()},
            {u"valueof_customdata"_s, it.value()},
            {u"datecreation_customdata"_s, entryDate},
        });
    }
    const CustomerDetails details = customerDetails.value_or(CustomerDetails());
    QJsonObject json{
        {u"response_code"_s,
         responseCode.isEmpty() ? QString(LigdiCashApi::responseCodeSuccess) : responseCode},
        {u"status"_s, rawStatus},
        {u"token"_s, token},
        {u"response_text"_s, responseText},
        {u"description"_s, description},
        {u"operator_id"_s, operatorId},
        {u"operator_name"_s, operatorName},
        {u"customer"_s, customer.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(customer)},
        {u"date"_s, date},
        {u"external_id"_s, externalId},
        {u"oreference"_s, oreference},
        {u"request_id"_s, requestId},
        {u"transaction_id"_s, topLevelTransactionId},
        {u"custom_data"_s, customDataArray},
        {u"customer_details"_s,
         QJsonObject{
             {u"firstname"_s, details.firstName},
             {u"lastname"_s, details.lastName},
             {u"email"_s, details.email},
             {u"phone"_s, details.phone},
             {u"details"_s, details.details},
         }},
        {u"wiki"_s, wiki.isEmpty() ? QString(LigdiCashApi::wikiConfirmInvoice) : wiki},
    };
    if (amount) {
        json.insert(u"amount"_s, amount->francs());
        json.insert(u"montant"_s, amount->francs());
    }
    return json;
}
