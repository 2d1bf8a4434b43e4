#pragma once

// Keeps the local catalog copy fresh: fetches the server's catalog at start and every few
// minutes, and replaces the copy only when the fetch succeeded, so an outage never empties it.

#include <QObject>
#include <QTimer>

class CatalogCache;
class ServerClient;

class CatalogSync : public QObject
{
    Q_OBJECT

public:
    CatalogSync(CatalogCache *cache, ServerClient *client, QObject *parent = nullptr);

    void start(int intervalMs);
    void refresh();
    bool isRefreshing() const { return m_refreshing; }

Q_SIGNALS:
    void refreshed(int productCount);
    void refreshFailed(const QString &message);

private:
    CatalogCache *m_cache;
    ServerClient *m_client;
    QTimer m_timer;
    bool m_refreshing = false;
};
