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

// A breakdown row: {"key","label","count","total"} (top products: product_id, name, quantity).
Result<ReportsClient::Group> groupFromJson(const QJsonObject &object, const QString &path,
                                           bool product)
{
    JsonReader row(object, path);
    ReportsClient::Group group;
    group.key = row.optionalString(product ? u"product_id" : u"key", 200);
    group.label = row.optionalString(product ? u"name" : u"label", 500);
    if (group.label.isEmpty())
        group.label = group.key;
    group.count = row.integer(product ? u"quantity" : u"count", 0, kMaxCount);
    group.total = row.amount(u"total");
    if (!row.ok())
        return row.error();
    return group;
}

Result<ReportsClient::Group> breakdownFromJson(const QJsonObject &object, const QString &path)
{
    return groupFromJson(object, path, false);
}

Result<ReportsClient::Group> productFromJson(const QJsonObject &object, const QString &path)
{
    return groupFromJson(object, path, true);
}

Result<ReportsClient::Bucket> bucketFromJson(const QJsonObject &object, const QString &path,
                                             bool hour)
{
    JsonReader row(object, path);
    ReportsClient::Bucket bucket;
    if (hour)
        bucket.hour = int(row.integer(u"hour", 0, 23));
    else
        bucket.date = QDate::fromString(row.string(u"date", 10), Qt::ISODate);
    bucket.count = row.integer(u"count", 0, kMaxCount);
    bucket.total = row.amount(u"total");
    if (!row.ok())
        return row.error();
    return bucket;
}

Result<ReportsClient::Bucket> hourFromJson(const QJsonObject &object, const QString &path)
{
    return bucketFromJson(object, path, true);
}

Result<ReportsClient::Bucket> dayFromJson(const QJsonObject &object, const QString &path)
{
    return bucketFromJson(object, path, false);
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
    sales.byMethod = reader.optionalList(u"by_method", kMaxRows, &breakdownFromJson);
    sales.byOperator = reader.optionalList(u"by_operator", kMaxRows, &breakdownFromJson);
    sales.byCashier = reader.optionalList(u"by_cashier", kMaxRows, &breakdownFromJson);
    sales.byTerminal = reader.optionalList(u"by_terminal", kMaxRows, &breakdownFromJson);
    sales.topProducts = reader.optionalList(u"top_products", kMaxRows, &productFromJson);
    sales.byHour = reader.optionalList(u"by_hour", kMaxRows, &hourFromJson);
    sales.byDay = reader.optionalList(u"by_day", kMaxRows, &dayFromJson);
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
