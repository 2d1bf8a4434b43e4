#pragma once

// The whole of one order for the back office (GET /api/v1/history/{id}, also the answer of
// verify): the list row, its lines, cash tendered and change, the LigdiCash traces (masked token,
// request reference, payment URL), the review and the timeline.

#include "HistoryEvent.h"
#include "HistoryOrder.h"
#include "domain/OrderLine.h"

#include <QList>
#include <QUrl>

struct HistoryOrderDetail
{
    HistoryOrder order;
    QList<OrderLine> lines;
    std::optional<Money> tendered;
    std::optional<Money> change;
    QString paymentKind; // "hosted" or "direct"; empty for cash
    QUrl paymentUrl;
    QString invoiceTokenHint; // "eyJhbG…x9Qw": enough to find it at LigdiCash, not to use it
    QString requestReference;
    QDateTime paidAt;
    QDateTime reviewedAt;
    QString reviewedByName;
    QString reviewNote;
    QList<HistoryEvent> timeline;

    bool isValid() const { return !order.id.isEmpty(); }
    static std::optional<HistoryOrderDetail> fromJson(const QJsonObject &object);
};
