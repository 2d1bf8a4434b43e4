#include "domain/Cart.h"
#include "domain/DomainLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Product product(const QString &id, qint64 price, bool active = true)
{
    return Product(id, u"SKU-"_s + id, QString(), u"Article "_s + id, u"Divers"_s,
                   Money::fromFrancs(price), active);
}

const Product kBread = product(u"bread"_s, 150);
const Product kMilk = product(u"milk"_s, 900);

} // namespace

class TestCart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newCart_isEmptyWithZeroTotal();
    void add_createsLineWithCapturedPrice();
    void addSameProductTwice_incrementsLine();
    void addSameProductAfterPriceChange_keepsPriceFromFirstAdd();
    void addInactiveProduct_isRefusedAndCartUnchanged();
    void addInvalidProduct_isRefused();
    void addQuantityOutOfRange_isRefused_data();
    void addQuantityOutOfRange_isRefused();
    void addPastMaxQuantityOnExistingLine_isRefusedAndLineUnchanged();
    void setQuantity_changesLineAndTotal();
    void setQuantityZero_isRefusedAndCartUnchanged();
    void setQuantityOutOfRange_isRefused_data();
    void setQuantityOutOfRange_isRefused();
    void setQuantityOfUnknownProduct_isNoSuchLine();
    void remove_dropsLineAndItsAmount();
    void removeUnknownProduct_isNoSuchLineAndCartUnchanged();
    void clear_emptiesTheCart();
    void lineLimit_201stLineIsRefusedButExistingLinesStillGrow();
    void totalOverflow_isAnError();
    void totalOverflowBySecondProduct_isRefusedAndCartUnchanged();
    void setQuantityThatWouldOverflow_isRefusedAndCartUnchanged();
    void json_roundTripsLinesAndTotal();
    void fromJson_refusesCorruptJournal_data();
    void fromJson_refusesCorruptJournal();
    void everyError_hasAMessage();
};

void TestCart::newCart_isEmptyWithZeroTotal()
{
    const Cart cart;
    QVERIFY(cart.isEmpty());
    QCOMPARE(cart.total(), Money());
    QCOMPARE(cart.itemCount(), 0);
}

void TestCart::add_createsLineWithCapturedPrice()
{
    Cart cart;
    QCOMPARE(cart.add(kBread, 3), Cart::Error::None);
    QCOMPARE(cart.lineCount(), 1);
    const CartLine &line = cart.lines().first();
    QCOMPARE(line.productId, u"bread"_s);
    QCOMPARE(line.name, kBread.name());
    QCOMPARE(line.sku, kBread.sku());
    QCOMPARE(line.barcode, kBread.barcode());
    QCOMPARE(line.unitPrice, Money::fromFrancs(150));
    QCOMPARE(line.quantity, 3);
    QCOMPARE(cart.total(), Money::fromFrancs(450));
}

void TestCart::addSameProductTwice_incrementsLine()
{
    Cart cart;
    QCOMPARE(cart.add(kBread), Cart::Error::None);
    QCOMPARE(cart.add(kMilk), Cart::Error::None);
    QCOMPARE(cart.add(kBread, 2), Cart::Error::None);
    QCOMPARE(cart.lineCount(), 2);
    QCOMPARE(cart.lines().at(0).quantity, 3);
    QCOMPARE(cart.itemCount(), 4);
    QCOMPARE(cart.total(), Money::fromFrancs(3 * 150 + 900));
}

void TestCart::addSameProductAfterPriceChange_keepsPriceFromFirstAdd()
{
    Cart cart;
    QCOMPARE(cart.add(kBread), Cart::Error::None);
    Product dearer = kBread;
    dearer.setUnitPrice(Money::fromFrancs(200));
    QCOMPARE(cart.add(dearer), Cart::Error::None);
    QCOMPARE(cart.lines().first().unitPrice, Money::fromFrancs(150));
    QCOMPARE(cart.total(), Money::fromFrancs(300));
}

