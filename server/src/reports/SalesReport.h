#pragma once

// GET /api/v1/reports/sales computed from the orders table: paid orders created in a range,
// totalled by method, operator, cashier, terminal, hour of day and day (in the shop's offset),
// the ten best-selling products from the orders' lines, and the orders still awaiting payment.
// Every sum is checked: an overflow makes the report fail rather than show a wrong figure.
// The database adds up (see Strategy): a 366-day report on 300 000 orders took 9 s of the
// server's only thread when every order was read here.

#include "ReportRange.h"

#include <QJsonObject>

#include <optional>

class Database;

class SalesReport
{
public:
    static constexpr qint64 kMaxDays = 366;
    static constexpr int kTopProducts = 10;

    enum class Error { None, StoreFailed, Overflow };

    // How the figures are gathered. Grouped lets the database add the orders up (GROUP BY the
    // hour, method, cashier, terminal and operator; the lines through json_each or
    // jsonb_array_elements), so a year of orders is a few thousand rows instead of every order
    // parsed in the server's one thread, which would stall every till meanwhile. RowByRow reads
    // every order: it is the fallback when the grouped queries fail (an old SQLite without JSON,
    // a line the database cannot read, a sum SQLite refuses to overflow), and it tells an
    // overflow from a store failure exactly. Both give the same report.
    enum class Strategy { Grouped, RowByRow };

    static std::optional<QJsonObject> build(Database &database, const ReportRange &range,
                                            Error *error, Strategy strategy = Strategy::Grouped);
};
