#include "CatalogSync.h"

#include "CatalogCache.h"
#include "ServerClient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCatalogSync, "comptoir.app.catalogsync")

CatalogSync::CatalogSync(CatalogCache *cache, ServerClient *client, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_client(client)
{
    connect(&m_timer, &QTimer::timeout, this, &CatalogSync::refresh);
}

void CatalogSync::start(int intervalMs)
{
    m_timer.start(intervalMs);
    refresh();
}

void CatalogSync::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_client->fetchCatalog(this, [this](const QList<CatalogItem> &items, const ServerError &error) {
        m_refreshing = false;
        if (!error.isOk()) {
            qCInfo(lcCatalogSync) << "catalog refresh failed:" << int(error.kind);
            Q_EMIT refreshFailed(error.userMessage());
            return;
        }
        if (!m_cache->replaceAll(items)) {
            Q_EMIT refreshFailed(m_cache->lastError());
            return;
        }
        Q_EMIT refreshed(int(items.size()));
    });
}