void TestCart::addInactiveProduct_isRefusedAndCartUnchanged()
{
    Cart cart;
    QCOMPARE(cart.add(kMilk), Cart::Error::None);
    const Cart before = cart;
    QCOMPARE(cart.add(product(u"old"_s, 100, false)), Cart::Error::ProductInactive);
    QCOMPARE(cart, before);
    // Withdrawn while already in the cart: adding more is refused too.
    Product withdrawnMilk = kMilk;
    withdrawnMilk.setActive(false);
    QCOMPARE(cart.add(withdrawnMilk), Cart::Error::ProductInactive);
    QCOMPARE(cart, before);
}

void TestCart::addInvalidProduct_isRefused()
{
    Cart cart;
    QCOMPARE(cart.add(product(QString(), 100)), Cart::Error::InvalidProduct);
    QCOMPARE(cart.add(product(u"neg"_s, -5)), Cart::Error::InvalidProduct);
    QCOMPARE(cart.add(product(u"huge"_s, DomainLimits::kMaxAmountFrancs + 1)),
             Cart::Error::InvalidProduct);
    QVERIFY(cart.isEmpty());
}

void TestCart::addQuantityOutOfRange_isRefused_data()
{
    QTest::addColumn<int>("quantity");
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -1;
    QTest::newRow("10000") << 10000;
    QTest::newRow("int min") << std::numeric_limits<int>::min();
    QTest::newRow("int max") << std::numeric_limits<int>::max();
}

void TestCart::addQuantityOutOfRange_isRefused()
{
    QFETCH(int, quantity);
    Cart cart;
    QCOMPARE(cart.add(kBread, quantity), Cart::Error::QuantityOutOfRange);
    QVERIFY(cart.isEmpty());
}

void TestCart::addPastMaxQuantityOnExistingLine_isRefusedAndLineUnchanged()
{
    Cart cart;
    QCOMPARE(cart.add(kBread, 9998), Cart::Error::None);
    QCOMPARE(cart.add(kBread, 2), Cart::Error::QuantityOutOfRange);
    QCOMPARE(cart.lines().first().quantity, 9998);
    QCOMPARE(cart.add(kBread, 1), Cart::Error::None);
    QCOMPARE(cart.lines().first().quantity, 9999);
    QCOMPARE(cart.total(), Money::fromFrancs(9999 * 150));
}

void TestCart::setQuantity_changesLineAndTotal()
{
    Cart cart;
    QCOMPARE(cart.add(kBread), Cart::Error::None);
    QCOMPARE(cart.add(kMilk), Cart::Error::None);
    QCOMPARE(cart.setQuantity(u"milk"_s, 4), Cart::Error::None);
    QCOMPARE(cart.lines().at(1).quantity, 4);
    QCOMPARE(cart.total(), Money::fromFrancs(150 + 4 * 900));
    QCOMPARE(cart.setQuantity(u"milk"_s, 1), Cart::Error::None);
    QCOMPARE(cart.total(), Money::fromFrancs(150 + 900));
}

void TestCart::setQuantityZero_isRefusedAndCartUnchanged()
{
    Cart cart;
    QCOMPARE(cart.add(kBread, 2), Cart::Error::None);
    const Cart before = cart;
    QCOMPARE(cart.setQuantity(u"bread"_s, 0), Cart::Error::QuantityOutOfRange);
    QCOMPARE(cart, before);
    QCOMPARE(cart.lineCount(), 1);
}

void TestCart::setQuantityOutOfRange_isRefused_data()
{
    addQuantityOutOfRange_isRefused_data();
}

void TestCart::setQuantityOutOfRange_isRefused()
{
    QFETCH(int, quantity);
    Cart cart;
    QCOMPARE(cart.add(kBread, 2), Cart::Error::None);
    const Cart before = cart;
    QCOMPARE(cart.setQuantity(u"bread"_s, quantity), Cart::Error::QuantityOutOfRange);
    QCOMPARE(cart, before);
}

void TestCart::setQuantityOfUnknownProduct_isNoSuchLine()
{
    Cart cart;
    QCOMPARE(cart.add(kBread), Cart::Error::None);
    QCOMPARE(cart.setQuantity(u"milk"_s, 2), Cart::Error::NoSuchLine);
}

