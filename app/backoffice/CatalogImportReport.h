#pragma once

// The server's verdict on a catalog CSV (POST /api/v1/catalog/import): how many rows it read,
// would create or update, the first accepted rows as a preview, and every rejected row with its
// line number and reason. The same shape answers the dry run and the real import.

#include "domain/Product.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct CatalogImportReport
{
    struct Rejection
    {
        int line = 0; // in the file, the header being line 1
        QString reason;
    };
    // An accepted row: where it starts in the file, what the import does with it ("create",
    // "update" or "unchanged"; empty when the server does not say) and the product it gives.
    struct Row
    {
        int line = 0;
        QString action;
        Product product; // id provisional for a product a dry run would create
    };

    int rows = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0; // rows identical to the product they match
    QList<Rejection> rejected;
    QList<Row> preview; // the first accepted rows

    // {"rows","created","updated"[,"unchanged"],"rejected":[{"line","reason"}],"preview":[...]};
    // nullopt when
    // the counts are missing or a preview price is not whole francs.
    static std::optional<CatalogImportReport> fromJson(const QJsonObject &object);
};
