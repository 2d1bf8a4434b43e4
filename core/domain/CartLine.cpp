#include "CartLine.h"

#include "DomainLimits.h"
#include "contract/JsonReader.h"

using namespace Qt::StringLiterals;

CartLine CartLine::fromProduct(const Product &product, int quantity)
{
    return CartLine{product.id(),        product.sku(), product.name(),
                    product.unitPrice(), quantity,      product.barcode()};
}

std::optional<Money> CartLine::total() const
{
    const std::optional<Money> result = unitPrice.times(quantity);
    if (!result || result->francs() > DomainLimits::kMaxAmountFrancs)
        return std::nullopt;
    return result;
}

QJsonObject CartLine::toJson() const
{
    QJsonObject json{
        {u"product_id"_s, productId},          {u"sku"_s, sku},           {u"name"_s, name},
        {u"unit_price"_s, unitPrice.francs()}, {u"quantity"_s, quantity},
    };
    if (!barcode.isEmpty())
        json.insert(u"barcode"_s, barcode);
    return json;
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
    line.barcode = reader.optionalString(u"barcode", kMaxTextLength);
    if (!reader.ok())
        return reader.error();
    return line;
}
