#include "domain/DomainLimits.h"
#include "domain/Order.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 4, 15), QTime(11, 19, 28), QTimeZone::utc());
const QUuid kId = QUuid::fromString(u"123e4567-e89b-12d3-a456-426614174000"_s);

Cart breadAndMilk()
{
    Cart cart;
    const Product bread(u"bread"_s, u"PAIN"_s, {}, u"Pain"_s, {}, Money::fromFrancs(150));
    const Product milk(u"milk"_s, u"LAIT"_s, {}, u"Lait"_s, {}, Money::fromFrancs(900));
    [[maybe_unused]] const auto a = cart.add(bread, 3);
    [[maybe_unused]] const auto b = cart.add(milk, 1);
    return cart; // 1350 francs
}

Order order(PaymentMethod method)
{
    return Order::fromCart(breadAndMilk(), method, u"awa"_s, u"till-1"_s, kNow, kId);
}

} // namespace

class TestOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromCart_copiesLinesAndTotalAsDraft();
    void fromCart_givesEachOrderItsOwnId();
    void idString_hasNoBraces();
    void validate_catchesEachInconsistency_data();
    void validate_catchesEachInconsistency();
    void recomputeTotal_setsSumOfLines();
    void recomputeTotal_overflowIsAnErrorAndLeavesTotal();
    void cashTendered_computesChange();
    void cashTenderedLessThanTotal_isAnErrorAndNothingRecorded();
    void cashTendered_onLigdiCashOrder_isRefused();
    void cashSale_goesFromDraftToPaid();
    void cashSaleWithoutTenderedAmount_cannotBePaid();
    void cashSale_neverAwaitsPayment();
    void ligdiCashSale_cannotBePaidWithoutAwaitingPayment();
    void ligdiCashRetry_countsAttempts();
    void paidAfterExpiry_isPaidLate();
    void paidAfterCancel_isPaidLate();
    void duplicatePaid_isAlreadyInStatusAndKeepsPaidAt();
    void paid_isFinal();
    void inconsistentOrder_cannotLeaveDraftButCanBeCancelled();
    void sameContent_isSameIdAndClientStatedFields();
    void json_roundTripsEveryField();
    void fromJson_derivesChangeRatherThanTrustingIt();
    void fromJson_refusesAndNamesTheField_data();
    void fromJson_refusesAndNamesTheField();
    void everyError_hasAMessage();
};

void TestOrder::fromCart_copiesLinesAndTotalAsDraft()
{
    const Order o = order(PaymentMethod::LigdiCash);
    QCOMPARE(o.id(), kId);
    QCOMPARE(o.status(), OrderStatus::Draft);
    QCOMPARE(o.lines().size(), 2);
    QCOMPARE(o.lines().at(0).productId, u"bread"_s);
    QCOMPARE(o.lines().at(0).name, u"Pain"_s);
    QCOMPARE(o.lines().at(0).quantity, 3);
    QCOMPARE(o.lines().at(0).unitPrice, Money::fromFrancs(150));
    QCOMPARE(o.lines().at(0).lineTotal, Money::fromFrancs(450));
    QCOMPARE(o.total(), Money::fromFrancs(1350));
    QCOMPARE(o.currency(), u"XOF"_s);
    QCOMPARE(o.method(), PaymentMethod::LigdiCash);
    QCOMPARE(o.cashierId(), u"awa"_s);
    QCOMPARE(o.terminalId(), u"till-1"_s);
    QCOMPARE(o.createdAt(), kNow);
    QCOMPARE(o.createdAt().timeSpec(), Qt::UTC);
    QVERIFY(!o.paidAt().isValid());
    QCOMPARE(o.validate(), Order::Error::None);
}

void TestOrder::fromCart_givesEachOrderItsOwnId()
{
    const Order a = Order::fromCart(breadAndMilk(), PaymentMethod::Cash, {}, {}, kNow);
    const Order b = Order::fromCart(breadAndMilk(), PaymentMethod::Cash, {}, {}, kNow);
    QVERIFY(!a.id().isNull());
    QVERIFY(a.id() != b.id());
}

void TestOrder::idString_hasNoBraces()
{
    QCOMPARE(order(PaymentMethod::Cash).idString(), u"123e4567-e89b-12d3-a456-426614174000"_s);
}

