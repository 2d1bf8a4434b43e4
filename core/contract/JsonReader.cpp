#include "JsonReader.h"

#include "domain/DomainLimits.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

} // namespace

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

JsonReader::JsonReader(const QJsonObject &object, const QString &path)
    : m_object(object)
    , m_path(path)
{}

void JsonReader::fail(QStringView key, const QString &message)
{
    if (!m_error)
        m_error = ParseError{fieldPath(key), message};
}

void JsonReader::fail(const ParseError &error)
{
    if (!m_error)
        m_error = error;
}

QString JsonReader::fieldPath(QStringView key) const
{
    if (m_path.isEmpty())
        return key.toString();
    if (key.isEmpty())
        return m_path;
    return m_path + u'.' + key;
}

QString JsonReader::elementPath(QStringView key, qsizetype index) const
{
    return fieldPath(key) + u'[' + QString::number(index) + u']';
}

bool JsonReader::has(QStringView key) const
{
    return !isAbsent(m_object.value(key));
}

QJsonValue JsonReader::valueOf(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value) && ok())
        fail(key, tr("is required"));
    return value;
}

void JsonReader::failExpected(QStringView key, const QString &expected)
{
    fail(key, tr("must be one of: %1").arg(expected));
}

QString JsonReader::string(QStringView key, qsizetype maxLength)
{
    const QJsonValue value = valueOf(key);
    if (!ok())
        return {};
    if (!value.isString()) {
        fail(key, tr("must be a string, not %1").arg(typeName(value)));
        return {};
    }
    QString text = value.toString();
    if (text.trimmed().isEmpty()) {
        fail(key, tr("must not be empty"));
        return {};
    }
    if (text.size() > maxLength) {
        fail(key, tr("must be at most %n characters", nullptr, int(maxLength)));
        return {};
    }
    return text;
}

QString JsonReader::optionalString(QStringView key, qsizetype maxLength)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value) || !ok())
        return {};
    if (!value.isString()) {
        fail(key, tr("must be a string, not %1").arg(typeName(value)));
        return {};
    }
    QString text = value.toString();
    if (text.size() > maxLength) {
        fail(key, tr("must be at most %n characters", nullptr, int(maxLength)));
        return {};
    }
    return text;
}

qint64 JsonReader::integer(QStringView key, qint64 min, qint64 max)
{
    const QJsonValue value = valueOf(key);
    if (!ok())
        return min;
    if (!value.isDouble()) {
        fail(key, tr("must be a number, not %1").arg(typeName(value)));
        return min;
    }
    // toInteger() only answers for integral values a qint64 holds; doubles beyond 2^53 are not
    // exact, so they are refused like fractions.
    const double asDouble = value.toDouble();
    if (!std::isfinite(asDouble) || std::fabs(asDouble) > double(DomainLimits::kMaxAmountFrancs) ||
        std::trunc(asDouble) != asDouble) {
        fail(key, tr("must be a whole number between %1 and %2")
                      .arg(QString::number(min), QString::number(max)));
        return min;
    }
    const qint64 result = value.toInteger();
    if (result < min || result > max) {
        fail(key, tr("must be a whole number between %1 and %2")
                      .arg(QString::number(min), QString::number(max)));
        return min;
    }
    return result;
}

std::optional<Money> JsonReader::readAmount(const QJsonValue &value, QString *whyNot)
{
    auto refuse = [whyNot](const QString &why) -> std::optional<Money> {
        if (whyNot)
            *whyNot = why;
        return std::nullopt;
    };
    if (!value.isDouble())
        return refuse(tr("must be a number of francs, not %1").arg(typeName(value)));
    const double asDouble = value.toDouble();
    if (!std::isfinite(asDouble) || std::fabs(asDouble) > double(DomainLimits::kMaxAmountFrancs))
        return refuse(tr("is too large (at most %1 francs)")
                          .arg(QString::number(DomainLimits::kMaxAmountFrancs)));
    if (std::trunc(asDouble) != asDouble)
        return refuse(tr("must be a whole number of francs (XOF has no cents)"));
    if (asDouble < 0)
        return refuse(tr("must not be negative"));
    // Read the integer itself, not the double: Qt keeps integers it parsed as qint64.
    const qint64 francs = value.toInteger(-1);
    if (francs < 0 || francs > DomainLimits::kMaxAmountFrancs)
        return refuse(tr("is too large (at most %1 francs)")
                          .arg(QString::number(DomainLimits::kMaxAmountFrancs)));
    return Money::fromFrancs(francs);
}

