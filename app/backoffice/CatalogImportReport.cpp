#include "CatalogImportReport.h"

#include "contract/JsonReader.h"
#include "domain/DomainLimits.h"

#include <limits>

using namespace Qt::StringLiterals;

std::optional<CatalogImportReport> CatalogImportReport::fromJson(const QJsonObject &object)
{
    using namespace DomainLimits;
    constexpr qint64 kMaxCount = std::numeric_limits<int>::max();
    CatalogImportReport report;
    JsonReader reader(object);
    report.rows = int(reader.integer(u"rows", 0, kMaxCount));
    report.created = int(reader.integer(u"created", 0, kMaxCount));
    report.updated = int(reader.integer(u"updated", 0, kMaxCount));
    report.unchanged =
        int(reader.has(u"unchanged") ? reader.integer(u"unchanged", 0, kMaxCount) : 0);
    const QJsonArray rejected = object.value(u"rejected"_s).toArray();
    for (qsizetype i = 0; i < rejected.size(); ++i) {
        JsonReader row(reader.objectAt(rejected, u"rejected", i),
                       reader.elementPath(u"rejected", i));
        Rejection rejection;
        rejection.line = int(row.integer(u"line", 0, kMaxCount));
        rejection.reason = row.optionalString(u"reason", 10 * kMaxTextLength);
        if (!row.ok())
            return std::nullopt;
        report.rejected.append(rejection);
    }
    const QJsonArray preview = object.value(u"preview"_s).toArray();
    for (qsizetype i = 0; i < preview.size(); ++i) {
        JsonReader row(reader.objectAt(preview, u"preview", i), reader.elementPath(u"preview", i));
        // A row the import would create may have no id yet, so Product::fromJson (id required)
        // does not fit.
        Product product;
        product.setId(row.optionalString(u"id", kMaxTextLength));
        product.setSku(row.optionalString(u"sku", kMaxTextLength));
        product.setBarcode(row.optionalString(u"barcode", kMaxTextLength));
        product.setName(row.string(u"name", kMaxTextLength));
        product.setCategory(row.optionalString(u"category", kMaxTextLength));
        product.setUnitPrice(row.amount(u"unit_price"));
        product.setActive(row.optionalBoolean(u"active", true));
        Row accepted;
        accepted.line = int(row.has(u"line") ? row.integer(u"line", 0, kMaxCount) : 0);
        accepted.action = row.optionalString(u"action", kMaxTextLength);
        accepted.product = product;
        if (!row.ok())
            return std::nullopt;
        report.preview.append(accepted);
    }
    if (!reader.ok())
        return std::nullopt;
    return report;
}
