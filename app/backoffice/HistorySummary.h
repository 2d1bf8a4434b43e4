#pragma once

// The totals of a filtered history (GET /api/v1/history/summary): every matching order, and the
// paid ones, which are the sales.

#include "Money.h"

#include <QJsonObject>

#include <optional>

struct HistorySummary
{
    qint64 count = 0;
    Money total;
    qint64 paidCount = 0;
    Money paidTotal;

    static std::optional<HistorySummary> fromJson(const QJsonObject &object);
};
