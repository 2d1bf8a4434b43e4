#pragma once

// The Z report of a closed shift as the server froze it (docs/manager-api.md "Shifts and the Z
// report"): the cash expected and counted, LigdiCash confirmed and still awaiting, per cashier and
// per operator. The app only shows and prints it; every figure is the server's.

#include "Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct ShiftReport
{
    struct Cashier
    {
        QString id;
        QString name;
        qint64 cashCount = 0;
        Money cashTotal;
        qint64 ligdicashCount = 0;
        Money ligdicashTotal;
    };
    struct Operator
    {
        QString name;
        qint64 count = 0;
        Money total;
    };

    QString shiftId;
    QString terminalId;
    QString terminalName;
    QDateTime openedAt;
    QDateTime closedAt;
    QString openedByName;
    QString closedByName;
    QString approvedByName;
    Money openingFloat;
    Money cashSales;
    Money cashTendered;
    Money changeGiven;
    Money expectedCash;
    Money countedCash;
    Money difference;
    QString note;
    qint64 ligdicashConfirmedCount = 0;
    Money ligdicashConfirmedTotal;
    qint64 ligdicashAwaitingCount = 0;
    Money ligdicashAwaitingTotal;
    QList<Cashier> byCashier;
    QList<Operator> byOperator;
    qint64 orderCount = 0;
    qint64 cancelledCount = 0;
    qint64 failedCount = 0;

    bool isValid() const { return !shiftId.isEmpty(); }
    // nullopt when a figure is missing or not a whole number of francs.
    static std::optional<ShiftReport> fromJson(const QJsonObject &object);
};
