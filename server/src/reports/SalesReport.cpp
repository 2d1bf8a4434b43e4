#include "SalesReport.h"

#include "Database.h"
#include "NameDirectory.h"
#include "TallyGroups.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSalesReport, "comptoir.reports.salesreport", QtInfoMsg)

namespace {

struct ProductSales
{
    QString productId;
    QString name;
    qint64 quantity = 0;
    Money total;
};

// Adds an order's lines to the per-product sums; false on overflow.
bool addLines(const QString &linesJson, QHash<QString, ProductSales> *products)
{
    const QJsonArray lines = QJsonDocument::fromJson(linesJson.toUtf8()).array();
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        const QString productId = line.value(u"product_id"_s).toString();
        const QString name = line.value(u"name"_s).toString();
        // A line without a product id (free text) is told apart by its name.
        const QString key = productId.isEmpty() ? u"name:"_s + name : productId;
        auto it = products->find(key);
        if (it == products->end())
            it = products->insert(key, ProductSales{productId, name, 0, {}});
        qint64 quantity = 0;
        if (qAddOverflow(it->quantity, line.value(u"quantity"_s).toInteger(), &quantity))
            return false;
        const std::optional<Money> total =
            it->total.plus(Money::fromFrancs(line.value(u"line_total"_s).toInteger()));
        if (!total)
            return false;
        it->quantity = quantity;
        it->total = *total;
    }
    return true;
}

// Everything the report adds up, whichever way it was gathered.
struct Sums
{
    Tally sales;
    Tally awaiting;
    TallyGroups byMethod;
    TallyGroups byOperator;
    TallyGroups byCashier;
    TallyGroups byTerminal;
    std::array<Tally, 24> byHour;
    QMap<QDate, Tally> byDay;
    QHash<QString, ProductSales> products;
};

enum class Gathered { Done, Overflow, QueryFailed };

// A SUM read as text (CAST in the SQL): PostgreSQL sums bigints as numeric, which the driver
// would hand over as a double. Nothing when it does not fit in 64 bits.
std::optional<qint64> sumOf(const QVariant &value)
{
    bool ok = false;
    const qint64 sum = value.toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(sum) : std::nullopt;
}

Gathered gatherRows(Database &database, const ReportRange &range, const NameDirectory &names,
                    Sums *sums)
{
    auto query = database.exec(
        u"SELECT terminal_id, cashier_id, method, status, total, operator_name, lines_json, "
        u"created_at FROM orders WHERE created_at >= ? AND created_at < ? "
        u"AND status IN ('paid', 'awaiting_payment')"_s,
        {range.fromMs, range.toMs});
    if (!query)
        return Gathered::QueryFailed;
    while (query->next()) {
        const QString terminalId = query->value(0).toString();
        const QString cashierId = query->value(1).toString();
        const QString method = query->value(2).toString();
        const QString status = query->value(3).toString();
        const Money total = Money::fromFrancs(query->value(4).toLongLong());
        const QString operatorName = query->value(5).toString();
        const qint64 createdAt = query->value(7).toLongLong();
        if (status == "awaiting_payment"_L1) {
            if (!sums->awaiting.add(total))
                return Gathered::Overflow;
            continue;
        }
        bool ok = sums->sales.add(total) && sums->byMethod.add(method, method, total) &&
                  sums->byCashier.add(cashierId, names.user(cashierId), total) &&
                  sums->byTerminal.add(terminalId, names.terminal(terminalId), total) &&
                  sums->byHour[size_t(range.localHour(createdAt))].add(total) &&
                  sums->byDay[range.localDate(createdAt)].add(total) &&
                  addLines(query->value(6).toString(), &sums->products);
        if (ok && method == "ligdicash"_L1)
            ok = sums->byOperator.add(operatorName, operatorName, total);
        if (!ok)
            return Gathered::Overflow;
    }
    return Gathered::Done;
}

