#include "CatalogSync.h"

#include "CatalogCache.h"
#include "ServerClient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

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

QList<Product> CatalogSync::parseCatalog(const QJsonObject &reply)
{
    const QJsonArray array = reply.value(QStringLiteral("products")).toArray();
    QList<Product> items;
    items.reserve(array.size());
    int skipped = 0;
    for (const QJsonValue &value : array) {
        const Result<Product> product = Product::fromJson(value.toObject());
        if (product.isOk() && product->isActive() && product->isValid())
            items.append(*product);
        else
            ++skipped;
    }
    if (skipped > 0)
        qCInfo(lcCatalogSync) << skipped << "products left out (inactive or unreadable)";
    return items;
}

int CatalogSync::importFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return -1;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return -1;
    }
    const QList<Product> items = parseCatalog(document.object());
    if (!m_cache->replaceAll(items)) {
        if (error)
            *error = m_cache->lastError();
        return -1;
    }
    qCInfo(lcCatalogSync) << "catalog imported from" << path << items.size() << "products";
    return int(items.size());
}

void CatalogSync::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_client->fetchCatalog(this, [this](const QList<Product> &items, const ServerError &error) {
        m_refreshing = false;
        if (error.kind == ServerError::Kind::NotFound) {
            qCInfo(lcCatalogSync) << "the server has no catalog; keeping the local copy";
            return;
        }
        if (!error.isOk()) {
            qCInfo(lcCatalogSync) << "catalog refresh failed:" << int(error.kind);
            Q_EMIT refreshFailed(error.userMessage());
            return;
        }
        store(items);
    });
}

QByteArray CatalogSync::fingerprint(const QList<Product> &items)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Product &item : items) {
        for (const QString *field :
             {&item.id(), &item.sku(), &item.barcode(), &item.name(), &item.category()}) {
            hash.addData(field->toUtf8());
            hash.addData(QByteArrayView("\x1F", 1));
        }
        hash.addData(QByteArray::number(item.unitPrice().francs()));
        hash.addData(QByteArrayView("\x1E", 1));
    }
    return hash.result();
}

void CatalogSync::store(const QList<Product> &items)
{
    const QByteArray print = fingerprint(items);
    if (print == m_fingerprint && m_cache->count() == items.size()) {
        Q_EMIT refreshed(int(items.size())); // nothing changed: nothing to write
        return;
    }
    if (m_cache->path() == ":memory:"_L1) {
        // A private in-memory copy has no second connection: write it here.
        if (!m_cache->replaceAll(items)) {
            Q_EMIT refreshFailed(m_cache->lastError());
            return;
        }
        m_fingerprint = print;
        Q_EMIT refreshed(int(items.size()));
        return;
    }
    m_refreshing = true;
    auto error = std::make_shared<QString>();
    const QString path = m_cache->path();
    QThread *worker = QThread::create([path, items, error] {
        CatalogCache writer(path);
        if (!writer.replaceAll(items))
            *error = writer.lastError().isEmpty() ? u"write failed"_s : writer.lastError();
    });
    connect(worker, &QThread::finished, this, [this, worker, error, print, count = items.size()] {
        worker->deleteLater();
        m_refreshing = false;
        if (!error->isEmpty()) {
            Q_EMIT refreshFailed(*error);
            return;
        }
        m_fingerprint = print;
        m_cache->notifyChanged();
        Q_EMIT refreshed(int(count));
    });
    worker->start(QThread::LowPriority);
}
