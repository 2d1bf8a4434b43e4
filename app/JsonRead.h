#pragma once

// Tolerant readers for the server's JSON: a field may be spelled in camelCase or snake_case and
// an id may arrive as a number or a string. Amounts must be whole numbers: a fractional or
// out-of-range amount is refused, never rounded.

#include "Money.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace JsonRead {

QString string(const QJsonObject &object, const QStringList &names);
std::optional<qint64> integer(const QJsonObject &object, const QStringList &names);
std::optional<Money> money(const QJsonObject &object, const QStringList &names);

} // namespace JsonRead
