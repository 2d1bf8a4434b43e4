#include "CatalogAdminApi.h"

#include "AdminHttp.h"
#include "AuditLog.h"
#include "CatalogCsv.h"
#include "HttpServer.h"
#include "ServerApp.h"
#include "ServerClock.h"
#include "catalog/ProductStore.h"
#include "domain/DomainLimits.h"

#include <QHash>
#include <QJsonArray>
#include <QStringDecoder>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxName = 120;
constexpr qsizetype kMaxCategory = 80;
constexpr qsizetype kMaxCode = 64;
constexpr int kPreviewRows = 50;
constexpr qsizetype kImportBodyLimit = 16 * 1024 * 1024;

const QStringList kColumns{u"sku"_s,      u"barcode"_s,    u"name"_s,
                           u"category"_s, u"unit_price"_s, u"active"_s};

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

QJsonObject productJson(const Product &product)
{
    return product.toJson();
}

} // namespace

CatalogAdminApi::CatalogAdminApi(ServerApp &app)
    : m_app(app)
{}

void CatalogAdminApi::registerRoutes(HttpServer &http)
{
    http.route("POST", u"/api/v1/products"_s,
               [this](const HttpRequest &request) { return create(request); });
    http.route("PUT", u"/api/v1/products/{id}"_s,
               [this](const HttpRequest &request) { return update(request); });
    http.route("GET", u"/api/v1/categories"_s,
               [this](const HttpRequest &request) { return categories(request); });
    http.route("POST", u"/api/v1/catalog/import"_s,
               [this](const HttpRequest &request) { return import(request); });
    // A whole shop's catalog in one file: 100 000 products are about 8 MB of CSV.
    http.setRouteBodyLimit("POST", u"/api/v1/catalog/import"_s, kImportBodyLimit);
    http.route("GET", u"/api/v1/catalog/export.csv"_s,
               [this](const HttpRequest &request) { return exportCsv(request); });
}

std::optional<QString> CatalogAdminApi::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("is required.");
    if (name.size() > kMaxName)
        return tr("has at most %1 characters.").arg(kMaxName);
    if (hasControlCharacters(name))
        return tr("must not contain control characters.");
    return std::nullopt;
}

std::optional<QString> CatalogAdminApi::codeProblem(const QString &code, qsizetype maxLength)
{
    if (code.size() > maxLength)
        return tr("has at most %1 characters.").arg(maxLength);
    if (hasControlCharacters(code))
        return tr("must not contain control characters.");
    return std::nullopt;
}

std::optional<qint64> CatalogAdminApi::priceFromText(const QString &text, QString *problem)
{
    const QString digits = text.trimmed();
    if (digits.isEmpty()) {
        *problem = tr("is required.");
        return std::nullopt;
    }
    const bool allDigits =
        std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!allDigits) {
        *problem = tr("not a whole number of francs");
        return std::nullopt;
    }
    bool ok = false;
    const qint64 francs = digits.toLongLong(&ok);
    if (!ok || francs > DomainLimits::kMaxAmountFrancs) {
        *problem = tr("more than %1 francs").arg(DomainLimits::kMaxAmountFrancs);
        return std::nullopt;
    }
    return francs;
}

std::optional<bool> CatalogAdminApi::activeFromText(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == "1"_L1 || value == "true"_L1 || value == "yes"_L1 || value == "oui"_L1)
        return true;
    if (value == "0"_L1 || value == "false"_L1 || value == "no"_L1 || value == "non"_L1)
        return false;
    return std::nullopt;
}

