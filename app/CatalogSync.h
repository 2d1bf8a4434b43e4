#pragma once

// Keeps the local catalog copy fresh: fetches the server's catalog at start and every few
// minutes, and replaces the copy only when the fetch succeeded, so an outage never empties it.
// An unchanged catalog is not rewritten; a changed one is written on a worker thread with its
// own SQLite connection (WAL lets the sale screen keep searching meanwhile).

#include "domain/Product.h"

#include <QJsonObject>
#include <QList>
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
    // Loads a catalog file in the server's format ({"products":[...]}) into the local copy: for
    // a demo, or a shop whose server has no catalog yet. Returns the number of products, or -1.
    int importFile(const QString &path, QString *error = nullptr);
    // The products of {"products":[...]} that can be sold: inactive or unreadable ones are left
    // out.
    static QList<Product> parseCatalog(const QJsonObject &reply);
    bool isRefreshing() const { return m_refreshing; }

Q_SIGNALS:
    void refreshed(int productCount);
    void refreshFailed(const QString &message);

private:
    void store(const QList<Product> &items);
    static QByteArray fingerprint(const QList<Product> &items);

    CatalogCache *m_cache;
    QByteArray m_fingerprint;
    ServerClient *m_client;
    QTimer m_timer;
    bool m_refreshing = false;
};