void TestOrder::validate_catchesEachInconsistency_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<Order::Error>("expected");
    QTest::newRow("no id") << u"no id"_s << Order::Error::NoId;
    QTest::newRow("no lines") << u"no lines"_s << Order::Error::Empty;
    QTest::newRow("201 lines") << u"201 lines"_s << Order::Error::TooManyLines;
    QTest::newRow("zero quantity") << u"zero quantity"_s << Order::Error::InvalidLine;
    QTest::newRow("no product id") << u"no product id"_s << Order::Error::InvalidLine;
    QTest::newRow("line total off by one") << u"line total"_s << Order::Error::LineTotalMismatch;
    QTest::newRow("total off by one") << u"total"_s << Order::Error::TotalMismatch;
    QTest::newRow("line overflow") << u"line overflow"_s << Order::Error::TotalOverflow;
    QTest::newRow("currency") << u"currency"_s << Order::Error::WrongCurrency;
}

void TestOrder::validate_catchesEachInconsistency()
{
    QFETCH(QString, change);
    QFETCH(Order::Error, expected);
    Order o = order(PaymentMethod::LigdiCash);
    QList<OrderLine> lines = o.lines();
    if (change == u"no id"_s) {
        o.setId(QUuid());
    } else if (change == u"no lines"_s) {
        o.setLines({});
        o.setTotal(Money());
    } else if (change == u"201 lines"_s) {
        const OrderLine line = lines.first();
        lines.clear();
        for (int i = 0; i <= DomainLimits::kMaxLines; ++i)
            lines.append(line);
        o.setLines(lines);
        QCOMPARE(o.recomputeTotal(), Order::Error::None);
    } else if (change == u"zero quantity"_s) {
        lines[0].quantity = 0;
        lines[0].lineTotal = Money();
        o.setLines(lines);
        QCOMPARE(o.recomputeTotal(), Order::Error::None);
    } else if (change == u"no product id"_s) {
        lines[0].productId.clear();
        o.setLines(lines);
    } else if (change == u"line total"_s) {
        lines[0].lineTotal = Money::fromFrancs(451);
        o.setLines(lines);
        QCOMPARE(o.recomputeTotal(), Order::Error::None);
    } else if (change == u"total"_s) {
        o.setTotal(Money::fromFrancs(1349));
    } else if (change == u"line overflow"_s) {
        lines[0].unitPrice = Money::fromFrancs(DomainLimits::kMaxAmountFrancs);
        lines[0].lineTotal = Money::fromFrancs(DomainLimits::kMaxAmountFrancs);
        o.setLines(lines);
    } else if (change == u"currency"_s) {
        o.setCurrency(u"EUR"_s);
    }
    QCOMPARE(o.validate(), expected);
}

void TestOrder::recomputeTotal_setsSumOfLines()
{
    Order o = order(PaymentMethod::Cash);
    o.setTotal(Money::fromFrancs(1));
    QCOMPARE(o.validate(), Order::Error::TotalMismatch);
    QCOMPARE(o.recomputeTotal(), Order::Error::None);
    QCOMPARE(o.total(), Money::fromFrancs(1350));
    QCOMPARE(o.validate(), Order::Error::None);
}

void TestOrder::recomputeTotal_overflowIsAnErrorAndLeavesTotal()
{
    Order o = order(PaymentMethod::Cash);
    QList<OrderLine> lines = o.lines();
    lines[0].lineTotal = Money::fromFrancs(DomainLimits::kMaxAmountFrancs);
    lines[1].lineTotal = Money::fromFrancs(DomainLimits::kMaxAmountFrancs);
    o.setLines(lines);
    QCOMPARE(o.computedTotal(), std::nullopt);
    QCOMPARE(o.recomputeTotal(), Order::Error::TotalOverflow);
    QCOMPARE(o.total(), Money::fromFrancs(1350));
}

void TestOrder::cashTendered_computesChange()
{
    Order o = order(PaymentMethod::Cash);
    QCOMPARE(o.setCashTendered(Money::fromFrancs(2000)), Order::Error::None);
    QCOMPARE(o.cashTendered(), std::optional<Money>(Money::fromFrancs(2000)));
    QCOMPARE(o.change(), std::optional<Money>(Money::fromFrancs(650)));
    QCOMPARE(o.setCashTendered(Money::fromFrancs(1350)), Order::Error::None);
    QCOMPARE(o.change(), std::optional<Money>(Money()));
}