Gathered gatherGrouped(Database &database, const ReportRange &range, const NameDirectory &names,
                       Sums *sums)
{
    constexpr qint64 kHourMs = 3600 * 1000;
    const qint64 tzMs = qint64(range.tzMinutes) * 60 * 1000;
    // SQL integer division truncates towards zero: only a floor for instants after the epoch.
    if (range.fromMs + tzMs < 0)
        return Gathered::QueryFailed;
    // The local hour of each order: (created_at + tz) / 1 h, grouped with the other keys.
    auto orders = database.exec(
        u"SELECT status, method, cashier_id, terminal_id, COALESCE(operator_name, ''), "
        u"(created_at + ?) / 3600000, COUNT(*), CAST(SUM(total) AS TEXT) FROM orders "
        u"WHERE created_at >= ? AND created_at < ? AND status IN ('paid', 'awaiting_payment') "
        u"GROUP BY 1, 2, 3, 4, 5, 6"_s,
        {tzMs, range.fromMs, range.toMs});
    if (!orders)
        return Gathered::QueryFailed;
    while (orders->next()) {
        const QString status = orders->value(0).toString();
        const QString method = orders->value(1).toString();
        const QString cashierId = orders->value(2).toString();
        const QString terminalId = orders->value(3).toString();
        const QString operatorName = orders->value(4).toString();
        const qint64 hourStart = orders->value(5).toLongLong() * kHourMs - tzMs;
        const qint64 count = orders->value(6).toLongLong();
        const std::optional<qint64> francs = sumOf(orders->value(7));
        if (!francs)
            return Gathered::Overflow;
        const Money total = Money::fromFrancs(*francs);
        if (status == "awaiting_payment"_L1) {
            if (!sums->awaiting.add(total, count))
                return Gathered::Overflow;
            continue;
        }
        bool ok = sums->sales.add(total, count) &&
                  sums->byMethod.add(method, method, total, count) &&
                  sums->byCashier.add(cashierId, names.user(cashierId), total, count) &&
                  sums->byTerminal.add(terminalId, names.terminal(terminalId), total, count) &&
                  sums->byHour[size_t(range.localHour(hourStart))].add(total, count) &&
                  sums->byDay[range.localDate(hourStart)].add(total, count);
        if (ok && method == "ligdicash"_L1)
            ok = sums->byOperator.add(operatorName, operatorName, total, count);
        if (!ok)
            return Gathered::Overflow;
    }
    orders->finish();

    // The paid orders' lines, added up per product (a line without product id by its name).
    const QString lines =
        database.isPostgres()
            ? u"SELECT COALESCE(l->>'product_id', ''), "
              u"CASE WHEN COALESCE(l->>'product_id', '') = '' THEN COALESCE(l->>'name', '') "
              u"ELSE '' END, MIN(COALESCE(l->>'name', '')), "
              u"CAST(SUM(COALESCE((l->>'quantity')::bigint, 0)) AS TEXT), "
              u"CAST(SUM(COALESCE((l->>'line_total')::bigint, 0)) AS TEXT) "
              u"FROM orders o CROSS JOIN LATERAL jsonb_array_elements(o.lines_json::jsonb) l "
              u"WHERE o.created_at >= ? AND o.created_at < ? AND o.status = 'paid' "
              u"AND jsonb_typeof(l) = 'object' GROUP BY 1, 2"_s
            : u"SELECT COALESCE(json_extract(l.value, '$.product_id'), ''), "
              u"CASE WHEN COALESCE(json_extract(l.value, '$.product_id'), '') = '' "
              u"THEN COALESCE(json_extract(l.value, '$.name'), '') ELSE '' END, "
              u"MIN(COALESCE(json_extract(l.value, '$.name'), '')), "
              u"CAST(SUM(COALESCE(CAST(json_extract(l.value, '$.quantity') AS INTEGER), 0)) "
              u"AS TEXT), "
              u"CAST(SUM(COALESCE(CAST(json_extract(l.value, '$.line_total') AS INTEGER), 0)) "
              u"AS TEXT) "
              u"FROM orders o, json_each(o.lines_json) l "
              u"WHERE o.created_at >= ? AND o.created_at < ? AND o.status = 'paid' "
              u"AND json_type(o.lines_json) = 'array' AND l.type = 'object' GROUP BY 1, 2"_s;
    auto products = database.exec(lines, {range.fromMs, range.toMs});
    if (!products)
        return Gathered::QueryFailed;
    while (products->next()) {
        const QString productId = products->value(0).toString();
        const QString name = products->value(2).toString();
        const std::optional<qint64> quantity = sumOf(products->value(3));
        const std::optional<qint64> total = sumOf(products->value(4));
        if (!quantity || !total)
            return Gathered::Overflow;
        const QString key =
            productId.isEmpty() ? u"name:"_s + products->value(1).toString() : productId;
        sums->products.insert(key,
                              ProductSales{productId, name, *quantity, Money::fromFrancs(*total)});
    }
    return Gathered::Done;
}

} // namespace

