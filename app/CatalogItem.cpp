#include "CatalogItem.h"

#include "JsonRead.h"
#include "domain/Product.h"

using namespace Qt::StringLiterals;

std::optional<CatalogItem> CatalogItem::fromJson(const QJsonObject &object)
{
    // The contract's Product is the reference; inactive products cannot be sold.
    if (const Result<Product> product = Product::fromJson(object); product.isOk()) {
        if (!product->isActive() || !product->isValid())
            return std::nullopt;
        return CatalogItem{product->id(),   product->sku(),      product->barcode(),
                           product->name(), product->category(), product->unitPrice()};
    }
    CatalogItem item;
    item.id = JsonRead::string(object, {u"id"_s, u"productId"_s});
    item.name = JsonRead::string(object, {u"name"_s});
    item.sku = JsonRead::string(object, {u"sku"_s});
    item.barcode = JsonRead::string(object, {u"barcode"_s, u"ean"_s});
    item.category = JsonRead::string(object, {u"category"_s});
    const auto price = JsonRead::money(object, {u"unit_price"_s, u"price"_s, u"unitPrice"_s});
    if (item.id.isEmpty() || item.name.isEmpty() || !price || price->isNegative())
        return std::nullopt;
    item.price = *price;
    return item;
}

QJsonObject CatalogItem::toJson() const
{
    return QJsonObject{{u"id"_s, id},     {u"sku"_s, sku},           {u"barcode"_s, barcode},
                       {u"name"_s, name}, {u"category"_s, category}, {u"price"_s, price.francs()}};
}
