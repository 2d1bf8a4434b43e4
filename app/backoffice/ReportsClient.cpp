#include "ReportsClient.h"

#include "ManagerReply.h"
#include "ServerClient.h"
#include "contract/JsonReader.h"
#include "domain/DomainLimits.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReportsClient, "comptoir.app.reportsclient")

namespace {

constexpr qsizetype kMaxRows = 10000;
constexpr qint64 kMaxCount = DomainLimits::kMaxAmountFrancs;

// A breakdown: [{"key","label","count","total"}] (top products: product_id, name, quantity).
QList<ReportsClient::Group> groups(JsonReader &reader, QStringView key, bool products)
{
    QList<ReportsClient::Group> list;
    if (!reader.has(key))
        return list;
    const QJsonArray rows = reader.array(key, kMaxRows);
    for (qsizetype i = 0; reader.ok() && i < rows.size(); ++i) {
        JsonReader row(reader.objectAt(rows, key, i), reader.elementPath(key, i));
        ReportsClient::Group group;
        group.key = row.optionalString(products ? u"product_id" : u"key", 200);
        group.label = row.optionalString(products ? u"name" : u"label", 500);
        if (group.label.isEmpty())
            group.label = group.key;
        group.count = row.integer(products ? u"quantity" : u"count", 0, kMaxCount);
        group.total = row.amount(u"total");
        if (!row.ok())
            reader.fail(row.error());
        list.append(group);
    }
    return list;
}

QList<ReportsClient::Bucket> buckets(JsonReader &reader, QStringView key, bool hours)
{
    QList<ReportsClient::Bucket> list;
    if (!reader.has(key))
        return list;
    const QJsonArray rows = reader.array(key, kMaxRows);
    for (qsizetype i = 0; reader.ok() && i < rows.size(); ++i) {
        JsonReader row(reader.objectAt(rows, key, i), reader.elementPath(key, i));
        ReportsClient::Bucket bucket;
        if (hours)
            bucket.hour = int(row.integer(u"hour", 0, 23));
        else
            bucket.date = QDate::fromString(row.string(u"date", 10), Qt::ISODate);
        bucket.count = row.integer(u"count", 0, kMaxCount);
        bucket.total = row.amount(u"total");
        if (!row.ok())
            reader.fail(row.error());
        list.append(bucket);
    }
    return list;
}

} // namespace

std::optional<ReportsClient::Sales> ReportsClient::Sales::fromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    Sales sales;
    sales.from = reader.optionalString(u"from", 64);
    sales.to = reader.optionalString(u"to", 64);
    sales.count = reader.integer(u"count", 0, kMaxCount);
    sales.total = reader.amount(u"total");
    sales.byMethod = groups(reader, u"by_method", false);
    sales.byOperator = groups(reader, u"by_operator", false);
    sales.byCashier = groups(reader, u"by_cashier", false);
    sales.byTerminal = groups(reader, u"by_terminal", false);
    sales.topProducts = groups(reader, u"top_products", true);
    sales.byHour = buckets(reader, u"by_hour", true);
    sales.byDay = buckets(reader, u"by_day", false);
    if (reader.has(u"awaiting")) {
        JsonReader awaiting(reader.object(u"awaiting"), u"awaiting"_s);
        sales.awaitingCount = awaiting.integer(u"count", 0, kMaxCount);
        sales.awaitingTotal = awaiting.amount(u"total");
        if (!awaiting.ok())
            reader.fail(awaiting.error());
    }
    if (!reader.ok()) {
        qCInfo(lcReportsClient) << "sales report refused:" << reader.error().field
                                << reader.error().message;
        return std::nullopt;
    }
    return sales;
}

ReportsClient::ReportsClient(ServerClient *server)
    : m_server(server)
{}

QString ReportsClient::query(QDate from, QDate toExclusive, int tzMinutes)
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, from.toString(Qt::ISODate));
    query.addQueryItem(u"to"_s, toExclusive.toString(Qt::ISODate));
    query.addQueryItem(u"tz"_s, QString::number(tzMinutes));
    return query.toString(QUrl::FullyEncoded);
}

void ReportsClient::sales(QDate from, QDate toExclusive, int tzMinutes, QObject *context,
                          std::function<void(const Sales &, const ServerError &)> done)
{
    m_server->send("GET", u"/api/v1/reports/sales?"_s + query(from, toExclusive, tzMinutes),
                   std::nullopt, 0, context, ManagerReply::read(&Sales::fromJson, std::move(done)));
}