void TestCart::remove_dropsLineAndItsAmount()
{
    Cart cart;
    QCOMPARE(cart.add(kBread, 2), Cart::Error::None);
    QCOMPARE(cart.add(kMilk), Cart::Error::None);
    QCOMPARE(cart.remove(u"bread"_s), Cart::Error::None);
    QCOMPARE(cart.lineCount(), 1);
    QCOMPARE(cart.lines().first().productId, u"milk"_s);
    QCOMPARE(cart.total(), Money::fromFrancs(900));
    QCOMPARE(cart.indexOf(u"bread"_s), -1);
}

void TestCart::removeUnknownProduct_isNoSuchLineAndCartUnchanged()
{
    Cart cart;
    QCOMPARE(cart.add(kBread), Cart::Error::None);
    const Cart before = cart;
    QCOMPARE(cart.remove(u"milk"_s), Cart::Error::NoSuchLine);
    QCOMPARE(cart, before);
}

void TestCart::clear_emptiesTheCart()
{
    Cart cart;
    QCOMPARE(cart.add(kBread), Cart::Error::None);
    cart.clear();
    QVERIFY(cart.isEmpty());
    QCOMPARE(cart.total(), Money());
    QCOMPARE(cart, Cart());
}

void TestCart::lineLimit_201stLineIsRefusedButExistingLinesStillGrow()
{
    Cart cart;
    for (int i = 0; i < DomainLimits::kMaxLines; ++i)
        QCOMPARE(cart.add(product(QString::number(i), 10)), Cart::Error::None);
    QCOMPARE(cart.lineCount(), 200);
    QCOMPARE(cart.add(product(u"one-too-many"_s, 10)), Cart::Error::TooManyLines);
    QCOMPARE(cart.lineCount(), 200);
    QCOMPARE(cart.add(product(u"0"_s, 10)), Cart::Error::None);
    QCOMPARE(cart.lines().first().quantity, 2);
    QCOMPARE(cart.total(), Money::fromFrancs(201 * 10));
}

void TestCart::totalOverflow_isAnError()
{
    // The dearest price an order can carry, twice, no longer fits: refused, not wrapped.
    Cart cart;
    const Product priceless = product(u"gold"_s, DomainLimits::kMaxAmountFrancs);
    QCOMPARE(cart.add(priceless, 2), Cart::Error::TotalOverflow);
    QVERIFY(cart.isEmpty());
    QCOMPARE(cart.add(priceless, 1), Cart::Error::None);
    QCOMPARE(cart.total(), Money::fromFrancs(DomainLimits::kMaxAmountFrancs));
    QCOMPARE(cart.add(priceless, 9999), Cart::Error::QuantityOutOfRange);
    QCOMPARE(cart.add(priceless, 1), Cart::Error::TotalOverflow);
    QCOMPARE(cart.total(), Money::fromFrancs(DomainLimits::kMaxAmountFrancs));
    QVERIFY(!cart.total().isNegative());
}

void TestCart::totalOverflowBySecondProduct_isRefusedAndCartUnchanged()
{
    Cart cart;
    QCOMPARE(cart.add(product(u"a"_s, DomainLimits::kMaxAmountFrancs - 100)), Cart::Error::None);
    const Cart before = cart;
    QCOMPARE(cart.add(product(u"b"_s, 101)), Cart::Error::TotalOverflow);
    QCOMPARE(cart, before);
    QCOMPARE(cart.add(product(u"c"_s, 100)), Cart::Error::None);
    QCOMPARE(cart.total(), Money::fromFrancs(DomainLimits::kMaxAmountFrancs));
}

void TestCart::setQuantityThatWouldOverflow_isRefusedAndCartUnchanged()
{
    Cart cart;
    const qint64 price = DomainLimits::kMaxAmountFrancs / 5000;
    QCOMPARE(cart.add(product(u"a"_s, price), 5000), Cart::Error::None);
    const Cart before = cart;
    QCOMPARE(cart.setQuantity(u"a"_s, 9999), Cart::Error::TotalOverflow);
    QCOMPARE(cart, before);
    QCOMPARE(cart.setQuantity(u"a"_s, 4999), Cart::Error::None);
    QCOMPARE(cart.total(), Money::fromFrancs(price * 4999));
}

