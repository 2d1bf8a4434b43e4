#pragma once

// The end-of-day (Z) report of one shift, computed from the orders stamped with the shift's id:
// cash taken and given back, the cash the drawer should hold, LigdiCash payments confirmed and
// still awaited, per cashier and per operator, and the count of every order. Computed once,
// inside the closing transaction, then stored as JSON and only ever read back.

#include "Money.h"
#include "Tally.h"
#include "TallyGroups.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

class Database;
class NameDirectory;

class ZReport
{
public:
    enum class Error { None, StoreFailed, Overflow };

    // Who and when, known to the closing request rather than to the orders.
    struct Header
    {
        QString shiftId;
        QString terminalId;
        QString terminalName;
        qint64 openedAt = 0;
        qint64 closedAt = 0;
        QString openedByName;
        QString closedByName;
        QString approvedByName; // empty: no approval
        Money openingFloat;
        Money countedCash;
        QString note;
    };

    static std::optional<ZReport> collect(Database &database, const QString &shiftId,
                                          const NameDirectory &names, Error *error);

    // opening float + cash tendered - change given; nothing on overflow.
    std::optional<Money> expectedCash(Money openingFloat) const;
    // The report as stored and served; nothing on overflow.
    std::optional<QJsonObject> toJson(const Header &header) const;

private:
    struct CashierTotals
    {
        QString label;
        Tally cash;
        Tally ligdicash;
    };

    Money m_cashSales;
    Money m_cashTendered;
    Money m_changeGiven;
    Tally m_ligdicashConfirmed;
    Tally m_ligdicashAwaiting;
    QMap<QString, CashierTotals> m_byCashier;
    TallyGroups m_byOperator;
    qint64 m_orderCount = 0;
    qint64 m_cancelledCount = 0;
    qint64 m_failedCount = 0;
};
