#include "OrderLine.h"

#include "DomainLimits.h"
#include "contract/JsonReader.h"

using namespace Qt::StringLiterals;

OrderLine OrderLine::fromCartLine(const CartLine &line)
{
    return OrderLine{line.productId, line.name, line.quantity, line.unitPrice,
                     line.total().value_or(Money())};
}

std::optional<Money> OrderLine::computedTotal() const
{
    const std::optional<Money> result = unitPrice.times(quantity);
    if (!result || result->isNegative() || result->francs() > DomainLimits::kMaxAmountFrancs)
        return std::nullopt;
    return result;
}

bool OrderLine::isConsistent() const
{
    return quantity >= DomainLimits::kMinQuantity && quantity <= DomainLimits::kMaxQuantity &&
           computedTotal() == lineTotal;
}

QJsonObject OrderLine::toJson() const
{
    return QJsonObject{
        {u"product_id"_s, productId},
        {u"name"_s, name},
        {u"quantity"_s, quantity},
        {u"unit_price"_s, unitPrice.francs()},
        {u"line_total"_s, lineTotal.francs()},
    };
}

Result<OrderLine> OrderLine::fromJson(const QJsonObject &json, const QString &path)
{
    using namespace DomainLimits;
    JsonReader reader(json, path);
    OrderLine line;
    line.productId = reader.string(u"product_id", kMaxTextLength);
    line.name = reader.string(u"name", kMaxTextLength);
    line.quantity = int(reader.integer(u"quantity", kMinQuantity, kMaxQuantity));
    line.unitPrice = reader.amount(u"unit_price");
    line.lineTotal = reader.amount(u"line_total");
    if (!reader.ok())
        return reader.error();
    return line;
}