Money JsonReader::amount(QStringView key)
{
    const QJsonValue value = valueOf(key);
    if (!ok())
        return {};
    QString whyNot;
    const std::optional<Money> money = readAmount(value, &whyNot);
    if (!money) {
        fail(key, whyNot);
        return {};
    }
    return *money;
}

std::optional<Money> JsonReader::optionalAmount(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value) || !ok())
        return std::nullopt;
    QString whyNot;
    const std::optional<Money> money = readAmount(value, &whyNot);
    if (!money)
        fail(key, whyNot);
    return money;
}

bool JsonReader::boolean(QStringView key)
{
    const QJsonValue value = valueOf(key);
    if (!ok())
        return false;
    if (!value.isBool()) {
        fail(key, tr("must be true or false, not %1").arg(typeName(value)));
        return false;
    }
    return value.toBool();
}

bool JsonReader::optionalBoolean(QStringView key, bool fallback)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value) || !ok())
        return fallback;
    if (!value.isBool()) {
        fail(key, tr("must be true or false, not %1").arg(typeName(value)));
        return fallback;
    }
    return value.toBool();
}

QUuid JsonReader::uuid(QStringView key)
{
    const QString text = string(key, 64);
    if (!ok())
        return {};
    // Exactly the 36-character form we write: braces or other spellings are someone else's bug.
    const QUuid id = text.size() == 36 ? QUuid::fromString(text) : QUuid();
    if (id.isNull()) {
        fail(key, tr("must be a UUID such as 123e4567-e89b-12d3-a456-426614174000"));
        return {};
    }
    return id;
}

QDateTime JsonReader::dateTime(QStringView key)
{
    const QJsonValue value = valueOf(key);
    if (!ok())
        return {};
    if (!value.isString()) {
        fail(key, tr("must be an ISO 8601 date and time, not %1").arg(typeName(value)));
        return {};
    }
    const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        fail(key, tr("must be an ISO 8601 date and time such as 2026-04-15T11:19:28Z"));
        return {};
    }
    if (parsed.timeSpec() == Qt::LocalTime) {
        fail(key, tr("must say its time zone (e.g. end with Z for UTC)"));
        return {};
    }
    return parsed.toUTC();
}

QDateTime JsonReader::optionalDateTime(QStringView key)
{
    if (!has(key))
        return {};
    return dateTime(key);
}

QUrl JsonReader::optionalUrl(QStringView key)
{
    const QString text = optionalString(key, 2048);
    if (!ok() || text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() ||
        (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) || url.host().isEmpty()) {
        fail(key, tr("must be an absolute http(s) URL"));
        return {};
    }
    return url;
}

QJsonArray JsonReader::array(QStringView key, qsizetype maxSize)
{
    const QJsonValue value = valueOf(key);
    if (!ok())
        return {};
    if (!value.isArray()) {
        fail(key, tr("must be an array, not %1").arg(typeName(value)));
        return {};
    }
    QJsonArray result = value.toArray();
    if (result.size() > maxSize) {
        fail(key, tr("must have at most %n elements", nullptr, int(maxSize)));
        return {};
    }
    return result;
}

QJsonObject JsonReader::object(QStringView key)
{
    const QJsonValue value = valueOf(key);
    if (!ok())
        return {};
    if (!value.isObject()) {
        fail(key, tr("must be an object, not %1").arg(typeName(value)));
        return {};
    }
    return value.toObject();
}

QJsonObject JsonReader::objectAt(const QJsonArray &array, QStringView key, qsizetype index)
{
    const QJsonValue value = array.at(index);
    if (!value.isObject()) {
        fail(ParseError{elementPath(key, index),
                        tr("must be an object, not %1").arg(typeName(value))});
        return {};
    }
    return value.toObject();
}