void TestOrder::cashTenderedLessThanTotal_isAnErrorAndNothingRecorded()
{
    Order o = order(PaymentMethod::Cash);
    QCOMPARE(o.setCashTendered(Money::fromFrancs(1349)), Order::Error::InsufficientCash);
    QCOMPARE(o.cashTendered(), std::nullopt);
    QCOMPARE(o.change(), std::nullopt);
    QCOMPARE(o.setCashTendered(Money::fromFrancs(-5000)), Order::Error::InsufficientCash);
    QCOMPARE(o.setCashTendered(Money::fromFrancs(DomainLimits::kMaxAmountFrancs + 1)),
             Order::Error::TotalOverflow);
    QCOMPARE(o.cashTendered(), std::nullopt);
}

void TestOrder::cashTendered_onLigdiCashOrder_isRefused()
{
    Order o = order(PaymentMethod::LigdiCash);
    QCOMPARE(o.setCashTendered(Money::fromFrancs(2000)), Order::Error::NotCash);
    QCOMPARE(o.cashTendered(), std::nullopt);
}

void TestOrder::cashSale_goesFromDraftToPaid()
{
    Order o = order(PaymentMethod::Cash);
    QCOMPARE(o.setCashTendered(Money::fromFrancs(5000)), Order::Error::None);
    const QDateTime paidAt = kNow.addSecs(30);
    QCOMPARE(o.transitionTo(OrderStatus::Paid, paidAt), Order::Error::None);
    QCOMPARE(o.status(), OrderStatus::Paid);
    QCOMPARE(o.paidAt(), paidAt);
    QCOMPARE(o.updatedAt(), paidAt);
    QVERIFY(!o.isPaidLate());
    QCOMPARE(o.paymentAttempt(), 0);
    // Paid: the cash can no longer be edited.
    QCOMPARE(o.setCashTendered(Money::fromFrancs(10000)), Order::Error::NotDraft);
    QCOMPARE(o.change(), std::optional<Money>(Money::fromFrancs(3650)));
}

void TestOrder::cashSaleWithoutTenderedAmount_cannotBePaid()
{
    Order o = order(PaymentMethod::Cash);
    QCOMPARE(o.transitionTo(OrderStatus::Paid, kNow), Order::Error::CashNotTendered);
    QCOMPARE(o.status(), OrderStatus::Draft);
}

void TestOrder::cashSale_neverAwaitsPayment()
{
    Order o = order(PaymentMethod::Cash);
    QCOMPARE(o.transitionTo(OrderStatus::AwaitingPayment, kNow), Order::Error::IllegalTransition);
    QCOMPARE(o.status(), OrderStatus::Draft);
    QCOMPARE(o.transitionTo(OrderStatus::Cancelled, kNow), Order::Error::None);
    // A cancelled cash sale is not "paid late": nobody will confirm it.
    QCOMPARE(o.transitionTo(OrderStatus::Paid, kNow), Order::Error::IllegalTransition);
}

void TestOrder::ligdiCashSale_cannotBePaidWithoutAwaitingPayment()
{
    Order o = order(PaymentMethod::LigdiCash);
    QCOMPARE(o.transitionTo(OrderStatus::Paid, kNow), Order::Error::IllegalTransition);
    QCOMPARE(o.status(), OrderStatus::Draft);
    QVERIFY(!o.paidAt().isValid());
}

void TestOrder::ligdiCashRetry_countsAttempts()
{
    Order o = order(PaymentMethod::LigdiCash);
    QCOMPARE(o.transitionTo(OrderStatus::AwaitingPayment, kNow), Order::Error::None);
    QCOMPARE(o.paymentAttempt(), 1);
    QCOMPARE(o.transitionTo(OrderStatus::Failed, kNow.addSecs(60)), Order::Error::None);
    QCOMPARE(o.transitionTo(OrderStatus::AwaitingPayment, kNow.addSecs(90)), Order::Error::None);
    QCOMPARE(o.paymentAttempt(), 2);
    QCOMPARE(o.transitionTo(OrderStatus::Paid, kNow.addSecs(120)), Order::Error::None);
    QVERIFY(!o.isPaidLate());
    QCOMPARE(o.paidAt(), kNow.addSecs(120));
}

void TestOrder::paidAfterExpiry_isPaidLate()
{
    Order o = order(PaymentMethod::LigdiCash);
    QCOMPARE(o.transitionTo(OrderStatus::AwaitingPayment, kNow), Order::Error::None);
    QCOMPARE(o.transitionTo(OrderStatus::Expired, kNow.addSecs(75)), Order::Error::None);
    // An expired order must not start a second attempt: the first may still be paid.
    QCOMPARE(o.transitionTo(OrderStatus::AwaitingPayment, kNow.addSecs(80)),
             Order::Error::IllegalTransition);
    QCOMPARE(o.transitionTo(OrderStatus::Paid, kNow.addDays(1)), Order::Error::None);
    QVERIFY(o.isPaidLate());
    QCOMPARE(o.paidAt(), kNow.addDays(1));
}

