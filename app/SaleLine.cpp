#include "SaleLine.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

SaleLine SaleLine::fromItem(const CatalogItem &item, int quantity)
{
    return SaleLine{item.id, item.sku, item.barcode, item.name, quantity, item.price};
}

std::optional<Money> SaleLine::lineTotal() const
{
    return unitPrice.times(quantity);
}

QJsonObject SaleLine::toJson() const
{
    return QJsonObject{{u"productId"_s, productId}, {u"sku"_s, sku},
                       {u"barcode"_s, barcode},     {u"name"_s, name},
                       {u"quantity"_s, quantity},   {u"unitPrice"_s, unitPrice.francs()}};
}

std::optional<SaleLine> SaleLine::fromJson(const QJsonObject &object)
{
    SaleLine line;
    line.productId = JsonRead::string(object, {u"productId"_s, u"product_id"_s});
    line.sku = JsonRead::string(object, {u"sku"_s});
    line.barcode = JsonRead::string(object, {u"barcode"_s});
    line.name = JsonRead::string(object, {u"name"_s});
    const auto quantity = JsonRead::integer(object, {u"quantity"_s});
    const auto price = JsonRead::money(object, {u"unitPrice"_s, u"unit_price"_s});
    if (line.productId.isEmpty() || !quantity || *quantity <= 0 || *quantity > 1000000 || !price)
        return std::nullopt;
    line.quantity = int(*quantity);
    line.unitPrice = *price;
    return line;
}

QJsonArray SaleLine::toJsonArray(const QList<SaleLine> &lines)
{
    QJsonArray array;
    for (const SaleLine &line : lines)
        array.append(line.toJson());
    return array;
}

QList<SaleLine> SaleLine::fromJsonArray(const QJsonArray &array)
{
    QList<SaleLine> lines;
    for (const QJsonValue &value : array) {
        if (const auto line = fromJson(value.toObject()))
            lines.append(*line);
    }
    return lines;
}

std::optional<Money> SaleLine::total(const QList<SaleLine> &lines)
{
    Money sum;
    for (const SaleLine &line : lines) {
        const auto lineTotal = line.lineTotal();
        if (!lineTotal)
            return std::nullopt;
        const auto next = sum.plus(*lineTotal);
        if (!next)
            return std::nullopt;
        sum = *next;
    }
    return sum;
}
