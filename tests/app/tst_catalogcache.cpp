#include "CatalogCache.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>


using namespace Qt::StringLiterals;

namespace {

Product item(const QString &id, const QString &name, const QString &sku, const QString &barcode,
             const QString &category, qint64 price)
{
    return Product{id, sku, barcode, name, category, Money::fromFrancs(price)};
}

QList<Product> shop()
{
    return {
        item(u"1"_s, u"Coca-Cola 33 cl"_s, u"BOI-001"_s, u"5449000000996"_s, u"Boissons"_s, 500),
        item(u"2"_s, u"Eau minérale Lafi 1,5 L"_s, u"BOI-002"_s, u"6181100000012"_s, u"Boissons"_s,
             400),
        item(u"3"_s, u"Riz parfumé 5 kg"_s, u"EPI-010"_s, u"3560070000011"_s, u"Épicerie"_s, 4500),
        item(u"4"_s, u"Savon Santex"_s, u"HYG-003"_s, u"6001087000017"_s, u"Hygiène"_s, 300),
        item(u"5"_s, u"Café Nescafé 200 g"_s, u"EPI-011"_s, u"7613035000018"_s, u"Épicerie"_s,
             3500)};
}

QStringList ids(const QList<Product> &items)
{
    QStringList result;
    for (const Product &i : items)
        result.append(i.id());
    return result;
}

} // namespace

class TestCatalogCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void findExact_matchesBarcodeOrSkuOnly();
    void search_data();
    void search();
    void search_withinCategory();
    void search_userTextIsNeverQuerySyntax();
    void replaceAll_replacesAndSignals();
    void copy_survivesReopen();
    void search_findsTheRightProductsAmong100000();
};

void TestCatalogCache::findExact_matchesBarcodeOrSkuOnly()
{
    CatalogCache cache(u":memory:"_s);
    QVERIFY(cache.replaceAll(shop()));
    QCOMPARE(cache.findExact(u"5449000000996"_s)->id(), u"1"_s);
    QCOMPARE(cache.findExact(u" epi-010 "_s)->id(), u"3"_s);
    QVERIFY(!cache.findExact(u"544900000099"_s)); // a prefix is not an exact match
    QVERIFY(!cache.findExact(u"Coca"_s));
    QVERIFY(!cache.findExact(QString()));
}

void TestCatalogCache::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name prefix") << u"coc"_s << QStringList{u"1"_s};
    QTest::newRow("two words any order") << u"5 riz"_s << QStringList{u"3"_s};
    QTest::newRow("accents ignored") << u"minerale"_s << QStringList{u"2"_s};
    QTest::newRow("accent typed") << u"Café"_s << QStringList{u"5"_s};
    QTest::newRow("sku prefix") << u"EPI"_s << QStringList{u"5"_s, u"3"_s};
    QTest::newRow("barcode prefix") << u"60010"_s << QStringList{u"4"_s};
    QTest::newRow("no match") << u"zzz"_s << QStringList{};
}

void TestCatalogCache::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    CatalogCache cache(u":memory:"_s);
    QVERIFY(cache.replaceAll(shop()));
    QCOMPARE(ids(cache.search(text)), expected);
}

void TestCatalogCache::search_withinCategory()
{
    CatalogCache cache(u":memory:"_s);
    QVERIFY(cache.replaceAll(shop()));
    QCOMPARE(ids(cache.search(u"c"_s, u"Épicerie"_s)), QStringList{u"5"_s});
    QCOMPARE(ids(cache.inCategory(u"Boissons"_s)), (QStringList{u"1"_s, u"2"_s}));
    QCOMPARE(cache.categories(), (QStringList{u"Boissons"_s, u"Hygiène"_s, u"Épicerie"_s}));
}

