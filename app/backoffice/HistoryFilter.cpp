#include "HistoryFilter.h"

#include <QStringList>

using namespace Qt::StringLiterals;

QUrlQuery HistoryFilter::toQuery() const
{
    QUrlQuery query;
    // Days rather than instants: the server turns them into the shop's midnight with tz, so a
    // manager's "today" is the shop's today whatever the clock of this computer says.
    if (from.isValid())
        query.addQueryItem(u"from"_s, from.toString(Qt::ISODate));
    if (to.isValid())
        query.addQueryItem(u"to"_s, to.toString(Qt::ISODate));
    query.addQueryItem(u"tz"_s, QString::number(tzOffsetMinutes));
    if (!statuses.isEmpty()) {
        QStringList names;
        for (const OrderStatus status : statuses)
            names.append(orderStatusToString(status));
        query.addQueryItem(u"status"_s, names.join(u','));
    }
    if (method)
        query.addQueryItem(u"method"_s, paymentMethodToString(*method));
    if (!operatorName.trimmed().isEmpty())
        query.addQueryItem(u"operator"_s, operatorName.trimmed());
    if (!terminalId.isEmpty())
        query.addQueryItem(u"terminal"_s, terminalId);
    if (!cashierId.isEmpty())
        query.addQueryItem(u"cashier"_s, cashierId);
    if (minTotal)
        query.addQueryItem(u"min_total"_s, QString::number(minTotal->francs()));
    if (maxTotal)
        query.addQueryItem(u"max_total"_s, QString::number(maxTotal->francs()));
    if (flaggedOnly)
        query.addQueryItem(u"flagged"_s, u"1"_s);
    if (!search.trimmed().isEmpty())
        query.addQueryItem(u"q"_s, search.trimmed());
    return query;
}

QString HistoryFilter::sortToString(Sort sort)
{
    switch (sort) {
    case Sort::CreatedDesc:
        return u"created_desc"_s;
    case Sort::CreatedAsc:
        return u"created_asc"_s;
    case Sort::TotalDesc:
        return u"total_desc"_s;
    case Sort::TotalAsc:
        return u"total_asc"_s;
    }
    return u"created_desc"_s;
}
