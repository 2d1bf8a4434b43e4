#include "CatalogModule.h"

#include "HttpServer.h"
#include "ProductStore.h"
#include "ServerApp.h"
#include "ServerClock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

bool CatalogModule::start(ServerApp &app, QString *error)
{
    Q_UNUSED(error);
    m_app = &app;
    app.http().route("GET", u"/api/v1/products"_s,
                     [this](const HttpRequest &request) { return listProducts(request); });
    return true;
}

HttpResponse CatalogModule::listProducts(const HttpRequest &request)
{
    // ?all=1 is the managers' catalog screen (docs/manager-api.md): the same rows, for a
    // manager's session only.
    const bool all = request.queryValue(u"all"_s) == "1"_L1;
    const AuthResult auth =
        all ? m_app->guard().requireManager(request) : m_app->guard().requireTerminal(request);
    if (!auth)
        return auth.response();

    std::optional<qint64> sinceMs;
    const QString since = request.queryValue(u"since"_s);
    if (!since.isEmpty()) {
        const QDateTime time = QDateTime::fromString(since, Qt::ISODateWithMs);
        if (!time.isValid())
            return HttpResponse::error(
                400, u"bad_request"_s,
                tr("since must be an ISO 8601 time such as 2026-11-25T15:00:00Z."));
        sinceMs = time.toMSecsSinceEpoch();
    }

    // Taken before reading, so a client passing it back as ?since= misses no change.
    const qint64 asOf = ServerClock::nowMs();
    bool failed = false;
    const QList<ProductStore::Entry> entries = ProductStore(m_app->db()).list(sinceMs, &failed);
    if (failed)
        return HttpResponse::error(503, u"unavailable"_s,
                                   tr("The server cannot reach its database."));
    QJsonArray products;
    for (const ProductStore::Entry &entry : entries)
        products.append(entry.product.toJson());
    return HttpResponse::json(QJsonObject{
        {u"products"_s, products},
        {u"as_of"_s,
         QDateTime::fromMSecsSinceEpoch(asOf, QTimeZone::utc()).toString(Qt::ISODateWithMs)},
    });
}
