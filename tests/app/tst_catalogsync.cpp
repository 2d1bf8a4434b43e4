#include "AppFixture.h"
#include "CatalogCache.h"
#include "CatalogSync.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCatalogSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void refresh_replacesTheLocalCopy();
    void outage_keepsTheLocalCopy();
    void importFile_readsTheServerFormat();
    void fileCache_writtenInTheBackground_unchangedNotRewritten();
};

void TestCatalogSync::refresh_replacesTheLocalCopy()
{
    FakeComptoirServer server;
    server.products = QJsonArray{QJsonObject{{u"id"_s, u"p1"_s},
                                             {u"name"_s, u"Riz"_s},
                                             {u"unit_price"_s, 4500},
                                             {u"barcode"_s, u"123"_s}}};
    QVERIFY(server.start());
    QTemporaryDir dir;
    AppParts app(dir.filePath(u"j.sqlite"_s), server.url());
    CatalogCache cache(u":memory:"_s);
    CatalogSync sync(&cache, &app.client);
    QSignalSpy refreshed(&sync, &CatalogSync::refreshed);
    sync.refresh();
    QVERIFY(refreshed.wait(2000));
    QCOMPARE(cache.findExact(u"123"_s)->name(), u"Riz"_s);
}

void TestCatalogSync::outage_keepsTheLocalCopy()
{
    FakeComptoirServer server;
    server.refuseNext = 1;
    QVERIFY(server.start());
    QTemporaryDir dir;
    AppParts app(dir.filePath(u"j.sqlite"_s), server.url());
    CatalogCache cache(u":memory:"_s);
    QVERIFY(cache.replaceAll({testItem(u"a"_s, 100, u"42"_s)}));
    CatalogSync sync(&cache, &app.client);
    QSignalSpy failed(&sync, &CatalogSync::refreshFailed);
    sync.refresh();
    QVERIFY(failed.wait(2000));
    QCOMPARE(cache.count(), 1);
}

void TestCatalogSync::importFile_readsTheServerFormat()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"catalog.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QJsonDocument(QJsonObject{{u"products"_s, QJsonArray{QJsonObject{{u"id"_s, u"p1"_s},
                                                                         {u"name"_s, u"Savon"_s},
                                                                         {u"unit_price"_s, 250}},
                                                             QJsonObject{{u"id"_s, u"p2"_s},
                                                                         {u"name"_s, u"Bad"_s},
                                                                         {u"unit_price"_s, -1}}}}})
            .toJson());
    file.close();
    QNetworkAccessManager network;
    ServerClient client(&network);
    CatalogCache cache(u":memory:"_s);
    CatalogSync sync(&cache, &client);
    QCOMPARE(sync.importFile(path), 1);
    QCOMPARE(cache.search(u"savon"_s).size(), 1);
    QString error;
    QCOMPARE(sync.importFile(dir.filePath(u"missing.json"_s), &error), -1);
    QVERIFY(!error.isEmpty());
}

void TestCatalogSync::fileCache_writtenInTheBackground_unchangedNotRewritten()
{
    FakeComptoirServer server;
    QJsonArray products;
    for (int i = 0; i < 5000; ++i)
        products.append(QJsonObject{{u"id"_s, u"p%1"_s.arg(i)},
                                    {u"name"_s, u"Produit %1"_s.arg(i)},
                                    {u"barcode"_s, QString::number(6180000000000LL + i)},
                                    {u"unit_price"_s, 100 + i}});
    server.products = products;
    QVERIFY(server.start());
    QTemporaryDir dir;
    AppParts app(dir.filePath(u"j.sqlite"_s), server.url());
    CatalogCache cache(dir.filePath(u"catalog.sqlite"_s));
    CatalogSync sync(&cache, &app.client);
    QSignalSpy changed(&cache, &CatalogCache::changed);
    QSignalSpy refreshed(&sync, &CatalogSync::refreshed);
    sync.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cache.count(), 5000); // the main connection sees the worker's write
    QCOMPARE(cache.findExact(u"6180000004999"_s)->id(), u"p4999"_s);
    sync.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(changed.size(), 1); // same catalog: not rewritten
}

QTEST_GUILESS_MAIN(TestCatalogSync)
#include "tst_catalogsync.moc"
