#pragma once

// Reads typed fields out of a LigdiCash JSON object and remembers the first problem as a
// Malformed LigdiCashError naming the field ("custom_data[1].keyof_customdata"). Parsers read
// every field straight through and check ok() once: after a failure reads return harmless
// defaults that are never used. Amounts are whole francs in [0, 2^53 - 1]; fractions,
// negatives and numbers a double cannot carry exactly are refused rather than rounded.

#include "Money.h"
#include "ligdicash/LigdiCashApi.h"
#include "ligdicash/LigdiCashError.h"
#include "ligdicash/LigdiCashResult.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

class PayloadReader
{
public:
    // Largest amount a JSON number (a double) carries exactly: 2^53 - 1.
    static constexpr qint64 maxExactAmount = (qint64(1) << 53) - 1;
    // Longest string field we accept; anything longer is an attack or a bug, not a payment.
    static constexpr qsizetype maxStringLength = 4096;

    PayloadReader(const QJsonObject &object, LigdiCashApi::Endpoint endpoint,
                  const QString &path = {});

    bool ok() const { return !m_error.has_value(); }
    // Only valid when !ok().
    const LigdiCashError &error() const { return *m_error; }

    void fail(QStringView key, const QString &message);
    void fail(const LigdiCashError &error);
    QString fieldPath(QStringView key) const;
    QString elementPath(QStringView key, qsizetype index) const;

    // Present and not null.
    bool has(QStringView key) const;
    const QJsonObject &object() const { return m_object; }
    LigdiCashApi::Endpoint endpoint() const { return m_endpoint; }

    // Required string (may be "").
    QString string(QStringView key, qsizetype maxLength = maxStringLength);
    // Absent or null gives ""; any other non-string is an error.
    QString optionalString(QStringView key, qsizetype maxLength = maxStringLength);
    // Like optionalString, but an integral JSON number is also accepted and written as digits
    // (operator_id is "11" in some answers and 12 in others).
    QString optionalStringOrInteger(QStringView key, qsizetype maxLength = maxStringLength);

    // Required JSON integer number in [min, max] (no strings: a request we check strictly).
    qint64 integer(QStringView key, qint64 min, qint64 max);
    // Number or numeric string; absent, null or "" gives std::nullopt.
    std::optional<Money> optionalLenientAmount(QStringView key);

    QJsonArray array(QStringView key, qsizetype maxSize);
    QJsonObject objectField(QStringView key);

    // Whole francs from a JSON number (or, when allowString, a string of digits).
    static std::optional<Money> readAmount(const QJsonValue &value, bool allowString,
                                           QString *whyNot);
    // The body as a JSON object, or a Malformed error ("body: not valid JSON (...)").
    static LigdiCashResult<QJsonObject>
    parseObject(const QByteArray &body, LigdiCashApi::Endpoint endpoint, qsizetype maxSize);

    // Translated "expected ..." messages shared by every parser.
    static QString expectedString();
    static QString expectedObject();
    static QString expectedArray();
    static QString missing();
    static QString tooLong(qsizetype maxLength);

private:
    QJsonValue valueOf(QStringView key) const;

    QJsonObject m_object;
    LigdiCashApi::Endpoint m_endpoint;
    QString m_path;
    std::optional<LigdiCashError> m_error;
};
