#pragma once

// The managers' catalog endpoints (docs/manager-api.md, "Catalog"): create and edit products,
// list categories, import a spreadsheet (CSV, with a dry run that previews and rejects rows by
// line) and export one that imports back. Every change goes through ProductStore, so updated_at
// moves and terminals pick it up on their next ?since= refresh; every change is audited.

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "domain/Product.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class HttpServer;
class ServerApp;

class CatalogAdminApi
{
    Q_DECLARE_TR_FUNCTIONS(CatalogAdminApi)

public:
    explicit CatalogAdminApi(ServerApp &app);

    void registerRoutes(HttpServer &http);

    // The reason a field's value is refused (without the field's name), or nothing when it is
    // fine. Shared by the JSON endpoints and the CSV import so both accept the same products.
    static std::optional<QString> nameProblem(const QString &name);
    static std::optional<QString> codeProblem(const QString &code, qsizetype maxLength);
    // A whole number of francs in [0, DomainLimits::kMaxAmountFrancs], written in digits.
    static std::optional<qint64> priceFromText(const QString &text, QString *problem);
    static std::optional<bool> activeFromText(const QString &text);

private:
    HttpResponse create(const HttpRequest &request);
    HttpResponse update(const HttpRequest &request);
    HttpResponse categories(const HttpRequest &request);
    HttpResponse import(const HttpRequest &request);
    HttpResponse exportCsv(const HttpRequest &request);
    // Applies the fields present in body to *product; with `complete`, name and unit_price are
    // required. Answers the 400 naming the field in *refusal.
    static bool applyFields(const QJsonObject &body, bool complete, Product *product,
                            HttpResponse *refusal);
    // Stores the product (409 when its SKU or barcode is taken) and audits the change.
    HttpResponse save(const Product &product, const QString &actor, bool created);

    ServerApp &m_app;
};
