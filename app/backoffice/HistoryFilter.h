#pragma once

// What the manager asked the order history for: the filters shared by the list, the summary and
// the CSV export of GET /api/v1/history (docs/manager-api.md), and the server-side sort. One
// value turns into one query string, so the three calls always describe the same set.

#include "Money.h"
#include "domain/OrderStatus.h"
#include "domain/PaymentMethod.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

struct HistoryFilter
{
    enum class Sort { CreatedDesc, CreatedAsc, TotalDesc, TotalAsc };

    QDate from;                  // first day included; invalid: no lower bound
    QDate to;                    // first day excluded; invalid: no upper bound
    int tzOffsetMinutes = 0;     // the shop's UTC offset, which turns days into instants
    QList<OrderStatus> statuses; // empty: any
    std::optional<PaymentMethod> method;
    QString operatorName; // as LigdiCash names it, e.g. "ORANGE BURKINA"
    QString terminalId;
    QString cashierId;
    std::optional<Money> minTotal;
    std::optional<Money> maxTotal;
    bool flaggedOnly = false;
    QString search; // order id prefix, LigdiCash reference or customer number

    // The filter parameters (without sort, limit or cursor).
    QUrlQuery toQuery() const;

    static QString sortToString(Sort sort);

    friend bool operator==(const HistoryFilter &, const HistoryFilter &) = default;
};
