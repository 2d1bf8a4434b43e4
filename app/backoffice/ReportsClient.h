#pragma once

// The back office's sales report (GET /api/v1/reports/sales, docs/manager-api.md "Reports"): a
// typed call over ServerClient::send and the answer as values. Only paid orders count as sales;
// amounts are whole francs and a fractional one makes the whole answer a BadReply.

#include "Money.h"
#include "ServerError.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QJsonObject;
class QObject;
class ServerClient;

class ReportsClient
{
public:
    // One row of a breakdown (by method, operator, cashier, terminal; or a top product, where
    // count is the quantity sold).
    struct Group
    {
        QString key;
        QString label;
        qint64 count = 0;
        Money total;
    };
    // One bar of the chart: an hour of the day (0-23) or a day of the range.
    struct Bucket
    {
        int hour = -1;
        QDate date;
        qint64 count = 0;
        Money total;
    };
    struct Sales
    {
        QString from;
        QString to;
        qint64 count = 0;
        Money total;
        QList<Group> byMethod;
        QList<Group> byOperator;
        QList<Group> byCashier;
        QList<Group> byTerminal;
        QList<Bucket> byHour;
        QList<Bucket> byDay;
        QList<Group> topProducts;
        qint64 awaitingCount = 0;
        Money awaitingTotal;

        static std::optional<Sales> fromJson(const QJsonObject &object);
    };

    explicit ReportsClient(ServerClient *server);

    // Sales of [from, to) in whole days of the shop's time zone (tzMinutes east of UTC).
    void sales(QDate from, QDate toExclusive, int tzMinutes, QObject *context,
               std::function<void(const Sales &, const ServerError &)> done);

    // The query string sent for a range, e.g. "from=2026-11-01&to=2026-12-01&tz=0".
    static QString query(QDate from, QDate toExclusive, int tzMinutes);

private:
    ServerClient *m_server;
};
