#include "CartLine.h"

#include "DomainLimits.h"
#include "contract/JsonReader.h"

using namespace Qt::StringLiterals;

std::optional<Money> CartLine::total() const
{
    const std::optional<Money> result = unitPrice.times(quantity);
    if (!result || result->francs() > DomainLimits::kMaxAmountFrancs)
        return std::nullopt;
    return result;
}

QJsonObject CartLine::toJson() const
{
    return QJsonObject{
        {u"product_id"_s, productId},          {u"sku"_s, sku},           {u"name"_s, name},
        {u"unit_price"_s, unitPrice.francs()}, {u"quantity"_s, quantity},
    };
}

Result<CartLine> CartLine::fromJson(const QJsonObject &json, const QString &path)
{
    using namespace DomainLimits;
    JsonReader reader(json, path);
    CartLine line;
    line.productId = reader.string(u"product_id", kMaxTextLength);
    line.sku = reader.optionalString(u"sku", kMaxTextLength);
    line.name = reader.string(u"name", kMaxTextLength);
    line.unitPrice = reader.amount(u"unit_price");
    line.quantity = int(reader.integer(u"quantity", kMinQuantity, kMaxQuantity));
    if (!reader.ok())
        return reader.error();
    return line;
}