void TestOrder::paidAfterCancel_isPaidLate()
{
    Order o = order(PaymentMethod::LigdiCash);
    QCOMPARE(o.transitionTo(OrderStatus::AwaitingPayment, kNow), Order::Error::None);
    QCOMPARE(o.transitionTo(OrderStatus::Cancelled, kNow.addSecs(20)), Order::Error::None);
    QCOMPARE(o.transitionTo(OrderStatus::Paid, kNow.addSecs(40)), Order::Error::None);
    QVERIFY(o.isPaidLate());
}

void TestOrder::duplicatePaid_isAlreadyInStatusAndKeepsPaidAt()
{
    Order o = order(PaymentMethod::LigdiCash);
    QCOMPARE(o.transitionTo(OrderStatus::AwaitingPayment, kNow), Order::Error::None);
    QCOMPARE(o.transitionTo(OrderStatus::Paid, kNow.addSecs(10)), Order::Error::None);
    QCOMPARE(o.transitionTo(OrderStatus::Paid, kNow.addSecs(99)), Order::Error::AlreadyInStatus);
    QCOMPARE(o.paidAt(), kNow.addSecs(10));
    QCOMPARE(o.updatedAt(), kNow.addSecs(10));
}

void TestOrder::paid_isFinal()
{
    Order o = order(PaymentMethod::LigdiCash);
    QCOMPARE(o.transitionTo(OrderStatus::AwaitingPayment, kNow), Order::Error::None);
    QCOMPARE(o.transitionTo(OrderStatus::Paid, kNow), Order::Error::None);
    for (OrderStatus to : {OrderStatus::Draft, OrderStatus::AwaitingPayment, OrderStatus::Failed,
                           OrderStatus::Cancelled, OrderStatus::Expired}) {
        QCOMPARE(o.transitionTo(to, kNow), Order::Error::IllegalTransition);
        QCOMPARE(o.status(), OrderStatus::Paid);
    }
}

void TestOrder::inconsistentOrder_cannotLeaveDraftButCanBeCancelled()
{
    Order o = order(PaymentMethod::LigdiCash);
    o.setTotal(Money::fromFrancs(1000));
    QCOMPARE(o.transitionTo(OrderStatus::AwaitingPayment, kNow), Order::Error::TotalMismatch);
    QCOMPARE(o.status(), OrderStatus::Draft);
    QCOMPARE(o.paymentAttempt(), 0);
    QCOMPARE(o.transitionTo(OrderStatus::Cancelled, kNow), Order::Error::None);
}

void TestOrder::sameContent_isSameIdAndClientStatedFields()
{
    const Order a = order(PaymentMethod::Cash);
    Order b = a;
    QCOMPARE(b.setCashTendered(Money::fromFrancs(2000)), Order::Error::None);
    QVERIFY2(!a.hasSameContent(b), "cash tendered is stated by the client");
    Order c = b;
    QVERIFY(b.hasSameContent(c));
    QCOMPARE(c.transitionTo(OrderStatus::Paid, kNow.addSecs(5)), Order::Error::None);
    c.setCashierId(u"someone-else"_s);
    QVERIFY2(b.hasSameContent(c), "status, times and session fields are not content");
    QVERIFY(b != c);

    Order d = a;
    d.setId(QUuid::createUuid());
    QVERIFY(!a.hasSameContent(d));
    Order e = a;
    QList<OrderLine> lines = e.lines();
    lines[1].quantity = 2;
    lines[1].lineTotal = Money::fromFrancs(1800);
    e.setLines(lines);
    QCOMPARE(e.recomputeTotal(), Order::Error::None);
    QVERIFY(!a.hasSameContent(e));
    Order f = a;
    f.setMethod(PaymentMethod::LigdiCash);
    QVERIFY(!a.hasSameContent(f));
}

