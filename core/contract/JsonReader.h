#pragma once

// Reads typed fields out of a QJsonObject and remembers the first problem as a ParseError naming
// the field ("lines[2].unit_price"). fromJson() functions read every field straight through and
// check ok() once at the end: after a failure, reads return harmless defaults.
// Amounts are whole francs in [0, 2^53 - 1]: fractions, strings, negatives and numbers a double
// cannot carry exactly are refused rather than rounded.

#include "Money.h"
#include "ParseError.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    // path: where this object sits in the whole document (e.g. "lines[2]"), used to name fields.
    explicit JsonReader(const QJsonObject &object, const QString &path = {});

    bool ok() const { return !m_error.has_value(); }
    // Only valid when !ok().
    const ParseError &error() const { return *m_error; }

    // Records an error for a field (only the first error is kept).
    void fail(QStringView key, const QString &message);
    // Records an error whose field path is already complete (e.g. from a nested fromJson()).
    void fail(const ParseError &error);
    QString fieldPath(QStringView key) const;
    QString elementPath(QStringView key, qsizetype index) const;

    bool has(QStringView key) const;

    // Required, non-empty string of at most maxLength characters.
    QString string(QStringView key, qsizetype maxLength);
    // Absent or null gives an empty string; any other non-string is an error.
    QString optionalString(QStringView key, qsizetype maxLength);

    // Required integer in [min, max].
    qint64 integer(QStringView key, qint64 min, qint64 max);

    // Required amount: whole francs in [0, 2^53 - 1].
    Money amount(QStringView key);
    // Absent or null gives std::nullopt.
    std::optional<Money> optionalAmount(QStringView key);

    bool boolean(QStringView key);
    bool optionalBoolean(QStringView key, bool fallback);

    // Required UUID, written without braces; the null UUID is refused.
    QUuid uuid(QStringView key);

    // ISO 8601 with an explicit offset or "Z"; returned in UTC. A time without a zone is refused:
    // a terminal in Ouagadougou and a server elsewhere must agree on when a sale happened.
    QDateTime dateTime(QStringView key);
    // Absent or null gives an invalid QDateTime.
    QDateTime optionalDateTime(QStringView key);

    // Absent, null or "" gives an empty QUrl; otherwise an absolute http(s) URL.
    QUrl optionalUrl(QStringView key);

    QJsonArray array(QStringView key, qsizetype maxSize);
    QJsonObject object(QStringView key);
    // The index-th element of array (read from key) as an object, or an error naming "key[index]".
    QJsonObject objectAt(const QJsonArray &array, QStringView key, qsizetype index);

    // Required string that parse() maps to an enum value; "expected" lists the accepted spellings.
    template<typename E>
    E enumeration(QStringView key, std::optional<E> (*parse)(QStringView), E fallback,
                  const QString &expected)
    {
        const QString text = string(key, 64);
        if (!ok())
            return fallback;
        if (const std::optional<E> value = parse(text))
            return *value;
        failExpected(key, expected);
        return fallback;
    }

    // An array of objects, each read by parse(object, path) (e.g. OrderLine::fromJson).
    template<typename T>
    QList<T> list(QStringView key, qsizetype maxSize,
                  Result<T> (*parse)(const QJsonObject &, const QString &))
    {
        QList<T> result;
        const QJsonArray elements = array(key, maxSize);
        for (qsizetype i = 0; ok() && i < elements.size(); ++i) {
            const QJsonObject element = objectAt(elements, key, i);
            if (!ok())
                break;
            if (std::optional<T> value = take(parse(element, elementPath(key, i))))
                result.append(std::move(*value));
        }
        return result;
    }
    // Absent or null gives an empty list.
    template<typename T>
    QList<T> optionalList(QStringView key, qsizetype maxSize,
                          Result<T> (*parse)(const QJsonObject &, const QString &))
    {
        if (!has(key))
            return {};
        return list(key, maxSize, parse);
    }

    // Unwraps a nested Result, recording its error when it failed.
    template<typename T>
    std::optional<T> take(Result<T> result)
    {
        if (result.isOk())
            return std::move(result).value();
        fail(result.error());
        return std::nullopt;
    }

    // Shared validation of a JSON amount, usable outside an object (e.g. for a bare value).
    static std::optional<Money> readAmount(const QJsonValue &value, QString *whyNot);

private:
    static QString typeName(const QJsonValue &value);
    QJsonValue valueOf(QStringView key);
    void failExpected(QStringView key, const QString &expected);

    QJsonObject m_object;
    QString m_path;
    std::optional<ParseError> m_error;
};
