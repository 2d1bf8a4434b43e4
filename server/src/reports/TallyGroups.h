#pragma once

// Tallies by key (payment method, operator, cashier, terminal) with a label for people to read,
// written as the reports' [{"key","label","count","total"}] lists, largest total first.

#include "Tally.h"

#include <QHash>
#include <QJsonArray>
#include <QString>

class TallyGroups
{
public:
    // False when the group's total would overflow.
    [[nodiscard]] bool add(const QString &key, const QString &label, Money amount,
                           qint64 orders = 1);

    // Sorted by total, largest first; ties by key, so the order never depends on hashing.
    QJsonArray toJson() const;

private:
    struct Group
    {
        QString label;
        Tally tally;
    };
    QHash<QString, Group> m_groups;
};
