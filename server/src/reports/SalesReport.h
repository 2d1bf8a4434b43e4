#pragma once

// GET /api/v1/reports/sales computed from the orders table: paid orders created in a range,
// totalled by method, operator, cashier, terminal, hour of day and day (in the shop's offset),
// the ten best-selling products from the orders' lines, and the orders still awaiting payment.
// Every sum is checked: an overflow makes the report fail rather than show a wrong figure.

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

    static std::optional<QJsonObject> build(Database &database, const ReportRange &range,
                                            Error *error);
};