bool CatalogAdminApi::applyFields(const QJsonObject &body, bool complete, Product *product,
                                  HttpResponse *refusal)
{
    const QString nameKey = u"name"_s;
    if (body.contains(nameKey) || complete) {
        const QJsonValue value = body.value(nameKey);
        if (!value.isString()) {
            *refusal = AdminHttp::badRequest(
                nameKey, tr("must be a text of 1 to %1 characters.").arg(kMaxName));
            return false;
        }
        const QString name = value.toString().trimmed();
        if (const auto problem = nameProblem(name)) {
            *refusal = AdminHttp::badRequest(nameKey, *problem);
            return false;
        }
        product->setName(name);
    }

    const QString priceKey = u"unit_price"_s;
    if (body.contains(priceKey) || complete) {
        const QJsonValue value = body.value(priceKey);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || std::floor(number) != number ||
            number > double(DomainLimits::kMaxAmountFrancs)) {
            *refusal =
                AdminHttp::badRequest(priceKey, tr("must be a whole number of francs from 0 to %1.")
                                                    .arg(DomainLimits::kMaxAmountFrancs));
            return false;
        }
        product->setUnitPrice(Money::fromFrancs(qint64(number)));
    }

    const struct
    {
        QString key;
        qsizetype maxLength;
        void (Product::*set)(const QString &);
    } texts[] = {{u"category"_s, kMaxCategory, &Product::setCategory},
                 {u"sku"_s, kMaxCode, &Product::setSku},
                 {u"barcode"_s, kMaxCode, &Product::setBarcode}};
    for (const auto &text : texts) {
        if (!body.contains(text.key))
            continue;
        const QJsonValue value = body.value(text.key);
        if (!value.isString() && !value.isNull()) {
            *refusal = AdminHttp::badRequest(text.key, tr("must be a text."));
            return false;
        }
        const QString trimmed = value.toString().trimmed();
        if (const auto problem = codeProblem(trimmed, text.maxLength)) {
            *refusal = AdminHttp::badRequest(text.key, *problem);
            return false;
        }
        (product->*text.set)(trimmed);
    }

    const QString activeKey = u"active"_s;
    if (body.contains(activeKey)) {
        if (!body.value(activeKey).isBool()) {
            *refusal = AdminHttp::badRequest(activeKey, tr("must be true or false."));
            return false;
        }
        product->setActive(body.value(activeKey).toBool());
    }
    return true;
}

HttpResponse CatalogAdminApi::save(const Product &product, const QString &actor, bool created)
{
    ProductStore store(m_app.db());
    bool failed = false;
    const ProductStore::Clash clash = store.clashFor(product, &failed);
    if (failed)
        return AdminHttp::storeUnavailable();
    if (clash == ProductStore::Clash::Sku)
        return AdminHttp::conflict(
            u"duplicate_sku"_s, tr("Another product already has the SKU %1.").arg(product.sku()));
    if (clash == ProductStore::Clash::Barcode)
        return AdminHttp::conflict(
            u"duplicate_barcode"_s,
            tr("Another product already has the barcode %1.").arg(product.barcode()));
    switch (store.upsert(product, ServerClock::nowMs())) {
    case ProductStore::Outcome::Inserted:
    case ProductStore::Outcome::Updated:
        AuditLog(m_app.db())
            .append(actor, created ? u"product.create"_s : u"product.update"_s,
                    u"product:"_s + product.id(),
                    u"%1 (%2 XOF%3)"_s.arg(product.name())
                        .arg(product.unitPrice().francs())
                        .arg(product.isActive() ? QString() : u", inactive"_s));
        break;
    case ProductStore::Outcome::Unchanged:
        break;
    case ProductStore::Outcome::Conflict:
        // Taken between the check and the write by another request.
        return AdminHttp::conflict(u"duplicate_sku"_s,
                                   tr("Another product already has this SKU or barcode."));
    case ProductStore::Outcome::Failed:
        return AdminHttp::storeUnavailable();
    }
    return HttpResponse::json(productJson(product), created ? 201 : 200);
}

HttpResponse CatalogAdminApi::create(const HttpRequest &request)
{
    const AuthResult auth = m_app.guard().requireManager(request);
    if (!auth)
        return auth.response();
    HttpResponse refusal;
    const std::optional<QJsonObject> body = AdminHttp::jsonObject(request, &refusal);
    if (!body)
        return refusal;
    Product product;
    product.setId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!applyFields(*body, true, &product, &refusal))
        return refusal;
    return save(product, AdminHttp::actor(auth.context()), true);
}

HttpResponse CatalogAdminApi::update(const HttpRequest &request)
{
    const AuthResult auth = m_app.guard().requireManager(request);
    if (!auth)
        return auth.response();
    bool failed = false;
    const std::optional<Product> existing =
        ProductStore(m_app.db()).find(request.param(u"id"_s), &failed);
    if (failed)
        return AdminHttp::storeUnavailable();
    if (!existing)
        return AdminHttp::notFound(tr("There is no product %1.").arg(request.param(u"id"_s)));
    HttpResponse refusal;
    const std::optional<QJsonObject> body = AdminHttp::jsonObject(request, &refusal);
    if (!body)
        return refusal;
    Product product = *existing;
    if (!applyFields(*body, false, &product, &refusal))
        return refusal;
    return save(product, AdminHttp::actor(auth.context()), false);
}

HttpResponse CatalogAdminApi::categories(const HttpRequest &request)
{
    const AuthResult auth = m_app.guard().requireSession(request);
    if (!auth)
        return auth.response();
    bool failed = false;
    const QStringList categories = ProductStore(m_app.db()).categories(&failed);
    if (failed)
        return AdminHttp::storeUnavailable();
    return HttpResponse::json(
        QJsonObject{{u"categories"_s, QJsonArray::fromStringList(categories)}});
}