void TestCart::json_roundTripsLinesAndTotal()
{
    Cart cart;
    QCOMPARE(cart.add(kBread, 3), Cart::Error::None);
    QCOMPARE(cart.add(kMilk), Cart::Error::None);
    // A scanned product keeps its barcode through the journal.
    QCOMPARE(cart.add(Product(u"soap"_s, u"HYG-003"_s, u"6001087000017"_s, u"Savon"_s, {},
                              Money::fromFrancs(250))),
             Cart::Error::None);
    const QByteArray journal = QJsonDocument(cart.toJson()).toJson(QJsonDocument::Compact);
    const Result<Cart> back = Cart::fromJson(QJsonDocument::fromJson(journal).object());
    QVERIFY2(back.isOk(), qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(*back, cart);
    QCOMPARE(back->total(), Money::fromFrancs(3 * 150 + 900 + 250));
    QCOMPARE(back->lines().last().barcode, u"6001087000017"_s);
    const Result<Cart> empty = Cart::fromJson(Cart().toJson());
    QVERIFY(empty.isOk());
    QVERIFY(empty->isEmpty());
}

void TestCart::fromJson_refusesCorruptJournal_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    const QByteArray bread =
        R"({"product_id":"bread","name":"Pain","unit_price":150,"quantity":1})";
    QTest::newRow("no lines") << QByteArray("{}") << u"lines"_s;
    QTest::newRow("lines not array") << QByteArray(R"({"lines":{}})") << u"lines"_s;
    QTest::newRow("line not object") << QByteArray(R"({"lines":[3]})") << u"lines[0]"_s;
    QTest::newRow("zero quantity")
        << QByteArray(
               R"({"lines":[{"product_id":"b","name":"Pain","unit_price":150,"quantity":0}]})")
        << u"lines[0].quantity"_s;
    QTest::newRow("fractional quantity")
        << QByteArray(
               R"({"lines":[{"product_id":"b","name":"Pain","unit_price":1,"quantity":1.5}]})")
        << u"lines[0].quantity"_s;
    QTest::newRow("price as string")
        << QByteArray("{\"lines\":[" + bread +
                      R"(,{"product_id":"m","name":"Lait","unit_price":"900","quantity":1}]})")
        << u"lines[1].unit_price"_s;
    QTest::newRow("duplicate product")
        << QByteArray("{\"lines\":[" + bread + "," + bread + "]}") << u"lines[1].product_id"_s;
    QTest::newRow("total overflow")
        << QByteArray(
               R"({"lines":[{"product_id":"a","name":"A","unit_price":9007199254740991,"quantity":2}]})")
        << u"lines"_s;

    QByteArray tooMany = "{\"lines\":[";
    for (int i = 0; i <= DomainLimits::kMaxLines; ++i) {
        tooMany += (i ? "," : "") + QByteArray(R"({"product_id":"p)") + QByteArray::number(i) +
                   R"(","name":"P","unit_price":1,"quantity":1})";
    }
    tooMany += "]}";
    QTest::newRow("201 lines") << tooMany << u"lines"_s;
}

void TestCart::fromJson_refusesCorruptJournal()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY(document.isObject());
    const Result<Cart> cart = Cart::fromJson(document.object());
    QVERIFY(!cart.isOk());
    QCOMPARE(cart.error().field, field);
    QVERIFY(!cart.error().message.isEmpty());
}

void TestCart::everyError_hasAMessage()
{
    using E = Cart::Error;
    QVERIFY(Cart::errorMessage(E::None).isEmpty());
    for (E error : {E::ProductInactive, E::InvalidProduct, E::QuantityOutOfRange, E::TooManyLines,
                    E::NoSuchLine, E::TotalOverflow})
        QVERIFY(!Cart::errorMessage(error).isEmpty());
    QVERIFY(Cart::errorMessage(E::QuantityOutOfRange).contains(u"9999"_s));
}

QTEST_GUILESS_MAIN(TestCart)
#include "tst_cart.moc"
