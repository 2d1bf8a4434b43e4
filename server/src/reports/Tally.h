#pragma once

// A number of orders and the sum of their amounts, as the reports show them. add() uses Money's
// checked arithmetic: a sum that would overflow is refused (false), never wrapped.

#include "Money.h"

#include <QJsonObject>

struct Tally
{
    qint64 count = 0;
    Money total;

    [[nodiscard]] bool add(Money amount)
    {
        const std::optional<Money> sum = total.plus(amount);
        if (!sum)
            return false;
        total = *sum;
        ++count;
        return true;
    }

    // {"count": n, "total": francs}
    QJsonObject toJson() const
    {
        return {{QStringLiteral("count"), count}, {QStringLiteral("total"), total.francs()}};
    }
};
