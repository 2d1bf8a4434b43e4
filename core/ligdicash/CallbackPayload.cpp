#include "ligdicash/CallbackPayload.h"

#include "ligdicash/PayloadReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using LigdiCashApi::Endpoint;

constexpr qsizetype maxFormFields = 512;
constexpr qsizetype maxBracketDepth = 4;
constexpr qsizetype maxBracketIndex = 255;

LigdiCashError malformed(const QString &field, const QString &message)
{
    return LigdiCashError::malformed(Endpoint::Callback, field, message);
}

QString decodeFormComponent(QByteArray bytes, bool *ok)
{
    bytes.replace('+', ' ');
    const QByteArray raw = QByteArray::fromPercentEncoding(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(raw);
    *ok = !decoder.hasError();
    return text;
}

// "custom_data[0][keyof_customdata]" -> {"custom_data", "0", "keyof_customdata"}; an empty list
// when the brackets are unbalanced.
QStringList splitBracketKey(const QString &key)
{
    const qsizetype open = key.indexOf(u'[');
    if (open < 0)
        return {key};
    QStringList parts{key.left(open)};
    qsizetype pos = open;
    while (pos < key.size()) {
        if (key.at(pos) != u'[')
            return {};
        const qsizetype close = key.indexOf(u']', pos);
        if (close < 0)
            return {};
        parts.append(key.mid(pos + 1, close - pos - 1));
        pos = close + 1;
    }
    return parts;
}

bool insertPath(QJsonObject &object, QStringList path, const QString &value)
{
    QString key = path.takeFirst();
    if (key.isEmpty()) // PHP's "name[]": the next index
        key = QString::number(object.size());
    if (path.isEmpty()) {
        if (object.contains(key))
            return false;
        object.insert(key, value);
        return true;
    }
    const QJsonValue existing = object.value(key);
    if (!existing.isUndefined() && !existing.isObject())
        return false;
    QJsonObject child = existing.toObject();
    if (!insertPath(child, path, value))
        return false;
    object.insert(key, child);
    return true;
}

// PHP bracket notation builds objects keyed "0", "1"...: those become arrays again.
QJsonValue arraysFromIndexes(const QJsonValue &value, bool *ok)
{
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    QList<qsizetype> indexes;
    bool allIndexes = !object.isEmpty();
    for (auto it = object.constBegin(); it != object.constEnd() && allIndexes; ++it) {
        bool isNumber = false;
        const qsizetype index = it.key().toLongLong(&isNumber);
        allIndexes = isNumber && index >= 0 && index <= maxBracketIndex &&
                     it.key() == QString::number(index);
        indexes.append(index);
    }
    if (!allIndexes) {
        QJsonObject result;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            result.insert(it.key(), arraysFromIndexes(it.value(), ok));
        return result;
    }
    std::sort(indexes.begin(), indexes.end());
    QJsonArray array;
    for (const qsizetype index : indexes)
        array.append(arraysFromIndexes(object.value(QString::number(index)), ok));
    return array;
}

LigdiCashResult<QJsonObject> formToJson(const QByteArray &body)
{
    const QString bodyField = u"body"_s;
    if (body.trimmed().isEmpty())
        return malformed(bodyField, QCoreApplication::translate("LigdiCash", "empty"));
    const QList<QByteArray> pairs = body.trimmed().split('&');
    if (pairs.size() > maxFormFields) {
        return malformed(
            bodyField,
            QCoreApplication::translate("LigdiCash", "more than %1 fields").arg(maxFormFields));
    }
    QJsonObject plain;
    QJsonObject bracketed;
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        bool keyOk = false;
        bool valueOk = false;
        const QString key = decodeFormComponent(equals < 0 ? pair : pair.left(equals), &keyOk);
        const QString value =
            equals < 0 ? QString() : decodeFormComponent(pair.mid(equals + 1), &valueOk);
        if (!keyOk || (equals >= 0 && !valueOk) || key.isEmpty()) {
            return malformed(
                key.isEmpty() ? bodyField : key,
                QCoreApplication::translate("LigdiCash", "not valid form-urlencoded UTF-8"));
        }
        if (value.size() > PayloadReader::maxStringLength * 4)
            return malformed(key, PayloadReader::tooLong(PayloadReader::maxStringLength * 4));
        const QStringList path = splitBracketKey(key);
        if (path.isEmpty() || path.first().isEmpty() || path.size() > maxBracketDepth) {
            return malformed(
                key, QCoreApplication::translate("LigdiCash", "not a supported field name"));
        }
        if (path.size() == 1) {
            if (plain.contains(key)) {
                return malformed(key, QCoreApplication::translate("LigdiCash", "appears twice"));
            }
            plain.insert(key, value);
        } else if (!insertPath(bracketed, path, value)) {
            return malformed(key, QCoreApplication::translate("LigdiCash", "appears twice"));
        }
    }
    bool ok = true;
    for (auto it = bracketed.constBegin(); it != bracketed.constEnd(); ++it) {
        if (plain.contains(it.key())) {
            return malformed(it.key(), QCoreApplication::translate(
                                           "LigdiCash", "sent both as text and in brackets"));
        }
        plain.insert(it.key(), arraysFromIndexes(it.value(), &ok));
    }
    return plain;
}

