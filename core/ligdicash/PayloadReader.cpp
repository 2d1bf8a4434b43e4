#include "ligdicash/PayloadReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

PayloadReader::PayloadReader(const QJsonObject &object, LigdiCashApi::Endpoint endpoint,
                             const QString &path)
    : m_object(object)
    , m_endpoint(endpoint)
    , m_path(path)
{}

void PayloadReader::fail(QStringView key, const QString &message)
{
    if (ok())
        m_error = LigdiCashError::malformed(m_endpoint, fieldPath(key), message);
}

void PayloadReader::fail(const LigdiCashError &error)
{
    if (ok())
        m_error = error;
}

QString PayloadReader::fieldPath(QStringView key) const
{
    if (m_path.isEmpty())
        return key.toString();
    if (key.isEmpty())
        return m_path;
    return m_path + u'.' + key;
}

QString PayloadReader::elementPath(QStringView key, qsizetype index) const
{
    return fieldPath(key) + u'[' + QString::number(index) + u']';
}

bool PayloadReader::has(QStringView key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

QJsonValue PayloadReader::valueOf(QStringView key) const
{
    return m_object.value(key);
}

QString PayloadReader::string(QStringView key, qsizetype maxLength)
{
    const QJsonValue value = valueOf(key);
    if (value.isUndefined()) {
        fail(key, missing());
        return {};
    }
    if (!value.isString()) {
        fail(key, expectedString());
        return {};
    }
    QString text = value.toString();
    if (text.size() > maxLength) {
        fail(key, tooLong(maxLength));
        return {};
    }
    return text;
}

QString PayloadReader::optionalString(QStringView key, qsizetype maxLength)
{
    const QJsonValue value = valueOf(key);
    if (value.isUndefined() || value.isNull())
        return {};
    return string(key, maxLength);
}

QString PayloadReader::optionalStringOrInteger(QStringView key, qsizetype maxLength)
{
    const QJsonValue value = valueOf(key);
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number ||
            std::fabs(number) > double(maxExactAmount)) {
            fail(key,
                 QCoreApplication::translate("LigdiCash", "expected a string or a whole number"));
            return {};
        }
        return QString::number(value.toInteger());
    }
    if (!value.isUndefined() && !value.isNull() && !value.isString()) {
        fail(key, QCoreApplication::translate("LigdiCash", "expected a string or a whole number"));
        return {};
    }
    return optionalString(key, maxLength);
}

qint64 PayloadReader::integer(QStringView key, qint64 min, qint64 max)
{
    const QJsonValue value = valueOf(key);
    if (value.isUndefined()) {
        fail(key, missing());
        return min;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number) {
        fail(key, QCoreApplication::translate("LigdiCash", "expected a whole number"));
        return min;
    }
    // The double decides first (toInteger() has no answer for 1e300), then the exact integer
    // Qt kept for literals such as 9007199254740993 that a double would round.
    const bool inRange = number >= double(min) && number <= double(max) &&
                         value.toInteger() >= min && value.toInteger() <= max;
    if (!inRange) {
        fail(key, QCoreApplication::translate("LigdiCash", "must be between %1 and %2")
                      .arg(min)
                      .arg(max));
        return min;
    }
    return value.toInteger();
}

std::optional<Money> PayloadReader::optionalLenientAmount(QStringView key)
{
    const QJsonValue value = valueOf(key);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return std::nullopt;
    QString whyNot;
    const std::optional<Money> amount = readAmount(value, true, &whyNot);
    if (!amount)
        fail(key, whyNot);
    return amount;
}

QJsonArray PayloadReader::array(QStringView key, qsizetype maxSize)
{
    const QJsonValue value = valueOf(key);
    if (value.isUndefined()) {
        fail(key, missing());
        return {};
    }
    if (!value.isArray()) {
        fail(key, expectedArray());
        return {};
    }
    const QJsonArray result = value.toArray();
    if (result.size() > maxSize) {
        fail(key, QCoreApplication::translate("LigdiCash", "more than %1 entries").arg(maxSize));
        return {};
    }
    return result;
}

