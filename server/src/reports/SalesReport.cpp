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

} // namespace

std::optional<QJsonObject> SalesReport::build(Database &database, const ReportRange &range,
                                              Error *error)
{
    *error = Error::None;
    const std::optional<NameDirectory> names = NameDirectory::load(database);
    if (!names) {
        *error = Error::StoreFailed;
        return std::nullopt;
    }
    auto query = database.exec(
        u"SELECT terminal_id, cashier_id, method, status, total, operator_name, lines_json, "
        u"created_at FROM orders WHERE created_at >= ? AND created_at < ? "
        u"AND status IN ('paid', 'awaiting_payment')"_s,
        {range.fromMs, range.toMs});
    if (!query) {
        *error = Error::StoreFailed;
        return std::nullopt;
    }

    Tally sales;
    Tally awaiting;
    TallyGroups byMethod;
    TallyGroups byOperator;
    TallyGroups byCashier;
    TallyGroups byTerminal;
    std::array<Tally, 24> byHour;
    QMap<QDate, Tally> byDay;
    QHash<QString, ProductSales> products;
    for (QDate day = range.localDate(range.fromMs); day <= range.localDate(range.toMs - 1);
         day = day.addDays(1))
        byDay.insert(day, {});

    bool ok = true;
    while (ok && query->next()) {
        const QString terminalId = query->value(0).toString();
        const QString cashierId = query->value(1).toString();
        const QString method = query->value(2).toString();
        const QString status = query->value(3).toString();
        const Money total = Money::fromFrancs(query->value(4).toLongLong());
        const QString operatorName = query->value(5).toString();
        const qint64 createdAt = query->value(7).toLongLong();
        if (status == "awaiting_payment"_L1) {
            ok = awaiting.add(total);
            continue;
        }
        ok = sales.add(total) && byMethod.add(method, method, total) &&
             byCashier.add(cashierId, names->user(cashierId), total) &&
             byTerminal.add(terminalId, names->terminal(terminalId), total) &&
             byHour[size_t(range.localHour(createdAt))].add(total) &&
             byDay[range.localDate(createdAt)].add(total) &&
             addLines(query->value(6).toString(), &products);
        if (ok && method == "ligdicash"_L1)
            ok = byOperator.add(operatorName, operatorName, total);
    }
    if (!ok) {
        qCWarning(lcSalesReport) << "a sales total overflows 64 bits";
        *error = Error::Overflow;
        return std::nullopt;
    }

    QJsonArray hours;
    for (size_t hour = 0; hour < byHour.size(); ++hour) {
        hours.append(QJsonObject{{u"hour"_s, qint64(hour)},
                                 {u"count"_s, byHour.at(hour).count},
                                 {u"total"_s, byHour.at(hour).total.francs()}});
    }
    QJsonArray days;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        days.append(QJsonObject{{u"date"_s, it.key().toString(Qt::ISODate)},
                                {u"count"_s, it->count},
                                {u"total"_s, it->total.francs()}});
    }
    QList<ProductSales> ranked = products.values();
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
        {u"count"_s, sales.count},
        {u"total"_s, sales.total.francs()},
        {u"by_method"_s, byMethod.toJson()},
        {u"by_operator"_s, byOperator.toJson()},
        {u"by_cashier"_s, byCashier.toJson()},
        {u"by_terminal"_s, byTerminal.toJson()},
        {u"by_hour"_s, hours},
        {u"by_day"_s, days},
        {u"top_products"_s, top},
        {u"awaiting"_s, awaiting.toJson()},
    };
}
