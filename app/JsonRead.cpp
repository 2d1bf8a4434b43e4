#include "JsonRead.h"

#include <QJsonValue>

#include <cmath>

namespace {

QJsonValue find(const QJsonObject &object, const QStringList &names)
{
    for (const QString &name : names) {
        const auto it = object.constFind(name);
        if (it != object.constEnd() && !it->isNull() && !it->isUndefined())
            return *it;
    }
    return {};
}

} // namespace

QString JsonRead::string(const QJsonObject &object, const QStringList &names)
{
    const QJsonValue value = find(object, names);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

std::optional<qint64> JsonRead::integer(const QJsonObject &object, const QStringList &names)
{
    const QJsonValue value = find(object, names);
    if (value.isDouble()) {
        const double number = value.toDouble();
        // 2^53: beyond it a JSON double no longer holds every integer exactly.
        if (std::trunc(number) != number || std::fabs(number) > 9007199254740992.0)
            return std::nullopt;
        return value.toInteger();
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

std::optional<Money> JsonRead::money(const QJsonObject &object, const QStringList &names)
{
    const auto francs = integer(object, names);
    if (!francs)
        return std::nullopt;
    return Money::fromFrancs(*francs);
}