void TestOrder::json_roundTripsEveryField()
{
    Order cash = order(PaymentMethod::Cash);
    QCOMPARE(cash.setCashTendered(Money::fromFrancs(2000)), Order::Error::None);
    QCOMPARE(cash.transitionTo(OrderStatus::Paid, kNow.addMSecs(1234)), Order::Error::None);

    Order late = order(PaymentMethod::LigdiCash);
    late.setId(QUuid::createUuid());
    QCOMPARE(late.transitionTo(OrderStatus::AwaitingPayment, kNow), Order::Error::None);
    QCOMPARE(late.transitionTo(OrderStatus::Expired, kNow.addSecs(75)), Order::Error::None);
    QCOMPARE(late.transitionTo(OrderStatus::Paid, kNow.addSecs(3600)), Order::Error::None);

    for (const Order &o : {cash, late, order(PaymentMethod::LigdiCash)}) {
        const QByteArray bytes = QJsonDocument(o.toJson()).toJson();
        const Result<Order> back = Order::fromJson(QJsonDocument::fromJson(bytes).object());
        QVERIFY2(back.isOk(), qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(*back, o);
    }
    const QJsonObject json = cash.toJson();
    QCOMPARE(json.value(u"id"_s).toString(), u"123e4567-e89b-12d3-a456-426614174000"_s);
    QCOMPARE(json.value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(json.value(u"method"_s).toString(), u"cash"_s);
    QCOMPARE(json.value(u"paid_at"_s).toString(), u"2026-04-15T11:19:29.234Z"_s);
    QCOMPARE(json.value(u"change"_s).toInteger(), 650);
    QVERIFY(json.value(u"total"_s).isDouble());
}

void TestOrder::fromJson_derivesChangeRatherThanTrustingIt()
{
    Order o = order(PaymentMethod::Cash);
    QCOMPARE(o.setCashTendered(Money::fromFrancs(2000)), Order::Error::None);
    QJsonObject json = o.toJson();
    json.insert(u"change"_s, 1000000);
    const Result<Order> back = Order::fromJson(json);
    QVERIFY(back.isOk());
    QCOMPARE(back->change(), std::optional<Money>(Money::fromFrancs(650)));
}

void TestOrder::fromJson_refusesAndNamesTheField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");

    QTest::newRow("id with braces")
        << u"id"_s << QJsonValue(u"{123e4567-e89b-12d3-a456-426614174000}"_s) << u"id"_s;
    QTest::newRow("id garbage") << u"id"_s << QJsonValue(u"order-1"_s) << u"id"_s;
    QTest::newRow("null uuid") << u"id"_s << QJsonValue(u"00000000-0000-0000-0000-000000000000"_s)
                               << u"id"_s;
    QTest::newRow("status unknown") << u"status"_s << QJsonValue(u"completed"_s) << u"status"_s;
    QTest::newRow("method unknown") << u"method"_s << QJsonValue(u"card"_s) << u"method"_s;
    QTest::newRow("fractional total") << u"total"_s << QJsonValue(1350.5) << u"total"_s;
    QTest::newRow("string total") << u"total"_s << QJsonValue(u"1350"_s) << u"total"_s;
    QTest::newRow("time without zone")
        << u"created_at"_s << QJsonValue(u"2026-04-15T11:19:28"_s) << u"created_at"_s;
    QTest::newRow("time garbage") << u"paid_at"_s << QJsonValue(u"yesterday"_s) << u"paid_at"_s;
    QTest::newRow("line quantity") << u"lines"_s
                                   << QJsonValue(QJsonArray{QJsonObject{{u"product_id"_s, u"b"_s},
                                                                        {u"name"_s, u"Pain"_s},
                                                                        {u"quantity"_s, 10000},
                                                                        {u"unit_price"_s, 1},
                                                                        {u"line_total"_s, 10000}}})
                                   << u"lines[0].quantity"_s;
}

void TestOrder::fromJson_refusesAndNamesTheField()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject json = order(PaymentMethod::LigdiCash).toJson();
    json.insert(key, value);
    const Result<Order> back = Order::fromJson(json);
    QVERIFY(!back.isOk());
    QCOMPARE(back.error().field, field);
}

void TestOrder::everyError_hasAMessage()
{
    using E = Order::Error;
    QVERIFY(Order::errorMessage(E::None).isEmpty());
    for (E error :
         {E::NoId, E::Empty, E::TooManyLines, E::InvalidLine, E::LineTotalMismatch,
          E::TotalMismatch, E::TotalOverflow, E::WrongCurrency, E::NotCash, E::CashNotTendered,
          E::InsufficientCash, E::AlreadyInStatus, E::IllegalTransition, E::NotDraft})
        QVERIFY(!Order::errorMessage(error).isEmpty());
}

QTEST_GUILESS_MAIN(TestOrder)
#include "tst_order.moc"
