#include "Product.h"

#include "DomainLimits.h"
#include "contract/JsonReader.h"

using namespace Qt::StringLiterals;

Product::Product(QString id, QString sku, QString barcode, QString name, QString category,
                 Money unitPrice, bool active)
    : m_id(std::move(id))
    , m_sku(std::move(sku))
    , m_barcode(std::move(barcode))
    , m_name(std::move(name))
    , m_category(std::move(category))
    , m_unitPrice(unitPrice)
    , m_active(active)
{}

bool Product::isValid() const
{
    return !m_id.trimmed().isEmpty() && !m_name.trimmed().isEmpty() && !m_unitPrice.isNegative() &&
           m_unitPrice.francs() <= DomainLimits::kMaxAmountFrancs;
}

QJsonObject Product::toJson() const
{
    return QJsonObject{
        {u"id"_s, m_id},
        {u"sku"_s, m_sku},
        {u"barcode"_s, m_barcode},
        {u"name"_s, m_name},
        {u"category"_s, m_category},
        {u"unit_price"_s, m_unitPrice.francs()},
        {u"active"_s, m_active},
    };
}

Result<Product> Product::fromJson(const QJsonObject &json, const QString &path)
{
    using namespace DomainLimits;
    JsonReader reader(json, path);
    Product product;
    product.m_id = reader.string(u"id", kMaxTextLength);
    product.m_sku = reader.optionalString(u"sku", kMaxTextLength);
    product.m_barcode = reader.optionalString(u"barcode", kMaxTextLength);
    product.m_name = reader.string(u"name", kMaxTextLength);
    product.m_category = reader.optionalString(u"category", kMaxTextLength);
    product.m_unitPrice = reader.amount(u"unit_price");
    product.m_active = reader.optionalBoolean(u"active", true);
    if (!reader.ok())
        return reader.error();
    return product;
}