QJsonObject PayloadReader::objectField(QStringView key)
{
    const QJsonValue value = valueOf(key);
    if (value.isUndefined()) {
        fail(key, missing());
        return {};
    }
    if (!value.isObject()) {
        fail(key, expectedObject());
        return {};
    }
    return value.toObject();
}

std::optional<Money> PayloadReader::readAmount(const QJsonValue &value, bool allowString,
                                               QString *whyNot)
{
    const auto refuse = [whyNot](const char *message) -> std::optional<Money> {
        *whyNot = QCoreApplication::translate("LigdiCash", message);
        return std::nullopt;
    };
    static const char *const notWhole =
        QT_TRANSLATE_NOOP("LigdiCash", "expected a whole number of francs");
    static const char *const tooLarge =
        QT_TRANSLATE_NOOP("LigdiCash", "too large (at most 9007199254740991 francs)");
    static const char *const negative = QT_TRANSLATE_NOOP("LigdiCash", "must not be negative");

    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number)
            return refuse(notWhole);
        if (number < 0)
            return refuse(negative);
        // A double above 2^53 - 1 may be a rounded neighbour of what was sent; an integer
        // literal Qt kept exactly is checked on its own value too.
        if (number > double(maxExactAmount) || value.toInteger(0) > maxExactAmount)
            return refuse(tooLarge);
        return Money::fromFrancs(value.toInteger());
    }
    if (allowString && value.isString()) {
        const QString text = value.toString();
        if (text.startsWith(u'-'))
            return refuse(negative);
        // 16 digits is enough for 2^53 - 1 and keeps the arithmetic below far from overflow.
        if (text.isEmpty() || text.size() > 16)
            return text.size() > 16 ? refuse(tooLarge) : refuse(notWhole);
        qint64 francs = 0;
        for (const QChar c : text) {
            if (c < u'0' || c > u'9')
                return refuse(notWhole);
            francs = francs * 10 + (c.unicode() - u'0');
        }
        if (francs > maxExactAmount)
            return refuse(tooLarge);
        return Money::fromFrancs(francs);
    }
    return refuse(allowString
                      ? notWhole
                      : QT_TRANSLATE_NOOP("LigdiCash", "expected a whole number of francs (a JSON "
                                                       "number)"));
}

LigdiCashResult<QJsonObject> PayloadReader::parseObject(const QByteArray &body,
                                                        LigdiCashApi::Endpoint endpoint,
                                                        qsizetype maxSize)
{
    const QString field = u"body"_s;
    if (body.size() > maxSize) {
        return LigdiCashError::malformed(
            endpoint, field,
            QCoreApplication::translate("LigdiCash", "larger than %1 bytes").arg(maxSize));
    }
    if (body.trimmed().isEmpty()) {
        return LigdiCashError::malformed(endpoint, field,
                                         QCoreApplication::translate("LigdiCash", "empty"));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return LigdiCashError::malformed(
            endpoint, field,
            QCoreApplication::translate("LigdiCash", "not valid JSON (%1 at offset %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    if (!document.isObject())
        return LigdiCashError::malformed(endpoint, field, expectedObject());
    return document.object();
}

QString PayloadReader::expectedString()
{
    return QCoreApplication::translate("LigdiCash", "expected a string");
}

QString PayloadReader::expectedObject()
{
    return QCoreApplication::translate("LigdiCash", "expected an object");
}

QString PayloadReader::expectedArray()
{
    return QCoreApplication::translate("LigdiCash", "expected an array");
}

QString PayloadReader::missing()
{
    return QCoreApplication::translate("LigdiCash", "missing");
}

QString PayloadReader::tooLong(qsizetype maxLength)
{
    return QCoreApplication::translate("LigdiCash", "longer than %1 characters").arg(maxLength);
}
