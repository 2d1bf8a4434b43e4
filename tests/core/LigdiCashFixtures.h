#pragma once

// Helpers shared by the tst_ligdicash_* tests: read a payload from tests/data/ligdicash and derive
// a broken variant of it by changing or removing one field, so every malformed case differs from
// a real payload in exactly one place.

#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace LigdiCashFixtures {

inline QByteArray read(const QString &name)
{
    return TestData::read(QStringLiteral("ligdicash/") + name);
}

inline QJsonObject object(const QString &name)
{
    return QJsonDocument::fromJson(read(name)).object();
}

// Sets (or, when value is undefined, removes) the value at path; numeric parts index arrays.
inline QJsonValue edited(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const qsizetype index = head.toLongLong();
        if (path.isEmpty()) {
            if (value.isUndefined())
                array.removeAt(index);
            else
                array[index] = value;
        } else {
            array[index] = edited(array.at(index), path, value);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(head);
        else
            object.insert(head, value);
    } else {
        object.insert(head, edited(object.value(head), path, value));
    }
    return object;
}

inline QJsonObject set(const QJsonObject &base, const QString &dottedPath, const QJsonValue &value)
{
    return edited(base, dottedPath.split(QLatin1Char('.')), value).toObject();
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QByteArray withValue(const QJsonObject &base, const QString &dottedPath,
                            const QJsonValue &value)
{
    return compact(set(base, dottedPath, value));
}

inline QByteArray without(const QJsonObject &base, const QString &dottedPath)
{
    return withValue(base, dottedPath, QJsonValue(QJsonValue::Undefined));
}

} // namespace LigdiCashFixtures