void TestCatalogCache::search_userTextIsNeverQuerySyntax()
{
    CatalogCache cache(u":memory:"_s);
    QVERIFY(cache.replaceAll(shop()));
    const QStringList nasty{
        u"\"coca"_s,          u"coca OR riz"_s, u"NEAR(coca riz)"_s,        u"*"_s,
        u"coca\" OR \"riz"_s, u"savon AND"_s,   u"'; DROP TABLE products"_s};
    for (const QString &text : nasty)
        cache.search(text);
    QCOMPARE(cache.count(), 5);
    QCOMPARE(ids(cache.search(u"coca OR riz"_s)), QStringList{}); // OR is a word here
}

void TestCatalogCache::replaceAll_replacesAndSignals()
{
    CatalogCache cache(u":memory:"_s);
    QSignalSpy spy(&cache, &CatalogCache::changed);
    QVERIFY(cache.replaceAll(shop()));
    QVERIFY(cache.replaceAll({item(u"9"_s, u"Pain"_s, u"BOU-1"_s, u"1"_s, u"Boulangerie"_s, 150)}));
    QCOMPARE(spy.size(), 2);
    QCOMPARE(cache.count(), 1);
    QVERIFY(cache.search(u"coca"_s).isEmpty());
    QCOMPARE(cache.findExact(u"1"_s)->name(), u"Pain"_s);
}

void TestCatalogCache::copy_survivesReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"catalog.sqlite"_s);
    {
        CatalogCache cache(path);
        QVERIFY(cache.replaceAll(shop()));
    }
    CatalogCache reopened(path);
    QCOMPARE(reopened.count(), 5);
    QCOMPARE(reopened.search(u"sav"_s).value(0).unitPrice(), Money::fromFrancs(300));
}

void TestCatalogCache::search_findsTheRightProductsAmong100000()
{
    QTemporaryDir dir;
    CatalogCache cache(dir.filePath(u"catalog.sqlite"_s));
    const QStringList words{u"Riz"_s,    u"Huile"_s, u"Savon"_s, u"Lait"_s,    u"Sucre"_s,
                            u"Farine"_s, u"Thé"_s,   u"Café"_s,  u"Biscuit"_s, u"Jus"_s};
    const QStringList brands{u"Dolima"_s, u"Sotraco"_s, u"Faso"_s,   u"Wend"_s,
                             u"Nafa"_s,   u"Kossam"_s,  u"Yiriwa"_s, u"Sahel"_s};
    QList<Product> items;
    items.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        const QString name = words.at(i % words.size()) + u' ' +
                             brands.at((i / 10) % brands.size()) + u' ' + QString::number(i);
        items.append(item(QString::number(i), name, u"SKU-%1"_s.arg(i, 6, 10, QChar(u'0')),
                          QString::number(6000000000000LL + i), words.at(i % words.size()),
                          100 + i % 5000));
    }
    QVERIFY(cache.replaceAll(items));

    // What a cashier typing sees at each keystroke, over the whole 100 000 (the speed of it is
    // bench/app_catalog's to print, not a test's to time).
    for (const QString &text : {u"r"_s, u"ri"_s, u"riz"_s, u"riz d"_s, u"riz do"_s, u"sah"_s,
                                u"sku-0"_s, u"biscuit"_s, u"café sahel"_s}) {
        const QList<Product> results = cache.search(text, {}, 60);
        QVERIFY2(!results.isEmpty(), qPrintable(text));
        QVERIFY(results.size() <= 60);
    }
    for (const Product &found : cache.search(u"riz do"_s, {}, 60))
        QVERIFY2(found.name().startsWith(u"Riz Dolima"_s), qPrintable(found.name()));
    for (const Product &found : cache.search(u"café sahel"_s, {}, 60))
        QVERIFY2(found.name().startsWith(u"Café Sahel"_s), qPrintable(found.name()));
    QCOMPARE(cache.findExact(u"6000000054321"_s)->id(), u"54321"_s);
    QCOMPARE(cache.findExact(u"SKU-099999"_s)->id(), u"99999"_s);
    QVERIFY(!cache.findExact(u"6000000100000"_s));
}

QTEST_GUILESS_MAIN(TestCatalogCache)
#include "tst_catalogcache.moc"