std::optional<QJsonObject> SalesReport::build(Database &database, const ReportRange &range,
                                              Error *error, Strategy strategy)
{
    *error = Error::None;
    const std::optional<NameDirectory> names = NameDirectory::load(database);
    if (!names) {
        *error = Error::StoreFailed;
        return std::nullopt;
    }

    Sums sums;
    Gathered gathered = Gathered::QueryFailed;
    if (strategy == Strategy::Grouped) {
        gathered = gatherGrouped(database, range, *names, &sums);
        if (gathered == Gathered::QueryFailed) {
            qCInfo(lcSalesReport) << "grouped sales queries failed, reading every order instead:"
                                  << database.errorString();
            sums = Sums();
        }
    }
    if (gathered == Gathered::QueryFailed)
        gathered = gatherRows(database, range, *names, &sums);
    if (gathered == Gathered::QueryFailed) {
        *error = Error::StoreFailed;
        return std::nullopt;
    }
    if (gathered == Gathered::Overflow) {
        qCWarning(lcSalesReport) << "a sales total overflows 64 bits";
        *error = Error::Overflow;
        return std::nullopt;
    }

    // Every day of the range, empty ones too.
    for (QDate day = range.localDate(range.fromMs); day <= range.localDate(range.toMs - 1);
         day = day.addDays(1))
        sums.byDay[day];

    QJsonArray hours;
    for (size_t hour = 0; hour < sums.byHour.size(); ++hour) {
        hours.append(QJsonObject{{u"hour"_s, qint64(hour)},
                                 {u"count"_s, sums.byHour.at(hour).count},
                                 {u"total"_s, sums.byHour.at(hour).total.francs()}});
    }
    QJsonArray days;
    for (auto it = sums.byDay.cbegin(); it != sums.byDay.cend(); ++it) {
        days.append(QJsonObject{{u"date"_s, it.key().toString(Qt::ISODate)},
                                {u"count"_s, it->count},
                                {u"total"_s, it->total.francs()}});
    }
    QList<ProductSales> ranked = sums.products.values();
    std::sort(ranked.begin(), ranked.end(), [](const ProductSales &a, const ProductSales &b) {
        if (a.total != b.total)
            return a.total > b.total;
        if (a.quantity != b.quantity)
            return a.quantity > b.quantity;
        return a.productId != b.productId ? a.productId < b.productId : a.name < b.name;
    });
    QJsonArray top;
    for (qsizetype i = 0; i < ranked.size() && i < kTopProducts; ++i) {
        const ProductSales &product = ranked.at(i);
        top.append(QJsonObject{{u"product_id"_s, product.productId},
                               {u"name"_s, product.name},
                               {u"quantity"_s, product.quantity},
                               {u"total"_s, product.total.francs()}});
    }

    return QJsonObject{
        {u"from"_s, ReportRange::isoUtc(range.fromMs)},
        {u"to"_s, ReportRange::isoUtc(range.toMs)},
        {u"tz"_s, range.tzMinutes},
        {u"count"_s, sums.sales.count},
        {u"total"_s, sums.sales.total.francs()},
        {u"by_method"_s, sums.byMethod.toJson()},
        {u"by_operator"_s, sums.byOperator.toJson()},
        {u"by_cashier"_s, sums.byCashier.toJson()},
        {u"by_terminal"_s, sums.byTerminal.toJson()},
        {u"by_hour"_s, hours},
        {u"by_day"_s, days},
        {u"top_products"_s, top},
        {u"awaiting"_s, sums.awaiting.toJson()},
    };
}
