#pragma once

// How core/ writes the values JsonReader reads back, so every message spells them the same way.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUuid>

namespace JsonFormat {

// ISO 8601 in UTC with milliseconds, e.g. "2026-04-15T11:19:28.000Z"; null for an invalid time.
QJsonValue dateTime(const QDateTime &at);
// Lower-case, without braces: "123e4567-e89b-12d3-a456-426614174000".
QString uuid(const QUuid &id);

// [item.toJson(), ...]
template<typename T>
QJsonArray array(const QList<T> &items)
{
    QJsonArray result;
    for (const T &item : items)
        result.append(item.toJson());
    return result;
}

} // namespace JsonFormat
