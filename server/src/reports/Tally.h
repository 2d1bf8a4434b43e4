#pragma once

// A number of orders and the sum of their amounts, as the reports show them. add() uses Money's
// checked arithmetic: a sum that would overflow is refused (false), never wrapped.

#include "Money.h"

#include <QJsonObject>
#include <QtNumeric>

struct Tally
{
    qint64 count = 0;
    Money total;

    [[nodiscard]] bool add(Money amount) { return add(amount, 1); }

    // `orders` orders at once, worth `amount` together (a GROUP BY row).
    [[nodiscard]] bool add(Money amount, qint64 orders)
    {
        const std::optional<Money> sum = total.plus(amount);
        qint64 newCount = 0;
        if (!sum || qAddOverflow(count, orders, &newCount))
            return false;
        total = *sum;
        count = newCount;
        return true;
    }

    // {"count": n, "total": francs}
    QJsonObject toJson() const
    {
        return {{QStringLiteral("count"), count}, {QStringLiteral("total"), total.francs()}};
    }
};
