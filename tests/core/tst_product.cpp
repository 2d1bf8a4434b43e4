#include "domain/DomainLimits.h"
#include "domain/Product.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Product water()
{
    return Product(u"p-water"_s, u"EAU-150"_s, u"6191234567890"_s, u"Eau minérale 1,5 L"_s,
                   u"Boissons"_s, Money::fromFrancs(500));
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestProduct : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json_roundTripsEveryField();
    void json_usesSnakeCaseAndIntegerFrancs();
    void fromJson_optionalFieldsDefault();
    void fromJson_refusesAndNamesTheField_data();
    void fromJson_refusesAndNamesTheField();
    void fromJson_namesNestedPath();
    void isValid_needsIdNameAndSanePrice();
};

void TestProduct::json_roundTripsEveryField()
{
    Product product = water();
    product.setActive(false);
    const Result<Product> back = Product::fromJson(product.toJson());
    QVERIFY2(back.isOk(), qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(*back, product);
}

void TestProduct::json_usesSnakeCaseAndIntegerFrancs()
{
    const QJsonObject json = water().toJson();
    QCOMPARE(json.value(u"unit_price"_s).toInteger(), 500);
    QCOMPARE(json.value(u"active"_s).toBool(), true);
    QCOMPARE(json.value(u"name"_s).toString(), u"Eau minérale 1,5 L"_s);
}

void TestProduct::fromJson_optionalFieldsDefault()
{
    const Result<Product> product =
        Product::fromJson(parse(R"({"id":"p1","name":"Pain","unit_price":150})"));
    QVERIFY(product.isOk());
    QVERIFY(product->isActive());
    QVERIFY(product->sku().isEmpty());
    QVERIFY(product->barcode().isEmpty());
    QCOMPARE(product->unitPrice(), Money::fromFrancs(150));
}

void TestProduct::fromJson_refusesAndNamesTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    QTest::newRow("missing id") << QByteArray(R"({"name":"Pain","unit_price":150})") << u"id"_s;
    QTest::newRow("numeric id") << QByteArray(R"({"id":7,"name":"Pain","unit_price":150})")
                                << u"id"_s;
    QTest::newRow("empty name") << QByteArray(R"({"id":"p1","name":"  ","unit_price":150})")
                                << u"name"_s;
    QTest::newRow("price as string")
        << QByteArray(R"({"id":"p1","name":"Pain","unit_price":"150"})") << u"unit_price"_s;
    QTest::newRow("fractional price")
        << QByteArray(R"({"id":"p1","name":"Pain","unit_price":150.5})") << u"unit_price"_s;
    QTest::newRow("negative price")
        << QByteArray(R"({"id":"p1","name":"Pain","unit_price":-1})") << u"unit_price"_s;
    QTest::newRow("price beyond 2^53")
        << QByteArray(R"({"id":"p1","name":"Pain","unit_price":9007199254740993})")
        << u"unit_price"_s;
    QTest::newRow("price 1e300") << QByteArray(R"({"id":"p1","name":"Pain","unit_price":1e300})")
                                 << u"unit_price"_s;
    QTest::newRow("active as string")
        << QByteArray(R"({"id":"p1","name":"Pain","unit_price":1,"active":"yes"})") << u"active"_s;
    QTest::newRow("barcode as number")
        << QByteArray(R"({"id":"p1","name":"Pain","unit_price":1,"barcode":619})") << u"barcode"_s;
}

void TestProduct::fromJson_refusesAndNamesTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const Result<Product> product = Product::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!product.isOk());
    QCOMPARE(product.error().field, field);
    QVERIFY(!product.error().message.isEmpty());
}

void TestProduct::fromJson_namesNestedPath()
{
    const Result<Product> product =
        Product::fromJson(parse(R"({"id":"p1","name":"Pain","unit_price":1.5})"), u"products[3]"_s);
    QVERIFY(!product.isOk());
    QCOMPARE(product.error().field, u"products[3].unit_price"_s);
    QVERIFY(product.error().toString().startsWith(u"products[3].unit_price: "_s));
}

void TestProduct::isValid_needsIdNameAndSanePrice()
{
    QVERIFY(water().isValid());
    Product product = water();
    product.setId(QString());
    QVERIFY(!product.isValid());
    product = water();
    product.setName(u" "_s);
    QVERIFY(!product.isValid());
    product = water();
    product.setUnitPrice(Money::fromFrancs(-1));
    QVERIFY(!product.isValid());
    product.setUnitPrice(Money::fromFrancs(DomainLimits::kMaxAmountFrancs + 1));
    QVERIFY(!product.isValid());
    product.setUnitPrice(Money());
    QVERIFY2(product.isValid(), "a free item is still sellable");
}

QTEST_GUILESS_MAIN(TestProduct)
#include "tst_product.moc"