HttpResponse CatalogAdminApi::import(const HttpRequest &request)
{
    const AuthResult auth = m_app.guard().requireManager(request);
    if (!auth)
        return auth.response();
    const QString dryRunValue = request.queryValue(u"dry_run"_s);
    if (!dryRunValue.isEmpty() && dryRunValue != "1"_L1 && dryRunValue != "0"_L1)
        return AdminHttp::badRequest(u"dry_run"_s, tr("must be 1 or 0."));
    const bool dryRun = dryRunValue == "1"_L1;

    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(request.body);
    if (decoder.hasError())
        return AdminHttp::badRequest(
            u"body"_s, tr("is not UTF-8 text; save the spreadsheet as \"CSV UTF-8\"."));
    const CatalogCsv::Document csv = CatalogCsv::parse(text);
    if (!csv.error.isEmpty())
        return AdminHttp::badRequest(u"body"_s, csv.error);
    if (csv.records.isEmpty())
        return AdminHttp::badRequest(u"header"_s,
                                     tr("the file is empty; the first line names the columns "
                                        "sku, barcode, name, category, unit_price[, active]."));

    // Columns are found by name, in any order.
    QHash<QString, qsizetype> column;
    const QStringList header = csv.records.first().fields;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!kColumns.contains(name))
            return AdminHttp::badRequest(u"header"_s,
                                         tr("unknown column \"%1\"; the columns are sku, "
                                            "barcode, name, category, unit_price[, active].")
                                             .arg(header.at(i)));
        if (column.contains(name))
            return AdminHttp::badRequest(u"header"_s, tr("column %1 appears twice.").arg(name));
        column.insert(name, i);
    }
    for (const QString &required : kColumns.first(5)) {
        if (!column.contains(required))
            return AdminHttp::badRequest(u"header"_s, tr("column %1 is missing.").arg(required));
    }

    Database &database = m_app.db();
    ProductStore store(database);
    Database::Transaction transaction(database);
    if (!transaction.isOpen())
        return AdminHttp::storeUnavailable();

    const qint64 now = ServerClock::nowMs();
    int rows = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    QJsonArray rejected;
    QJsonArray preview;
    QHash<QString, int> skuLines;
    QHash<QString, int> barcodeLines;
    for (qsizetype r = 1; r < csv.records.size(); ++r) {
        const CatalogCsv::Record &record = csv.records.at(r);
        ++rows;
        auto reject = [&](const QString &field, const QString &reason) {
            rejected.append(QJsonObject{{u"line"_s, record.line},
                                        {u"field"_s, field},
                                        {u"reason"_s, QString(field + u": "_s + reason)}});
        };
        if (record.fields.size() != header.size()) {
            reject(u"columns"_s, tr("%1 fields where the header has %2")
                                     .arg(record.fields.size())
                                     .arg(header.size()));
            continue;
        }
        auto value = [&](const QString &name) {
            return column.contains(name) ? record.fields.at(column.value(name)).trimmed()
                                         : QString();
        };
        const QString sku = value(u"sku"_s);
        const QString barcode = value(u"barcode"_s);
        const QString name = value(u"name"_s);
        const QString category = value(u"category"_s);
        if (const auto problem = codeProblem(sku, kMaxCode)) {
            reject(u"sku"_s, *problem);
            continue;
        }
        if (const auto problem = codeProblem(barcode, kMaxCode)) {
            reject(u"barcode"_s, *problem);
            continue;
        }
        if (const auto problem = nameProblem(name)) {
            reject(u"name"_s, *problem);
            continue;
        }
        if (const auto problem = codeProblem(category, kMaxCategory)) {
            reject(u"category"_s, *problem);
            continue;
        }
        QString priceProblem;
        const std::optional<qint64> price = priceFromText(value(u"unit_price"_s), &priceProblem);
        if (!price) {
            reject(u"unit_price"_s, priceProblem);
            continue;
        }
        std::optional<bool> active;
        if (!value(u"active"_s).isEmpty()) {
            active = activeFromText(value(u"active"_s));
            if (!active) {
                reject(u"active"_s, tr("must be 1 or 0 (or true/false, oui/non)"));
                continue;
            }
        }
        // Without a code a row could only ever create: importing the file twice would double it.
        if (sku.isEmpty() && barcode.isEmpty()) {
            reject(u"sku"_s, tr("a SKU or a barcode is needed to match the product"));
            continue;
        }
        if (!sku.isEmpty() && skuLines.contains(sku)) {
            reject(u"sku"_s, tr("already on line %1").arg(skuLines.value(sku)));
            continue;
        }
        if (!barcode.isEmpty() && barcodeLines.contains(barcode)) {
            reject(u"barcode"_s, tr("already on line %1").arg(barcodeLines.value(barcode)));
            continue;
        }

        bool failed = false;
        std::optional<Product> existing = store.findByCode(sku, barcode, &failed);
        if (failed)
            return AdminHttp::storeUnavailable();
        // Found by barcode but known under another SKU: a different product claiming that
        // barcode, refused below rather than renamed.
        if (existing && !sku.isEmpty() && !existing->sku().isEmpty() && existing->sku() != sku)
            existing.reset();
        Product product = existing.value_or(Product());
        if (!existing)
            product.setId(QUuid::createUuid().toString(QUuid::WithoutBraces));
        product.setSku(sku);
        product.setBarcode(barcode);
        product.setName(name);
        product.setCategory(category);
        product.setUnitPrice(Money::fromFrancs(*price));
        product.setActive(active.value_or(existing ? existing->isActive() : true));

        const ProductStore::Clash clash = store.clashFor(product, &failed);
        if (failed)
            return AdminHttp::storeUnavailable();
        if (clash != ProductStore::Clash::None) {
            const bool bySku = clash == ProductStore::Clash::Sku;
            reject(bySku ? u"sku"_s : u"barcode"_s, tr("belongs to another product"));
            continue;
        }
        QString action;
        switch (store.upsert(product, now)) {
        case ProductStore::Outcome::Inserted:
            ++created;
            action = u"create"_s;
            break;
        case ProductStore::Outcome::Updated:
            ++updated;
            action = u"update"_s;
            break;
        case ProductStore::Outcome::Unchanged:
            ++unchanged;
            action = u"unchanged"_s;
            break;
        case ProductStore::Outcome::Conflict:
            reject(u"sku"_s, tr("belongs to another product"));
            continue;
        case ProductStore::Outcome::Failed:
            return AdminHttp::storeUnavailable();
        }
        if (!sku.isEmpty())
            skuLines.insert(sku, record.line);
        if (!barcode.isEmpty())
            barcodeLines.insert(barcode, record.line);
        if (preview.size() < kPreviewRows) {
            QJsonObject row = productJson(product);
            row.insert(u"line"_s, record.line);
            row.insert(u"action"_s, action);
            preview.append(row);
        }
    }

    // A dry run did the same work and throws it away: what it previews is exactly what an
    // import would do now.
    if (!dryRun) {
        if (!transaction.commit())
            return AdminHttp::storeUnavailable();
        AuditLog(database).append(
            AdminHttp::actor(auth.context()), u"catalog.import"_s, u"catalog"_s,
            u"%1 rows: %2 new, %3 changed, %4 unchanged, %5 rejected"_s.arg(rows)
                .arg(created)
                .arg(updated)
                .arg(unchanged)
                .arg(rejected.size()));
    }
    return HttpResponse::json(QJsonObject{{u"dry_run"_s, dryRun},
                                          {u"separator"_s, QString(csv.separator)},
                                          {u"rows"_s, rows},
                                          {u"created"_s, created},
                                          {u"updated"_s, updated},
                                          {u"unchanged"_s, unchanged},
                                          {u"rejected"_s, rejected},
                                          {u"preview"_s, preview}});
}

HttpResponse CatalogAdminApi::exportCsv(const HttpRequest &request)
{
    const AuthResult auth = m_app.guard().requireManager(request);
    if (!auth)
        return auth.response();
    bool failed = false;
    QList<ProductStore::Entry> entries = ProductStore(m_app.db()).list(std::nullopt, &failed);
    if (failed)
        return AdminHttp::storeUnavailable();
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        const int category =
            a.product.category().compare(b.product.category(), Qt::CaseInsensitive);
        if (category != 0)
            return category < 0;
        const int name = a.product.name().compare(b.product.name(), Qt::CaseInsensitive);
        return name != 0 ? name < 0 : a.product.id() < b.product.id();
    });
    QList<QStringList> rows{kColumns};
    for (const ProductStore::Entry &entry : std::as_const(entries)) {
        const Product &p = entry.product;
        rows.append({p.sku(), p.barcode(), p.name(), p.category(),
                     QString::number(p.unitPrice().francs()), p.isActive() ? u"1"_s : u"0"_s});
    }
    return HttpResponse::text(CatalogCsv::write(rows), "text/csv; charset=utf-8")
        .withHeader("Content-Disposition", "attachment; filename=\"catalog.csv\"");
}
