#include "HistorySummary.h"

#include "HistoryOrder.h"

using namespace Qt::StringLiterals;

std::optional<HistorySummary> HistorySummary::fromJson(const QJsonObject &object)
{
    const auto total = HistoryOrder::moneyFromJson(object.value(u"total"_s));
    const QJsonValue count = object.value(u"count"_s);
    if (!total || !count.isDouble())
        return std::nullopt;
    HistorySummary summary;
    summary.count = count.toInteger();
    summary.total = *total;
    summary.paidCount = object.value(u"paid_count"_s).toInteger();
    summary.paidTotal =
        HistoryOrder::moneyFromJson(object.value(u"paid_total"_s)).value_or(Money());
    return summary;
}