enum class BodyType { Json, Form, Unsupported };

BodyType bodyType(QStringView contentType, const QByteArray &body)
{
    QStringView mediaType = contentType;
    if (const qsizetype semicolon = mediaType.indexOf(u';'); semicolon >= 0)
        mediaType = mediaType.left(semicolon);
    mediaType = mediaType.trimmed();
    if (mediaType.isEmpty())
        return body.trimmed().startsWith('{') ? BodyType::Json : BodyType::Form;
    if (mediaType.compare(LigdiCashApi::jsonMediaType, Qt::CaseInsensitive) == 0 ||
        mediaType.compare(u"text/json", Qt::CaseInsensitive) == 0)
        return BodyType::Json;
    if (mediaType.compare(LigdiCashApi::formMediaType, Qt::CaseInsensitive) == 0)
        return BodyType::Form;
    return BodyType::Unsupported;
}

QString formText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == double(value.toInteger()) ? QString::number(value.toInteger())
                                                   : QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"1"_s : QString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

QByteArray CallbackPayload::dedupKey() const
{
    QJsonObject details;
    if (customerDetails) {
        details = QJsonObject{
            {u"firstname"_s, customerDetails->firstName},
            {u"lastname"_s, customerDetails->lastName},
            {u"email"_s, customerDetails->email},
            {u"phone"_s, customerDetails->phone},
            {u"details"_s, customerDetails->details},
        };
    }
    QJsonObject customDataObject;
    for (auto it = customData.constBegin(); it != customData.constEnd(); ++it)
        customDataObject.insert(it.key(), it.value());
    // Normalised values (amount as francs, operator_id as digits...), so the form and the JSON
    // twin hash alike; QJsonObject keeps keys sorted, which makes the text canonical.
    const QJsonObject canonical{
        {u"response_code"_s, responseCode},
        {u"status"_s, rawStatus},
        {u"amount"_s, amount ? QJsonValue(amount->francs()) : QJsonValue(QJsonValue::Null)},
        {u"currency"_s, currency},
        {u"operator_id"_s, operatorId},
        {u"operator_name"_s, operatorName},
        {u"customer"_s, customer},
        {u"token"_s, token},
        {u"date"_s, date},
        {u"external_id"_s, externalId},
        {u"oreference"_s, oreference},
        {u"request_id"_s, requestId},
        {u"transaction_id"_s, topLevelTransactionId},
        {u"custom_data"_s, customDataObject},
        {u"customer_details"_s, customerDetails ? QJsonValue(details) : QJsonValue()},
        {u"url"_s, url},
        {u"url_method"_s, urlMethod},
    };
    return QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

LigdiCashResult<CallbackPayload> CallbackPayload::parse(QStringView contentType,
                                                        const QByteArray &body)
{
    if (body.size() > maxBodySize) {
        return malformed(
            u"body"_s,
            QCoreApplication::translate("LigdiCash", "larger than %1 bytes").arg(maxBodySize));
    }
    CallbackPayload payload;
    LigdiCashResult<QJsonObject> json = QJsonObject();
    switch (bodyType(contentType, body)) {
    case BodyType::Json:
        payload.encoding = Encoding::Json;
        json = PayloadReader::parseObject(body, Endpoint::Callback, maxBodySize);
        break;
    case BodyType::Form:
        payload.encoding = Encoding::FormUrlEncoded;
        json = formToJson(body);
        break;
    case BodyType::Unsupported:
        return malformed(u"Content-Type"_s,
                         QCoreApplication::translate("LigdiCash", "expected %1 or %2, got \"%3\"")
                             .arg(LigdiCashApi::jsonMediaType, LigdiCashApi::formMediaType,
                                  contentType.left(100).toString()));
    }
    if (!json)
        return json.error();

    LigdiCashResult<TransactionReport> report =
        TransactionReport::fromJson(*json, Endpoint::Callback);
    if (!report)
        return report.error();
    static_cast<TransactionReport &>(payload) = std::move(report).value();

    PayloadReader reader(*json, Endpoint::Callback);
    payload.url = reader.optionalString(u"url", 2048);
    payload.urlMethod = reader.optionalString(u"url_method", 16);
    if (!reader.ok())
        return reader.error();
    return payload;
}

QByteArray CallbackPayload::toFormBody(const QJsonObject &json)
{
    QByteArray body;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!body.isEmpty())
            body += '&';
        body +=
            QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(formText(it.value()));
    }
    return body;
}
